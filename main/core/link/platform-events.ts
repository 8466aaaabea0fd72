// The platform's live event stream (`queue.events`, Server-Sent Events), listened to once for the
// whole core: connected with the terminal's credential, each event parsed with its schema
// (domain/api/events.ts) and handed to the parts that subscribed to its type. A bad event (unreadable
// JSON, a shape that breaks its schema) is logged and skipped, never a crash; a listener that throws
// is logged and the others still get the event. When the stream breaks, or stays silent longer than
// the platform's keep-alive allows, it reconnects after a back-off that doubles up to a ceiling, with
// jitter (so a hall's kiosks do not all knock at once after an outage), on the injected clock. It
// resumes with Last-Event-ID: the platform replays what was missed, or says `resync`, and then (as on
// the first connection) the parts are told to ask again for what they follow (onResync).
import type { Clock } from '../../../domain/clock.ts';
import { HEADERS } from '../../../domain/api/define.ts';
import { platformEventSchemas, RESYNC_EVENT, type PlatformEventOf, type PlatformEventType } from '../../../domain/api/events.ts';
import { queueEventSchema, routes } from '../../../domain/api/routes.ts';
import type { PlatformEventStream } from '../../contract/system.ts';
import type { Credentials } from '../../platform-client/client.ts';
import { SseParser, type SseMessage } from '../../platform-client/sse.ts';
import type { Logger } from '../system/event-log.ts';

export interface StreamResponseLike {
  readonly status: number;
  /** The body as it arrives; null when there is none. */
  readonly body: AsyncIterable<Uint8Array> | null;
}
export type StreamFetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<StreamResponseLike>;

/** The host's fetch as a StreamFetch. */
export const fetchStream: StreamFetch = async (url, init) => {
  const res = await fetch(url, { method: 'GET', headers: init.headers, signal: init.signal });
  return { status: res.status, body: res.body as AsyncIterable<Uint8Array> | null };
};

export interface PlatformEventsOptions {
  readonly baseUrl: string;
  readonly credentials: () => Credentials | null;
  readonly fetch: StreamFetch;
  readonly clock: Clock;
  readonly random: () => number;
  readonly log: Logger;
  /** The first wait before reconnecting, and the longest. Default 1 s and 60 s. */
  readonly backoff?: { readonly firstMs: number; readonly maxMs: number };
  /** Nothing received for this long (the platform sends a comment every 15 s): the connection is dead. Default 45 s. */
  readonly silenceMs?: number;
}

type Listener = (event: never) => void;

export class PlatformEvents {
  readonly #o: PlatformEventsOptions;
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #resync = new Set<() => void>();
  readonly #changes = new Set<(s: PlatformEventStream) => void>();
  #state: PlatformEventStream;
  #running = false;
  #abort: AbortController | null = null;
  #retry: { timer: unknown; wake: () => void } | null = null;
  #loop: Promise<void> = Promise.resolve();
  #failures = 0;

  constructor(options: PlatformEventsOptions) {
    this.#o = options;
    this.#state = { state: 'off', since: this.#iso(), lastEventId: null, reason: null, reconnectAt: null };
  }

  get state(): PlatformEventStream {
    return this.#state;
  }

  /** Every event of `type`, parsed with its schema. Returns the unsubscribe function. */
  on<T extends PlatformEventType>(type: T, listener: (event: PlatformEventOf<T>) => void): () => void {
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    const entry = listener as Listener;
    set.add(entry);
    return () => void set.delete(entry);
  }

  /** Events may have been missed (first connection, or the platform could not replay): ask again for what you follow. */
  onResync(listener: () => void): () => void {
    this.#resync.add(listener);
    return () => void this.#resync.delete(listener);
  }

  onChange(listener: (s: PlatformEventStream) => void): () => void {
    this.#changes.add(listener);
    return () => void this.#changes.delete(listener);
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#abort?.abort();
    if (this.#retry) {
      this.#o.clock.clearTimeout(this.#retry.timer);
      this.#retry.wake();
    }
    await this.#loop;
    this.#set({ state: 'off', reason: null, reconnectAt: null });
  }

