// The terminal's counters for offline tickets: per business date and category, inside the range the
// hall reserved for this terminal. Taking a number is one transaction: two screens never get the same.
import type { Db } from './database.ts';

export class OfflineCounterRepo {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** The next number in [start, end] for the date, or null when the range is used up (no wrap: a slip in hand keeps its number). */
  take(businessDate: string, categoryId: string, start: number, end: number): number | null {
    const tx = this.#db.transaction(() => {
      const row = this.#db
        .prepare<[string, string], { last_number: number }>('SELECT last_number FROM offline_counters WHERE business_date = ? AND category_id = ?')
        .get(businessDate, categoryId);
      const next = row ? row.last_number + 1 : start;
      if (next > end) return null;
      this.#db
        .prepare(
          `INSERT INTO offline_counters (business_date, category_id, last_number) VALUES (?, ?, ?)
           ON CONFLICT (business_date, category_id) DO UPDATE SET last_number = excluded.last_number`,
        )
        .run(businessDate, categoryId, next);
      return next;
    });
    return tx.immediate();
  }
}
