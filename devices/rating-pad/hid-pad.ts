// USB HID rating pad driver: one input report per key, mapped through the model's code table.
// The device object is injected (hid-device.ts); the real one comes from hid-pad.node-hid.ts, the
// fake one from hid-pad.simulator.ts. A device object is dead after an error (unplugged): the
// driver reports `disconnected` and the registry opens a new device and a new driver when it is back.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import type { HidDeviceLike } from './hid-device.ts';
import type { HidPadModel } from './hid-pad.models.ts';
import { formatDisplayText } from './serial-pad.codec.ts';
import { Listeners } from '../common/listeners.ts';
import type { PadInput, PadStatus, RatingPad, RatingPadEventName, RatingPadEvents } from './types.ts';

export interface HidPadOptions {
  readonly device: HidDeviceLike;
  readonly model: HidPadModel;
  readonly clock: Clock;
}

const hex = (n: number): string => n.toString(16).padStart(2, '0');

/** What one input report means under `model`: an input, nothing (a release report), or an error. */
export function interpretHidReport(report: Uint8Array, model: HidPadModel): Result<PadInput | undefined> {
  const code = report[model.codeByte];
  if (code === undefined) {
    return err(kioskError('ratingPad.length', `report of ${report.length} bytes has no byte ${model.codeByte}`));
  }
  if (model.idleCodes.includes(code)) return ok(undefined);
  const binding = model.codes.find((c) => c.code === code);
  if (!binding) return err(kioskError('ratingPad.unknownCode', `code ${hex(code)} unknown to ${model.id}`, { code }));
  return ok(binding.input);
}

/** An output report: report id, the command bytes, the payload, zero-padded. */
export function buildHidOutputReport(model: HidPadModel, command: 'showNumber' | 'beep' | 'requestRating', payload: readonly number[] = []): Result<number[]> {
  const output = model.output;
  const prefix = output?.[command];
  if (!output || !prefix) return err(kioskError('device.unsupported', `model ${model.id} has no ${command} output`));
  const report = [output.reportId, ...prefix, ...payload];
  if (report.length > output.reportLength) {
    return err(kioskError('ratingPad.invalidCommand', `${command} needs ${report.length} bytes, the report has ${output.reportLength}`));
  }
  while (report.length < output.reportLength) report.push(0);
  return ok(report);
}

class HidPad implements RatingPad {
  readonly #device: HidDeviceLike;
  readonly #model: HidPadModel;
  readonly #clock: Clock;
  readonly #events = new Listeners<RatingPadEvents>();
  #status: PadStatus = 'stopped';
  #dead = false;
  #listening = false;

  readonly #onData = (report: Uint8Array): void => {
    const r = interpretHidReport(report, this.#model);
    if (!r.ok) {
      this.#events.emit('fault', { error: r.error });
      return;
    }
    const input = r.value;
    if (!input) return;
    const at = this.#clock.now();
    if (input.kind === 'key') this.#events.emit('key', { key: input.key, at });
    else this.#events.emit('rating', { level: input.level, at });
  };

  readonly #onError = (): void => {
    this.#dead = true;
    this.#detach();
    try {
      this.#device.close();
    } catch {
      // Closing a device that is already gone may throw; it is gone either way.
    }
    this.#setStatus('disconnected');
  };

  constructor(options: HidPadOptions) {
    this.#device = options.device;
    this.#model = options.model;
    this.#clock = options.clock;
  }

  get status(): PadStatus {
    return this.#status;
  }

  on<E extends RatingPadEventName>(event: E, listener: (payload: RatingPadEvents[E]) => void): () => void {
    return this.#events.on(event, listener);
  }

  async start(): Promise<Result<void>> {
    if (this.#dead) return err(kioskError('device.disconnected', `${this.#model.id}: device is gone; open it again`));
    if (!this.#listening) {
      this.#device.on('data', this.#onData);
      this.#device.on('error', this.#onError);
      this.#listening = true;
    }
    this.#setStatus('ready');
    return ok();
  }

  async stop(): Promise<void> {
    this.#detach();
    if (!this.#dead) {
      this.#dead = true;
      try {
        this.#device.close();
      } catch {
        // Already gone.
      }
    }
    this.#setStatus('stopped');
  }

  async showNumber(n: number | string): Promise<Result<void>> {
    const width = this.#model.output?.displayWidth ?? 0;
    if (!this.#model.output?.showNumber) return err(kioskError('device.unsupported', `model ${this.#model.id} has no display`));
    const text = formatDisplayText(n, width);
    if (!text.ok) return text;
    return this.#write(buildHidOutputReport(this.#model, 'showNumber', Array.from(text.value, (c) => c.charCodeAt(0))));
  }

  beep(): Promise<Result<void>> {
    return this.#write(buildHidOutputReport(this.#model, 'beep'));
  }

  requestRating(): Promise<Result<void>> {
    return this.#write(buildHidOutputReport(this.#model, 'requestRating'));
  }

  async #write(report: Result<number[]>): Promise<Result<void>> {
    if (!report.ok) return report;
    if (this.#status !== 'ready') return err(kioskError('device.disconnected', `${this.#model.id}: write while ${this.#status}`));
    try {
      this.#device.write(report.value);
      return ok();
    } catch (error) {
      // node-hid throws when the device went away between the last read and this write.
      const message = error instanceof Error ? error.message : String(error);
      this.#onError();
      return err(kioskError('device.disconnected', `${this.#model.id}: write failed`, { message }));
    }
  }

  #detach(): void {
    if (!this.#listening) return;
    this.#device.removeListener('data', this.#onData);
    this.#device.removeListener('error', this.#onError);
    this.#listening = false;
  }

  #setStatus(status: PadStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#events.emit('status', { status });
  }
}

export function createHidPad(options: HidPadOptions): RatingPad {
  return new HidPad(options);
}
