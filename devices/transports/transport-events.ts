// What every transport shares: data and state listeners, the state itself, one open attempt at a
// time, and the writes still waiting for the OS (which a close or an unplug settles).
// A listener that throws is a bug in the listener; it must not stop the others, so each call is
// isolated and the error is rethrown asynchronously (it still reaches the process's error handler).
import { ok, type Result } from '../../domain/result.ts';
import type { TransportState } from './transport.ts';

export class TransportEvents {
  #state: TransportState = 'closed';
  #opening: Promise<Result<void>> | undefined;
  readonly #data = new Set<(chunk: Uint8Array) => void>();
  readonly #stateListeners = new Set<(state: TransportState) => void>();

  get state(): TransportState {
    return this.#state;
  }

  /** A transport's open(): ok at once when open, the attempt under way when opening, else a new one. */
  open(attempt: () => Promise<Result<void>>): Promise<Result<void>> {
    if (this.#state === 'open') return Promise.resolve(ok());
    if (this.#opening) return this.#opening;
    const opening = attempt().finally(() => {
      if (this.#opening === opening) this.#opening = undefined;
    });
    this.#opening = opening;
    return opening;
  }

  /** A transport's close(): an attempt still under way is no longer joined (its session is stale). */
  forgetOpening(): void {
    this.#opening = undefined;
  }

  /** Changes the state and tells the listeners; a "change" to the same state is not reported. */
  setState(next: TransportState): void {
    if (next === this.#state) return;
    this.#state = next;
    for (const listener of [...this.#stateListeners]) isolate(() => listener(next));
  }

  emitData(chunk: Uint8Array): void {
    for (const listener of [...this.#data]) isolate(() => listener(chunk));
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    // Wrapped so that subscribing the same function twice gives two independent subscriptions.
    const entry = (chunk: Uint8Array): void => listener(chunk);
    this.#data.add(entry);
    return () => this.#data.delete(entry);
  }

  onState(listener: (state: TransportState) => void): () => void {
    const entry = (state: TransportState): void => listener(state);
    this.#stateListeners.add(entry);
    return () => this.#stateListeners.delete(entry);
  }
}

function isolate(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

/** What an OS or library error says, as plain data for `KioskError.details` (never a stack). */
export function errorDetails(error: unknown): { code?: string; message: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? { code, message: error.message } : { message: error.message };
  }
  return { message: String(error) };
}

/** Writes not yet settled; a close or an unplug settles them all with `device.disconnected`. */
export class PendingWrites {
  readonly #settlers = new Set<(result: Result<void>) => void>();

  /** One write: `start` gets the function that settles it (the first call wins, the rest are ignored). */
  track(start: (settle: (result: Result<void>) => void) => void): Promise<Result<void>> {
    return new Promise((resolve) => {
      const settle = (result: Result<void>): void => {
        if (!this.#settlers.delete(settle)) return;
        resolve(result);
      };
      this.#settlers.add(settle);
      start(settle);
    });
  }

  /** Settles every write still waiting. */
  settleAll(result: Result<void>): void {
    for (const settle of [...this.#settlers]) settle(result);
  }
}
