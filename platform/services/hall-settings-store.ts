// The hall's remote settings for its terminals. Hall staff put them (terminals.updateSettings),
// checked with the terminals' own schema (domain/hall-settings.ts, the config file's section too);
// the terminal checks them again when it takes them and keeps its last good ones when refused, so a
// settings row from an older schema never breaks a kiosk. Each put bumps the version (the ETag).
// Over the platform's Storage (SQLite or PostgreSQL): each method works in the caller's transaction
// when given one (a route's `ctx.tx`), else in its own.
import type { HallSettings } from '../../domain/hall-settings.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';

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

  async get(q?: Transaction): Promise<StoredHallSettings> {
    return within(this.#storage, q, async (tx) => {
      const row = await tx.one<{ body: string; updated_at: number; version: number }>('SELECT body, updated_at, version FROM hall_settings WHERE id = 1');
      return row
        ? { settings: JSON.parse(row.body) as Record<string, unknown>, updatedAt: new Date(row.updated_at).toISOString(), version: row.version }
        : { settings: {}, updatedAt: null, version: 0 };
    });
  }

  /** The ETag of terminals.settings. */
  async etag(q?: Transaction): Promise<string> {
    return `"terminals.settings-v${(await this.get(q)).version}"`;
  }

  /** Replaces the settings and bumps the version (hall staff through the API, the CLI, tests). The
   *  route has checked them against hallSettingsSchema; tests may store anything, to see a terminal refuse it. */
  async set(settings: HallSettings | Record<string, unknown>, q?: Transaction): Promise<StoredHallSettings> {
    return within(this.#storage, q, async (tx) => {
      await tx.run(
        'INSERT INTO hall_settings (id, body, updated_at, version) VALUES (1, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, version = hall_settings.version + 1',
        [JSON.stringify(settings), this.#now()],
      );
      return this.get(tx);
    });
  }
}
