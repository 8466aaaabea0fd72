// Rigs for the integration tests: the real drivers on the host end of a socat pty pair and their
// simulators on the device end, both through SerialTransport (serialport with its native binding).
// The host end is a ReconnectingTransport when the test unplugs the pair. Everything waits for
// events (status changes, driver events, transport states), never for time.
import { systemClock } from '../../../domain/clock.ts';
import { IdCardReader, type IdCardReaderOptions } from '../../../devices/idcard/driver.ts';
import { IdCardReaderSimulator, type IdCardReaderSimulatorOptions } from '../../../devices/idcard/simulator.ts';
import type { IdCardReaderEventName, IdCardReaderEvents } from '../../../devices/idcard/types.ts';
import { TicketPrinter, type TicketPrinterOptions } from '../../../devices/printer/driver.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import { qrGenerator } from '../../../devices/printer/qr-generator.ts';
import { PrinterSimulator } from '../../../devices/printer/simulator.ts';
import type { PrinterState, PrinterStatus, PrinterProfile } from '../../../devices/printer/types.ts';
import { createPtyPair, type PtyPair } from '../../../devices/transports/pty-pair.ts';
import { ReconnectingTransport } from '../../../devices/transports/reconnecting.ts';
import { SerialTransport } from '../../../devices/transports/serial.ts';
import type { ByteTransport } from '../../../devices/transports/transport.ts';

/** The next value a subscription delivers that passes `wanted`. */
export function nextEvent<T>(subscribe: (listener: (value: T) => void) => () => void, wanted: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const off = subscribe((value) => {
      if (!wanted(value)) return;
      off();
      resolve(value);
    });
  });
}

/** The next `event` of the reader (that passes `wanted`). */
export function readerEvent<K extends IdCardReaderEventName>(
  reader: IdCardReader,
  event: K,
  wanted?: (payload: IdCardReaderEvents[K]) => boolean,
): Promise<IdCardReaderEvents[K]> {
  return nextEvent((fn) => reader.on(event, fn), wanted);
}

/** Resolves when the printer's status is (or next becomes) `state`. */
export function printerState(printer: TicketPrinter, state: PrinterState): Promise<PrinterStatus> {
  if (printer.status.state === state) return Promise.resolve(printer.status);
  return nextEvent((fn) => printer.on('statusChanged', fn), (s) => s.state === state);
}

interface Link {
  readonly pair: PtyPair;
  /** The driver's end: a plain SerialTransport, or a ReconnectingTransport over one. */
  readonly host: ByteTransport;
  /** The simulator's end. */
  readonly device: SerialTransport;
}

async function openLink(baudRate: number, reconnect: boolean): Promise<Link> {
  const pair = await createPtyPair();
  const path = pair.hostPath;
  const host = reconnect
    ? new ReconnectingTransport(() => new SerialTransport({ path, baudRate }), { initialDelayMs: 20, maxDelayMs: 200 })
    : new SerialTransport({ path, baudRate });
  const device = new SerialTransport({ path: pair.devicePath, baudRate });
  return { pair, host, device };
}

export interface ReaderRig extends Link {
  readonly reader: IdCardReader;
  readonly sim: IdCardReaderSimulator;
  /** Bugs the reader reported (a listener that threw...): a test expects none. */
  readonly bugs: unknown[];
  close(): Promise<void>;
}

export interface ReaderRigOptions {
  readonly reconnect?: boolean;
  readonly sim?: Omit<IdCardReaderSimulatorOptions, 'transport'>;
  readonly reader?: Omit<IdCardReaderOptions, 'transport' | 'clock'>;
}

/** An ID-card reader at 115200 over a pty pair, started (SAM checked, polling). */
export async function readerRig(options: ReaderRigOptions = {}): Promise<ReaderRig> {
  const link = await openLink(115200, options.reconnect ?? false);
  const sim = new IdCardReaderSimulator({ transport: link.device, ...options.sim });
  const bugs: unknown[] = [];
  const reader = new IdCardReader({ transport: link.host, clock: systemClock, pollIntervalMs: 20,
    // Over a ReconnectingTransport the wrapper reopens the port with its own backoff.
    reconnectIntervalMs: options.reconnect ? null : 1000,
    onBug: (e) => bugs.push(e),
    ...options.reader });
  const close = async (): Promise<void> => {
    await reader.stop();
    await link.host.close();
    await sim.stop();
    await link.pair.close();
  };
  try {
    must(await sim.start(), 'simulator start');
    must(await reader.start(), 'reader start');
  } catch (error) {
    await close();
    throw error;
  }
  return { ...link, reader, sim, bugs, close };
}

export interface PrinterRig extends Link {
  readonly printer: TicketPrinter;
  readonly sim: PrinterSimulator;
  readonly profile: PrinterProfile;
  readonly bugs: unknown[];
  close(): Promise<void>;
}

export interface PrinterRigOptions {
  readonly reconnect?: boolean;
  readonly baudRate?: number;
  readonly printer?: Omit<TicketPrinterOptions, 'transport' | 'clock' | 'profile'>;
}

/** An 80 mm printer (native QR, DLE EOT status) at 9600 over a pty pair, started (status known). */
export async function printerRig(options: PrinterRigOptions = {}): Promise<PrinterRig> {
  const profile = printerProfiles['generic-80'];
  const link = await openLink(options.baudRate ?? 9600, options.reconnect ?? false);
  const sim = new PrinterSimulator({ transport: link.device });
  const bugs: unknown[] = [];
  const printer = new TicketPrinter({ transport: link.host, clock: systemClock, profile, pollIntervalMs: null,
    qrEncoder: qrGenerator,
    onBug: (e) => bugs.push(e),
    ...options.printer });
  const close = async (): Promise<void> => {
    await printer.stop();
    await link.host.close();
    sim.stop();
    await link.device.close();
    await link.pair.close();
  };
  try {
    must(await sim.start(), 'simulator start');
    must(await printer.start(), 'printer start');
  } catch (error) {
    await close();
    throw error;
  }
  return { ...link, printer, sim, profile, bugs, close };
}

function must(r: { ok: true } | { ok: false; error: { code: string; message: string } }, what: string): void {
  if (!r.ok) throw new Error(`${what}: ${r.error.code} ${r.error.message}`);
}
