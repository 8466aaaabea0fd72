// The platform's catalogue: service items, departments, themes and form definitions, each change
// published under a new version. Deleted entries stay as tombstones so that a terminal syncing from
// an older version learns of the deletion. Over the platform's Storage: each method works in the
// caller's transaction when given one (a route's `ctx.tx`), else in its own.
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';

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
  readonly #storage: Storage;
  readonly #now: () => number;

  constructor(storage: Storage, now: () => number) {
    this.#storage = storage;
    this.#now = now;
  }

  async version(q?: Transaction): Promise<number> {
    return within(this.#storage, q, async (tx) => (await tx.one<{ v: number | null }>('SELECT max(version) AS v FROM catalogue_versions'))?.v ?? 0);
  }

  /** The newest version that changed one of `kinds` (for ETags). */
  async versionOf(kinds: readonly EntryKind[], q?: Transaction): Promise<number> {
    const marks = kinds.map(() => '?').join(',');
    return within(this.#storage, q, async (tx) => (await tx.one<{ v: number | null }>(`SELECT max(version) AS v FROM catalogue_entries WHERE kind IN (${marks})`, kinds))?.v ?? 0);
  }

  /** Applies a set of changes as one new version, atomically. Returns the version. */
  async publish(p: Publication, q?: Transaction): Promise<number> {
    return within(this.#storage, q, async (tx) => {
      // The next version is the newest + 1: on PostgreSQL two publishers would read the same newest
      // under read committed, so they take turns (readers are not held up). SQLite's writers are serial.
      if (tx.dialect === 'postgres') await tx.exec('LOCK TABLE catalogue_versions IN SHARE ROW EXCLUSIVE MODE');
      const version = (await this.version(tx)) + 1;
      await tx.run('INSERT INTO catalogue_versions (version, created_at) VALUES (?, ?)', [version, this.#now()]);
      for (const u of p.upserts ?? []) {
        await tx.run(
          `INSERT INTO catalogue_entries (kind, id, version, deleted, body) VALUES (?, ?, ?, 0, ?)
           ON CONFLICT (kind, id) DO UPDATE SET version = excluded.version, deleted = 0, body = excluded.body`,
          [u.kind, u.id, version, JSON.stringify(u.body)],
        );
      }
      for (const d of p.deletions ?? []) {
        await tx.run('UPDATE catalogue_entries SET version = ?, deleted = 1, body = NULL WHERE kind = ? AND id = ? AND deleted = 0', [version, d.kind, d.id]);
      }
      return version;
    });
  }

  /** Everything (since undefined) or what changed after `since`, for the given kinds. */
  async changes(kinds: readonly EntryKind[], since: number | undefined, q?: Transaction): Promise<Changes> {
    return within(this.#storage, q, async (tx) => {
      // The version first: a publication committed meanwhile is at worst sent again next time, never skipped.
      const version = await this.version(tx);
      const full = since === undefined || since > version;
      const upserts = new Map<EntryKind, unknown[]>(kinds.map((k) => [k, []]));
      const deletions = new Map<EntryKind, string[]>(kinds.map((k) => [k, []]));
      type Row = { id: string; deleted: number; body: string | null };
      for (const kind of kinds) {
        const rows = full
          ? await tx.query<Row>('SELECT id, deleted, body FROM catalogue_entries WHERE kind = ? AND deleted = 0 ORDER BY id', [kind])
          : await tx.query<Row>('SELECT id, deleted, body FROM catalogue_entries WHERE kind = ? AND version > ? ORDER BY id', [kind, since]);
        for (const r of rows) {
          if (r.deleted) deletions.get(kind)!.push(r.id);
          else upserts.get(kind)!.push(JSON.parse(r.body!));
        }
      }
      return { version, full, upserts, deletions };
    });
  }

  async get(kind: EntryKind, id: string, q?: Transaction): Promise<unknown> {
    return within(this.#storage, q, async (tx) => {
      const row = await tx.one<{ body: string }>('SELECT body FROM catalogue_entries WHERE kind = ? AND id = ? AND deleted = 0', [kind, id]);
      return row ? JSON.parse(row.body) : null;
    });
  }
}
