// The row-level writes behind CatalogueRepo's apply operations. Every method here runs inside the
// caller's transaction; none opens its own.
import { createHash } from 'node:crypto';
import type { Department, ServiceItem, Theme } from '../../domain/catalogue.ts';
import type { StoredForm } from './catalogue-types.ts';
import type { Db } from './database.ts';
import { INDEX_FORMAT, type ItemTerms } from './search-terms.ts';

/**
 * Content hash of a record's JSON; includes INDEX_FORMAT so a new indexer rewrites every row. Hashed
 * as UTF-16 (V8's own representation) rather than UTF-8: half the time for Chinese text.
 */
export function contentHash(json: string): string {
  return createHash('sha1').update(`${INDEX_FORMAT}\n`).update(json, 'utf16le').digest('base64');
}

export interface Stored {
  readonly no: number;
  readonly hash: string;
}

type ItemRow = [
  id: string,
  hash: string,
  level: string,
  name: string,
  catalogCode: string,
  taskCode: string,
  deptCode: string,
  deptName: string,
  serverTypes: string,
  kiosk: number,
  bookable: number,
  online: number,
  visits: number,
  nameNorm: string,
  keywordsNorm: string,
  namePinyin: string,
  nameInitials: string,
  keywordPinyin: string,
  keywordInitials: string,
  deptNorm: string,
];

export const ITEM_COLUMNS =
  'id, hash, level, name, catalog_code, task_code, dept_code, dept_name, server_types, kiosk_handled, bookable, ' +
  'is_online, visits_required, name_norm, keywords_norm, name_pinyin, name_initials, keyword_pinyin, keyword_initials, dept_norm';

export function itemRow(item: ServiceItem, hash: string, t: ItemTerms): ItemRow {
  return [
    item.id,
    hash,
    item.level,
    item.name,
    item.catalogCode,
    item.taskCode,
    item.deptCode,
    item.deptName,
    `,${item.serverType.join(',')},`,
    item.kioskHandled ? 1 : 0,
    item.bookable ? 1 : 0,
    item.isOnline ? 1 : 0,
    item.visitsRequired,
    t.nameNorm,
    t.keywordsNorm,
    t.namePinyin,
    t.nameInitials,
    t.keywordPinyin,
    t.keywordInitials,
    t.deptNorm,
  ];
}

export function searchRow(no: number, t: ItemTerms): [number, string, string, string, string, string] {
  return [no, t.nameNorm, t.keywordsNorm, `${t.namePinyin}${t.keywordPinyin}`, `${t.nameInitials}${t.keywordInitials}`, t.deptNorm];
}

export class CatalogueWriter {
  readonly #db: Db;
  readonly #s;
  /** Item rows written since the last takeTouched(), or 'all' after clearItems (for search's in-memory copy). */
  #touched: Set<number> | 'all' = new Set();
  /**
   * The search index entries of the rows inserted in this apply, by row number, written by
   * writeIndex() at its end, one index after the other. Written with each row instead, the three
   * FTS5 indexes, the items' B-trees and 42 MB of guide documents take turns in the page cache: a
   * 10,000-item full sync spent about 0.2 s more in SQLite (bench/README.md, 2026-12-06). A rewritten
   * row's entries are replaced at once: FTS5 flushes its pending terms whenever a row number goes
   * back, so the deletions of a delta's rows followed by their new entries at the end cost a segment
   * more per index and delta (a fifth more WAL, and merges sooner).
   */
  readonly #unindexed = new Map<number, ItemTerms>();

