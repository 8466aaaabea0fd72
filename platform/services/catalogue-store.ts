// The platform's catalogue: service items, departments, themes and form definitions, each change
// published under a new version. Deleted entries stay as tombstones so that a terminal syncing from
// an older version learns of the deletion. Over the platform's Storage: each method works in the
// caller's transaction when given one (a route's `ctx.tx`), else in its own.
//
// Each hall's scope (issue 17, migration 0018 `catalogue_scope`): the items a hall offers, and with
// them their forms (a form goes with its `itemId`). A hall with no scope row offers every item, as the
// single-hall platform always did. A scoped hall offers the items whose row says offered = 1. A scope
// change is a catalogue version of its own: the rows it changes carry it, and a row taken out stays
// (offered = 0) as that hall's tombstone, so `changesFor(hall, ..., since)` sends an item added to the
// hall as an item and one taken out as a deletion even when the item itself did not change.
// Departments and themes stay the city's, whole, for every hall (the terminal lists those it holds
// items of). What a hall offers is what its terminals are sent; `get` by id (the phone's guide, a form
// submission, intake) serves any item of the city.
import type { Storage, Transaction } from '../store/storage.ts';
import { jsonText } from '../store/dialect-sql.ts';
import { within } from '../store/within.ts';
import { checkHallId, HallStore } from './halls.ts';

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

/** What `setScope` changed: the version it published (the current one when nothing changed) and the items added and taken out. */
export interface ScopeChange {
  readonly version: number;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}


type ScopeRow = { item_id: string; offered: number; version: number };

export class CatalogueStore {
  readonly #storage: Storage;
  readonly #now: () => number;
  readonly #halls: HallStore;

  constructor(storage: Storage, now: () => number) {
    this.#storage = storage;
    this.#now = now;
    this.#halls = new HallStore(storage, now);
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
      const version = await this.#nextVersion(tx);
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

  /**
   * Takes the next version. The next version is the newest + 1: on PostgreSQL two publishers would
   * read the same newest under read committed, so they take turns (readers are not held up; a scope
   * change takes the same turn). SQLite's writers are serial.
   */
  async #nextVersion(tx: Transaction): Promise<number> {
    if (tx.dialect === 'postgres') await tx.exec('LOCK TABLE catalogue_versions IN SHARE ROW EXCLUSIVE MODE');
    const version = (await this.version(tx)) + 1;
    await tx.run('INSERT INTO catalogue_versions (version, created_at) VALUES (?, ?)', [version, this.#now()]);
    return version;
  }

  /**
   * Sets the items `hall` offers, as a whole list, in one new version (none when nothing changes).
   * Refused before anything is written when the hall id is malformed, the hall does not exist (a
   * HallError naming the halls there are), or an id is not a live item of the catalogue (the message
   * names them). The first scope of a hall (which offered everything until
   * then) writes a row for every item of the catalogue: the unlisted ones taken out at this version,
   * the listed ones offered since their own version (its terminals hold them already).
   */
  async setScope(hall: string, itemIds: readonly string[], q?: Transaction): Promise<ScopeChange> {
    checkHallId(hall);
    const bad = itemIds.filter((id) => typeof id !== 'string' || id.length === 0 || id.length > 64);
    if (bad.length) throw new Error(`an item id is 1-64 characters: ${bad.slice(0, 5).map((b) => JSON.stringify(b)).join(', ')}`);
    const wanted = new Set(itemIds);
    return within(this.#storage, q, async (tx) => {
      await this.#halls.require(hall, tx);
      // The catalogue's items with their state, read under the publishers' turn (a publication cannot
      // delete a listed item between this check and the rows below).
      if (tx.dialect === 'postgres') await tx.exec('LOCK TABLE catalogue_versions IN SHARE ROW EXCLUSIVE MODE');
      const items = await tx.query<{ id: string; deleted: number; version: number }>("SELECT id, deleted, version FROM catalogue_entries WHERE kind = 'item'");
      const live = new Set(items.filter((i) => !i.deleted).map((i) => i.id));
      const unknown = [...wanted].filter((id) => !live.has(id));
      if (unknown.length) {
        const shown = unknown.slice(0, 10).join(', ') + (unknown.length > 10 ? ` and ${unknown.length - 10} more` : '');
        throw new Error(`hall ${hall}'s scope names ${unknown.length} item(s) the catalogue does not have: ${shown}; nothing was changed`);
      }
      const rows = await tx.query<ScopeRow>('SELECT item_id, offered, version FROM catalogue_scope WHERE hall_id = ?', [hall]);
      const current = await this.version(tx);
      // Rows written 500 a statement (a round trip each on PostgreSQL).
      const put = async (rows: readonly (readonly [string, number, number])[]) => {
        for (let i = 0; i < rows.length; i += 500) {
          const part = rows.slice(i, i + 500);
          await tx.run(
            `INSERT INTO catalogue_scope (hall_id, item_id, offered, version) VALUES ${part.map(() => '(?, ?, ?, ?)').join(', ')}
             ON CONFLICT (hall_id, item_id) DO UPDATE SET offered = excluded.offered, version = excluded.version`,
            part.flatMap(([id, offered, version]) => [hall, id, offered, version]),
          );
        }
      };
      if (rows.length === 0) {
        // A scope is its rows: with no item in the catalogue there is nothing to write it with.
        if (items.length === 0) throw new Error(`hall ${hall}'s scope cannot be set before the catalogue has items (a hall without a scope offers every item)`);
        // Everything was offered: the listed items keep being, the others are taken out now.
        const removed = items.filter((i) => !i.deleted && !wanted.has(i.id)).map((i) => i.id).sort();
        const version = removed.length ? await this.#nextVersion(tx) : current;
        // A deleted item's tombstone is as old as its deletion: a terminal behind it still learns of it.
        await put(items.map((i) => [i.id, wanted.has(i.id) ? 1 : 0, wanted.has(i.id) || i.deleted ? i.version : version] as const));
        return { version, added: [], removed };
      }
      const offered = new Set(rows.filter((r) => r.offered).map((r) => r.item_id));
      const added = [...wanted].filter((id) => !offered.has(id)).sort();
      const removed = [...offered].filter((id) => !wanted.has(id)).sort();
      if (!added.length && !removed.length) return { version: current, added, removed };
      const version = await this.#nextVersion(tx);
      await put([...added.map((id) => [id, 1, version] as const), ...removed.map((id) => [id, 0, version] as const)]);
      return { version, added, removed };
    });
  }

  /** The items `hall` offers, sorted; null when it has no scope (it offers every item). */
  async scopeOf(hall: string, q?: Transaction): Promise<string[] | null> {
    return within(this.#storage, q, async (tx) => {
      const rows = await tx.query<ScopeRow>('SELECT item_id, offered, version FROM catalogue_scope WHERE hall_id = ? ORDER BY item_id', [hall]);
      return rows.length === 0 ? null : rows.filter((r) => r.offered).map((r) => r.item_id);
    });
  }

