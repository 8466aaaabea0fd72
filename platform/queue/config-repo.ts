// SQL of the queue's configuration: categories, windows and staff as checked JSON rows, and a version
// number bumped on every change so that each QueueService over the database notices a change made by
// another (another connection, another process) before its next operation. Each hall has its own
// (queue_config.hall_id, the version under `configVersion:<hall>`, migration 0017).
import type { BusinessCategory, Staff, Window } from '../../domain/catalogue.ts';
import type { Queryable } from '../store/storage.ts';
import type { QueueConfiguration } from './schemas.ts';

type Kind = 'category' | 'window' | 'staff';

export class ConfigRepo {
  /** The hall every statement is scoped to. */
  readonly hall: string;
  readonly #versionKey: string;

  constructor(hall: string) {
    this.hall = hall;
    this.#versionKey = `configVersion:${hall}`;
  }

  /** 0 before any configuration was stored. */
  async version(q: Queryable): Promise<number> {
    const r = await q.one<{ value: string }>('SELECT value FROM queue_settings WHERE key = ?', [this.#versionKey]);
    return Number(r?.value ?? 0);
  }

  /** The stored configuration (written only after it was checked). */
  async load(q: Queryable): Promise<QueueConfiguration> {
    const read = async <T>(kind: Kind) => (await q.query<{ body: string }>('SELECT body FROM queue_config WHERE hall_id = ? AND kind = ? ORDER BY position, id', [this.hall, kind])).map((r) => JSON.parse(r.body) as T);
    return { categories: await read<BusinessCategory>('category'), windows: await read<Window>('window'), staff: await read<Staff>('staff') };
  }

  /** Replaces the whole configuration; call inside a transaction. */
  async replace(q: Queryable, config: QueueConfiguration): Promise<void> {
    await q.run('DELETE FROM queue_config WHERE hall_id = ?', [this.hall]);
    const rows: [Kind, string, number, string][] = [
      ...config.categories.map((c, i): [Kind, string, number, string] => ['category', c.id, i, JSON.stringify(c)]),
      ...config.windows.map((w, i): [Kind, string, number, string] => ['window', w.id, i, JSON.stringify(w)]),
      ...config.staff.map((s, i): [Kind, string, number, string] => ['staff', s.id, i, JSON.stringify(s)]),
    ];
    for (const row of rows) await q.run('INSERT INTO queue_config (hall_id, kind, id, position, body) VALUES (?, ?, ?, ?, ?)', [this.hall, ...row]);
    await this.#bump(q);
  }

  async updateWindow(q: Queryable, window: Window): Promise<void> {
    await q.run('UPDATE queue_config SET body = ? WHERE hall_id = ? AND kind = ? AND id = ?', [JSON.stringify(window), this.hall, 'window', window.id]);
    await this.#bump(q);
  }

  /** One statement, so two processes bumping at once (PostgreSQL) end two versions on, not one. */
  async #bump(q: Queryable): Promise<void> {
    await q.run(
      `INSERT INTO queue_settings (key, value) VALUES (?, '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(queue_settings.value AS INTEGER) + 1 AS TEXT)`,
      [this.#versionKey],
    );
  }
}
