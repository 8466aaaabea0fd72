// The terminal's cached copy of the service catalogue, and its search.
//
// - applyFull(snapshot) replaces the catalogue with a new version; applyDelta(delta) moves it from the
//   stored version to the next. Each is ONE transaction: an invalid record, a failing write or a crash
//   midway leaves the previous catalogue whole and searchable. A full apply compares content hashes
//   and rewrites only the rows (and index entries) that changed; `{ rebuild: true }` deletes and
//   reinserts everything instead (the naive way, kept for the benchmark and for repairing an index).
// - search(query, filters) ranks: code > exact name > name prefix > name substring > keyword > pinyin
//   > initials > department > conditions > materials (catalogue-search.ts: SQLite finds candidates,
//   an in-memory copy of the search text ranks them).
// - Records are validated against the contract's schemas (national code lists unless the terminal
//   passes its province's) before they touch SQLite; items the caller has parsed with the same
//   schemas already can skip the second parse (`itemsPrevalidated`: about 1 s and 90 MB at 10,000).
// - A full apply of 10,000 items takes seconds and better-sqlite3 is synchronous: a caller that must
//   keep answering meanwhile runs it on a connection in a worker thread (the core does:
//   main/core/catalogue-applier.ts; WAL: readers keep seeing the previous catalogue until the commit,
//   and search's in-memory copy notices the commit).
import Database from 'better-sqlite3';
import type { Department, ServiceItem, Theme } from '../../domain/catalogue.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import { applyDeltaIn, applyFormsIn, applyFullIn, Refused, type ApplyContext } from './catalogue-apply.ts';
import type {
  ApplyStats,
  Audience,
  CatalogueDelta,
  CatalogueError,
  CatalogueSnapshot,
  ItemSummary,
  SearchHit,
  SearchOptions,
  StoredForm,
} from './catalogue-types.ts';
import { describeIssues, Validator, type CatalogueSchemas } from './catalogue-validate.ts';
import { CatalogueWriter } from './catalogue-writer.ts';
import type { Db } from './database.ts';
import { itemSummary as summary, SUMMARY_COLUMNS, type SummaryRow } from './catalogue-rows.ts';
import { CatalogueSearch } from './catalogue-search.ts';

export type * from './catalogue-types.ts';

export interface CatalogueRepoOptions {
  /** Time of a sync, for "catalogue age". Default Date.now. */
  readonly clock?: { now(): number };
  /** Schemas built from the province's code lists (createCatalogueSchemas). Default: national lists. */
  readonly schemas?: CatalogueSchemas;
  /** 服务对象 codes per audience filter. Default: person = 自然人 (1); enterprise = 企业法人, 事业法人, 社会组织法人, 其他组织 (2, 3, 4, 6). */
  readonly audiences?: Readonly<Record<Audience, readonly string[]>>;
}

export interface ApplyOptions {
  /**
   * The items are the output of the same schemas already (the platform client parsed the answer with
   * them): skip parsing them again and check by hand only the fields the cache reads. Departments,
   * themes and forms are always parsed (they are few). Default false: every item is parsed.
   */
  readonly itemsPrevalidated?: boolean;
}

const DEFAULT_AUDIENCES: Readonly<Record<Audience, readonly string[]>> = { person: ['1'], enterprise: ['2', '3', '4', '6'] };
const APPLY_CACHE_BYTES = 16 * 1024 * 1024;
export class CatalogueRepo {
  readonly #db: Db;
  readonly #writer: CatalogueWriter;
  readonly #now: () => number;
  readonly #schemas: CatalogueSchemas | undefined;
  readonly #search: CatalogueSearch;
  readonly #q;
  readonly #audiences: Readonly<Record<Audience, readonly string[]>>;