  /** The newest version that changed what `hall`'s terminals are sent of `kinds` (for the ETag of each hall). */
  async versionFor(hall: string, kinds: readonly EntryKind[], q?: Transaction): Promise<number> {
    return within(this.#storage, q, async (tx) => {
      if (!(await this.#scoped(tx, hall))) return this.versionOf(kinds, tx);
      const others = kinds.filter((k) => k !== 'item');
      let v = others.length ? await this.versionOf(others, tx) : 0;
      if (kinds.includes('item')) {
        // The newest item version first (index by kind and version), down to the first one the hall offers.
        const r = await tx.one<{ v: number | null }>(
          `SELECT e.version AS v FROM catalogue_entries e
           WHERE e.kind = 'item' AND EXISTS (SELECT 1 FROM catalogue_scope s WHERE s.hall_id = ? AND s.item_id = e.id AND s.offered = 1)
           ORDER BY e.version DESC LIMIT 1`,
          [hall],
        );
        v = Math.max(v, r?.v ?? 0);
      }
      // A scope change moves the hall's items and, with them, their forms.
      const s = await tx.one<{ v: number | null }>('SELECT max(version) AS v FROM catalogue_scope WHERE hall_id = ?', [hall]);
      return Math.max(v, s?.v ?? 0);
    });
  }

  async #scoped(tx: Transaction, hall: string): Promise<boolean> {
    return (await tx.one('SELECT 1 AS scoped FROM catalogue_scope WHERE hall_id = ? LIMIT 1', [hall])) !== null;
  }

