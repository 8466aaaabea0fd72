// SQL of tickets and their per-category, per-business-date counters, over the storage interface
// (store/storage.ts): every statement runs on the caller's transaction handle and names the hall. What
// only one dialect speaks stays in `forUpdate` and `nextQueueSeqSql` below. Each method is one
// statement: a round trip on PostgreSQL, so what can be read with a write comes back with it
// (`RETURNING`), and a check that only guards a write is part of it.
import type { Queryable, SqlValue } from '../store/storage.ts';
import type { TicketState } from './ticket-states.ts';
import type { TicketOrigin } from './types.ts';

export interface TicketRow {
  readonly id: string;
  readonly business_date: string;
  readonly category_id: string;
  readonly number: string;
  readonly queue_seq: number;
  readonly state: TicketState;
  readonly origin: TicketOrigin;
  readonly priority_rank: number | null;
  readonly priority_code: string | null;
  readonly priority_label: string | null;
  readonly priority_mark: string | null;
  readonly priority_basis: string | null;
  readonly id_hash: string | null;
  readonly id_tail6: string | null;
  readonly channel: string;
  readonly terminal_id: string;
  readonly slot_from: string | null;
  readonly issued_at: number;
  readonly window_id: string | null;
  readonly staff_id: string | null;
  readonly called_at: number | null;
  readonly call_count: number;
  readonly finished_at: number | null;
  readonly transferred_from: string | null;
  readonly transferred_to: string | null;
  readonly appointment_code: string | null;
  /** Transferred to a named window: only that window calls it (migration 0012). */
  readonly reserved_for: string | null;
  readonly updated_at: number;
}

const LIVE = "('waiting', 'called', 'serving', 'held', 'skipped')";
const UNSERVED = "('waiting', 'called', 'serving', 'held')";

/** The columns a row is written with, in this order. */
const COLUMNS = [
  'id', 'business_date', 'category_id', 'number', 'queue_seq', 'state', 'origin', 'priority_rank', 'priority_code', 'priority_label',
  'priority_mark', 'priority_basis', 'id_hash', 'id_tail6', 'channel', 'terminal_id', 'slot_from', 'issued_at', 'window_id', 'staff_id',
  'called_at', 'call_count', 'finished_at', 'transferred_from', 'transferred_to', 'appointment_code', 'reserved_for', 'updated_at',
] as const satisfies readonly (keyof TicketRow)[];

/** Rows as SELECT * gives them: PostgreSQL has the hall too, not part of TicketRow. */
const ROW = `id, business_date, category_id, number, queue_seq, state, origin, priority_rank, priority_code, priority_label, priority_mark,
  priority_basis, id_hash, id_tail6, channel, terminal_id, slot_from, issued_at, window_id, staff_id, called_at, call_count, finished_at,
  transferred_from, transferred_to, appointment_code, reserved_for, updated_at`;

/**
 * A row read to be changed is locked on PostgreSQL (a concurrent transaction waits, then reads it as
 * this one left it); SQLite's transactions are serial, and it has no FOR UPDATE.
 */
function forUpdate(q: Queryable, skipLocked = false): string {
  return q.dialect === 'postgres' ? (skipLocked ? ' FOR UPDATE SKIP LOCKED' : ' FOR UPDATE') : '';
}

export interface StateChange {
  readonly state: TicketState;
  readonly at: number;
  readonly windowId?: string | null;
  readonly staffId?: string | null;
  /** Sets called_at and counts one more call. */
  readonly called?: boolean;
  readonly finished?: boolean;
  readonly transferredTo?: string;
}

type Waiting = Pick<TicketRow, 'id' | 'priority_rank' | 'queue_seq' | 'reserved_for'>;

export class TicketRepo {
  /** The hall every statement is scoped to (queue_tickets.hall_id, queue_counters.hall_id). */
  readonly hall: string;

  constructor(hall: string) {
    this.hall = hall;
  }

  /** A closed window's reservations go: its waiting and skipped tickets may be called by any window of their category. */
  async releaseReserved(q: Queryable, windowId: string, at: number): Promise<number> {
    const r = await q.run("UPDATE queue_tickets SET reserved_for = NULL, updated_at = ? WHERE hall_id = ? AND reserved_for = ? AND state IN ('waiting', 'skipped')", [
      at,
      this.hall,
      windowId,
    ]);
    return r.changes;
  }

  async insert(q: Queryable, row: TicketRow): Promise<void> {
    await q.run(`INSERT INTO queue_tickets (hall_id, ${COLUMNS.join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`, [
      this.hall,
      ...COLUMNS.map((c) => row[c] as SqlValue),
    ]);
  }

