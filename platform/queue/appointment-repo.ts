// SQL of appointments (网上预约): who (keyed hash and last 6 only), which category, which date and slot,
// and the ticket their first check-in produced.
import type { Db } from '../../lib/sqlite.ts';

export interface AppointmentRow {
  readonly code: string;
  readonly category_id: string;
  readonly id_hash: string;
  readonly id_tail6: string;
  readonly date: string;
  readonly slot_from: string;
  readonly slot_to: string;
  readonly created_at: number;
  readonly ticket_id: string | null;
  readonly checked_in_at: number | null;
  /** Booked at a terminal (办事预约): the mobile number masked, and where it was booked; null for others. */
  readonly phone_masked?: string | null;
  readonly channel?: string | null;
}

export class AppointmentRepo {
  readonly #insert;
  readonly #get;
  readonly #ofPerson;
  readonly #list;
  readonly #checkIn;
  readonly #countHalf;
  readonly #ofHolderOn;

  constructor(db: Db) {
    this.#insert = db.prepare<AppointmentRow>(
      `INSERT INTO queue_appointments (code, category_id, id_hash, id_tail6, date, slot_from, slot_to, created_at, ticket_id, checked_in_at, phone_masked, channel)
       VALUES (@code, @category_id, @id_hash, @id_tail6, @date, @slot_from, @slot_to, @created_at, @ticket_id, @checked_in_at, @phone_masked, @channel)`,
    );
    // Every appointment whose slot starts in [from, to) on that date: the places a half-day has given.
    this.#countHalf = db.prepare<[string, string, string, string], { n: number }>(
      'SELECT count(*) AS n FROM queue_appointments WHERE category_id = ? AND date = ? AND slot_from >= ? AND slot_from < ?',
    );
    this.#ofHolderOn = db.prepare<[string, string, string], AppointmentRow>(
      'SELECT * FROM queue_appointments WHERE id_hash = ? AND category_id = ? AND date = ? ORDER BY slot_from, code LIMIT 1',
    );
    this.#get = db.prepare<[string], AppointmentRow>('SELECT * FROM queue_appointments WHERE code = ?');
    this.#ofPerson = db.prepare<[string], AppointmentRow>(
      'SELECT * FROM queue_appointments WHERE id_hash = ? ORDER BY date, slot_from, code',
    );
    this.#list = db.prepare<{ date: string | null; category: string | null }, AppointmentRow>(
      `SELECT * FROM queue_appointments
       WHERE (@date IS NULL OR date = @date) AND (@category IS NULL OR category_id = @category)
       ORDER BY date, slot_from, code`,
    );
    this.#checkIn = db.prepare<[string, number, string]>(
      'UPDATE queue_appointments SET ticket_id = ?, checked_in_at = ? WHERE code = ? AND ticket_id IS NULL',
    );
  }

  insert(row: AppointmentRow): void {
    this.#insert.run({ phone_masked: null, channel: null, ...row });
  }

  /** How many appointments of a category start within [from, to) on a date. */
  countStarting(categoryId: string, date: string, from: string, to: string): number {
    return this.#countHalf.get(categoryId, date, from, to)?.n ?? 0;
  }

  /** The holder's appointment for a business on a date, if any. */
  ofHolderOn(idHash: string, categoryId: string, date: string): AppointmentRow | null {
    return this.#ofHolderOn.get(idHash, categoryId, date) ?? null;
  }

  get(code: string): AppointmentRow | null {
    return this.#get.get(code) ?? null;
  }

  /** Every appointment of one person, by date and slot. */
  ofPerson(idHash: string): AppointmentRow[] {
    return this.#ofPerson.all(idHash);
  }

  list(date: string | null, categoryId: string | null): AppointmentRow[] {
    return this.#list.all({ date, category: categoryId });
  }

  markCheckedIn(code: string, ticketId: string, at: number): void {
    this.#checkIn.run(ticketId, at, code);
  }
}
