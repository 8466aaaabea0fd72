// Ranking of search candidates, in JS over the in-memory copy of the search text (search-memo.ts).
//
// Each word gets the tier of its best field (lower is better); an item's tier is its weakest word's,
// and an item where some word matches no field is dropped (which also drops candidates the trigram
// index let through when a word's trigrams occur apart). Ties: uses on this terminal, kiosk-handled,
// shorter name, catalogue order (row number).
//
// This used to be a CASE expression in SQL over every candidate. A one- or two-character query such as
// 证 has thousands of candidates, and SQLite spent 3-6 ms evaluating the CASE and sorting them; the same
// rules here take a fraction of a millisecond (bench/search.ts).
import type { MatchField, MatchKind, SearchMatch } from './catalogue-types.ts';
import type { ItemTerms } from './search-terms.ts';

/** One word of a query (see parseQuery), with the strings the rules compare precomputed. */
export interface Word {
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
  /** 2+ characters: pinyin substrings count (one letter would match nearly everything). */
  readonly sub: boolean;
  /** Latin with a digit, 4+ characters: may be the start of a code. */
  readonly codePrefix: boolean;
  /** "\n" + text + "\n": an exact keyword. */
  readonly line: string;
  /** " " + py + " ": an exact reading. */
  readonly spaced: string;
  /** " " + py: the start of a reading. */
  readonly lead: string;
}

/** The text of one item that ranking reads (normalised; see search-terms.ts). */
export type RankText = Pick<
  ItemTerms,
  'nameNorm' | 'keywordsNorm' | 'namePinyin' | 'nameInitials' | 'keywordPinyin' | 'keywordInitials' | 'deptNorm' | 'conditionsNorm' | 'materialsNorm'
> & { readonly id: string; readonly taskCode: string; readonly catalogCode: string };

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

/** Tiers from here on come from the guide text (searched only when the short fields give too few). */
export const GUIDE_TIER = 80;

export function matchOf(tier: number): SearchMatch {
  return TIERS[tier] ?? { field: 'materials' satisfies MatchField, kind: 'substring' satisfies MatchKind };
}

/**
 * The best tier of a word in the short fields (codes, name, keywords, pinyin, department), or null.
 * `cap`: the largest tier still of use to the caller (TopK.cap); past it the checks stop and the
 * answer is null. With the top 20 full of name matches (tier 30), a candidate costs one scan.
 */
export function fieldTier(w: Word, t: RankText, cap = Infinity): number | null {
  const s = w.text;
  if (w.latin && (t.id === w.code || t.taskCode === w.code || t.catalogCode === w.code)) return 0;
  // One scan of the name answers exact (10), prefix (20) and substring (30).
  const at = t.nameNorm.indexOf(s);
  if (at === 0 && t.nameNorm.length === s.length) return 10;
  if (w.codePrefix && (t.catalogCode.startsWith(w.code) || t.taskCode.startsWith(w.code) || t.id.startsWith(w.code))) return 15;
  if (at === 0) return 20;
  if (at > 0) return 30;
  if (cap < 40) return null;
  if (t.keywordsNorm.includes(s)) return t.keywordsNorm.includes(w.line) ? 40 : 45;
  if (cap < 50) return null;
  if (w.latin) {
    // Exact (" py ") and start (" py") contain py itself: one failed scan rules out all three tiers.
    if (t.namePinyin.includes(w.py)) {
      if (t.namePinyin.includes(w.spaced)) return 50;
      if (t.namePinyin.includes(w.lead)) return 52;
      if (w.sub) return 55;
    }
    if (w.sub && t.keywordPinyin.includes(w.py)) return 58;
    if (t.nameInitials.includes(w.py)) {
      if (t.nameInitials.includes(w.spaced)) return 60;
      if (t.nameInitials.includes(w.lead)) return 62;
      if (w.sub) return 65;
    }
    if (w.sub && t.keywordInitials.includes(w.py)) return 68;
  }
  if (cap < 70) return null;
  if (t.deptNorm.includes(s)) return 70;
  return null;
}

/** A word's tier when the guide counts too: the short fields first, then conditions and materials (3+ characters only). */
export function guideTier(w: Word, t: RankText, cap = Infinity): number | null {
  const own = fieldTier(w, t, cap);
  if (own !== null || !w.long || cap < 80) return own;
  if (t.conditionsNorm.includes(w.text)) return 80;
  if (t.materialsNorm.includes(w.text)) return 90;
  return null;
}

/** The item's tier for all words: the weakest word's, or null if one matches nowhere (or past `cap`). */
export function itemTier(
  words: readonly Word[],
  t: RankText,
  tierOf: (w: Word, t: RankText, cap: number) => number | null,
  cap = Infinity,
): number | null {
  let worst = -1;
  for (const w of words) {
    const tier = tierOf(w, t, cap);
    if (tier === null) return null;
    if (tier > worst) worst = tier;
  }
  return worst;
}

/** What orders two hits of the same tier: more uses, kiosk-handled, shorter name, then row number. */
export interface Rankable {
  readonly uses: number;
  readonly kiosk: boolean;
  /** Characters (code points) of the name as published. */
  readonly length: number;
  readonly no: number;
}

export interface Ranked<T extends Rankable> {
  readonly tier: number;
  readonly item: T;
}

export function compareRanked(ta: number, a: Rankable, tb: number, b: Rankable): number {
  return (
    ta - tb ||
    b.uses - a.uses ||
    (a.kiosk === b.kiosk ? 0 : a.kiosk ? -1 : 1) ||
    a.length - b.length ||
    a.no - b.no
  );
}

/**
 * The best `limit` of a stream of candidates, in order, without sorting them all: a buffer of at most
 * `limit` kept sorted by binary insertion. Most of thousands of candidates cost one comparison with the
 * buffer's last entry (and no allocation).
 */
export class TopK<T extends Rankable> {
  readonly #limit: number;
  readonly #best: Ranked<T>[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  offer(tier: number, item: T): void {
    const best = this.#best;
    const last = best[best.length - 1];
    if (best.length === this.#limit && compareRanked(tier, item, last!.tier, last!.item) >= 0) return;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = best[mid]!;
      if (compareRanked(m.tier, m.item, tier, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, { tier, item });
    if (best.length > this.#limit) best.pop();
  }

  /**
   * The largest tier at which `item` could still get in: any tier while there is room; once full, the
   * last entry's tier if `item` wins the tie against it, one less if not.
   */
  cap(item: T): number {
    const best = this.#best;
    if (best.length < this.#limit) return Infinity;
    const last = best[best.length - 1]!;
    return compareRanked(last.tier, item, last.tier, last.item) < 0 ? last.tier : last.tier - 1;
  }

  result(): readonly Ranked<T>[] {
    return this.#best;
  }
}