  /** Inserts the row at the next queue position (see `nextQueueSeqSql`), in the same statement; answers the row as stored. */
  async insertAtNextSeq(q: Queryable, row: Omit<TicketRow, 'queue_seq'>): Promise<TicketRow> {
    const values = COLUMNS.map((c) => (c === 'queue_seq' ? nextQueueSeqSql(q) : '?'));
    const stored = await q.one<{ queue_seq: number }>(`INSERT INTO queue_tickets (hall_id, ${COLUMNS.join(', ')}) VALUES (?, ${values.join(', ')}) RETURNING queue_seq`, [
      this.hall,
      ...COLUMNS.filter((c) => c !== 'queue_seq').map((c) => row[c] as SqlValue),
    ]);
    return { ...row, queue_seq: Number(stored!.queue_seq) };
  }

  async get(q: Queryable, id: string): Promise<TicketRow | null> {
    return q.one<TicketRow>(`SELECT ${ROW} FROM queue_tickets WHERE hall_id = ? AND id = ?`, [this.hall, id]);
  }

  /** The row, locked until the transaction ends (PostgreSQL): read it this way to change it. */
  async getForUpdate(q: Queryable, id: string): Promise<TicketRow | null> {
    return q.one<TicketRow>(`SELECT ${ROW} FROM queue_tickets WHERE hall_id = ? AND id = ?${forUpdate(q)}`, [this.hall, id]);
  }

  async isNumberLive(q: Queryable, businessDate: string, number: string): Promise<boolean> {
    const r = await q.one(`SELECT 1 AS live FROM queue_tickets WHERE hall_id = ? AND business_date = ? AND number = ? AND state IN ${LIVE} LIMIT 1`, [this.hall, businessDate, number]);
    return r !== null;
  }

  /** Tickets issued at a kiosk or counter today (not appointment check-ins, not transfers in). */
  async issuedToday(q: Queryable, categoryId: string, businessDate: string): Promise<number> {
    const r = await q.one<{ n: number }>("SELECT COUNT(*) AS n FROM queue_tickets WHERE hall_id = ? AND category_id = ? AND business_date = ? AND origin = 'issue'", [
      this.hall,
      categoryId,
      businessDate,
    ]);
    return Number(r?.n ?? 0);
  }

  async issuedInSlot(q: Queryable, categoryId: string, businessDate: string, slotFrom: string): Promise<number> {
    const r = await q.one<{ n: number }>(
      "SELECT COUNT(*) AS n FROM queue_tickets WHERE hall_id = ? AND category_id = ? AND business_date = ? AND origin = 'issue' AND slot_from = ?",
      [this.hall, categoryId, businessDate, slotFrom],
    );
    return Number(r?.n ?? 0);
  }

  /** The person's unserved ticket in the category today (the one a second request is refused for), or null. */
  async unservedTicketOfPerson(q: Queryable, categoryId: string, businessDate: string, idHash: string): Promise<TicketRow | null> {
    return q.one<TicketRow>(
      `SELECT ${ROW} FROM queue_tickets WHERE hall_id = ? AND category_id = ? AND business_date = ? AND id_hash = ? AND state IN ${UNSERVED}
       ORDER BY queue_seq DESC LIMIT 1`,
      [this.hall, categoryId, businessDate, idHash],
    );
  }

  /** Tickets a person took today in every category (issued or checked in). */
  async takenByPerson(q: Queryable, businessDate: string, idHash: string): Promise<number> {
    const r = await q.one<{ n: number }>("SELECT COUNT(*) AS n FROM queue_tickets WHERE hall_id = ? AND business_date = ? AND id_hash = ? AND origin <> 'transfer'", [
      this.hall,
      businessDate,
      idHash,
    ]);
    return Number(r?.n ?? 0);
  }

