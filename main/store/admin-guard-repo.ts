// The admin PIN guard's state (migration 0009): wrong PINs in a row and the lockout's end, one row.
import type { Db } from './database.ts';

export interface AdminGuardState {
  readonly failedTries: number;
  /** Clock ms until which the panel stays locked; null: not locked. */
  readonly lockedUntil: number | null;
}

export class AdminGuardRepo {
  readonly #get;
  readonly #put;

  constructor(db: Db) {
    this.#get = db.prepare<[], { failed_tries: number; locked_until: number | null }>('SELECT failed_tries, locked_until FROM admin_guard WHERE id = 1');
    this.#put = db.prepare<[number, number | null, number]>(
      `INSERT INTO admin_guard (id, failed_tries, locked_until, updated_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET failed_tries = excluded.failed_tries, locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
    );
  }

  state(): AdminGuardState {
    const row = this.#get.get();
    return row ? { failedTries: row.failed_tries, lockedUntil: row.locked_until } : { failedTries: 0, lockedUntil: null };
  }

  save(state: AdminGuardState, at: number): void {
    this.#put.run(state.failedTries, state.lockedUntil, at);
  }
}
