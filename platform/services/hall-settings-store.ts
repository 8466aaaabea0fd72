// The hall's remote settings for its terminals. Hall staff put them (terminals.updateSettings),
// checked with the terminals' own schema (domain/hall-settings.ts, the config file's section too);
// the terminal checks them again when it takes them and keeps its last good ones when refused, so a
// settings row from an older schema never breaks a kiosk. Each put bumps the version (the ETag).
// Over the platform's Storage (SQLite or PostgreSQL): each method works in the caller's transaction
// when given one (a route's `ctx.tx`), else in its own. Each hall has its own row (hall_settings.hall_id,
// migration 0017): the hall is the last parameter, `default` when not given.
import type { HallSettings } from '../../domain/hall-settings.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import { DEFAULT_HALL } from './halls.ts';

export interface StoredHallSettings {
  readonly settings: Record<string, unknown>;
  readonly updatedAt: string | null;
  /** 0: never set; each put adds one. */
  readonly version: number;
}

export class HallSettingsStore {
  readonly #storage: Storage;
  readonly #now: () => number;

  constructor(storage: Storage, now: () => number) {
    this.#storage = storage;
    this.#now = now;
  }

  async get(q?: Transaction, hall: string = DEFAULT_HALL): Promise<StoredHallSettings> {
    return within(this.#storage, q, async (tx) => {
      const row = await tx.one<{ body: string; updated_at: number; version: number }>('SELECT body, updated_at, version FROM hall_settings WHERE hall_id = ?', [hall]);
      return row
        ? { settings: JSON.parse(row.body) as Record<string, unknown>, updatedAt: new Date(row.updated_at).toISOString(), version: row.version }
        : { settings: {}, updatedAt: null, version: 0 };
    });
  }

  /** The ETag of terminals.settings. */
  async etag(q?: Transaction, hall: string = DEFAULT_HALL): Promise<string> {
    return `"terminals.settings-v${(await this.get(q, hall)).version}"`;
  }

  /** Replaces the settings and bumps the version (hall staff through the API, the CLI, tests). The
   *  route has checked them against hallSettingsSchema; tests may store anything, to see a terminal refuse it. */
  async set(settings: HallSettings | Record<string, unknown>, q?: Transaction, hall: string = DEFAULT_HALL): Promise<StoredHallSettings> {
    return within(this.#storage, q, async (tx) => {
      await tx.run(
        'INSERT INTO hall_settings (hall_id, body, updated_at, version) VALUES (?, ?, ?, 1) ON CONFLICT (hall_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, version = hall_settings.version + 1',
        [hall, JSON.stringify(settings), this.#now()],
      );
      return this.get(tx, hall);
    });
  }
}