  constructor(db: Db, options: CatalogueRepoOptions = {}) {
    this.#db = db;
    this.#writer = new CatalogueWriter(db);
    const clock = options.clock;
    this.#now = clock ? () => clock.now() : () => Date.now();
    this.#schemas = options.schemas;
    this.#audiences = options.audiences ?? DEFAULT_AUDIENCES;
    this.#search = new CatalogueSearch(db, this.#audiences);
    this.#q = {
      get: db.prepare<[string], { json: string }>(
        'SELECT d.json FROM catalogue_items i JOIN catalogue_item_docs d ON d.no = i.no WHERE i.id = ?',
      ),
      byTheme: db.prepare<{ code: string }, SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM catalogue_theme_items ti JOIN catalogue_items i ON i.id = ti.item_id
         WHERE ti.theme_code = :code AND EXISTS (SELECT 1 FROM catalogue_themes WHERE code = :code)
         GROUP BY i.no ORDER BY min(ti.source * 1000000 + ti.position), i.no`,
      ),
      byDepartment: db.prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM catalogue_items i WHERE i.dept_code = ? ORDER BY i.name, i.no`),
      themes: db.prepare<[], { json: string }>('SELECT json FROM catalogue_themes ORDER BY sort_order, code'),
      // The held items of every theme, in listByTheme's order (the theme's own list first).
      themeItems: db.prepare<[], { code: string; id: string; source: number }>(
        `SELECT ti.theme_code AS code, i.id, min(ti.source) AS source FROM catalogue_theme_items ti JOIN catalogue_items i ON i.id = ti.item_id
         GROUP BY ti.theme_code, i.no ORDER BY ti.theme_code, min(ti.source * 1000000 + ti.position), i.no`,
      ),
      departments: db.prepare<[], { json: string }>(
        'SELECT d.json FROM catalogue_departments d WHERE EXISTS (SELECT 1 FROM catalogue_items i WHERE i.dept_code = d.code) ORDER BY d.position',
      ),
      form: db.prepare<[string], { json: string }>('SELECT json FROM catalogue_forms WHERE id = ?'),
      formsOf: db.prepare<[string], { json: string }>('SELECT json FROM catalogue_forms WHERE item_id = ? ORDER BY id'),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM catalogue_items'),
      // A scan of every guide (tens of ms at 10,000 items): callers keep the answer per catalogue version.
      namingForms: db
        .prepare<[], string>(`SELECT i.id FROM catalogue_items i JOIN catalogue_item_docs d ON d.no = i.no WHERE instr(d.json, '"blankForm":"forms/') > 0 ORDER BY i.no`)
        .pluck(),
      uses: db.prepare<[], { id: string; uses: number }>('SELECT id, uses FROM catalogue_item_uses'),
    };
  }

  /** Replaces the whole catalogue with `snapshot`, in one transaction. */
  applyFull(snapshot: CatalogueSnapshot, options: ApplyOptions & { readonly rebuild?: boolean } = {}): Result<ApplyStats, CatalogueError> {
    return this.#apply(options, (ctx) => ok(applyFullIn(ctx, snapshot, options.rebuild === true)));
  }

  /** Applies the changes between two versions; refused unless `fromVersion` is the stored version. */
  applyDelta(delta: CatalogueDelta, options: ApplyOptions = {}): Result<ApplyStats, CatalogueError> {
    return this.#apply(options, (ctx) => {
      const r = applyDeltaIn(ctx, delta);
      if ('stored' in r) {
        return err({
          code: 'catalogue.versionMismatch',
          message:
            r.stored === null
              ? `no catalogue is stored yet: a delta from version ${delta.fromVersion} cannot apply; a full sync is needed`
              : `the stored catalogue is version ${r.stored}, the delta starts from ${delta.fromVersion}`,
          details: { stored: r.stored, fromVersion: delta.fromVersion },
        });
      }
      return ok(r);
    });
  }

  /**
   * Applies form definitions synced on their own: the whole set (`full`) or changes and deletions,
   * with their version, in one transaction. The catalogue's version is not touched.
   */
  applyForms(change: { readonly version: number; readonly full: boolean; readonly forms: readonly StoredForm[]; readonly deleted: readonly string[] }): Result<ApplyStats, CatalogueError> {
    return this.#apply({}, (ctx) => {
      const changed = applyFormsIn(ctx, change.forms, change.deleted, change.full);
      this.#db
        .prepare('INSERT INTO catalogue_forms_state (id, version, synced_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, synced_at = excluded.synced_at')
        .run(change.version, ctx.now);
      return ok({ version: change.version, inserted: 0, updated: changed, unchanged: 0, deleted: 0 });
    });
  }

  /** The version of the forms held, or null before the first forms sync. */
  formsVersion(): number | null {
    return this.#db.prepare<[], { version: number }>('SELECT version FROM catalogue_forms_state WHERE id = 1').get()?.version ?? null;
  }

  #apply(options: ApplyOptions, body: (ctx: ApplyContext) => Result<ApplyStats, CatalogueError>): Result<ApplyStats, CatalogueError> {
    const validator = new Validator(this.#schemas, options.itemsPrevalidated === true);
    const ctx: ApplyContext = { writer: this.#writer, validator, now: this.#now() };
    // One transaction writes into six B-trees at once; with SQLite's default 2 MB page cache it spills
    // and re-reads pages all along (a 10,000-item full sync took 1.3 s longer). Raised for the apply only.
    const cacheSize = this.#db.pragma('cache_size', { simple: true }) as number;
    const raise = cacheSize >= 0 ? cacheSize * 4096 < APPLY_CACHE_BYTES : -cacheSize * 1024 < APPLY_CACHE_BYTES;
    if (raise) this.#db.pragma(`cache_size = ${-APPLY_CACHE_BYTES / 1024}`);
    try {
      return this.#db.transaction(() => body(ctx)).immediate();
    } catch (e) {
      if (e instanceof Refused) {
        const issues = ctx.validator.issues;
        return err({ code: 'catalogue.invalid', message: describeIssues(issues), details: { issues } });
      }
      if (e instanceof Database.SqliteError) {
        return err({ code: 'catalogue.writeFailed', message: `the catalogue was not changed: ${e.message} (${e.code})` });
      }
      throw e;
    } finally {
      if (raise) this.#db.pragma(`cache_size = ${cacheSize}`);
      this.#writer.dropUnwrittenIndex();
      this.#search.changed(this.#writer.takeTouched());
    }
  }

  /** Ranked matches; never throws, whatever the text (see catalogue-search.ts). Empty text finds nothing. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.#search.search(query, options);
  }

  /** Reads what search keeps in memory now (about 0.1 s at 10,000 items) instead of at the first search. */
  warmSearch(): void {
    this.#search.warm();
  }

  get(id: string): ServiceItem | null {
    const row = this.#q.get.get(id);
    return row ? (JSON.parse(row.json) as ServiceItem) : null;
  }

  /** A theme's items: first in the theme's own order, then those that name the theme themselves (catalogue order). */
  listByTheme(themeCode: string): ItemSummary[] {
    return this.#q.byTheme.all({ code: themeCode }).map(summary);
  }

  /** A department's items, by name. */
  listByDepartment(deptCode: string): ItemSummary[] {
    return this.#q.byDepartment.all(deptCode).map(summary);
  }

  /** Whether an item serves an audience: the same 服务对象 codes as search's audience filter. */
  serves(item: ItemSummary, audience: Audience): boolean {
    return (this.#audiences[audience] ?? []).some((c) => item.serverType.includes(c));
  }

  /**
   * The themes with at least one item held, each with its `itemIds` cut to the held ones (or, when
   * none it lists is held, the held items that name it). The catalogue is the city's; a hall's
   * terminal holds its hall's items only (the platform's scope), so a theme may list items it lacks.
   */
  listThemes(): Theme[] {
    const held = new Map<string, { listed: string[]; naming: string[] }>();
    for (const r of this.#q.themeItems.all()) {
      const h = held.get(r.code) ?? { listed: [], naming: [] };
      (r.source === 0 ? h.listed : h.naming).push(r.id);
      held.set(r.code, h);
    }
    return this.#q.themes.all().flatMap((r) => {
      const theme = JSON.parse(r.json) as Theme;
      const h = held.get(theme.code);
      if (!h) return [];
      const listed = new Set(h.listed);
      const itemIds = theme.itemIds.filter((id) => listed.has(id));
      return [{ ...theme, itemIds: itemIds.length ? itemIds : h.naming }];
    });
  }

  /** The departments with at least one item held (a hall's terminal holds its hall's items only). */
  listDepartments(): Department[] {
    return this.#q.departments.all().map((r) => JSON.parse(r.json) as Department);
  }

  getForm(id: string): StoredForm | null {
    const row = this.#q.form.get(id);
    return row ? (JSON.parse(row.json) as StoredForm) : null;
  }

  formsOf(itemId: string): StoredForm[] {
    return this.#q.formsOf.all(itemId).map((r) => JSON.parse(r.json) as StoredForm);
  }

  /** The ids of the items whose guide names a blank form (a material's blankForm `forms/<id>.pdf`), in catalogue order. */
  itemsNamingForms(): string[] {
    return this.#q.namingForms.all();
  }

  /** How often citizens opened each item on this terminal (recordUse); items never opened are absent. */
  itemUses(): Map<string, number> {
    return new Map(this.#q.uses.all().map((r) => [r.id, r.uses]));
  }

  itemCount(): number {
    return this.#q.count.get()?.n ?? 0;
  }

  /** The stored catalogue version; null before the first full sync. */
  version(): number | null {
    return this.#writer.state()?.version ?? null;
  }

  /** When the stored version was applied (ms since the epoch, from the injected clock); null if never. */
  syncedAt(): number | null {
    return this.#writer.state()?.syncedAt ?? null;
  }

  /** Counts a citizen opening an item on this terminal: the most used rank first among equals. */
  recordUse(id: string): void {
    this.#search.recordUse(id);
  }
}
