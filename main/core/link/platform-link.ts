// Watches the link to the central platform: a health call every interval through the platform
// client, online/offline as it answers, and a change event when the state flips (the sync and the
// outbox then try again at once).
import type { Clock } from '../../../domain/clock.ts';
import type { PlatformLink } from '../../contract/index.ts';
import type { PlatformClient } from '../../platform-client/client.ts';
import type { Logger } from '../system/event-log.ts';

export interface PlatformLinkOptions {
  readonly client: Pick<PlatformClient, 'call'>;
  readonly embedded: boolean;
  readonly intervalMs: number;
  readonly clock: Clock;
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
    const r = await this.#o.client.call('system.health', {});
    this.#set(r.ok ? 'online' : 'offline', r.ok ? null : r.error.message.replace(/^system\.health: /, ''));
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
