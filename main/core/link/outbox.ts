// The outbox: everything the terminal creates for the platform (evaluations, form submissions,
// complaints, offline tickets, heartbeats) is written to SQLite first, with its idempotency key,
// and delivered from there in order, with retries and backoff, surviving restarts. Because the key
// is made when the item is made, and the platform answers a replayed key with its first answer, each
// item reaches the platform exactly once whatever crashes in between.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../domain/clock.ts';
import { platformCodeOf, type PlatformClient } from '../../platform-client/client.ts';
import type { RouteName } from '../../../domain/api/routes.ts';
import type { OutboxCounts, OutboxRepo } from '../../store/index.ts';
import type { Logger } from '../system/event-log.ts';

/** Routes the outbox may deliver to: those that create something. */
export type OutboxRoute = Extract<RouteName, 'evaluations.create' | 'submissions.create' | 'complaints.create' | 'terminals.heartbeat' | 'queue.offlineTicket'>;

export interface OutboxOptions {
  readonly repo: OutboxRepo;
  readonly client: PlatformClient;
  readonly clock: Clock;
  readonly log: Logger;
  /** 0..1, for jitter; injected so tests are exact. */
  readonly random?: () => number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly newKey?: () => string;
}

export class Outbox {
  readonly #o: Required<OutboxOptions>;
  readonly #listeners = new Set<(counts: OutboxCounts) => void>();
  #timer: unknown = null;
  #running = false;
  #busy: Promise<void> | null = null;

  constructor(options: OutboxOptions) {
    this.#o = {
      random: Math.random,
      baseDelayMs: 1000,
      maxDelayMs: 5 * 60_000,
      newKey: () => randomUUID(),
      ...options,
    };
  }

  /**
   * Stores an item durably (it is safe once this returns) and nudges delivery. Returns its key: a new
   * one, or `key` when the item already has a unique id the platform may know it by (a form's submission id).
   */
  enqueue(kind: string, route: OutboxRoute, body: unknown, options: { replacePending?: boolean; key?: string } = {}): string {
    const { key, ...rest } = options;
    const idempotencyKey = key ?? this.#o.newKey();
    this.#o.repo.add({ kind, route, idempotencyKey, body, now: this.#o.clock.now(), ...rest });
    this.#changed();
    this.#kick();
    return idempotencyKey;
  }

  /** What is still waiting of one kind (opened bodies, oldest first): e.g. a rating not yet delivered. */
  waiting(kind: string): unknown[] {
    return this.#o.repo.pendingBodies(kind);
  }

  /** Where an item stands by its key: pending, delivered (with the platform's answer) or refused. */
  state(idempotencyKey: string): ReturnType<OutboxRepo['response']> {
    return this.#o.repo.response(idempotencyKey);
  }

  counts(): OutboxCounts {
    return this.#o.repo.counts();
  }

  /** Where an item stands: pending, delivered (with the platform's answer) or refused; null if unknown. */
  outcome(idempotencyKey: string): { state: 'pending' | 'delivered' | 'refused'; response: unknown; lastError: string | null } | null {
    return this.#o.repo.response(idempotencyKey);
  }

  onChange(listener: (counts: OutboxCounts) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  start(): void {
    this.#running = true;
    this.#kick();
  }

  stop(): void {
    this.#running = false;
    if (this.#timer !== null) this.#o.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The platform is reachable again: try everything now rather than at its backoff time. */
  platformBack(): void {
    this.#o.repo.expediteAll(this.#o.clock.now());
    this.#kick();
  }

  /** Resolves when no delivery is under way (for shutdown). */
  async whenIdle(): Promise<void> {
    while (this.#busy) await this.#busy;
  }

  /** Delivers due items in order until the outbox is empty or the head must wait. */
  async drain(): Promise<void> {
    if (this.#busy) return this.#busy;
    this.#busy = this.#drain().finally(() => {
      this.#busy = null;
    });
    return this.#busy;
  }

  async #drain(): Promise<void> {
    const { repo, client, clock, log } = this.#o;
    for (;;) {
      const head = repo.head();
      if (!head) return;
      if (head.nextAttemptAt > clock.now()) {
        this.#schedule(head.nextAttemptAt - clock.now());
        return;
      }
      if (head.body === null) {
        repo.markRefused(head.seq, 'the stored body cannot be opened (key lost or data damaged)', clock.now());
        log.error('outbox item unreadable; set aside', { seq: head.seq, kind: head.kind });
        this.#changed();
        continue;
      }
      const r = await client.call(head.route as OutboxRoute, { body: head.body as never, idempotencyKey: head.idempotencyKey });
      if (r.ok) {
        repo.markDelivered(head.seq, r.value.notModified ? null : r.value.value, clock.now());
        log.debug('outbox item delivered', { seq: head.seq, kind: head.kind, replayed: !r.value.notModified && r.value.replayed });
      } else if (r.error.code !== 'platform.rejected') {
        // Away, overloaded, answering garbage, or this terminal's credential is not accepted: none of
        // that is the item's fault, so it waits (and nothing behind it overtakes it).
        const delay = this.#backoff(head.attempts);
        repo.markRetry(head.seq, `${r.error.code}: ${r.error.message}`, clock.now() + delay);
        log.info('outbox waiting for the platform', { seq: head.seq, attempts: head.attempts + 1, retryInMs: delay });
        this.#schedule(delay);
        return;
      } else {
        // Refused for good (bad request, a repeat rating...): set aside, keep the rest moving.
        // The platform's own code stays in the note (a repeat rating: platform.rejected/evaluation.duplicate).
        const platformCode = platformCodeOf(r.error);
        repo.markRefused(head.seq, `${r.error.code}${platformCode ? `/${platformCode}` : ''}: ${r.error.message}`, clock.now());
        log.warn('outbox item refused by the platform', { seq: head.seq, kind: head.kind, code: r.error.code, details: r.error.details as Record<string, unknown> });
      }
      this.#changed();
    }
  }

  #backoff(attempts: number): number {
    const exp = Math.min(this.#o.maxDelayMs, this.#o.baseDelayMs * 2 ** Math.min(attempts, 20));
    // Full jitter in the upper half: terminals that lost the platform together do not return together.
    return Math.round(exp / 2 + (exp / 2) * this.#o.random());
  }

  #kick(): void {
    if (this.#running) void this.drain();
  }

  #schedule(ms: number): void {
    if (!this.#running) return;
    if (this.#timer !== null) this.#o.clock.clearTimeout(this.#timer);
    this.#timer = this.#o.clock.setTimeout(() => {
      this.#timer = null;
      this.#kick();
    }, ms);
  }

  #changed(): void {
    if (this.#listeners.size === 0) return;
    const counts = this.counts();
    for (const l of [...this.#listeners]) l(counts);
  }
}
