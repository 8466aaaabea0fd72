// The calling end of the RPC, written once for every transport. The renderer wraps it in a typed
// proxy and hooks; tests use it directly against the core.
import type { z } from 'zod';
import type { EventMap, MethodMap } from './define.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import { readServerFrame, type ClientFrame, type FrameTransport } from './protocol.ts';
import { err, type Result } from '../../domain/result.ts';
import type { Timers } from '../../domain/clock.ts';

export interface RpcClientOptions {
  /** A call with no answer after this long resolves to `rpc.timeout`. */
  readonly timeoutMs?: number;
  readonly timers?: Timers;
  /** Told about frames the core sent that this client cannot read (a version mismatch, a bug). */
  readonly onProtocolError?: (error: KioskError) => void;
}

type Pending = { resolve: (r: Result<unknown>) => void; timer: unknown };

// Every host this runs in (browser, Electron, Node) has these; the contract's lib has no DOM or Node types.
const hostTimers = globalThis as unknown as Timers;
const defaultTimers: Timers = {
  setTimeout: (fn, ms) => hostTimers.setTimeout(fn, ms),
  clearTimeout: (h) => hostTimers.clearTimeout(h),
};

export type CallInput<M extends MethodMap, K extends keyof M> = z.input<M[K]['input']>;
export type CallOutput<M extends MethodMap, K extends keyof M> = z.output<M[K]['output']>;

export class RpcClient<M extends MethodMap, E extends EventMap> {
  readonly #timeoutMs: number;
  readonly #timers: Timers;
  readonly #onProtocolError: (error: KioskError) => void;
  readonly #pending = new Map<number, Pending>();
  readonly #listeners = new Map<string, Set<(payload: unknown) => void>>();
  readonly #connectionListeners = new Set<(connected: boolean) => void>();
  #transport: FrameTransport | null = null;
  #detach: (() => void) | null = null;
  #nextId = 1;

  constructor(options: RpcClientOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#timers = options.timers ?? defaultTimers;
    this.#onProtocolError = options.onProtocolError ?? (() => {});
  }

  get connected(): boolean {
    return this.#transport !== null;
  }

  /** Uses this transport from now on (a first connection or a reconnection) and re-subscribes. */
  attach(transport: FrameTransport): void {
    this.#drop();
    this.#transport = transport;
    const offFrame = transport.onFrame((text) => this.#receive(text));
    const offClose = transport.onClose(() => {
      if (this.#transport === transport) this.#drop();
    });
    this.#detach = () => {
      offFrame();
      offClose();
    };
    for (const event of this.#listeners.keys()) this.#send({ k: 'sub', e: event });
    for (const l of this.#connectionListeners) l(true);
  }

  /** Calls a method; never throws: failures are `{ ok: false, error }`. */
  call<K extends Extract<keyof M, string>>(method: K, input: CallInput<M, K>): Promise<Result<CallOutput<M, K>>> {
    if (!this.#transport) {
      return Promise.resolve(err(kioskError('rpc.disconnected', `not connected; ${method} was not sent`)));
    }
    const id = this.#nextId++;
    return new Promise((resolve) => {
      const timer = this.#timers.setTimeout(() => {
        this.#pending.delete(id);
        resolve(err(kioskError('rpc.timeout', `${method} had no answer within ${this.#timeoutMs} ms`)));
      }, this.#timeoutMs);
      this.#pending.set(id, { resolve: resolve as (r: Result<unknown>) => void, timer });
      this.#send({ k: 'req', id, m: method, i: input ?? {} });
    });
  }

  /** Listens to a pushed event; the core sends it only while someone here listens. */
  on<K extends Extract<keyof E, string>>(event: K, listener: (payload: z.output<E[K]>) => void): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
      this.#send({ k: 'sub', e: event });
    }
    const l = listener as (payload: unknown) => void;
    set.add(l);
    return () => {
      const s = this.#listeners.get(event);
      if (!s?.delete(l) || s.size > 0) return;
      this.#listeners.delete(event);
      this.#send({ k: 'unsub', e: event });
    };
  }

  /** Told true on every (re)connection and false when the transport goes away. */
  onConnection(listener: (connected: boolean) => void): () => void {
    this.#connectionListeners.add(listener);
    return () => this.#connectionListeners.delete(listener);
  }

  close(): void {
    const t = this.#transport;
    this.#drop();
    t?.close();
  }

  #send(frame: ClientFrame): void {
    this.#transport?.send(JSON.stringify(frame));
  }

  #receive(text: string): void {
    const frame = readServerFrame(text);
    if (!frame) {
      this.#onProtocolError(kioskError('rpc.badFrame', `unreadable frame from the core: ${text.slice(0, 120)}`));
      return;
    }
    switch (frame.k) {
      case 'res': {
        const p = this.#pending.get(frame.id);
        if (!p) return; // answered after its timeout
        this.#pending.delete(frame.id);
        this.#timers.clearTimeout(p.timer);
        p.resolve(frame.r as Result<unknown>);
        return;
      }
      case 'evt': {
        for (const l of [...(this.#listeners.get(frame.e) ?? [])]) l(frame.p);
        return;
      }
      case 'bad':
        this.#onProtocolError(frame.error);
        return;
      default:
        frame satisfies never;
    }
  }

  #drop(): void {
    const wasConnected = this.#transport !== null;
    this.#detach?.();
    this.#detach = null;
    this.#transport = null;
    for (const [id, p] of this.#pending) {
      this.#timers.clearTimeout(p.timer);
      p.resolve(err(kioskError('rpc.disconnected', `the connection closed before call ${id} was answered`)));
    }
    this.#pending.clear();
    if (wasConnected) for (const l of this.#connectionListeners) l(false);
  }
}
