// The platform's catalogue: service items, departments, themes and form definitions, each change
// published under a new version. Deleted entries stay as tombstones so that a terminal syncing from
// an older version learns of the deletion.
import type { Db } from '../../lib/sqlite.ts';

export type EntryKind = 'item' | 'department' | 'theme' | 'form';

export interface Publication {
  readonly upserts?: readonly { kind: EntryKind; id: string; body: unknown }[];
  readonly deletions?: readonly { kind: EntryKind; id: string }[];
}

export interface Changes {
  readonly version: number;
  readonly full: boolean;
  readonly upserts: Map<EntryKind, unknown[]>;
  readonly deletions: Map<EntryKind, string[]>;
}

export class CatalogueStore {
  readonly #db: Db;
  readonly #now: () => number;

  constructor(db: Db, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  version(): number {
    return this.#db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM catalogue_versions').get()?.v ?? 0;
  }

  /** The newest version that changed one of `kinds` (for ETags). */
  versionOf(kinds: readonly EntryKind[]): number {
    const marks = kinds.map(() => '?').join(',');
    return this.#db.prepare<string[], { v: number | null }>(`SELECT max(version) AS v FROM catalogue_entries WHERE kind IN (${marks})`).get(...kinds)?.v ?? 0;
  }

  /** Applies a set of changes as one new version, atomically. Returns the version. */
  publish(p: Publication): number {
    const upsert = this.#db.prepare<[string, string, number, string]>(
      `INSERT INTO catalogue_entries (kind, id, version, deleted, body) VALUES (?, ?, ?, 0, ?)
       ON CONFLICT (kind, id) DO UPDATE SET version = excluded.version, deleted = 0, body = excluded.body`,
    );
    const remove = this.#db.prepare<[number, string, string]>(
      'UPDATE catalogue_entries SET version = ?, deleted = 1, body = NULL WHERE kind = ? AND id = ? AND deleted = 0',
    );
    const tx = this.#db.transaction(() => {
      const version = this.version() + 1;
      this.#db.prepare('INSERT INTO catalogue_versions (version, created_at) VALUES (?, ?)').run(version, this.#now());
      for (const u of p.upserts ?? []) upsert.run(u.kind, u.id, version, JSON.stringify(u.body));
      for (const d of p.deletions ?? []) remove.run(version, d.kind, d.id);
      return version;
    });
    return tx.immediate();
  }

  /** Everything (since undefined) or what changed after `since`, for the given kinds. */
  changes(kinds: readonly EntryKind[], since: number | undefined): Changes {
    const version = this.version();
    const full = since === undefined || since > version;
    const upserts = new Map<EntryKind, unknown[]>(kinds.map((k) => [k, []]));
    const deletions = new Map<EntryKind, string[]>(kinds.map((k) => [k, []]));
    type Row = { id: string; deleted: number; body: string | null };
    const all = this.#db.prepare<[string], Row>('SELECT id, deleted, body FROM catalogue_entries WHERE kind = ? AND deleted = 0 ORDER BY id');
    const after = this.#db.prepare<[string, number], Row>('SELECT id, deleted, body FROM catalogue_entries WHERE kind = ? AND version > ? ORDER BY id');
    for (const kind of kinds) {
      for (const r of full ? all.all(kind) : after.all(kind, since)) {
        if (r.deleted) deletions.get(kind)!.push(r.id);
        else upserts.get(kind)!.push(JSON.parse(r.body!));
      }
    }
    return { version, full, upserts, deletions };
  }

  get(kind: EntryKind, id: string): unknown {
    const row = this.#db.prepare<[string, string], { body: string }>('SELECT body FROM catalogue_entries WHERE kind = ? AND id = ? AND deleted = 0').get(kind, id);
    return row ? JSON.parse(row.body) : null;
  }
}