  /**
   * What `hall`'s terminals are sent: `changes` for a hall without a scope; for a scoped hall its
   * offered items (and their forms) only, with an item added to it since `since` as an upsert and one
   * taken out as a deletion. Departments and themes are the city's (as `changes`). No id is both
   * changed and deleted in one answer (the terminal refuses that).
   */
  async changesFor(hall: string, kinds: readonly EntryKind[], since: number | undefined, q?: Transaction): Promise<Changes> {
    return within(this.#storage, q, async (tx) => {
      if (!(await this.#scoped(tx, hall))) return this.changes(kinds, since, tx);
      const plain = kinds.filter((k) => k !== 'item' && k !== 'form');
      const base = await this.changes(plain, since, tx);
      const version = base.version;
      const full = since === undefined || since > version;
      const upserts = new Map<EntryKind, unknown[]>(kinds.map((k) => [k, base.upserts.get(k) ?? []]));
      const deletions = new Map<EntryKind, string[]>(kinds.map((k) => [k, base.deletions.get(k) ?? []]));
      if (kinds.includes('item')) {
        const offered = `FROM catalogue_entries e JOIN catalogue_scope s ON s.hall_id = ? AND s.item_id = e.id AND s.offered = 1 WHERE e.kind = 'item' AND e.deleted = 0`;
        // Since a version: the items changed since (by the entries' version index) and those whose
        // row changed since (by the rows' version index), one list, so no scan of the hall's items.
        const rows = full
          ? await tx.query<{ id: string; body: string }>(`SELECT e.id, e.body ${offered} ORDER BY e.id`, [hall])
          : await tx.query<{ id: string; body: string }>(
              `SELECT e.id, e.body ${offered} AND e.id IN (SELECT id FROM catalogue_entries WHERE kind = 'item' AND version > ?
                                                    UNION SELECT item_id FROM catalogue_scope WHERE hall_id = ? AND version > ?)
               ORDER BY e.id`,
              [hall, since, hall, since],
            );
        let sent = rows;
        if (!full) {
          // Taken out of the hall since, or deleted from the catalogue since while the hall offered it.
          const gone = await tx.query<{ item_id: string }>(
            `SELECT item_id FROM catalogue_scope WHERE hall_id = ? AND offered = 0 AND version > ?
             UNION
             SELECT s.item_id FROM catalogue_entries e JOIN catalogue_scope s ON s.hall_id = ? AND s.item_id = e.id AND s.offered = 1
             WHERE e.kind = 'item' AND e.deleted = 1 AND e.version > ?
             ORDER BY item_id`,
            [hall, since, hall, since],
          );
          deletions.set('item', gone.map((r) => r.item_id));
          // Two statements: on PostgreSQL (read committed) a scope change committed between them can put
          // an id in both. The second saw the newer state, and a change committed after the version
          // read first is sent again next time, so the deletion stands and the upsert waits for then.
          const goneIds = new Set(deletions.get('item'));
          sent = rows.filter((r) => !goneIds.has(r.id));
        }
        upserts.set('item', sent.map((r) => JSON.parse(r.body) as unknown));
      }
      if (kinds.includes('form')) {
        // A form goes with its item (`itemId` in its body). Since a version: the forms changed since,
        // and those of items whose row changed since; then the hall's rows of their items only.
        const itemOf = jsonText(tx, 'f.body', 'itemId');
        type FormRow = { id: string; deleted: number; version: number; body: string | null; item_id: string | null };
        const forms = full
          ? await tx.query<FormRow>(`SELECT f.id, f.deleted, f.version, f.body, ${itemOf} AS item_id FROM catalogue_entries f WHERE f.kind = 'form' AND f.deleted = 0 ORDER BY f.id`)
          : await tx.query<FormRow>(
              `SELECT f.id, f.deleted, f.version, f.body, ${itemOf} AS item_id FROM catalogue_entries f
               WHERE f.kind = 'form' AND (f.version > ? OR (f.deleted = 0 AND ${itemOf} IN (SELECT item_id FROM catalogue_scope WHERE hall_id = ? AND version > ?)))
               ORDER BY f.id`,
              [since, hall, since],
            );
        const itemIds = [...new Set(forms.flatMap((f) => (f.item_id === null ? [] : [f.item_id])))];
        const scope = new Map<string, ScopeRow>();
        for (let i = 0; i < itemIds.length; i += 500) {
          const part = itemIds.slice(i, i + 500);
          const rows = await tx.query<ScopeRow>(`SELECT item_id, offered, version FROM catalogue_scope WHERE hall_id = ? AND item_id IN (${part.map(() => '?').join(',')})`, [hall, ...part]);
          for (const r of rows) scope.set(r.item_id, r);
        }
        const up: unknown[] = [];
        const gone: string[] = [];
        for (const f of forms) {
          // Deleted since: its tombstone (the terminal may hold it).
          if (f.deleted) gone.push(f.id);
          else if (f.item_id !== null && scope.get(f.item_id)?.offered) up.push(JSON.parse(f.body!) as unknown);
          // Not offered: the terminal may hold it (its item taken out, or the form moved to another item).
          else if (!full) gone.push(f.id);
        }
        upserts.set('form', up);
        deletions.set('form', gone);
      }
      return { version, full, upserts, deletions };
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
