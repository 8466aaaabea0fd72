// The hall's remote settings for its terminals. The platform keeps what hall staff set as it is: the
// terminal validates it with the config file's own schema (config/schema.ts hallSettingsSchema) and
// keeps its last good one when this is refused, so a mistake here never breaks a kiosk.
import type { Db } from '../../lib/sqlite.ts';

export interface StoredHallSettings {
  readonly settings: Record<string, unknown>;
  readonly updatedAt: string | null;
}

export class HallSettingsStore {
  readonly #db: Db;
  readonly #now: () => number;

  constructor(db: Db, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  get(): StoredHallSettings {
    const row = this.#db.prepare<[], { body: string; updated_at: number }>('SELECT body, updated_at FROM hall_settings WHERE id = 1').get();
    return row ? { settings: JSON.parse(row.body) as Record<string, unknown>, updatedAt: new Date(row.updated_at).toISOString() } : { settings: {}, updatedAt: null };
  }

  /** Replaces the settings (hall staff, the CLI, tests). */
  set(settings: Record<string, unknown>): void {
    this.#db
      .prepare('INSERT INTO hall_settings (id, body, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at')
      .run(JSON.stringify(settings), this.#now());
  }
}
