// Serial (RS-485/RS-232) rating pad / window caller driver over an injected ByteTransport.
// Frames for other addresses are ignored (several pads share one RS-485 bus), and so are the
// host's own commands echoed back by half-duplex adapters. A partial frame that sits longer than
// `frameGapMs` is dropped, so a cut-off frame cannot swallow the next one.
import type { Clock } from '../../domain/clock.ts';
import type { Result } from '../../domain/result.ts';
import type { ByteTransport, TransportState } from '../transports/transport.ts';
import { listenAndOpen } from '../common/listen-and-open.ts';
import { Listeners } from '../common/listeners.ts';
import {
  SerialPadDecoder,
  encodeBeep,
  encodeRequestRating,
  encodeShowNumber,
  interpretFrame,
  type PadFrame,
} from './serial-pad.codec.ts';
import { defaultSerialPadModel, type SerialPadModel } from './serial-pad.models.ts';
import type { PadStatus, RatingPad, RatingPadEventName, RatingPadEvents } from './types.ts';

export interface SerialPadOptions {
  readonly transport: ByteTransport;
  readonly clock: Clock;
  /** The pad's bus address (ADDR). Default 1. */
  readonly address?: number;
  /** Default: the generic FF 68 model. */
  readonly model?: SerialPadModel;
  /** A partial frame with no new byte for this long is dropped as truncated. Default 200 ms. */
  readonly frameGapMs?: number;
  readonly maxDataLength?: number;
}

export const DEFAULT_FRAME_GAP_MS = 200;

class SerialPad implements RatingPad {
  readonly #transport: ByteTransport;
  readonly #clock: Clock;
  readonly #address: number;
  readonly #model: SerialPadModel;
  readonly #gapMs: number;
  readonly #decoder: SerialPadDecoder;
  readonly #events = new Listeners<RatingPadEvents>();
  #status: PadStatus = 'stopped';
  #unsubscribe: (() => void)[] = [];
  #gapTimer: unknown = undefined;

  constructor(options: SerialPadOptions) {
    this.#transport = options.transport;
    this.#clock = options.clock;
    this.#address = options.address ?? 1;
    this.#model = options.model ?? defaultSerialPadModel;
    this.#gapMs = options.frameGapMs ?? DEFAULT_FRAME_GAP_MS;
    this.#decoder = new SerialPadDecoder(options.maxDataLength === undefined ? {} : { maxDataLength: options.maxDataLength });
  }

  get status(): PadStatus {
    return this.#status;
  }

  on<E extends RatingPadEventName>(event: E, listener: (payload: RatingPadEvents[E]) => void): () => void {
    return this.#events.on(event, listener);
  }

  /**
   * Subscribes and opens the transport. A failed open is returned, and the driver stays subscribed:
   * a reconnecting transport that opens later makes it `ready`; calling start() again retries.
   */
  async start(): Promise<Result<void>> {
    const opened = await listenAndOpen(this.#transport, this.#unsubscribe, (c) => this.#onData(c), (s) => this.#onState(s));
    this.#setStatus(opened.ok ? 'ready' : 'disconnected');
    return opened;
  }

  async stop(): Promise<void> {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
    this.#clearGapTimer();
    this.#decoder.flush();
    await this.#transport.close();
    this.#setStatus('stopped');
  }

  showNumber(n: number | string): Promise<Result<void>> {
    return this.#send(encodeShowNumber(this.#address, n, this.#model));
  }

  beep(): Promise<Result<void>> {
    return this.#send(encodeBeep(this.#address, this.#model));
  }

  requestRating(): Promise<Result<void>> {
    return this.#send(encodeRequestRating(this.#address, this.#model));
  }

  async #send(frame: Result<Uint8Array>): Promise<Result<void>> {
    if (!frame.ok) return frame;
    return this.#transport.write(frame.value);
  }

  #onState(state: TransportState): void {
    if (this.#unsubscribe.length === 0) return;
    if (state === 'open') this.#setStatus('ready');
    else if (state === 'disconnected' || state === 'closed') {
      this.#clearGapTimer();
      this.#decoder.flush();
      this.#setStatus('disconnected');
    }
  }

  #onData(chunk: Uint8Array): void {
    this.#clearGapTimer();
    this.#handle(this.#decoder.push(chunk));
    if (this.#decoder.buffered > 0) {
      this.#gapTimer = this.#clock.setTimeout(() => {
        this.#gapTimer = undefined;
        this.#handle(this.#decoder.flush());
      }, this.#gapMs);
    }
  }

  #handle(results: readonly Result<PadFrame>[]): void {
    for (const r of results) {
      if (!r.ok) {
        this.#events.emit('faulted', { error: r.error });
        continue;
      }
      if (r.value.address !== this.#address) continue;
      const message = interpretFrame(r.value, this.#model);
      if (!message.ok) {
        this.#events.emit('faulted', { error: message.error });
        continue;
      }
      const m = message.value;
      const at = this.#clock.now();
      if (m.kind === 'key') this.#events.emit('pressed', { key: m.key, at });
      else if (m.kind === 'rating') this.#events.emit('rated', { level: m.level, at });
      // kind 'command': our own frame echoed by a half-duplex adapter, or another host: not input.
    }
  }

  #clearGapTimer(): void {
    if (this.#gapTimer !== undefined) this.#clock.clearTimeout(this.#gapTimer);
    this.#gapTimer = undefined;
  }

  #setStatus(status: PadStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#events.emit('statusChanged', { status });
  }
}

export function createSerialPad(options: SerialPadOptions): RatingPad {
  return new SerialPad(options);
}
