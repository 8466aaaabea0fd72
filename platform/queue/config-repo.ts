// SQL of the queue's configuration: categories, windows and staff as checked JSON rows, and a version
// number bumped on every change so that each QueueService over the file notices a change made by
// another (another connection, another process) before its next operation.
import type { BusinessCategory, Staff, Window } from '../../domain/catalogue.ts';
import type { Db } from '../../lib/sqlite.ts';
import type { QueueConfiguration } from './schemas.ts';

type Kind = 'category' | 'window' | 'staff';

export class ConfigRepo {
  readonly #version;
  readonly #setVersion;
  readonly #rows;
  readonly #clear;
  readonly #insert;
  readonly #update;

  constructor(db: Db) {
    this.#version = db.prepare<[], { value: string }>("SELECT value FROM queue_settings WHERE key = 'configVersion'");
    this.#setVersion = db.prepare<[string]>(
      "INSERT INTO queue_settings (key, value) VALUES ('configVersion', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    );
    this.#rows = db.prepare<[Kind], { body: string }>('SELECT body FROM queue_config WHERE kind = ? ORDER BY position, id');
    this.#clear = db.prepare('DELETE FROM queue_config');
    this.#insert = db.prepare<[Kind, string, number, string]>('INSERT INTO queue_config (kind, id, position, body) VALUES (?, ?, ?, ?)');
    this.#update = db.prepare<[string, Kind, string]>('UPDATE queue_config SET body = ? WHERE kind = ? AND id = ?');
  }

  /** 0 before any configuration was stored. */
  version(): number {
    return Number(this.#version.get()?.value ?? 0);
  }

  /** The stored configuration (written only after it was checked). */
  load(): QueueConfiguration {
    const read = <T>(kind: Kind) => this.#rows.all(kind).map((r) => JSON.parse(r.body) as T);
    return { categories: read<BusinessCategory>('category'), windows: read<Window>('window'), staff: read<Staff>('staff') };
  }

  /** Replaces the whole configuration; call inside a transaction. */
  replace(config: QueueConfiguration): void {
    this.#clear.run();
    config.categories.forEach((c, i) => this.#insert.run('category', c.id, i, JSON.stringify(c)));
    config.windows.forEach((w, i) => this.#insert.run('window', w.id, i, JSON.stringify(w)));
    config.staff.forEach((s, i) => this.#insert.run('staff', s.id, i, JSON.stringify(s)));
    this.#bump();
  }

  updateWindow(window: Window): void {
    this.#update.run(JSON.stringify(window), 'window', window.id);
    this.#bump();
  }

  #bump(): void {
    this.#setVersion.run(String(this.version() + 1));
  }
}