  /**
   * The next ticket for a window serving these categories (in order of preference), locked: tickets
   * reserved for the window first (those reserved for other windows never), then priority tickets,
   * then the window's categories in its order of preference, then the priority rules' order, then
   * issue order. On PostgreSQL a ticket another window's transaction is calling is skipped, not
   * waited for, so two windows calling at once get two tickets.
   */
  async nextWaiting(q: Queryable, businessDate: string, windowId: string, categoryIds: readonly string[], options: { readonly unlessBusy?: boolean } = {}): Promise<TicketRow | null> {
    if (categoryIds.length === 0) return null;
    const marks = categoryIds.map(() => '?').join(', ');
    const preference = `CASE t.category_id ${categoryIds.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} END`;
    // unlessBusy: none while the window has a called or serving ticket (the caller asks which only then).
    const free = options.unlessBusy ? " AND NOT EXISTS (SELECT 1 FROM queue_tickets AS b WHERE b.hall_id = t.hall_id AND b.window_id = ? AND b.state IN ('called', 'serving'))" : '';
    return q.one<TicketRow>(
      `SELECT ${ROW} FROM queue_tickets AS t
       WHERE t.hall_id = ? AND t.business_date = ? AND t.state = 'waiting' AND t.category_id IN (${marks}) AND (t.reserved_for IS NULL OR t.reserved_for = ?)${free}
       ORDER BY CASE WHEN t.reserved_for IS NULL THEN 1 ELSE 0 END, CASE WHEN t.priority_rank IS NULL THEN 1 ELSE 0 END, ${preference}, t.priority_rank, t.queue_seq, t.issued_at, t.id
       LIMIT 1${forUpdate(q, true)}`,
      [this.hall, businessDate, ...categoryIds, windowId, ...(options.unlessBusy ? [windowId] : []), ...categoryIds],
    );
  }

  async waitingIn(q: Queryable, businessDate: string, categoryId: string): Promise<Waiting[]> {
    return q.query<Waiting>("SELECT id, priority_rank, queue_seq, reserved_for FROM queue_tickets WHERE hall_id = ? AND business_date = ? AND category_id = ? AND state = 'waiting'", [
      this.hall,
      businessDate,
      categoryId,
    ]);
  }

  /** The queue position of the last ticket issued at or before `at` on the date (0 if none). */
  async seqAt(q: Queryable, businessDate: string, at: number): Promise<number> {
    const r = await q.one<{ m: number | null }>('SELECT MAX(queue_seq) AS m FROM queue_tickets WHERE hall_id = ? AND business_date = ? AND issued_at <= ?', [
      this.hall,
      businessDate,
      at,
    ]);
    return Number(r?.m ?? 0);
  }

  async atWindow(q: Queryable, windowId: string): Promise<TicketRow | null> {
    return q.one<TicketRow>(`SELECT ${ROW} FROM queue_tickets WHERE hall_id = ? AND window_id = ? AND state IN ('called', 'serving')${forUpdate(q)}`, [this.hall, windowId]);
  }

  async heldAt(q: Queryable, windowId: string): Promise<TicketRow[]> {
    return q.query<TicketRow>(`SELECT ${ROW} FROM queue_tickets WHERE hall_id = ? AND window_id = ? AND state = 'held' ORDER BY queue_seq, issued_at, id`, [this.hall, windowId]);
  }

  /** Changes the ticket's state; answers the row as changed (null: no such ticket). */
  async change(q: Queryable, id: string, c: StateChange): Promise<TicketRow | null> {
    const called = c.called ? 1 : 0;
    return q.one<TicketRow>(
      `UPDATE queue_tickets SET
         state = ?,
         updated_at = ?,
         window_id = CASE WHEN ? = 1 THEN ? ELSE window_id END,
         staff_id = CASE WHEN ? = 1 THEN ? ELSE staff_id END,
         called_at = CASE WHEN ? = 1 THEN ? ELSE called_at END,
         call_count = call_count + ?,
         finished_at = CASE WHEN ? = 1 THEN ? ELSE finished_at END,
         transferred_to = COALESCE(?, transferred_to)
       WHERE hall_id = ? AND id = ?
       RETURNING ${ROW}`,
      [
        c.state,
        c.at,
        c.windowId === undefined ? 0 : 1,
        c.windowId ?? null,
        c.staffId === undefined ? 0 : 1,
        c.staffId ?? null,
        called,
        c.at,
        called,
        c.finished ? 1 : 0,
        c.at,
        c.transferredTo ?? null,
        this.hall,
        id,
      ],
    );
  }

