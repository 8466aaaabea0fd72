// The terminal's own facts as key/value rows.
import type { Db } from './database.ts';

export class MetaRepo {
  readonly #get;
  readonly #put;
  readonly #insertIfAbsent;

  constructor(db: Db) {
    this.#get = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
    this.#put = db.prepare<[string, string]>(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.#insertIfAbsent = db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
  }

  get(key: string): string | null {
    return this.#get.get(key)?.value ?? null;
  }

  set(key: string, value: string): void {
    this.#put.run(key, value);
  }

  /** Stores `value` unless the key has one already; returns what is stored now. */
  getOrInit(key: string, value: string): string {
    this.#insertIfAbsent.run(key, value);
    return this.get(key)!;
  }
}
