// The pad's side of a USB HID link, for development and tests: press keys and rate (one input report
// per key, optionally followed by a release report), send any report, pull the cable; remembers the
// output reports the host wrote. Drives the peer of an in-memory HID pair (transports/hid-pair.ts),
// so the host runs the real HidTransport and HID pad driver. One instance per simulated pad.
import { ok, err, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { HidPeer } from '../transports/hid-pair.ts';
import type { HidPadModel } from './hid-pad.models.ts';
import type { RatingLevel, WindowKey } from './types.ts';

export interface HidPadSimulatorOptions {
  /** The device side of a HID pair. */
  readonly peer: HidPeer;
  readonly model: HidPadModel;
  /** Send an all-idle report after each key, as pads that report key release do. */
  readonly releaseReports?: boolean;
}

export class HidPadSimulator {
  readonly #peer: HidPeer;
  readonly #model: HidPadModel;
  readonly #releaseReports: boolean;
  readonly #off: () => void;
  /** Output reports the host wrote (report id first), oldest first. */
  readonly written: number[][] = [];

  constructor(options: HidPadSimulatorOptions) {
    this.#peer = options.peer;
    this.#model = options.model;
    this.#releaseReports = options.releaseReports ?? false;
    this.#off = this.#peer.onOutputReport((r) => this.written.push([...r]));
  }

  get model(): HidPadModel {
    return this.#model;
  }

  /** Sends the report for a window key. */
  press(key: WindowKey): Result<void> {
    const binding = this.#model.codes.find((c) => c.input.kind === 'key' && c.input.key === key);
    if (!binding) return err(kioskError('device.unsupported', `model ${this.#model.id} has no key ${key}`));
    return this.#sendCode(binding.code);
  }

  /** Sends the report for a rating key. */
  rate(level: RatingLevel): Result<void> {
    const binding = this.#model.codes.find((c) => c.input.kind === 'rating' && c.input.level === level);
    if (!binding) return err(kioskError('device.unsupported', `model ${this.#model.id} has no rating key ${level}`));
    return this.#sendCode(binding.code);
  }

  /** Sends an arbitrary input report (unknown codes, short reports...). */
  sendReport(bytes: readonly number[]): Result<void> {
    return this.#peer.sendReport(bytes) ? ok() : err(kioskError('device.disconnected', `${this.#peer.description}: the host has not opened the pad`));
  }

  unplug(): void {
    this.#peer.unplug();
  }

  plug(): void {
    this.#peer.plug();
  }

  stop(): void {
    this.#off();
  }

  #sendCode(code: number): Result<void> {
    const report = new Array<number>(Math.max(8, this.#model.codeByte + 1)).fill(0);
    report[this.#model.codeByte] = code;
    const sent = this.sendReport(report);
    if (sent.ok && this.#releaseReports) return this.sendReport(report.map(() => this.#model.idleCodes[0] ?? 0));
    return sent;
  }
}
