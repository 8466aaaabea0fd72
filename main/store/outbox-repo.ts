// The outbox table: append with an idempotency key, take the oldest pending item, record the outcome.
import type { Db } from './database.ts';
import type { SealedBox } from './sealed-box.ts';

export type OutboxState = 'pending' | 'delivered' | 'refused';

export interface OutboxItem {
  readonly seq: number;
  readonly kind: string;
  readonly route: string;
  readonly idempotencyKey: string;
  /** The request body; null when it can no longer be opened (key lost or data damaged). */
  readonly body: unknown;
  readonly attempts: number;
  readonly nextAttemptAt: number;
}

export interface OutboxCounts {
  readonly pending: number;
  readonly delivered: number;
  readonly refused: number;
  readonly oldestPendingAt: number | null;
}

interface Row {
  seq: number;
  kind: string;
  route: string;
  idempotency_key: string;
  body: Buffer | null;
  attempts: number;
  next_attempt_at: number;
}

export class OutboxRepo {
  readonly #db: Db;
  readonly #box: SealedBox;

  constructor(db: Db, box: SealedBox) {
    this.#db = db;
    this.#box = box;
  }

  /**
   * Appends an item. With `replacePending`, older pending items of the same kind are dropped first
   * (a heartbeat only matters as the latest one). Returns its sequence number.
   */
  add(item: { kind: string; route: string; idempotencyKey: string; body: unknown; now: number; replacePending?: boolean }): number {
    const tx = this.#db.transaction(() => {
      if (item.replacePending) this.#db.prepare("DELETE FROM outbox WHERE kind = ? AND state = 'pending'").run(item.kind);
      const r = this.#db
        .prepare('INSERT INTO outbox (kind, route, idempotency_key, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(item.kind, item.route, item.idempotencyKey, this.#box.seal(JSON.stringify(item.body)), item.now, item.now);
      return Number(r.lastInsertRowid);
    });
    return tx.immediate();
  }

  /** The oldest pending item: delivery is in order, so nothing behind it goes first. */
  head(): OutboxItem | null {
    const row = this.#db
      .prepare<[], Row>("SELECT seq, kind, route, idempotency_key, body, attempts, next_attempt_at FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1")
      .get();
    if (!row) return null;
    const text = row.body ? this.#box.open(row.body) : null;
    return {
      seq: row.seq,
      kind: row.kind,
      route: row.route,
      idempotencyKey: row.idempotency_key,
      body: text === null ? null : (JSON.parse(text) as unknown),
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
    };
  }

  /** The bodies of the pending items of one kind, oldest first (opened; an unreadable one is left out). */
  pendingBodies(kind: string): unknown[] {
    return this.#db
      .prepare<[string], { body: Buffer | null }>("SELECT body FROM outbox WHERE kind = ? AND state = 'pending' ORDER BY seq")
      .all(kind)
      .flatMap((r) => {
        const text = r.body ? this.#box.open(r.body) : null;
        return text === null ? [] : [JSON.parse(text) as unknown];
      });
  }

  /** Delivered: the personal data goes, the key and the platform's answer stay. */
  markDelivered(seq: number, response: unknown, now: number): void {
    this.#db
      .prepare("UPDATE outbox SET state = 'delivered', body = NULL, response = ?, done_at = ?, attempts = attempts + 1, last_error = NULL WHERE seq = ?")
      .run(JSON.stringify(response), now, seq);
  }

  /** The platform refused it for good (not a passing failure): kept for staff, never retried. */
  markRefused(seq: number, error: string, now: number): void {
    this.#db.prepare("UPDATE outbox SET state = 'refused', done_at = ?, attempts = attempts + 1, last_error = ? WHERE seq = ?").run(now, error, seq);
  }

  markRetry(seq: number, error: string, nextAttemptAt: number): void {
    this.#db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE seq = ?').run(error, nextAttemptAt, seq);
  }

  /** Makes every pending item due now (the platform came back). */
  expediteAll(now: number): void {
    this.#db.prepare("UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?").run(now, now);
  }

  counts(): OutboxCounts {
    const rows = this.#db.prepare<[], { state: OutboxState; n: number; oldest: number | null }>(
      'SELECT state, count(*) AS n, min(created_at) AS oldest FROM outbox GROUP BY state',
    ).all();
    const get = (s: OutboxState) => rows.find((r) => r.state === s);
    return { pending: get('pending')?.n ?? 0, delivered: get('delivered')?.n ?? 0, refused: get('refused')?.n ?? 0, oldestPendingAt: get('pending')?.oldest ?? null };
  }

  /** What the platform answered for an item, once delivered. */
  response(idempotencyKey: string): { state: OutboxState; response: unknown; lastError: string | null } | null {
    const row = this.#db
      .prepare<[string], { state: OutboxState; response: string | null; last_error: string | null }>('SELECT state, response, last_error FROM outbox WHERE idempotency_key = ?')
      .get(idempotencyKey);
    return row ? { state: row.state, response: row.response === null ? null : (JSON.parse(row.response) as unknown), lastError: row.last_error } : null;
  }

  /** Drops delivered items older than `before` (refused ones stay until staff deal with them). */
  pruneDelivered(before: number): number {
    return this.#db.prepare("DELETE FROM outbox WHERE state = 'delivered' AND done_at < ?").run(before).changes;
  }
}
