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
}

export class AppointmentRepo {
  readonly #insert;
  readonly #get;
  readonly #ofPerson;
  readonly #list;
  readonly #checkIn;

  constructor(db: Db) {
    this.#insert = db.prepare<AppointmentRow>(
      `INSERT INTO queue_appointments (code, category_id, id_hash, id_tail6, date, slot_from, slot_to, created_at, ticket_id, checked_in_at)
       VALUES (@code, @category_id, @id_hash, @id_tail6, @date, @slot_from, @slot_to, @created_at, @ticket_id, @checked_in_at)`,
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
    this.#insert.run(row);
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