  constructor(db: Db) {
    this.#db = db;
    const marks = ITEM_COLUMNS.split(',').map(() => '?').join(', ');
    const assign = ITEM_COLUMNS.split(',').map((c) => `${c.trim()} = ?`).join(', ');
    this.#s = {
      allItems: db.prepare<[], { id: string; no: number; hash: string }>('SELECT id, no, hash FROM catalogue_items'),
      itemById: db.prepare<[string], Stored>('SELECT no, hash FROM catalogue_items WHERE id = ?'),
      insertItem: db.prepare<ItemRow>(`INSERT INTO catalogue_items (${ITEM_COLUMNS}) VALUES (${marks})`),
      updateItem: db.prepare<[...ItemRow, number]>(`UPDATE catalogue_items SET ${assign} WHERE no = ?`),
      deleteItem: db.prepare<[number]>('DELETE FROM catalogue_items WHERE no = ?'),
      addDoc: db.prepare<[number, string]>('INSERT INTO catalogue_item_docs (no, json) VALUES (?, ?)'),
      putDoc: db.prepare<[string, number]>('UPDATE catalogue_item_docs SET json = ? WHERE no = ?'),
      deleteDoc: db.prepare<[number]>('DELETE FROM catalogue_item_docs WHERE no = ?'),
      insertSearch: db.prepare<ReturnType<typeof searchRow>>(
        'INSERT INTO catalogue_search (rowid, name, keywords, pinyin, initials, dept) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      deleteSearch: db.prepare<[number]>('DELETE FROM catalogue_search WHERE rowid = ?'),
      insertGuide: db.prepare<[number, string, string]>('INSERT INTO catalogue_search_guide (rowid, conditions, materials) VALUES (?, ?, ?)'),
      deleteGuide: db.prepare<[number]>('DELETE FROM catalogue_search_guide WHERE rowid = ?'),
      insertGrams: db.prepare<[number, string]>('INSERT INTO catalogue_search_grams (rowid, grams) VALUES (?, ?)'),
      deleteGrams: db.prepare<[number]>('DELETE FROM catalogue_search_grams WHERE rowid = ?'),
      clearItemThemes: db.prepare<[string]>('DELETE FROM catalogue_theme_items WHERE item_id = ? AND source = 1'),
      addThemeItem: db.prepare<[string, number, string, number]>(
        'INSERT OR IGNORE INTO catalogue_theme_items (theme_code, source, item_id, position) VALUES (?, ?, ?, ?)',
      ),
      clearThemeList: db.prepare<[string]>('DELETE FROM catalogue_theme_items WHERE theme_code = ? AND source = 0'),
      putDepartment: db.prepare<[string, string]>(
        `INSERT INTO catalogue_departments (code, position, json)
         VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM catalogue_departments), ?)
         ON CONFLICT (code) DO UPDATE SET json = excluded.json`,
      ),
      deleteDepartment: db.prepare<[string]>('DELETE FROM catalogue_departments WHERE code = ?'),
      putTheme: db.prepare<[string, number, string]>(
        'INSERT INTO catalogue_themes (code, sort_order, json) VALUES (?, ?, ?) ON CONFLICT (code) DO UPDATE SET sort_order = excluded.sort_order, json = excluded.json',
      ),
      deleteTheme: db.prepare<[string]>('DELETE FROM catalogue_themes WHERE code = ?'),
      allForms: db.prepare<[], { id: string; hash: string }>('SELECT id, hash FROM catalogue_forms'),
      formById: db.prepare<[string], { hash: string }>('SELECT hash FROM catalogue_forms WHERE id = ?'),
      putForm: db.prepare<[string, string, number, string, string]>(
        'INSERT OR REPLACE INTO catalogue_forms (id, item_id, version, hash, json) VALUES (?, ?, ?, ?, ?)',
      ),
      deleteForm: db.prepare<[string]>('DELETE FROM catalogue_forms WHERE id = ?'),
      state: db.prepare<[], { version: number; synced_at: number }>('SELECT version, synced_at FROM catalogue_state WHERE id = 1'),
      setState: db.prepare<[number, number]>(
        'INSERT INTO catalogue_state (id, version, synced_at) VALUES (1, ?, ?) ' +
          'ON CONFLICT (id) DO UPDATE SET version = excluded.version, synced_at = excluded.synced_at',
      ),
    };
  }

  /** The item rows written since the last call (inserted, updated, deleted), or 'all'. */
  takeTouched(): ReadonlySet<number> | 'all' {
    const t = this.#touched;
    this.#touched = new Set();
    return t;
  }

  #touch(no: number): void {
    if (this.#touched !== 'all') this.#touched.add(no);
  }

  state(): { version: number; syncedAt: number } | null {
    const r = this.#s.state.get();
    return r ? { version: r.version, syncedAt: r.synced_at } : null;
  }

  setState(version: number, syncedAt: number): void {
    this.#s.setState.run(version, syncedAt);
  }

