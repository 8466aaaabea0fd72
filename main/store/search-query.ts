// Turns what a citizen typed into words, and the words into one parameterised SQL query for candidate
// items (pure: no database).
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
// The SQL here only finds candidates (row numbers); search-rank.ts ranks them and drops the ones where
// a word matches no field.
import type { Word } from './search-rank.ts';
import { foldPinyin, normalize, PREFIX_MARK } from './search-terms.ts';

export const MAX_QUERY_CHARS = 64;
export const MAX_WORDS = 5;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export interface QueryPlan {
  readonly words: readonly Word[];
  /** The whole query as a code prefix (4+ letters/digits with a digit), or null. */
  readonly codePrefix: string | null;
}

/** Code points (what SQLite's length() counts). */
export function chars(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function word(text: string): Word {
  const latin = /^[a-z0-9]+$/.test(text);
  const py = foldPinyin(text);
  const n = chars(text);
  return {
    text,
    py,
    code: text.toUpperCase(),
    latin,
    long: n >= 3,
    sub: n >= 2,
    codePrefix: latin && n >= 4 && /\d/.test(text),
    line: `\n${text}\n`,
    spaced: ` ${py} `,
    lead: ` ${py}`,
  };
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

export type Params = Record<string, string | number>;

/** A query for candidate row numbers (column `no`). */
export interface CandidateQuery {
  readonly sql: string;
  readonly params: Params;
}

const fts = (table: string, param: string): string => `SELECT rowid AS no FROM ${table} WHERE ${table} MATCH :${param}`;

/**
 * Phase 'fields': items where the words may match name, keywords, pinyin, initials, department or a
 * code (tiers < 80). Phase 'guide' (null when no word has 3+ characters): items where every long word
 * matches somewhere, the guide text included; the repo runs it only when the first phase gave fewer
 * than it needs, so a common word like 身份证, which every other item lists as a material, costs
 * nothing there. The SQL depends only on the plan's shape; statements are cached by it.
 */
export function candidateQuery(plan: QueryPlan, phase: 'fields' | 'guide'): CandidateQuery | null {
  const params: Params = {};
  const sources: string[] = [];
  if (phase === 'guide') {
    const long = plan.words.filter((w) => w.long);
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
  if (!sources.length) return null;
  return { sql: sources.length === 1 ? sources[0]! : sources.join(' UNION '), params };
}

export function clampLimit(limit: number | undefined): number {
  return limit !== undefined && Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(1, Math.trunc(limit))) : DEFAULT_LIMIT;
}