  /**
   * Waiting, being served, held and the last number called of each category on a date: one statement
   * for them all (a category without tickets that day answers zeros), whose reads do not grow with the
   * day's finished tickets (test/platform/queue/day-scale.test.ts).
   */
  async counts(q: Queryable, businessDate: string, categoryIds: readonly string[]): Promise<Map<string, { waiting: number; serving: number; held: number; lastCalled: string | null }>> {
    const out = new Map(categoryIds.map((id) => [id, { waiting: 0, serving: 0, held: 0, lastCalled: null as string | null }]));
    if (categoryIds.length === 0) return out;
    // One statement (a round trip on PostgreSQL); each count reads only its live state through
    // queue_tickets_by_category, and the latest call is found as the latest call time (the last entry
    // of queue_tickets_by_call) and then the ticket(s) called at it, in LATEST_CALL_FIRST order:
    // nothing here reads the day's finished tickets (migration 0019).
    const day = 't.hall_id = ? AND t.business_date = ? AND t.category_id = c.id';
    const rows = await q.query<{ category_id: string; waiting: number; serving: number; held: number; last_called: string | null }>(
      `WITH c(id) AS (VALUES ${categoryIds.map(() => '(?)').join(', ')})
       SELECT c.id AS category_id,
              (SELECT COUNT(*) FROM queue_tickets AS t WHERE ${day} AND t.state = 'waiting') AS waiting,
              (SELECT COUNT(*) FROM queue_tickets AS t WHERE ${day} AND t.state IN ('called', 'serving')) AS serving,
              (SELECT COUNT(*) FROM queue_tickets AS t WHERE ${day} AND t.state = 'held') AS held,
              (SELECT t.number FROM queue_tickets AS t WHERE ${day} AND t.called_at = (SELECT MAX(m.called_at) FROM queue_tickets AS m WHERE m.hall_id = ? AND m.business_date = ? AND m.category_id = c.id)
               ORDER BY ${LATEST_CALL_FIRST} LIMIT 1) AS last_called
       FROM c`,
      [...categoryIds, ...Array.from({ length: 5 }, () => [this.hall, businessDate]).flat()],
    );
    for (const r of rows) out.set(r.category_id, { waiting: Number(r.waiting), serving: Number(r.serving), held: Number(r.held), lastCalled: r.last_called ?? null });
    return out;
  }

  /** The tickets of a business date called at a window, newest call first, at most `limit`. */
  async latestCalls(q: Queryable, businessDate: string, limit: number): Promise<TicketRow[]> {
    return q.query<TicketRow>(
      `SELECT ${ROW} FROM queue_tickets WHERE hall_id = ? AND business_date = ? AND called_at IS NOT NULL AND window_id IS NOT NULL
       ORDER BY ${LATEST_CALL_FIRST} LIMIT ?`,
      [this.hall, businessDate, limit],
    );
  }

  /** The call-to-finish durations (minutes) of a category's tickets finished on a business date, latest finish first, at most `limit`. */
  async recentServiceMinutes(q: Queryable, businessDate: string, categoryId: string, limit: number): Promise<number[]> {
    const rows = await q.query<{ m: number }>(
      `SELECT (finished_at - called_at) / 60000.0 AS m FROM queue_tickets
       WHERE hall_id = ? AND business_date = ? AND category_id = ? AND state = 'finished' AND called_at IS NOT NULL AND finished_at IS NOT NULL
       ORDER BY finished_at DESC, id DESC LIMIT ?`,
      [this.hall, businessDate, categoryId, limit],
    );
    return rows.map((r) => Number(r.m));
  }

  /** Every ticket of a business date, in queue order (for audits and tests). */
  async ofDate(q: Queryable, businessDate: string): Promise<TicketRow[]> {
    return q.query<TicketRow>(`SELECT ${ROW} FROM queue_tickets WHERE hall_id = ? AND business_date = ? ORDER BY queue_seq, ${MADE_FIRST}`, [this.hall, businessDate]);
  }
}

/**
 * Among tickets of one queue position, the one made first: a transfer's successor shares its
 * predecessor's position and issue time (offline tickets share the position of the one issued before
 * them), and comes after it. SQLite's rowid said this before; PostgreSQL has none, so it is spelt out:
 * a ticket transferred on before its successor, then issue time, then update time, then the number
 * (a terminal numbers its offline tickets in order), then the id, so the order is always the same.
 */
const MADE_FIRST = 'CASE WHEN transferred_to IS NULL THEN 1 ELSE 0 END, issued_at, updated_at, number, id';

/** The latest call first; at one instant, the latest made (see MADE_FIRST) first. */
const LATEST_CALL_FIRST = 'called_at DESC, queue_seq DESC, CASE WHEN transferred_to IS NULL THEN 0 ELSE 1 END, issued_at DESC, updated_at DESC, number DESC, id DESC';

/**
 * The next queue position, as an expression of the INSERT that takes it. PostgreSQL: a sequence (pg
 * migration 0004), because under read committed two transactions reading MAX(queue_seq) at once would
 * both take the same one, and a sequence, unlike a locked counter row, does not make every issue in
 * the platform wait for the one before it (positions only order tickets; a gap from a rolled-back
 * issue is harmless). SQLite: MAX + 1, safe because its write transactions are serial.
 */
export function nextQueueSeqSql(q: Queryable): string {
  return q.dialect === 'postgres' ? "nextval('queue_ticket_seq')" : '(SELECT COALESCE(MAX(queue_seq), 0) + 1 FROM queue_tickets)';
}
