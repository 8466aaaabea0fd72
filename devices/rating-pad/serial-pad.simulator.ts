// The pad's side of a serial link, for development and tests: press keys, rate, send garbage, and
// remember what the host asked the pad to show or beep. One instance per simulated pad.
import { ok, type Result } from '../../domain/result.ts';
import { type KioskError } from '../../domain/errors.ts';
import type { ByteTransport } from '../transports/transport.ts';
import { SerialPadDecoder, encodeKeyPress, encodeRating, interpretFrame, type PadMessage } from './serial-pad.codec.ts';
import { defaultSerialPadModel, type SerialPadModel } from './serial-pad.models.ts';
import type { RatingLevel, WindowKey } from './types.ts';

export interface SerialPadSimulatorOptions {
  /** The device end of the link. */
  readonly transport: ByteTransport;
  readonly address?: number;
  readonly model?: SerialPadModel;
}

export type HostCommand = Extract<PadMessage, { kind: 'command' }>;

/** Bytes that are no frame: a stray start byte, a fake header with a bad length, line noise. */
export const DEFAULT_GARBAGE: readonly number[] = [0x00, 0x55, 0x68, 0xaa, 0x68, 0x05, 0x06, 0x68, 0x13, 0xfe];

export class SerialPadSimulator {
  readonly #transport: ByteTransport;
  readonly #address: number;
  readonly #model: SerialPadModel;
  readonly #decoder = new SerialPadDecoder();
  readonly #commandHooks = new Set<(command: HostCommand) => void>();
  #off: (() => void) | undefined;
  /** Everything the host had the pad show, oldest first. */
  readonly shown: string[] = [];
  beeps = 0;
  ratingRequests = 0;
  /** Frames from the host the pad could not read. */
  readonly errors: KioskError[] = [];

  constructor(options: SerialPadSimulatorOptions) {
    this.#transport = options.transport;
    this.#address = options.address ?? 1;
    this.#model = options.model ?? defaultSerialPadModel;
  }

  /** What the display shows now (undefined before the first show command). */
  get display(): string | undefined {
    return this.shown.at(-1);
  }

  async start(): Promise<Result<void>> {
    if (!this.#off) this.#off = this.#transport.onData((chunk) => this.#onData(chunk));
    return this.#transport.state === 'open' ? ok() : this.#transport.open();
  }

  async stop(): Promise<void> {
    this.#off?.();
    this.#off = undefined;
    await this.#transport.close();
  }

  /** Hook: called for every command addressed to this pad. Returns an unsubscribe function. */
  onCommand(hook: (command: HostCommand) => void): () => void {
    const entry = (c: HostCommand): void => hook(c);
    this.#commandHooks.add(entry);
    return () => this.#commandHooks.delete(entry);
  }

  press(key: WindowKey): Promise<Result<void>> {
    return this.#send(encodeKeyPress(this.#address, key, this.#model));
  }

  rate(level: RatingLevel): Promise<Result<void>> {
    return this.#send(encodeRating(this.#address, level, this.#model));
  }

  /** Sends bytes that are not a frame (line noise, a stray header). */
  sendGarbage(bytes: readonly number[] = DEFAULT_GARBAGE): Promise<Result<void>> {
    return this.#transport.write(Uint8Array.from(bytes));
  }

  /** Sends bytes as they are: a hand-made frame, a frame cut in half... */
  sendRaw(bytes: Uint8Array): Promise<Result<void>> {
    return this.#transport.write(bytes);
  }

  async #send(frame: Result<Uint8Array>): Promise<Result<void>> {
    return frame.ok ? this.#transport.write(frame.value) : frame;
  }

  #onData(chunk: Uint8Array): void {
    for (const r of this.#decoder.push(chunk)) {
      if (!r.ok) {
        this.errors.push(r.error);
        continue;
      }
      if (r.value.address !== this.#address) continue;
      const m = interpretFrame(r.value, this.#model);
      if (!m.ok) {
        this.errors.push(m.error);
        continue;
      }
      if (m.value.kind !== 'command') continue; // another pad's input on the bus
      const command = m.value;
      if (command.command === 'showNumber') this.shown.push(command.text);
      else if (command.command === 'beep') this.beeps++;
      else this.ratingRequests++;
      for (const hook of [...this.#commandHooks]) hook(command);
    }
  }
}

export function createSerialPadSimulator(options: SerialPadSimulatorOptions): SerialPadSimulator {
  return new SerialPadSimulator(options);
}
