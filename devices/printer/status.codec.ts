// Printer status over ESC/POS: DLE EOT n real-time requests (n = 1 printer, 2 offline cause,
// 4 paper roll sensor) and GS r 1 (paper sensor) for printers that answer that instead. Every answer
// is one byte. DLE EOT answers have fixed bits (bit 0 = 0, bit 1 = 1, bit 4 = 1, bit 7 = 0), which is
// how a stray byte is told from an answer. Both directions are here: decoding for the driver,
// encoding for the simulator. Nothing throws: a byte that is not an answer is `device.badFrame`.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import type { PaperState, PrinterState, PrinterStatus } from './types.ts';

const DLE = 0x10;
const EOT = 0x04;
const GS = 0x1d;

export type DleEotRequest = 1 | 2 | 4;

/** DLE EOT n. */
export function dleEot(n: DleEotRequest): Uint8Array {
  return Uint8Array.of(DLE, EOT, n);
}

/** GS r 1. */
export const gsR1: Uint8Array = Uint8Array.of(GS, 0x72, 0x01);

/** What the three DLE EOT answers carry that a status needs. */
export interface StatusFlags {
  readonly offline: boolean;
  readonly coverOpen: boolean;
  readonly error: boolean;
  readonly paper: PaperState;
}

const fixedMask = 0x93;
const fixedBits = 0x12;

function isDleEotAnswer(byte: number): boolean {
  return Number.isInteger(byte) && byte >= 0 && byte <= 0xff && (byte & fixedMask) === fixedBits;
}

function badAnswer(what: string, byte: number): Result<never> {
  return err(kioskError('device.badFrame', `not a ${what} answer: ${describeByte(byte)}`, { byte }));
}

function describeByte(byte: number): string {
  return Number.isInteger(byte) && byte >= 0 && byte <= 0xff ? `0x${byte.toString(16).padStart(2, '0')}` : String(byte);
}

/** DLE EOT 1: bit 3 offline. */
export function decodePrinterStatus(byte: number): Result<{ offline: boolean }> {
  if (!isDleEotAnswer(byte)) return badAnswer('DLE EOT 1', byte);
  return ok({ offline: (byte & 0x08) !== 0 });
}

/** DLE EOT 2: bit 2 cover open, bit 3 paper fed by the button, bit 5 stopped by paper end, bit 6 error. */
export function decodeOfflineCause(byte: number): Result<{ coverOpen: boolean; paperEndStop: boolean; error: boolean; feedButton: boolean }> {
  if (!isDleEotAnswer(byte)) return badAnswer('DLE EOT 2', byte);
  return ok({
    coverOpen: (byte & 0x04) !== 0,
    feedButton: (byte & 0x08) !== 0,
    paperEndStop: (byte & 0x20) !== 0,
    error: (byte & 0x40) !== 0,
  });
}

/** DLE EOT 4: bits 2-3 paper near end, bits 5-6 paper end. */
export function decodePaperSensor(byte: number): Result<{ paper: PaperState }> {
  if (!isDleEotAnswer(byte)) return badAnswer('DLE EOT 4', byte);
  return ok({ paper: (byte & 0x60) !== 0 ? 'out' : (byte & 0x0c) !== 0 ? 'nearEnd' : 'ok' });
}

/** GS r 1: bits 0-1 paper near end, bits 2-3 paper end; bits 4 and 7 are fixed 0. */
export function decodeGsR1(byte: number): Result<{ paper: PaperState }> {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff || (byte & 0x90) !== 0) return badAnswer('GS r 1', byte);
  return ok({ paper: (byte & 0x0c) !== 0 ? 'out' : (byte & 0x03) !== 0 ? 'nearEnd' : 'ok' });
}

