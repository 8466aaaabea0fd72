// The in-memory copy of what search ranks and shows: per stored item its summary and its normalised
// search text (name, keywords, pinyin, initials, department, conditions, materials), and this
// terminal's use counts. SQLite stays the store and finds the candidates (FTS5); ranking thousands
// of them in JS instead of in SQL is what keeps a one-character query under 2 ms (search-rank.ts).
//
// Freshness, checked before every search (a few microseconds):
// - an apply through this repo's own connection names the rows it wrote (changed()), and only those
//   are read again: a delta of 50 items re-reads 50 rows, not 10,000; a rebuild re-reads everything;
// - a write through another connection (a sync on a worker thread) moves SQLite's data_version; then
//   every row's content hash is compared with the copy's (the hash covers the record and the index
//   format, so everything the copy holds) and the rows that differ are read again.
// The first search after opening reads everything (about 0.1 s at 10,000 items; the core warms the
// copy at start-up and after each sync, so a citizen's search does not pay for it).
import type Database from 'better-sqlite3';
import { itemSummary, type SummaryRow } from './catalogue-rows.ts';
import type { ItemSummary } from './catalogue-types.ts';
import type { Db } from './database.ts';
import { chars } from './search-query.ts';
import type { RankText } from './search-rank.ts';

export interface MemoItem extends RankText {
  readonly no: number;
  readonly hash: string;
  readonly summary: ItemSummary;
  readonly kiosk: boolean;
  /** Code points of the published name (a shorter name ranks first among equals). */
  readonly length: number;
  readonly deptCode: string;
  /** ",1,2,": 服务对象 codes with a comma on each side. */
  readonly serverTypes: string;
  /** How often this terminal opened the item (catalogue_item_uses). */
  uses: number;
}

interface Row extends SummaryRow {
  hash: string;
  name_norm: string;
  keywords_norm: string;
  name_pinyin: string;
  name_initials: string;
  keyword_pinyin: string;
  keyword_initials: string;
  dept_norm: string;
  conditions: string | null;
  materials: string | null;
}

const ROW_SQL =
  'SELECT i.no, i.hash, i.id, i.name, i.level, i.catalog_code, i.task_code, i.dept_code, i.dept_name, i.server_types, ' +
  'i.kiosk_handled, i.bookable, i.is_online, i.visits_required, i.name_norm, i.keywords_norm, i.name_pinyin, i.name_initials, ' +
  'i.keyword_pinyin, i.keyword_initials, i.dept_norm, g.conditions, g.materials ' +
  'FROM catalogue_items i LEFT JOIN catalogue_search_guide g ON g.rowid = i.no';

function memoItem(r: Row): MemoItem {
  const summary = itemSummary(r);
  return {
    no: r.no,
    hash: r.hash,
    summary,
    id: r.id,
    taskCode: r.task_code,
    catalogCode: r.catalog_code,
    nameNorm: r.name_norm,
    keywordsNorm: r.keywords_norm,
    namePinyin: r.name_pinyin,
    nameInitials: r.name_initials,
    keywordPinyin: r.keyword_pinyin,
    keywordInitials: r.keyword_initials,
    deptNorm: r.dept_norm,
    conditionsNorm: r.conditions ?? '',
    materialsNorm: r.materials ?? '',
    kiosk: r.kiosk_handled === 1,
    length: chars(r.name),
    deptCode: r.dept_code,
    serverTypes: r.server_types,
    uses: 0,
  };
}

/** Rows re-read per statement when only some changed (json_each of their numbers). */
const CHUNK = 500;

/** What this connection changed: some rows (by number), or everything (a rebuild). */
export type Changed = ReadonlySet<number> | 'all';

