// USB HID rating pad driver over an injected ByteTransport whose data chunks are input reports (a
// HidTransport: node-hid in production, an in-memory HID pair under a simulator). Each report is
// mapped through the model's code table; outputs (display, buzzer, rating prompt) are written as
// output reports, which the transport prefixes with the model's report id and pads to its size
// (`hidPadReportShape`). An unplug is the transport's `disconnected`; a reconnecting transport
// brings the pad back to `ready` by itself.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import { listenAndOpen } from '../common/listen-and-open.ts';
import { Listeners } from '../common/listeners.ts';
import type { ByteTransport, TransportState } from '../transports/transport.ts';
import type { HidPadModel } from './hid-pad.models.ts';
import { formatDisplayText } from './serial-pad.codec.ts';
import type { PadInput, PadStatus, RatingPad, RatingPadEventName, RatingPadEvents } from './types.ts';

export interface HidPadOptions {
  /** Each data chunk is one input report (report id first when the device numbers its reports). */
  readonly transport: ByteTransport;
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

/** How the HID transport frames this model's output reports: the report id and the payload size. */
export function hidPadReportShape(model: HidPadModel): { reportId: number; outputReportSize?: number } {
  return model.output ? { reportId: model.output.reportId, outputReportSize: model.output.reportLength - 1 } : { reportId: 0 };
}

/** An output report's payload (after the report id): the command bytes, then the data. */
export function buildHidOutputReport(model: HidPadModel, command: 'showNumber' | 'beep' | 'requestRating', payload: readonly number[] = []): Result<Uint8Array> {
  const output = model.output;
  const prefix = output?.[command];
  if (!output || !prefix) return err(kioskError('device.unsupported', `model ${model.id} has no ${command} output`));
  const report = [...prefix, ...payload];
  if (report.length > output.reportLength - 1) {
    return err(kioskError('ratingPad.invalidCommand', `${command} needs ${report.length + 1} bytes, the report has ${output.reportLength}`));
  }
  return ok(Uint8Array.from(report));
}

class HidPad implements RatingPad {
  readonly #transport: ByteTransport;
  readonly #model: HidPadModel;
  readonly #clock: Clock;
  readonly #events = new Listeners<RatingPadEvents>();
  #status: PadStatus = 'stopped';
  #unsubscribe: (() => void)[] = [];

  constructor(options: HidPadOptions) {
    this.#transport = options.transport;
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
    const opened = await listenAndOpen(this.#transport, this.#unsubscribe, (r) => this.#onReport(r), (s) => this.#onState(s));
    this.#setStatus(opened.ok ? 'ready' : 'disconnected');
    return opened;
  }

  async stop(): Promise<void> {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
    await this.#transport.close();
    this.#setStatus('stopped');
  }

  async showNumber(n: number | string): Promise<Result<void>> {
    if (!this.#model.output?.showNumber) return err(kioskError('device.unsupported', `model ${this.#model.id} has no display`));
    const text = formatDisplayText(n, this.#model.output.displayWidth);
    if (!text.ok) return text;
    return this.#write(buildHidOutputReport(this.#model, 'showNumber', Array.from(text.value, (c) => c.charCodeAt(0))));
  }

  beep(): Promise<Result<void>> {
    return this.#write(buildHidOutputReport(this.#model, 'beep'));
  }

  requestRating(): Promise<Result<void>> {
    return this.#write(buildHidOutputReport(this.#model, 'requestRating'));
  }

  async #write(report: Result<Uint8Array>): Promise<Result<void>> {
    if (!report.ok) return report;
    return this.#transport.write(report.value);
  }

  #onReport(report: Uint8Array): void {
    const r = interpretHidReport(report, this.#model);
    if (!r.ok) {
      this.#events.emit('faulted', { error: r.error });
      return;
    }
    const input = r.value;
    if (!input) return;
    const at = this.#clock.now();
    if (input.kind === 'key') this.#events.emit('pressed', { key: input.key, at });
    else this.#events.emit('rated', { level: input.level, at });
  }

  #onState(state: TransportState): void {
    if (this.#unsubscribe.length === 0) return;
    if (state === 'open') this.#setStatus('ready');
    else if (state === 'disconnected' || state === 'closed') this.#setStatus('disconnected');
  }

  #setStatus(status: PadStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#events.emit('statusChanged', { status });
  }
}

export function createHidPad(options: HidPadOptions): RatingPad {
  return new HidPad(options);
}
