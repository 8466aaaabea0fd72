// Watches the link to the central platform: a health request every interval, online/offline as it
// answers, and a change event when the state flips. The HTTP client of issue #3 reuses the state.
import type { Clock, PlatformLink } from '../contract/index.ts';
import type { Logger } from './event-log.ts';

export type FetchLike = (url: string, init: { signal: AbortSignal; headers?: Record<string, string> }) => Promise<{ ok: boolean; status: number }>;

export interface PlatformLinkOptions {
  readonly baseUrl: string;
  readonly embedded: boolean;
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly clock: Clock;
  readonly fetch: FetchLike;
  readonly log: Logger;
}

export class PlatformLinkMonitor {
  readonly #o: PlatformLinkOptions;
  readonly #listeners = new Set<(link: PlatformLink) => void>();
  #link: PlatformLink;
  #timer: unknown = null;
  #running = false;

  constructor(options: PlatformLinkOptions) {
    this.#o = options;
    this.#link = { state: 'connecting', embedded: options.embedded, since: this.#iso(), reason: null };
  }

  get link(): PlatformLink {
    return this.#link;
  }

  onChange(listener: (link: PlatformLink) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    void this.#tick();
  }

  stop(): void {
    this.#running = false;
    if (this.#timer !== null) this.#o.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Checks now (e.g. after a request failed) instead of waiting for the next tick. */
  async check(): Promise<PlatformLink> {
    const url = new URL('api/v1/health', this.#o.baseUrl.endsWith('/') ? this.#o.baseUrl : `${this.#o.baseUrl}/`).toString();
    const abort = new AbortController();
    const timer = this.#o.clock.setTimeout(() => abort.abort(), this.#o.timeoutMs);
    let reason: string | null = null;
    try {
      const res = await this.#o.fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!res.ok) reason = `health answered HTTP ${res.status}`;
    } catch (e) {
      reason = abort.signal.aborted ? `no answer within ${this.#o.timeoutMs} ms` : describeFetchError(e);
    } finally {
      this.#o.clock.clearTimeout(timer);
    }
    this.#set(reason === null ? 'online' : 'offline', reason);
    return this.#link;
  }

  async #tick(): Promise<void> {
    if (!this.#running) return;
    await this.check();
    if (this.#running) this.#timer = this.#o.clock.setTimeout(() => void this.#tick(), this.#o.intervalMs);
  }

  #set(state: PlatformLink['state'], reason: string | null): void {
    if (state === this.#link.state && reason === this.#link.reason) return;
    const changed = state !== this.#link.state;
    this.#link = { state, embedded: this.#o.embedded, since: changed ? this.#iso() : this.#link.since, reason };
    if (changed) this.#o.log[state === 'online' ? 'info' : 'warn'](`platform ${state}`, reason ? { reason } : undefined);
    for (const l of [...this.#listeners]) l(this.#link);
  }

  #iso(): string {
    return new Date(this.#o.clock.now()).toISOString();
  }
}

function describeFetchError(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}