  /** id -> row number and content hash, for every stored item. */
  storedItems(): Map<string, Stored> {
    const out = new Map<string, Stored>();
    for (const r of this.#s.allItems.iterate()) out.set(r.id, { no: r.no, hash: r.hash });
    return out;
  }

  storedItem(id: string): Stored | null {
    return this.#s.itemById.get(id) ?? null;
  }

  insertItem(item: ServiceItem, json: string, hash: string, terms: ItemTerms): void {
    const no = Number(this.#s.insertItem.run(...itemRow(item, hash, terms)).lastInsertRowid);
    this.#touch(no);
    this.#s.addDoc.run(no, json);
    this.#unindexed.set(no, terms);
    // A new row has no theme links yet: deleteItem and clearItems remove an item's own links.
    for (const code of item.themes) this.#s.addThemeItem.run(code, 1, item.id, 0);
  }

  /** Rewrites a changed item in place (same row number), its guide and its index entry. */
  updateItem(no: number, item: ServiceItem, json: string, hash: string, terms: ItemTerms): void {
    this.#touch(no);
    this.#s.updateItem.run(...itemRow(item, hash, terms), no);
    this.#s.putDoc.run(json, no);
    this.#unindex(no);
    this.#index(no, terms);
    this.#setItemThemes(item);
  }

  deleteItem(no: number, id: string): void {
    this.#touch(no);
    this.#unindex(no);
    this.#s.deleteDoc.run(no);
    this.#s.deleteItem.run(no);
    this.#s.clearItemThemes.run(id);
  }

  /** Everything about items, for a rebuild from nothing. Themes' own item lists stay. */
  clearItems(): void {
    this.#touched = 'all';
    this.#unindexed.clear();
    this.#db.exec(
      'DELETE FROM catalogue_search; DELETE FROM catalogue_search_guide; DELETE FROM catalogue_search_grams; ' +
        'DELETE FROM catalogue_item_docs; DELETE FROM catalogue_items; ' +
        'DELETE FROM catalogue_theme_items WHERE source = 1;',
    );
  }

  /**
   * Writes the index entries of the rows inserted since the last call: every entry of
   * one index, in row order, then the next index. Call it before the transaction commits (the apply
   * does, once its records are all checked).
   */
  writeIndex(): void {
    const rows = [...this.#unindexed].sort((a, b) => a[0] - b[0]);
    this.#unindexed.clear();
    for (const [no, t] of rows) this.#s.insertSearch.run(...searchRow(no, t));
    for (const [no, t] of rows) this.#s.insertGuide.run(no, t.conditionsNorm, t.materialsNorm);
    for (const [no, t] of rows) this.#s.insertGrams.run(no, t.grams);
  }

  #index(no: number, t: ItemTerms): void {
    this.#s.insertSearch.run(...searchRow(no, t));
    this.#s.insertGuide.run(no, t.conditionsNorm, t.materialsNorm);
    this.#s.insertGrams.run(no, t.grams);
  }

  /** Forgets the entries writeIndex() has not written (the apply was refused or failed). */
  dropUnwrittenIndex(): void {
    this.#unindexed.clear();
  }

  /** Removes a row's index entries: the written ones, and one waiting for writeIndex(). */
  #unindex(no: number): void {
    this.#unindexed.delete(no);
    this.#s.deleteSearch.run(no);
    this.#s.deleteGuide.run(no);
    this.#s.deleteGrams.run(no);
  }

  #setItemThemes(item: ServiceItem): void {
    this.#s.clearItemThemes.run(item.id);
    for (const code of item.themes) this.#s.addThemeItem.run(code, 1, item.id, 0);
  }

  clearDepartments(): void {
    this.#db.exec('DELETE FROM catalogue_departments');
  }

  putDepartment(d: Department): void {
    this.#s.putDepartment.run(d.code, JSON.stringify(d));
  }

  deleteDepartment(code: string): void {
    this.#s.deleteDepartment.run(code);
  }

  clearThemes(): void {
    this.#db.exec('DELETE FROM catalogue_themes; DELETE FROM catalogue_theme_items WHERE source = 0;');
  }

  putTheme(t: Theme): void {
    this.#s.putTheme.run(t.code, t.sortOrder, JSON.stringify(t));
    this.#s.clearThemeList.run(t.code);
    t.itemIds.forEach((id, position) => this.#s.addThemeItem.run(t.code, 0, id, position));
  }

  deleteTheme(code: string): void {
    this.#s.deleteTheme.run(code);
    this.#s.clearThemeList.run(code);
  }

  /** id -> content hash of every stored form. */
  storedForms(): Map<string, string> {
    const out = new Map<string, string>();
    for (const r of this.#s.allForms.iterate()) out.set(r.id, r.hash);
    return out;
  }

  storedFormHash(id: string): string | null {
    return this.#s.formById.get(id)?.hash ?? null;
  }

  putForm(f: StoredForm, json: string, hash: string): void {
    this.#s.putForm.run(f.id, f.itemId, f.version, hash, json);
  }

  deleteForm(id: string): void {
    this.#s.deleteForm.run(id);
  }
}
