// A fake USB HID pad: implements the device object the HID driver takes (hid-device.ts), so the
// driver runs without hardware, /dev/hidraw or uhid. One instance per simulated pad.
import type { HidDeviceLike } from './hid-device.ts';
import type { HidPadModel } from './hid-pad.models.ts';
import type { RatingLevel, WindowKey } from './types.ts';

type DataListener = (report: Uint8Array) => void;
type ErrorListener = (error: unknown) => void;

export class FakeHidPad implements HidDeviceLike {
  readonly #model: HidPadModel;
  readonly #data = new Set<DataListener>();
  readonly #error = new Set<ErrorListener>();
  /** Output reports the host wrote, oldest first. */
  readonly written: number[][] = [];
  closed = false;
  unplugged = false;
  /** Send an all-idle report after each key, as pads that report key release do. */
  releaseReports: boolean;

  constructor(model: HidPadModel, options: { releaseReports?: boolean } = {}) {
    this.#model = model;
    this.releaseReports = options.releaseReports ?? false;
  }

  on(event: 'data', listener: DataListener): this;
  on(event: 'error', listener: ErrorListener): this;
  on(event: 'data' | 'error', listener: DataListener | ErrorListener): this {
    if (event === 'data') this.#data.add(listener as DataListener);
    else this.#error.add(listener as ErrorListener);
    return this;
  }

  removeListener(event: 'data', listener: DataListener): this;
  removeListener(event: 'error', listener: ErrorListener): this;
  removeListener(event: 'data' | 'error', listener: DataListener | ErrorListener): this {
    if (event === 'data') this.#data.delete(listener as DataListener);
    else this.#error.delete(listener as ErrorListener);
    return this;
  }

  /** Like node-hid: throws once the device is gone. */
  write(values: number[]): number {
    if (this.closed || this.unplugged) throw new Error('Cannot write to hid device');
    this.written.push([...values]);
    return values.length;
  }

  close(): void {
    this.closed = true;
  }

  /** Number of listeners attached (to check that a driver lets go). */
  get listenerCount(): number {
    return this.#data.size + this.#error.size;
  }

  /** Sends the report for a window key. False when the model has no such key. */
  press(key: WindowKey): boolean {
    const binding = this.#model.codes.find((c) => c.input.kind === 'key' && c.input.key === key);
    if (!binding) return false;
    this.#sendCode(binding.code);
    return true;
  }

  /** Sends the report for a rating key. False when the model has no such key. */
  rate(level: RatingLevel): boolean {
    const binding = this.#model.codes.find((c) => c.input.kind === 'rating' && c.input.level === level);
    if (!binding) return false;
    this.#sendCode(binding.code);
    return true;
  }

  /** Sends an arbitrary input report (unknown codes, short reports...). */
  sendReport(bytes: readonly number[]): void {
    if (this.closed || this.unplugged) return;
    const report = Uint8Array.from(bytes);
    for (const l of [...this.#data]) l(report);
  }

  /** The cable is pulled: node-hid reports a read error and the object is dead. */
  unplug(): void {
    if (this.unplugged) return;
    this.unplugged = true;
    const error = new Error('could not read from HID device');
    for (const l of [...this.#error]) l(error);
  }

  #sendCode(code: number): void {
    const report = new Array<number>(Math.max(8, this.#model.codeByte + 1)).fill(0);
    report[this.#model.codeByte] = code;
    this.sendReport(report);
    if (this.releaseReports) this.sendReport(report.map(() => this.#model.idleCodes[0] ?? 0));
  }
}

export function createFakeHidPad(model: HidPadModel, options: { releaseReports?: boolean } = {}): FakeHidPad {
  return new FakeHidPad(model, options);
}