/** The three DLE EOT answers (to 1, 2, 4, in that order) as one status. */
export function decodeDleEotAnswers(answers: readonly number[]): Result<PrinterStatus> {
  if (answers.length !== 3) {
    return err(kioskError('device.badFrame', `expected 3 status answers, got ${answers.length}`, { count: answers.length }));
  }
  const printer = decodePrinterStatus(answers[0] ?? -1);
  if (!printer.ok) return printer;
  const cause = decodeOfflineCause(answers[1] ?? -1);
  if (!cause.ok) return cause;
  const sensor = decodePaperSensor(answers[2] ?? -1);
  if (!sensor.ok) return sensor;
  return ok(
    summarize({
      offline: printer.value.offline,
      coverOpen: cause.value.coverOpen,
      error: cause.value.error,
      paper: cause.value.paperEndStop ? 'out' : sensor.value.paper,
    }),
  );
}

/** A GS r 1 answer as a status: only paper is known, the rest is taken as fine. */
export function decodeGsR1Status(byte: number): Result<PrinterStatus> {
  const sensor = decodeGsR1(byte);
  if (!sensor.ok) return sensor;
  return ok(summarize({ offline: false, coverOpen: false, error: false, paper: sensor.value.paper }));
}

/** The one-word state, most serious first: cover open, paper out, error, offline, paper near end. */
export function summarize(flags: StatusFlags): PrinterStatus {
  let state: PrinterState = 'ready';
  if (flags.coverOpen) state = 'coverOpen';
  else if (flags.paper === 'out') state = 'paperOut';
  else if (flags.error) state = 'error';
  else if (flags.offline) state = 'offline';
  else if (flags.paper === 'nearEnd') state = 'paperNearEnd';
  return { state, ...flags };
}

export const unknownStatus: PrinterStatus = { state: 'unknown', paper: 'ok', coverOpen: false, offline: false, error: false };

/** A printer that does not answer: offline, cause unknown. */
export const notAnsweringStatus: PrinterStatus = { state: 'offline', paper: 'ok', coverOpen: false, offline: true, error: false };

/** Can a job be sent in this state? (Near end still prints; unknown is given the benefit of the doubt.) */
export function isPrintable(status: PrinterStatus): boolean {
  return status.state === 'ready' || status.state === 'paperNearEnd' || status.state === 'unknown';
}

export function sameStatus(a: PrinterStatus, b: PrinterStatus): boolean {
  return a.state === b.state && a.paper === b.paper && a.coverOpen === b.coverOpen && a.offline === b.offline && a.error === b.error;
}

/** The error a status refuses a job with; null when it can print. */
export function refusalFor(status: PrinterStatus): KioskError | null {
  switch (status.state) {
    case 'ready':
    case 'paperNearEnd':
    case 'unknown':
      return null;
    case 'paperOut':
      return kioskError('printer.paperOut', 'the printer is out of paper');
    case 'coverOpen':
      return kioskError('printer.coverOpen', 'the printer cover is open');
    case 'offline':
      return kioskError('printer.offline', 'the printer is offline');
    case 'error':
      return kioskError('printer.error', 'the printer reports an error');
  }
}

// --- The device side (for the simulator) ---------------------------------------------------------

/** The answer byte a printer in `flags` gives to DLE EOT n. Out of paper: 1A, 32, 7E. */
export function encodeDleEotAnswer(n: DleEotRequest, flags: StatusFlags): number {
  const stopped = flags.offline || flags.coverOpen || flags.error || flags.paper === 'out';
  switch (n) {
    case 1:
      return fixedBits | (stopped ? 0x08 : 0);
    case 2:
      return fixedBits | (flags.coverOpen ? 0x04 : 0) | (flags.paper === 'out' ? 0x20 : 0) | (flags.error ? 0x40 : 0);
    case 4:
      return fixedBits | (flags.paper === 'ok' ? 0 : 0x0c) | (flags.paper === 'out' ? 0x60 : 0);
  }
}

/** The answer byte to GS r 1. */
export function encodeGsR1Answer(paper: PaperState): number {
  return (paper === 'ok' ? 0 : 0x03) | (paper === 'out' ? 0x0c : 0);
}
