// A keyboard-mode USB scanner's side of a HID link, for development and tests: `scan(text)` types
// the code as key-down/key-up reports followed by Enter, as such scanners do. Drives the peer of an
// in-memory HID pair (transports/hid-pair.ts), so the host runs the real HidTransport and the
// scanner driver with `input: 'hidKeyboard'`. One instance per simulated scanner.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { HidPeer } from '../transports/hid-pair.ts';
import { encodeKeyboardReports } from './hid-keyboard.codec.ts';

export interface HidKeyboardScannerSimulatorOptions {
  /** The device side of a HID pair. */
  readonly peer: HidPeer;
}

export class HidKeyboardScannerSimulator {
  readonly #peer: HidPeer;
  /** Codes sent with scan(), oldest first. */
  readonly sent: string[] = [];

  constructor(options: HidKeyboardScannerSimulatorOptions) {
    this.#peer = options.peer;
  }

  /** Types `text` and Enter. */
  scan(text: string): Result<void> {
    const reports = encodeKeyboardReports(text);
    if (!reports.ok) return reports;
    this.sent.push(text);
    return this.sendReports(reports.value);
  }

  /** Reports that type nothing usable: a key with Ctrl held, then Enter. */
  noise(): Result<void> {
    return this.sendReports([Uint8Array.of(0x01, 0, 0x04, 0, 0, 0, 0, 0), new Uint8Array(8), Uint8Array.of(0, 0, 0x28, 0, 0, 0, 0, 0), new Uint8Array(8)]);
  }

  sendReports(reports: readonly Uint8Array[]): Result<void> {
    for (const r of reports) {
      if (!this.#peer.sendReport(r)) return err(kioskError('device.disconnected', `${this.#peer.description}: the host has not opened the scanner`));
    }
    return ok();
  }

  unplug(): void {
    this.#peer.unplug();
  }

  plug(): void {
    this.#peer.plug();
  }
}
