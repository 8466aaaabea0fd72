// Keeps a device connected: wraps a transport factory and, whenever the device disappears (a USB
// replug, a printer power-cycled), reopens it with exponential backoff until it is back. Listeners
// subscribe once to the wrapper and stay attached across reconnects; the wrapper's state tells the
// story ('open' -> 'disconnected' -> 'opening' -> 'open').
//
// After open() the wrapper owns the connection until close(): if the first attempt fails, open()
// returns that error and the wrapper keeps trying in the background, so a device switched on after
// the terminal started is picked up without anyone calling open() again.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { systemClock, type Clock } from '../../domain/clock.ts';
import type { ByteTransport, TransportState } from './transport.ts';
import { errorDetails, TransportEvents } from './transport-events.ts';

export interface BackoffOptions {
  /** Delay before the first retry; default 250 ms. */
  readonly initialDelayMs?: number;
  /** Cap; default 10 000 ms. */
  readonly maxDelayMs?: number;
  /** Growth per failed attempt; default 2. */
  readonly factor?: number;
  /** Relative spread, 0..1: 0.2 gives base ±20 % (never above the cap); default 0.2. */
  readonly jitter?: number;
}

export interface ReconnectOptions extends BackoffOptions {
  readonly clock?: Clock;
  /** A number in [0, 1); default Math.random. Injected so tests choose the jitter. */
  readonly random?: () => number;
  /** Default: the first inner transport's description. */
  readonly description?: string;
}

/** The wait before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 10_000;
  const factor = options.factor ?? 2;
  const jitter = Math.min(1, Math.max(0, options.jitter ?? 0.2));
  const base = Math.min(max, initial * factor ** attempt);
  const spread = base * jitter;
  const delay = base - spread + 2 * spread * random();
  return Math.round(Math.min(max, Math.max(0, delay)));
}

export class ReconnectingTransport implements ByteTransport {
  readonly description: string;
  readonly #events = new TransportEvents();
  readonly #factory: () => ByteTransport;
  readonly #options: ReconnectOptions;
  readonly #clock: Clock;
  readonly #random: () => number;
  #inner: ByteTransport | undefined;
  #unsubscribe: (() => void)[] = [];
  /** The next transport to use: the first one is made eagerly (for its description). */
  #spare: ByteTransport | undefined;
  #connecting: Promise<Result<void>> | undefined;
  #timer: unknown;
  #attempt = 0;
  /** Bumped by close(): an attempt that started before it must not bring the device back. */
  #generation = 0;

  constructor(factory: () => ByteTransport, options: ReconnectOptions = {}) {
    this.#factory = factory;
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#spare = factory();
    this.description = options.description ?? this.#spare.description;
  }

  get state(): TransportState {
    return this.#events.state;
  }

  /** Retries scheduled since the device was last open (0 while it is open). */
  get retryCount(): number {
    return this.#attempt;
  }

  open(): Promise<Result<void>> {
    if (this.state === 'open') return Promise.resolve(ok());
    if (this.#connecting) return this.#connecting;
    this.#cancelRetry();
    return this.#connect();
  }

  #connect(): Promise<Result<void>> {
    const connecting = this.#attemptOnce().finally(() => {
      if (this.#connecting === connecting) this.#connecting = undefined;
    });
    this.#connecting = connecting;
    return connecting;
  }

  async #attemptOnce(): Promise<Result<void>> {
    const generation = this.#generation;
    await this.#release();
    if (generation !== this.#generation) return closedWhileOpening(this.description);
    this.#events.setState('opening');
    let inner: ByteTransport;
    try {
      inner = this.#spare ?? this.#factory();
      this.#spare = undefined;
    } catch (error) {
      // A factory that throws is a bug in its configuration; retrying will not fix it.
      this.#events.setState('closed');
      return err(kioskError('device.notConfigured', `${this.description}: ${errorDetails(error).message}`, errorDetails(error)));
    }
    this.#inner = inner;
    this.#unsubscribe = [
      inner.onData((chunk) => {
        if (this.#inner === inner) this.#events.emitData(chunk);
      }),
      inner.onState((state) => {
        if (this.#inner === inner && this.state === 'open' && (state === 'disconnected' || state === 'closed')) this.#dropped();
      }),
    ];
    const result = await inner.open();
    if (generation !== this.#generation) {
      await inner.close();
      return closedWhileOpening(this.description);
    }
    if (result.ok && inner.state === 'open') {
      this.#attempt = 0;
      this.#events.setState('open');
      return ok();
    }
    this.#events.setState('disconnected');
    this.#scheduleRetry();
    return result.ok ? err(kioskError('device.disconnected', `${this.description}: lost while opening`)) : result;
  }

  #dropped(): void {
    this.#events.setState('disconnected');
    this.#scheduleRetry();
  }

  #scheduleRetry(): void {
    this.#cancelRetry();
    const delay = backoffDelay(this.#attempt, this.#options, this.#random);
    this.#attempt++;
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      if (!this.#connecting) void this.#connect();
    }, delay);
  }

  #cancelRetry(): void {
    if (this.#timer === undefined) return;
    this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Detaches from the current inner transport and closes it. */
  async #release(): Promise<void> {
    const inner = this.#inner;
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    this.#inner = undefined;
    if (inner && inner.state !== 'closed') await inner.close();
  }

  async close(): Promise<void> {
    this.#generation++;
    this.#cancelRetry();
    this.#connecting = undefined;
    this.#attempt = 0;
    await this.#release();
    this.#events.setState('closed');
  }

  write(data: Uint8Array): Promise<Result<void>> {
    const inner = this.#inner;
    if (this.state !== 'open' || !inner) {
      return Promise.resolve(err(kioskError('device.disconnected', `${this.description}: write while ${this.state}`)));
    }
    return inner.write(data);
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.#events.onData(listener);
  }

  onState(listener: (state: TransportState) => void): () => void {
    return this.#events.onState(listener);
  }
}

/** A transport that reconnects by itself; see ReconnectingTransport. */
export function reconnecting(factory: () => ByteTransport, options: ReconnectOptions = {}): ReconnectingTransport {
  return new ReconnectingTransport(factory, options);
}

function closedWhileOpening(description: string): Result<void> {
  return err(kioskError('device.disconnected', `${description}: closed while opening`));
}