  /** Reconnect now rather than at the end of the back-off (the platform is back). */
  reconnectNow(): void {
    if (!this.#retry) return;
    this.#o.clock.clearTimeout(this.#retry.timer);
    this.#retry.wake();
  }

  async #run(): Promise<void> {
    while (this.#running) {
      const why = await this.#connectOnce();
      if (!this.#running) return;
      const wait = this.#delay();
      this.#failures++;
      this.#set({ state: 'connecting', reason: why, reconnectAt: new Date(this.#o.clock.now() + wait).toISOString() });
      this.#o.log.warn('platform event stream lost; reconnecting', { reason: why, inMs: Math.round(wait) });
      await new Promise<void>((wake) => {
        const timer = this.#o.clock.setTimeout(wake, wait);
        this.#retry = { timer, wake };
      });
      this.#retry = null;
    }
  }

  /** Equal jitter over a doubling back-off: half the step for sure, the other half at random. */
  #delay(): number {
    const { firstMs, maxMs } = this.#o.backoff ?? { firstMs: 1000, maxMs: 60_000 };
    const step = Math.min(maxMs, firstMs * 2 ** Math.min(this.#failures, 30));
    return step / 2 + (step / 2) * this.#o.random();
  }

  /** One connection, until it ends; answers why it ended. */
  async #connectOnce(): Promise<string> {
    const credentials = this.#o.credentials();
    if (!credentials) return 'this terminal is not enrolled with the platform yet';
    this.#set({ state: 'connecting', reason: this.#state.reason, reconnectAt: null });
    const headers: Record<string, string> = {
      accept: 'text/event-stream',
      [HEADERS.terminalId]: credentials.terminalId,
      [HEADERS.authorization]: `Bearer ${credentials.credential}`,
    };
    const resuming = this.#state.lastEventId;
    if (resuming) headers['last-event-id'] = resuming;
    const abort = new AbortController();
    this.#abort = abort;
    let silence: unknown = null;
    const silenceMs = this.#o.silenceMs ?? 45_000;
    let silent = false;
    const watch = () => {
      if (silence !== null) this.#o.clock.clearTimeout(silence);
      silence = this.#o.clock.setTimeout(() => {
        silent = true;
        abort.abort();
      }, silenceMs);
    };
    try {
      watch();
      const url = new URL(routes['queue.events'].path.slice(1), this.#o.baseUrl.endsWith('/') ? this.#o.baseUrl : `${this.#o.baseUrl}/`).toString();
      const res = await this.#o.fetch(url, { headers, signal: abort.signal });
      if (res.status !== 200 || !res.body) {
        await drain(res.body);
        return res.status === 401 ? 'the platform refused the terminal credential (HTTP 401)' : `the platform answered HTTP ${res.status}`;
      }
      this.#failures = 0;
      this.#set({ state: 'connected', reason: null, reconnectAt: null });
      this.#o.log.info('platform event stream connected', resuming ? { resumingAfter: resuming } : undefined);
      if (!resuming) this.#tellResync();
      const parser = new SseParser();
      for await (const chunk of res.body) {
        watch();
        for (const m of parser.push(chunk)) this.#message(m);
        if (!this.#running) break;
      }
      return 'the platform closed the event stream';
    } catch (e) {
      if (silent) return `nothing from the platform for ${Math.round(silenceMs / 1000)} s`;
      if (!this.#running) return 'stopped';
      return describe(e);
    } finally {
      if (silence !== null) this.#o.clock.clearTimeout(silence);
      this.#abort = null;
      abort.abort();
    }
  }

  #message(m: SseMessage): void {
    if (m.id !== null) this.#set({ lastEventId: m.id });
    if (m.event === RESYNC_EVENT) {
      this.#o.log.info('platform event stream: events were missed, catching up');
      this.#tellResync();
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(m.data);
    } catch {
      this.#o.log.warn('platform event skipped: its data is not JSON', { event: m.event, id: m.id });
      return;
    }
    const envelope = queueEventSchema.safeParse(json);
    if (!envelope.success) {
      this.#o.log.warn('platform event skipped: no type and time', { event: m.event, id: m.id });
      return;
    }
    const type = envelope.data.type;
    if (!Object.hasOwn(platformEventSchemas, type)) return;
    const listeners = this.#listeners.get(type);
    if (!listeners?.size) return;
    const parsed = platformEventSchemas[type as PlatformEventType].safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      this.#o.log.warn('platform event skipped: it does not match its schema', { type, id: m.id, at: first?.path.join('.') ?? '', problem: first?.message ?? '' });
      return;
    }
    for (const l of [...listeners]) {
      try {
        (l as (e: unknown) => void)(parsed.data);
      } catch (e) {
        this.#o.log.error('a listener of platform events failed', { type, error: describe(e) });
      }
    }
  }

  #tellResync(): void {
    for (const l of [...this.#resync]) {
      try {
        l();
      } catch (e) {
        this.#o.log.error('a resync listener failed', { error: describe(e) });
      }
    }
  }

  #set(change: Partial<PlatformEventStream>): void {
    const next = { ...this.#state, ...change };
    if (change.state !== undefined && change.state !== this.#state.state) next.since = this.#iso();
    if (JSON.stringify(next) === JSON.stringify(this.#state)) return;
    this.#state = next;
    // The id moves with every event: not worth a status push of its own.
    if (Object.keys(change).length === 1 && change.lastEventId !== undefined) return;
    for (const l of [...this.#changes]) l(next);
  }

  #iso(): string {
    return new Date(this.#o.clock.now()).toISOString();
  }
}

async function drain(body: AsyncIterable<Uint8Array> | null): Promise<void> {
  if (!body) return;
  try {
    for await (const chunk of body) void chunk;
  } catch {
    // The answer was a refusal; what its body said does not matter here.
  }
}

function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}
