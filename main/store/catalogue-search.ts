// Search over the cached catalogue: SQLite finds the candidates (FTS5 trigram, the gram index, code
// ranges; search-query.ts), the in-memory copy (search-memo.ts) ranks them (search-rank.ts).
//
// Two phases: the short fields first (name, keywords, pinyin, initials, department, codes); only when
// they give fewer hits than asked for, the items that need the guide text (conditions, materials) to
// match are added after them.
import type Database from 'better-sqlite3';
import type { Audience, SearchHit, SearchOptions } from './catalogue-types.ts';
import type { Db } from './database.ts';
import { SearchMemo, type Changed, type MemoItem } from './search-memo.ts';
import { candidateQuery, clampLimit, parseQuery, type CandidateQuery, type Params, type QueryPlan } from './search-query.ts';
import { fieldTier, GUIDE_TIER, guideTier, itemTier, matchOf, TopK } from './search-rank.ts';

const MAX_CACHED_STATEMENTS = 256;
/** Queries whose plans have the shapes citizens type most (see warm()). */
const WARM_SHAPES = ['证', 'sb', '身份证', 'sfz', '3301', '身份 证明'];

export class CatalogueSearch {
  readonly #db: Db;
  readonly #memo: SearchMemo;
  readonly #audiences: Readonly<Record<Audience, readonly string[]>>;
  readonly #statements = new Map<string, Database.Statement<Params, number>>();
  readonly #themeItems;
  readonly #use;

  constructor(db: Db, audiences: Readonly<Record<Audience, readonly string[]>>) {
    this.#db = db;
    this.#memo = new SearchMemo(db);
    this.#audiences = audiences;
    this.#themeItems = db
      .prepare<{ code: string }, number>(
        `SELECT i.no FROM catalogue_theme_items ti JOIN catalogue_items i ON i.id = ti.item_id
         WHERE ti.theme_code = :code AND EXISTS (SELECT 1 FROM catalogue_themes WHERE code = :code)`,
      )
      .pluck();
    this.#use = db.prepare<[string]>(
      'INSERT INTO catalogue_item_uses (id, uses) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET uses = uses + 1',
    );
  }

  /** These item rows changed through this connection (see SearchMemo.changed). */
  changed(rows: Changed): void {
    this.#memo.changed(rows);
  }

  /**
   * Loads the in-memory copy now rather than at the first search, and prepares the candidate
   * statements of the common query shapes (one to two characters, three or more, a code, pinyin,
   * the guide text): preparing one costs about as much as running it.
   */
  warm(): void {
    this.#memo.items();
    for (const text of WARM_SHAPES) {
      const plan = parseQuery(text);
      if (plan === null) continue;
      for (const phase of ['fields', 'guide'] as const) {
        const q = candidateQuery(plan, phase);
        if (q !== null) this.#statement(q);
      }
    }
  }

  recordUse(id: string): void {
    this.#use.run(id);
    this.#memo.addUse(id);
  }

  /** Ranked matches; never throws, whatever the text (see search-query.ts). Empty text finds nothing. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const plan = parseQuery(query);
    if (plan === null) return [];
    const limit = clampLimit(options.limit);
    const items = this.#memo.items();
    const keep = this.#filter(options);
    const hits = this.#phase(plan, 'fields', items, keep, limit);
    if (hits.length < limit) hits.push(...this.#phase(plan, 'guide', items, keep, limit - hits.length));
    return hits;
  }

  /** The filters as one test per item, or null for none. */
  #filter(options: SearchOptions): ((item: MemoItem) => boolean) | null {
    const tests: ((item: MemoItem) => boolean)[] = [];
    const { deptCode, themeId, audience } = options;
    if (deptCode !== undefined) tests.push((item) => item.deptCode === deptCode);
    if (themeId !== undefined) {
      const members = new Set(this.#themeItems.all({ code: themeId }));
      tests.push((item) => members.has(item.no));
    }
    if (audience !== undefined) {
      const codes = (this.#audiences[audience] ?? []).map((c) => `,${c},`);
      tests.push((item) => codes.some((c) => item.serverTypes.includes(c)));
    }
    if (!tests.length) return null;
    return (item) => tests.every((t) => t(item));
  }

  #phase(
    plan: QueryPlan,
    phase: 'fields' | 'guide',
    items: ReadonlyMap<number, MemoItem>,
    keep: ((item: MemoItem) => boolean) | null,
    limit: number,
  ): SearchHit[] {
    const q = candidateQuery(plan, phase);
    if (q === null) return [];
    const guide = phase === 'guide';
    const top = new TopK<MemoItem>(limit);
    for (const no of this.#statement(q).all(q.params)) {
      const item = items.get(no);
      if (item === undefined || (keep !== null && !keep(item))) continue;
      const tier = itemTier(plan.words, item, guide ? guideTier : fieldTier, top.cap(item));
      // The guide phase adds only what the first phase could not find.
      if (tier === null || (guide && tier < GUIDE_TIER)) continue;
      top.offer(tier, item);
    }
    return top.result().map((c) => ({ ...c.item.summary, match: matchOf(c.tier), tier: c.tier }));
  }

  #statement(q: CandidateQuery): Database.Statement<Params, number> {
    let stmt = this.#statements.get(q.sql);
    if (!stmt) {
      if (this.#statements.size >= MAX_CACHED_STATEMENTS) this.#statements.clear();
      stmt = this.#db.prepare<Params, number>(q.sql).pluck();
      this.#statements.set(q.sql, stmt);
    }
    return stmt;
  }
}
