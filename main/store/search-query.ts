// Turns what a citizen typed into one parameterised SQL query over the catalogue (pure: no database).
//
// The query text never becomes FTS syntax: each word goes into the MATCH expression only as a quoted
// string with its quotes doubled, and everything else is a bound parameter. Quotes, *, NEAR,
// parentheses, column filters, control characters or 10,000 characters of anything are just text.
//
// Candidates: words of 3+ characters go through the FTS5 trigram index (all of them must match);
// a code-like query also takes items whose 基本编码 or id (which starts with the 实施编码) start with
// it (index range scans).
// When every word is shorter than 3 characters the trigram index cannot help; those words are tokens
// of catalogue_search_grams (single characters and pairs of the short fields). Scanning the narrow
// item columns with instr() instead measured 10-20 ms at 10,000 items (bench/search.ts); the gram
// index answers in about a millisecond. Conditions and materials are searched only by words of 3+
// characters: one or two characters there would match nearly every item.
//
// Ranking: each word gets the tier of its best field (CASE below); an item's tier is its weakest word's
// (max, NULL if a word matches nowhere, which also drops candidates the trigram index let through).
// Ties: uses on this terminal, kiosk-handled, shorter name, catalogue order.
import type { MatchField, MatchKind, SearchMatch, SearchOptions } from './catalogue-types.ts';
import { foldPinyin, normalize, PREFIX_MARK } from './search-terms.ts';

export const MAX_QUERY_CHARS = 64;
export const MAX_WORDS = 5;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

interface Word {
  /** Normalised. */
  readonly text: string;
  /** Pinyin-folded (v -> u), for the pinyin columns. */
  readonly py: string;
  /** Upper case, for codes. */
  readonly code: string;
  /** Letters and digits only: may be pinyin, initials or a code. */
  readonly latin: boolean;
  /** 3+ characters: the trigram index can find it. */
  readonly long: boolean;
}

export interface QueryPlan {
  readonly words: readonly Word[];
  /** The whole query as a code prefix (4+ letters/digits with a digit), or null. */
  readonly codePrefix: string | null;
}

