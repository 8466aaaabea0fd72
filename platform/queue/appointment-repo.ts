// SQL of appointments (网上预约): who (keyed hash and last 6 only), which category, which date and slot,
// and the ticket their first check-in produced. Over the storage interface: each method runs on the
// caller's transaction handle, scoped to the repository's hall (queue_appointments.hall_id, migration 0017).
import type { Queryable } from '../store/storage.ts';

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

const ROW = 'code, category_id, id_hash, id_tail6, date, slot_from, slot_to, created_at, ticket_id, checked_in_at, phone_masked, channel';

export class AppointmentRepo {
  /** The hall every statement is scoped to. */
  readonly hall: string;

  constructor(hall: string) {
    this.hall = hall;
  }

  async insert(q: Queryable, row: AppointmentRow): Promise<void> {
    await q.run(`INSERT INTO queue_appointments (hall_id, ${ROW}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      this.hall,
      row.code,
      row.category_id,
      row.id_hash,
      row.id_tail6,
      row.date,
      row.slot_from,
      row.slot_to,
      row.created_at,
      row.ticket_id,
      row.checked_in_at,
      row.phone_masked ?? null,
      row.channel ?? null,
    ]);
  }

  /** How many appointments of a category start within [from, to) on a date: the places a half-day has given. */
  async countStarting(q: Queryable, categoryId: string, date: string, from: string, to: string): Promise<number> {
    const r = await q.one<{ n: number }>('SELECT count(*) AS n FROM queue_appointments WHERE hall_id = ? AND category_id = ? AND date = ? AND slot_from >= ? AND slot_from < ?', [
      this.hall,
      categoryId,
      date,
      from,
      to,
    ]);
    return Number(r?.n ?? 0);
  }

  /** The holder's appointment for a business on a date, if any. */
  async ofHolderOn(q: Queryable, idHash: string, categoryId: string, date: string): Promise<AppointmentRow | null> {
    return q.one<AppointmentRow>(`SELECT ${ROW} FROM queue_appointments WHERE hall_id = ? AND id_hash = ? AND category_id = ? AND date = ? ORDER BY slot_from, code LIMIT 1`, [
      this.hall,
      idHash,
      categoryId,
      date,
    ]);
  }

  async get(q: Queryable, code: string): Promise<AppointmentRow | null> {
    return q.one<AppointmentRow>(`SELECT ${ROW} FROM queue_appointments WHERE hall_id = ? AND code = ?`, [this.hall, code]);
  }

  /** Every appointment of one person, by date and slot. */
  async ofPerson(q: Queryable, idHash: string): Promise<AppointmentRow[]> {
    return q.query<AppointmentRow>(`SELECT ${ROW} FROM queue_appointments WHERE hall_id = ? AND id_hash = ? ORDER BY date, slot_from, code`, [this.hall, idHash]);
  }

  async list(q: Queryable, date: string | null, categoryId: string | null): Promise<AppointmentRow[]> {
    const where: string[] = ['hall_id = ?'];
    const params: string[] = [this.hall];
    if (date !== null) {
      where.push('date = ?');
      params.push(date);
    }
    if (categoryId !== null) {
      where.push('category_id = ?');
      params.push(categoryId);
    }
    return q.query<AppointmentRow>(`SELECT ${ROW} FROM queue_appointments WHERE ${where.join(' AND ')} ORDER BY date, slot_from, code`, params);
  }

  /** Marks the first check-in; false when another check-in took the appointment first. */
  async markCheckedIn(q: Queryable, code: string, ticketId: string, at: number): Promise<boolean> {
    return (await q.run('UPDATE queue_appointments SET ticket_id = ?, checked_in_at = ? WHERE hall_id = ? AND code = ? AND ticket_id IS NULL', [ticketId, at, this.hall, code])).changes === 1;
  }
}