export class SearchMemo {
  readonly #items = new Map<number, MemoItem>();
  readonly #byId = new Map<string, MemoItem>();
  readonly #uses = new Map<string, number>();
  readonly #q: {
    dataVersion: Database.Statement<[], number>;
    hashes: Database.Statement<[], [number, string]>;
    all: Database.Statement<[], Row>;
    some: Database.Statement<[string], Row>;
    uses: Database.Statement<[], { id: string; uses: number }>;
  };
  /** Rows this connection changed since the last look, or 'all'. Starts as 'all': nothing is loaded. */
  #pending: Set<number> | 'all' = 'all';
  #dataVersion = -1;

  constructor(db: Db) {
    this.#q = {
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      hashes: db.prepare<[], [number, string]>('SELECT no, hash FROM catalogue_items').raw(),
      all: db.prepare<[], Row>(ROW_SQL),
      some: db.prepare<[string], Row>(`${ROW_SQL} WHERE i.no IN (SELECT value FROM json_each(?))`),
      uses: db.prepare<[], { id: string; uses: number }>('SELECT id, uses FROM catalogue_item_uses'),
    };
  }

  /**
   * This connection wrote (or tried to write: a rolled-back apply names rows too, and re-reading them
   * finds them as they were) these rows: look at them again before the next search.
   */
  changed(rows: Changed): void {
    if (this.#pending === 'all') return;
    if (rows === 'all') this.#pending = 'all';
    else for (const no of rows) this.#pending.add(no);
  }

  /** The items, up to date. */
  items(): ReadonlyMap<number, MemoItem> {
    const dv = this.#q.dataVersion.get()!;
    const elsewhere = dv !== this.#dataVersion;
    this.#dataVersion = dv;
    const pending = this.#pending;
    if (pending === 'all') {
      this.#pending = new Set();
      this.#readAll();
    } else {
      if (elsewhere) this.#readChanged();
      if (pending.size) {
        this.#pending = new Set();
        this.#reread([...pending]);
      }
    }
    return this.#items;
  }

  /** Mirrors a use this connection has just recorded. */
  addUse(id: string): void {
    const uses = (this.#uses.get(id) ?? 0) + 1;
    this.#uses.set(id, uses);
    const item = this.#byId.get(id);
    if (item) item.uses = uses;
  }

  #loadUses(): void {
    this.#uses.clear();
    for (const r of this.#q.uses.iterate()) this.#uses.set(r.id, r.uses);
  }

  #put(r: Row): void {
    this.#drop(r.no);
    const item = memoItem(r);
    item.uses = this.#uses.get(item.id) ?? 0;
    this.#items.set(item.no, item);
    this.#byId.set(item.id, item);
  }

  #drop(no: number): void {
    const old = this.#items.get(no);
    if (!old) return;
    this.#items.delete(no);
    if (this.#byId.get(old.id) === old) this.#byId.delete(old.id);
  }

  #readAll(): void {
    this.#items.clear();
    this.#byId.clear();
    this.#loadUses();
    for (const r of this.#q.all.all()) this.#put(r);
  }

  /** Another connection wrote: compare every row's hash (and reload the use counts). */
  #readChanged(): void {
    this.#loadUses();
    for (const item of this.#items.values()) item.uses = this.#uses.get(item.id) ?? 0;
    const present = new Set<number>();
    const changed: number[] = [];
    for (const [no, hash] of this.#q.hashes.all()) {
      present.add(no);
      if (this.#items.get(no)?.hash !== hash) changed.push(no);
    }
    for (const no of [...this.#items.keys()]) if (!present.has(no)) this.#drop(no);
    if (changed.length > present.size / 2) this.#readAll();
    else this.#reread(changed);
  }

  /** Reads these rows again: the ones that exist now are replaced, the others dropped. */
  #reread(nos: readonly number[]): void {
    for (let i = 0; i < nos.length; i += CHUNK) {
      const chunk = nos.slice(i, i + CHUNK);
      const found = new Set<number>();
      for (const r of this.#q.some.all(JSON.stringify(chunk))) {
        found.add(r.no);
        this.#put(r);
      }
      for (const no of chunk) if (!found.has(no)) this.#drop(no);
    }
  }
}