function chars(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function word(text: string): Word {
  const latin = /^[a-z0-9]+$/.test(text);
  return { text, py: foldPinyin(text), code: text.toUpperCase(), latin, long: chars(text) >= 3 };
}

/** null when nothing searchable is left. */
export function parseQuery(raw: unknown): QueryPlan | null {
  if (typeof raw !== 'string') return null;
  const clipped = [...normalize(raw.slice(0, MAX_QUERY_CHARS * 4))].slice(0, MAX_QUERY_CHARS).join('').trim();
  if (clipped === '') return null;
  // "shen fen zheng", "xi'an", "sfz": one pinyin word without its spaces and apostrophes.
  const compact = clipped.replace(/[\s']+/g, '');
  if (compact === '') return null;
  const texts = /^[a-z0-9]+$/.test(compact) ? [compact] : clipped.split(' ').filter((w) => w !== '').slice(0, MAX_WORDS);
  const words = [...new Set(texts)].map(word);
  const codePrefix = /^[0-9a-z]{4,}$/.test(compact) && /\d/.test(compact) ? compact.toUpperCase() : null;
  return { words, codePrefix };
}

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/**
 * A word as FTS5 terms. The index keeps no positions (detail=none: a third of the size, a faster
 * build), so a word longer than one trigram cannot be a phrase; it becomes the AND of trigrams that
 * cover it (every third one and the last). That may let through an item holding the trigrams apart;
 * the tier CASE (instr on the real text) drops those.
 */
function wordTerms(text: string): string {
  const cs = [...text];
  if (cs.length <= 3) return quote(text);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= cs.length; i += 3) grams.add(cs.slice(i, i + 3).join(''));
  grams.add(cs.slice(-3).join(''));
  return `(${[...grams].map(quote).join(' AND ')})`;
}

/**
 * For queries whose words are all shorter than 3 characters: the MATCH expression over
 * catalogue_search_grams (the word itself is a token there; letters also as the start of a reading),
 * or null when a word has no letter or digit and so cannot match any token.
 */
export function gramExpression(words: readonly Word[]): string | null {
  const parts: string[] = [];
  for (const w of words) {
    if (!/[\p{L}\p{N}]/u.test(w.text)) return null;
    const alternatives = new Set([w.text, w.py]);
    if (w.latin) alternatives.add(`${PREFIX_MARK}${w.py}`);
    parts.push(alternatives.size === 1 ? quote(w.text) : `(${[...alternatives].map(quote).join(' OR ')})`);
  }
  return parts.join(' AND ');
}

/** The FTS5 MATCH expression: every long word (or its pinyin folding) as quoted trigrams. */
export function matchExpression(words: readonly Word[]): string | null {
  const long = words.filter((w) => w.long);
  if (!long.length) return null;
  return long.map((w) => (w.py !== w.text ? `(${wordTerms(w.text)} OR ${wordTerms(w.py)})` : wordTerms(w.text))).join(' AND ');
}

// Tier -> why it matched. Lower tiers rank first.
const TIERS: Readonly<Record<number, SearchMatch>> = {
  0: { field: 'code', kind: 'exact' },
  10: { field: 'name', kind: 'exact' },
  15: { field: 'code', kind: 'prefix' },
  20: { field: 'name', kind: 'prefix' },
  30: { field: 'name', kind: 'substring' },
  40: { field: 'keyword', kind: 'exact' },
  45: { field: 'keyword', kind: 'substring' },
  50: { field: 'pinyin', kind: 'exact' },
  52: { field: 'pinyin', kind: 'prefix' },
  55: { field: 'pinyin', kind: 'substring' },
  58: { field: 'keywordPinyin', kind: 'substring' },
  60: { field: 'initials', kind: 'exact' },
  62: { field: 'initials', kind: 'prefix' },
  65: { field: 'initials', kind: 'substring' },
  68: { field: 'keywordInitials', kind: 'substring' },
  70: { field: 'dept', kind: 'substring' },
  80: { field: 'conditions', kind: 'substring' },
  90: { field: 'materials', kind: 'substring' },
};

export function matchOf(tier: number): SearchMatch {
  return TIERS[tier] ?? { field: 'materials' satisfies MatchField, kind: 'substring' satisfies MatchKind };
}

function tierCase(w: Word, k: number, withGuide: boolean): string {
  const t = `:t${k}`;
  const p = `:p${k}`;
  const u = `:u${k}`;
  const when: string[] = [];
  if (w.latin) when.push(`WHEN i.id = ${u} OR i.task_code = ${u} OR i.catalog_code = ${u} THEN 0`);
  when.push(`WHEN i.name_norm = ${t} THEN 10`);
  if (w.latin && /\d/.test(w.text) && chars(w.text) >= 4) {
    when.push(
      `WHEN substr(i.catalog_code, 1, length(${u})) = ${u} OR substr(i.task_code, 1, length(${u})) = ${u} ` +
        `OR substr(i.id, 1, length(${u})) = ${u} THEN 15`,
    );
  }
  when.push(`WHEN substr(i.name_norm, 1, length(${t})) = ${t} THEN 20`);
  when.push(`WHEN instr(i.name_norm, ${t}) > 0 THEN 30`);
  when.push(`WHEN instr(i.keywords_norm, char(10) || ${t} || char(10)) > 0 THEN 40`);
  when.push(`WHEN instr(i.keywords_norm, ${t}) > 0 THEN 45`);
  if (w.latin) {
    const sub = chars(w.text) >= 2; // one letter: exact and prefix only, a substring would be noise
    when.push(`WHEN instr(i.name_pinyin, ' ' || ${p} || ' ') > 0 THEN 50`);
    when.push(`WHEN instr(i.name_pinyin, ' ' || ${p}) > 0 THEN 52`);
    if (sub) when.push(`WHEN instr(i.name_pinyin, ${p}) > 0 THEN 55`, `WHEN instr(i.keyword_pinyin, ${p}) > 0 THEN 58`);
    when.push(`WHEN instr(i.name_initials, ' ' || ${p} || ' ') > 0 THEN 60`);
    when.push(`WHEN instr(i.name_initials, ' ' || ${p}) > 0 THEN 62`);
    if (sub) when.push(`WHEN instr(i.name_initials, ${p}) > 0 THEN 65`, `WHEN instr(i.keyword_initials, ${p}) > 0 THEN 68`);
  }
  when.push(`WHEN instr(i.dept_norm, ${t}) > 0 THEN 70`);
  if (withGuide && w.long) {
    when.push(`WHEN instr(s.conditions, ${t}) > 0 THEN 80`);
    when.push(`WHEN instr(s.materials, ${t}) > 0 THEN 90`);
  }
  return `CASE ${when.join(' ')} END`;
}

export type Params = Record<string, string | number>;

export interface BuiltQuery {
  readonly sql: string;
  readonly params: Params;
}

export const SUMMARY_COLUMNS =
  'i.no, i.id, i.name, i.level, i.catalog_code, i.task_code, i.dept_code, i.dept_name, i.server_types, ' +
  'i.kiosk_handled, i.bookable, i.is_online';

const fts = (table: string, param: string): string => `SELECT rowid AS no FROM ${table} WHERE ${table} MATCH :${param}`;

/**
 * Phase 'fields' looks at name, keywords, pinyin, initials, department and codes (tiers < 80).
 * Phase 'guide' (null when no word has 3+ characters) finds the items that need the guide text to
 * match (conditions 80, materials 90); the repo runs it only when the first phase gave fewer than
 * `limit`, so a common word like 身份证, which every other item lists as a material, costs nothing
 * there. The SQL depends only on the plan's shape; statements are cached by it.
 */
export function buildSearch(
  plan: QueryPlan,
  options: SearchOptions,
  audienceCodes: readonly string[],
  phase: 'fields' | 'guide',
): BuiltQuery | null {
  const guide = phase === 'guide';
  const params: Params = {};
  plan.words.forEach((w, k) => {
    params[`t${k}`] = w.text;
    if (w.latin) {
      params[`p${k}`] = w.py;
      params[`u${k}`] = w.code;
    }
  });
  const long = plan.words.filter((w) => w.long);
  const sources: string[] = [];
  if (guide) {
    if (!long.length) return null;
    // Every long word must match somewhere: in the short fields or in the guide.
    const perWord = long.map((w, k) => {
      params[`m${k}`] = matchExpression([w])!;
      return long.length === 1
        ? fts('catalogue_search_guide', `m${k}`)
        : `SELECT no FROM (${fts('catalogue_search', `m${k}`)} UNION ${fts('catalogue_search_guide', `m${k}`)})`;
    });
    sources.push(perWord.join(' INTERSECT '));
  } else {
    const match = matchExpression(plan.words);
    if (match !== null) {
      params.m = match;
      sources.push(fts('catalogue_search', 'm'));
    } else if (plan.codePrefix === null) {
      const grams = gramExpression(plan.words);
      if (grams === null) return null;
      params.m = grams;
      sources.push(fts('catalogue_search_grams', 'm'));
    }
    if (plan.codePrefix !== null) {
      params.cf = plan.codePrefix;
      params.ct = `${plan.codePrefix}\u007f`;
      // An id starts with its 实施编码, so the id range also finds 实施编码 prefixes.
      for (const col of ['catalog_code', 'id']) {
        sources.push(`SELECT no FROM catalogue_items WHERE ${col} >= :cf AND ${col} < :ct`);
      }
    }
  }
  const tiers = plan.words.map((w, k) => tierCase(w, k, guide));
  const tier = tiers.length === 1 ? tiers[0]! : `max(${tiers.join(', ')})`;

  const filters: string[] = [];
  if (options.deptCode !== undefined) {
    params.dept = options.deptCode;
    filters.push('i.dept_code = :dept');
  }
  if (options.themeId !== undefined) {
    params.theme = options.themeId;
    filters.push(
      'EXISTS (SELECT 1 FROM catalogue_themes th WHERE th.code = :theme)',
      'EXISTS (SELECT 1 FROM catalogue_theme_items ti WHERE ti.theme_code = :theme AND ti.item_id = i.id)',
    );
  }
  if (options.audience !== undefined) {
    audienceCodes.forEach((c, n) => (params[`a${n}`] = `,${c},`));
    filters.push(audienceCodes.length ? `(${audienceCodes.map((_, n) => `instr(i.server_types, :a${n}) > 0`).join(' OR ')})` : '0');
  }
  params.limit = clampLimit(options.limit);

  if (!sources.length) return null;
  const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
  const from =
    `(${sources.join(' UNION ')}) AS c CROSS JOIN catalogue_items i ON i.no = c.no` +
    (guide ? ' CROSS JOIN catalogue_search_guide s ON s.rowid = i.no' : '');
  const sql =
    `SELECT * FROM (SELECT ${SUMMARY_COLUMNS}, ${tier} AS tier, coalesce(u.uses, 0) AS uses ` +
    `FROM ${from} LEFT JOIN catalogue_item_uses u ON u.id = i.id ${where}) ` +
    `WHERE ${guide ? 'tier >= 80' : 'tier IS NOT NULL'} ORDER BY tier, uses DESC, kiosk_handled DESC, length(name), no LIMIT :limit`;
  return { sql, params };
}

export function clampLimit(limit: number | undefined): number {
  return limit !== undefined && Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(1, Math.trunc(limit))) : DEFAULT_LIMIT;
}
