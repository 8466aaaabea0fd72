// SQL of tickets and their per-category, per-business-date counters.
import type { Db } from '../../lib/sqlite.ts';
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

export class TicketRepo {
  readonly #counter;
  readonly #setCounter;
  readonly #insert;
  readonly #get;
  readonly #numberLive;
  readonly #issuedToday;
  readonly #issuedInSlot;
  readonly #unservedTicketOfPerson;
  readonly #takenByPerson;
  readonly #nextWaiting;
  readonly #waitingIn;
  readonly #maxSeq;
  readonly #seqAt;
  readonly #atWindow;
  readonly #heldAt;
  readonly #update;
  readonly #counts;
  readonly #lastCalled;
  readonly #ofDate;
  readonly #latestCalls;
  readonly #release;

  constructor(db: Db) {
    this.#counter = db.prepare<[string, string], { last_number: number }>(
      'SELECT last_number FROM queue_counters WHERE category_id = ? AND business_date = ?',
    );
    this.#setCounter = db.prepare<[string, string, number]>(
      `INSERT INTO queue_counters (category_id, business_date, last_number) VALUES (?, ?, ?)
       ON CONFLICT (hall_id, category_id, business_date) DO UPDATE SET last_number = excluded.last_number`,
    );
    this.#insert = db.prepare<TicketRow>(
      `INSERT INTO queue_tickets (id, business_date, category_id, number, queue_seq, state, origin, priority_rank,
         priority_code, priority_label, priority_mark, priority_basis, id_hash, id_tail6, channel, terminal_id, slot_from,
         issued_at, window_id, staff_id, called_at, call_count, finished_at, transferred_from, transferred_to,
         appointment_code, reserved_for, updated_at)
       VALUES (@id, @business_date, @category_id, @number, @queue_seq, @state, @origin, @priority_rank, @priority_code,
         @priority_label, @priority_mark, @priority_basis, @id_hash, @id_tail6, @channel, @terminal_id, @slot_from,
         @issued_at, @window_id, @staff_id, @called_at, @call_count, @finished_at, @transferred_from, @transferred_to,
         @appointment_code, @reserved_for, @updated_at)`,
    );
    this.#get = db.prepare<[string], TicketRow>('SELECT * FROM queue_tickets WHERE id = ?');
    this.#numberLive = db.prepare<[string, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM queue_tickets WHERE business_date = ? AND number = ? AND state IN ${LIVE}`,
    );
    this.#issuedToday = db.prepare<[string, string], { n: number }>(
      "SELECT COUNT(*) AS n FROM queue_tickets WHERE category_id = ? AND business_date = ? AND origin = 'issue'",
    );
    this.#issuedInSlot = db.prepare<[string, string, string], { n: number }>(
      "SELECT COUNT(*) AS n FROM queue_tickets WHERE category_id = ? AND business_date = ? AND origin = 'issue' AND slot_from = ?",
    );
    this.#unservedTicketOfPerson = db.prepare<[string, string, string], TicketRow>(
      `SELECT * FROM queue_tickets
       WHERE category_id = ? AND business_date = ? AND id_hash = ? AND state IN ${UNSERVED} ORDER BY queue_seq DESC LIMIT 1`,
    );
    this.#takenByPerson = db.prepare<[string, string], { n: number }>(
      "SELECT COUNT(*) AS n FROM queue_tickets WHERE business_date = ? AND id_hash = ? AND origin <> 'transfer'",
    );
    // Tickets reserved for the window first (those reserved for other windows never), then priority
    // tickets, then the window's categories in its order of preference, then the priority rules'
    // order, then issue order.
    this.#nextWaiting = db.prepare<[string, string, string], TicketRow>(
      `SELECT t.* FROM queue_tickets AS t JOIN json_each(?) AS pref ON pref.value = t.category_id
       WHERE t.business_date = ? AND t.state = 'waiting' AND (t.reserved_for IS NULL OR t.reserved_for = ?)
       ORDER BY (t.reserved_for IS NULL), (t.priority_rank IS NULL), pref.key, t.priority_rank, t.queue_seq
       LIMIT 1`,
    );
    this.#waitingIn = db.prepare<[string, string], Pick<TicketRow, 'id' | 'priority_rank' | 'queue_seq' | 'reserved_for'>>(
      "SELECT id, priority_rank, queue_seq, reserved_for FROM queue_tickets WHERE business_date = ? AND category_id = ? AND state = 'waiting'",
    );
    this.#maxSeq = db.prepare<[], { m: number | null }>('SELECT MAX(queue_seq) AS m FROM queue_tickets');
    this.#seqAt = db.prepare<[string, number], { m: number | null }>(
      'SELECT MAX(queue_seq) AS m FROM queue_tickets WHERE business_date = ? AND issued_at <= ?',
    );
    this.#atWindow = db.prepare<[string], TicketRow>(
      "SELECT * FROM queue_tickets WHERE window_id = ? AND state IN ('called', 'serving')",
    );
    this.#heldAt = db.prepare<[string], TicketRow>(
      "SELECT * FROM queue_tickets WHERE window_id = ? AND state = 'held' ORDER BY queue_seq",
    );
    this.#update = db.prepare<{
      id: string;
      state: TicketState;
      at: number;
      window_id: string | null;
      set_window: number;
      staff_id: string | null;
      set_staff: number;
      called: number;
      finished: number;
      transferred_to: string | null;
    }>(
      `UPDATE queue_tickets SET
         state = @state,
         updated_at = @at,
         window_id = CASE WHEN @set_window THEN @window_id ELSE window_id END,
         staff_id = CASE WHEN @set_staff THEN @staff_id ELSE staff_id END,
         called_at = CASE WHEN @called THEN @at ELSE called_at END,
         call_count = call_count + @called,
         finished_at = CASE WHEN @finished THEN @at ELSE finished_at END,
         transferred_to = COALESCE(@transferred_to, transferred_to)
       WHERE id = @id`,
    );
    this.#counts = db.prepare<[string, string], { waiting: number; serving: number; held: number }>(
      `SELECT COALESCE(SUM(state = 'waiting'), 0) AS waiting,
              COALESCE(SUM(state IN ('called', 'serving')), 0) AS serving,
              COALESCE(SUM(state = 'held'), 0) AS held
       FROM queue_tickets WHERE business_date = ? AND category_id = ?`,
    );
    this.#lastCalled = db.prepare<[string, string], { number: string }>(
      `SELECT number FROM queue_tickets WHERE business_date = ? AND category_id = ? AND called_at IS NOT NULL
       ORDER BY called_at DESC, rowid DESC LIMIT 1`,
    );
    this.#ofDate = db.prepare<[string], TicketRow>('SELECT * FROM queue_tickets WHERE business_date = ? ORDER BY queue_seq, rowid');
    this.#latestCalls = db.prepare<[string, number], TicketRow>(
      `SELECT * FROM queue_tickets WHERE business_date = ? AND called_at IS NOT NULL AND window_id IS NOT NULL
       ORDER BY called_at DESC, rowid DESC LIMIT ?`,
    );
    this.#release = db.prepare<[number, string]>(
      "UPDATE queue_tickets SET reserved_for = NULL, updated_at = ? WHERE reserved_for = ? AND state IN ('waiting', 'skipped')",
    );
  }

  /** A closed window's reservations go: its waiting and skipped tickets may be called by any window of their category. */
  releaseReserved(windowId: string, at: number): number {
    return this.#release.run(at, windowId).changes;
  }

  lastNumber(categoryId: string, businessDate: string): number | null {
    return this.#counter.get(categoryId, businessDate)?.last_number ?? null;
  }

  setLastNumber(categoryId: string, businessDate: string, n: number): void {
    this.#setCounter.run(categoryId, businessDate, n);
  }

  insert(row: TicketRow): void {
    this.#insert.run(row);
  }

  get(id: string): TicketRow | null {
    return this.#get.get(id) ?? null;
  }

  isNumberLive(businessDate: string, number: string): boolean {
    return (this.#numberLive.get(businessDate, number)?.n ?? 0) > 0;
  }

  /** Tickets issued at a kiosk or counter today (not appointment check-ins, not transfers in). */
  issuedToday(categoryId: string, businessDate: string): number {
    return this.#issuedToday.get(categoryId, businessDate)?.n ?? 0;
  }

  issuedInSlot(categoryId: string, businessDate: string, slotFrom: string): number {
    return this.#issuedInSlot.get(categoryId, businessDate, slotFrom)?.n ?? 0;
  }

  /** The person's unserved ticket in the category today (the one a second request is refused for), or null. */
  unservedTicketOfPerson(categoryId: string, businessDate: string, idHash: string): TicketRow | null {
    return this.#unservedTicketOfPerson.get(categoryId, businessDate, idHash) ?? null;
  }

  /** Tickets a person took today in every category (issued or checked in). */
  takenByPerson(businessDate: string, idHash: string): number {
    return this.#takenByPerson.get(businessDate, idHash)?.n ?? 0;
  }

  /** The next ticket for a window serving these categories (in order of preference): its reserved ones first. */
  nextWaiting(businessDate: string, windowId: string, categoryIds: readonly string[]): TicketRow | null {
    return this.#nextWaiting.get(JSON.stringify(categoryIds), businessDate, windowId) ?? null;
  }

  waitingIn(businessDate: string, categoryId: string): Pick<TicketRow, 'id' | 'priority_rank' | 'queue_seq' | 'reserved_for'>[] {
    return this.#waitingIn.all(businessDate, categoryId);
  }

  /** The queue position of the last ticket issued at or before `at` on the date (0 if none). */
  seqAt(businessDate: string, at: number): number {
    return this.#seqAt.get(businessDate, at)?.m ?? 0;
  }

  nextQueueSeq(): number {
    return (this.#maxSeq.get()?.m ?? 0) + 1;
  }

  atWindow(windowId: string): TicketRow | null {
    return this.#atWindow.get(windowId) ?? null;
  }

  heldAt(windowId: string): TicketRow[] {
    return this.#heldAt.all(windowId);
  }

  change(id: string, c: StateChange): void {
    this.#update.run({
      id,
      state: c.state,
      at: c.at,
      window_id: c.windowId ?? null,
      set_window: c.windowId === undefined ? 0 : 1,
      staff_id: c.staffId ?? null,
      set_staff: c.staffId === undefined ? 0 : 1,
      called: c.called ? 1 : 0,
      finished: c.finished ? 1 : 0,
      transferred_to: c.transferredTo ?? null,
    });
  }

  counts(businessDate: string, categoryId: string): { waiting: number; serving: number; held: number; lastCalled: string | null } {
    const c = this.#counts.get(businessDate, categoryId) ?? { waiting: 0, serving: 0, held: 0 };
    return { ...c, lastCalled: this.#lastCalled.get(businessDate, categoryId)?.number ?? null };
  }

  /** The tickets of a business date called at a window, newest call first, at most `limit`. */
  latestCalls(businessDate: string, limit: number): TicketRow[] {
    return this.#latestCalls.all(businessDate, limit);
  }

  /** Every ticket of a business date, in queue order (for audits and tests). */
  ofDate(businessDate: string): TicketRow[] {
    return this.#ofDate.all(businessDate);
  }
}
