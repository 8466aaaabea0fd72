// Queue numbering over the storage interface (issue 17: several platform processes over one
// PostgreSQL), the queue's numbering rule (`numbersAfter`, below): per hall, category and business date the counter moves
// on by one, wraps from end to start, and skips numbers still held by a live ticket that day. The
// counter row is locked as it is read (an upsert ... RETURNING: a row lock on PostgreSQL that a
// concurrent transaction waits on and then reads past, under read committed; on SQLite the
// transaction is serial anyway), so two processes never take the same number and none is skipped.
// The engine (ticket-issuer.ts) numbers every ticket it issues here.
import type { Storage, Transaction } from '../store/storage.ts';
import { onceForKey, type StoredAnswer } from '../store/idempotency.ts';
import { liveStates } from './ticket-states.ts';
import { nextQueueSeqSql } from './ticket-repo.ts';

export interface NumberScope {
  readonly hall: string;
  readonly categoryId: string;
  readonly prefix: string;
  /** The business date, yyyy-MM-dd in the hall's zone. */
  readonly date: string;
  readonly start: number;
  readonly end: number;
}

const LIVE = `(${liveStates.map((s) => `'${s}'`).join(', ')})`;

/**
 * One statement makes the day's counter (below start, so the rule's next is start, as with no
 * counter) or locks the one there, and reads it: a concurrent transaction waits on the row lock and
 * then reads the value this one leaves. The issue takes it before its checks (quotas, one ticket per
 * person), so concurrent issues of a category check one after the other. Answers the last number.
 */
export async function lockCounter(tx: Transaction, scope: Pick<NumberScope, 'hall' | 'categoryId' | 'date' | 'start'>): Promise<number | null> {
  const counter = await tx.one<{ last_number: number }>(
    `INSERT INTO queue_counters (hall_id, category_id, business_date, last_number) VALUES (?, ?, ?, ?)
     ON CONFLICT (hall_id, category_id, business_date) DO UPDATE SET last_number = queue_counters.last_number
     RETURNING last_number`,
    [scope.hall, scope.categoryId, scope.date, scope.start - 1],
  );
  return counter && counter.last_number >= scope.start ? counter.last_number : null;
}

/**
 * Inside the caller's transaction: the next free number, the counter moved on to it; null when every
 * number is live. `last` is what `lockCounter` answered when the caller locked the counter already
 * (the issue does, before its checks): the counter is then not locked a second time. Each number
 * tried is one statement: the counter moves to it only when no live ticket holds it that day.
 */
export async function nextTicketNumber(tx: Transaction, scope: NumberScope, locked?: { readonly last: number | null }): Promise<{ n: number; text: string } | null> {
  const last = locked ? locked.last : await lockCounter(tx, scope);
  for (const n of numbersAfter(last, scope.start, scope.end)) {
    const text = formatNumber(scope.prefix, n);
    const moved = await tx.run(
      `UPDATE queue_counters SET last_number = ? WHERE hall_id = ? AND category_id = ? AND business_date = ?
         AND NOT EXISTS (SELECT 1 FROM queue_tickets WHERE hall_id = ? AND business_date = ? AND number = ? AND state IN ${LIVE})`,
      [n, scope.hall, scope.categoryId, scope.date, scope.hall, scope.date, text],
    );
    if (moved.changes === 1) return { n, text };
  }
  return null;
}

export interface NumberedTicketRequest extends NumberScope {
  readonly ticketId: string;
  readonly terminalId: string;
  readonly channel: string;
  readonly now: number;
  /** The request's Idempotency-Key: the same key again answers the first ticket. */
  readonly idempotencyKey?: string;
}

export type NumberedTicket = { readonly ticketId: string; readonly number: string } | { readonly exhausted: true };

/**
 * One waiting ticket numbered in one transaction with its idempotency record: the storage-interface
 * twin of the engine's issue (no hours, quotas or real-name checks yet), for the concurrency proof and
 * the conversion to build on.
 */
export async function issueNumberedTicket(storage: Storage, req: NumberedTicketRequest): Promise<NumberedTicket & { replay: boolean }> {
  const answer = await storage.transaction(async (tx): Promise<StoredAnswer> => {
    const work = async () => {
      const number = await nextTicketNumber(tx, req);
      if (number === null) return { status: 409, body: JSON.stringify({ exhausted: true }) };
      await tx.run(
        `INSERT INTO queue_tickets (id, hall_id, business_date, category_id, number, queue_seq, state, origin, channel, terminal_id, issued_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ${nextQueueSeqSql(tx)}, 'waiting', 'issue', ?, ?, ?, ?)`,
        [req.ticketId, req.hall, req.date, req.categoryId, number.text, req.channel, req.terminalId, req.now, req.now],
      );
      return { status: 201, body: JSON.stringify({ ticketId: req.ticketId, number: number.text }) };
    };
    if (req.idempotencyKey === undefined) return { ...(await work()), replay: false };
    const requestHash = JSON.stringify([req.hall, req.categoryId, req.date]);
    return onceForKey(tx, { terminalId: req.terminalId, key: req.idempotencyKey, route: 'queue.issueTicket', requestHash, now: req.now }, work);
  });
  return { ...(JSON.parse(answer.body) as NumberedTicket), replay: answer.replay };
}

/** A ticket's number as printed and called: the business's prefix and three digits (A001). */
export function formatNumber(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(3, '0')}`;
}

/**
 * The numbers to try after the counter's last one, in order: the next, wrapping from end to start
 * (no counter yet: start first), each once. The caller takes the first not held by a live ticket.
 * The numbering rule, applied by nextTicketNumber.
 */
export function* numbersAfter(last: number | null, start: number, end: number): Generator<number> {
  const step = (n: number) => (n >= end || n < start ? start : n + 1);
  let n = last === null ? start : step(last);
  for (let tries = end - start + 1; tries > 0; tries--) {
    yield n;
    n = step(n);
  }
}
