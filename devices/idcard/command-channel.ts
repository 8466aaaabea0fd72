// One command at a time over a ByteTransport: write a frame, wait for the response that fits it, or
// a timeout. The SAM protocol has no command ids, so each exchange says which frames can be its
// answer; anything else (a late answer to a command that already timed out) is counted and dropped.
// A timeout drops any half-received frame so that the next exchange starts clean.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import { deviceDeadline } from '../common/deadline.ts';
import type { ByteTransport } from '../transports/transport.ts';
import { createResponseDecoder, type DecoderOptions, type FrameDecoder, type ResponseFrame } from './frame.codec.ts';

export interface Exchange {
  /** For messages: `find card`. */
  readonly label: string;
  readonly frame: Uint8Array;
  readonly timeoutMs: number;
  /** Whether a decoded frame can be this command's answer. */
  readonly accepts: (frame: ResponseFrame) => boolean;
}

export interface ChannelStats {
  exchanges: number;
  timeouts: number;
  /** Frames (or framing errors) that arrived when no command was waiting, or did not fit it. */
  stray: number;
}

interface Pending {
  readonly accepts: (frame: ResponseFrame) => boolean;
  readonly finish: (result: Result<ResponseFrame>) => void;
}

export class CommandChannel {
  readonly #transport: ByteTransport;
  readonly #clock: Clock;
  readonly #decoder: FrameDecoder<ResponseFrame>;
  #pending: Pending | null = null;
  #tail: Promise<unknown> = Promise.resolve();
  #unsubscribe: (() => void) | null = null;
  readonly stats: ChannelStats = { exchanges: 0, timeouts: 0, stray: 0 };

  constructor(transport: ByteTransport, clock: Clock, options: DecoderOptions = {}) {
    this.#transport = transport;
    this.#clock = clock;
    this.#decoder = createResponseDecoder(options);
  }

  get decoderStats(): FrameDecoder<ResponseFrame>['stats'] {
    return this.#decoder.stats;
  }

  attach(): void {
    this.#unsubscribe ??= this.#transport.onData((chunk) => this.#onData(chunk));
  }

  detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  /** Queues an exchange behind any running one; never rejects. */
  send(exchange: Exchange): Promise<Result<ResponseFrame>> {
    const run = this.#tail.then(() => this.#exchange(exchange));
    this.#tail = run;
    return run;
  }

  /** Ends the running exchange (if any) with `error`, and drops any half-received frame. */
  cancel(error: KioskError): void {
    this.#decoder.reset();
    this.#pending?.finish(err(error));
  }

  #exchange(ex: Exchange): Promise<Result<ResponseFrame>> {
    this.stats.exchanges++;
    return new Promise((resolve) => {
      let cancel: (() => void) | null = null;
      const pending: Pending = {
        accepts: ex.accepts,
        finish: (result) => {
          if (this.#pending !== pending) return;
          this.#pending = null;
          cancel?.();
          resolve(result);
        },
      };
      this.#pending = pending;
      cancel = deviceDeadline(this.#clock, ex.timeoutMs, () => {
        if (this.#pending !== pending) return;
        this.stats.timeouts++;
        this.#decoder.reset();
        pending.finish(err(kioskError('device.timeout', `${ex.label}: no answer within ${ex.timeoutMs} ms`)));
      });
      this.#transport.write(ex.frame).then(
        (written) => {
          if (!written.ok) pending.finish(written);
        },
        (e: unknown) => pending.finish(err(kioskError('internal', `${ex.label}: transport write threw: ${String(e)}`))),
      );
    });
  }

  #onData(chunk: Uint8Array): void {
    for (const result of this.#decoder.push(chunk)) {
      const pending = this.#pending;
      if (!pending) {
        this.stats.stray++;
        continue;
      }
      if (!result.ok) pending.finish(result);
      else if (pending.accepts(result.value)) pending.finish(ok(result.value));
      else this.stats.stray++;
    }
  }
}
