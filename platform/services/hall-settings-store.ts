// The hall's remote settings for its terminals. Hall staff put them (terminals.updateSettings),
// checked with the terminals' own schema (domain/hall-settings.ts, the config file's section too);
// the terminal checks them again when it takes them and keeps its last good ones when refused, so a
// settings row from an older schema never breaks a kiosk. Each put bumps the version (the ETag).
import type { Db } from '../../lib/sqlite.ts';
import type { HallSettings } from '../../domain/hall-settings.ts';

export interface StoredHallSettings {
  readonly settings: Record<string, unknown>;
  readonly updatedAt: string | null;
  /** 0: never set; each put adds one. */
  readonly version: number;
}

export class HallSettingsStore {
  readonly #db: Db;
  readonly #now: () => number;

  constructor(db: Db, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  get(): StoredHallSettings {
    const row = this.#db.prepare<[], { body: string; updated_at: number; version: number }>('SELECT body, updated_at, version FROM hall_settings WHERE id = 1').get();
    return row
      ? { settings: JSON.parse(row.body) as Record<string, unknown>, updatedAt: new Date(row.updated_at).toISOString(), version: row.version }
      : { settings: {}, updatedAt: null, version: 0 };
  }

  /** The ETag of terminals.settings. */
  etag(): string {
    return `"terminals.settings-v${this.get().version}"`;
  }

  /** Replaces the settings and bumps the version (hall staff through the API, the CLI, tests). The
   *  route has checked them against hallSettingsSchema; tests may store anything, to see a terminal refuse it. */
  set(settings: HallSettings | Record<string, unknown>): StoredHallSettings {
    this.#db
      .prepare(
        'INSERT INTO hall_settings (id, body, updated_at, version) VALUES (1, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, version = hall_settings.version + 1',
      )
      .run(JSON.stringify(settings), this.#now());
    return this.get();
  }
}
