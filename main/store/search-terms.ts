// The text the catalogue search matches against, derived from an item at index time, and the one
// normalisation shared by the index and the query.
//
// Normalisation: NFKC (full-width letters, digits and brackets become ASCII), lower case, control and
// format characters and whitespace runs become one space, trimmed.
//
// Pinyin (pinyin-pro, tones dropped, ü written u so that "lvse", "luse" and 绿色 meet):
// - full: the syllables joined ("juminshenfenzheng"); initials: the first letter of each syllable
//   ("jmsfz"); a non-Han run keeps its letters and digits as they are ("C1驾驶证" -> "c1jiashizheng",
//   "c1jsz").
// - Heteronyms: the primary reading is pinyin-pro's reading in context, which knows words: 重庆 is
//   chongqing, 银行 yinhang, 行长 hangzhang, 长期 changqi. Because a citizen who does not know the word
//   types the reading a character most often has, the character-by-character reading (重庆 zhongqing,
//   银行 yinxing) is indexed as a second variant when it differs. No further combinations: each
//   polyphonic character would multiply the variants, and the two cover the readings people type.
// Variants are stored space-separated with a space at each end (" v1 v2 "), so " q" finds a variant
// that starts with q and " q " one that equals q; a query has no spaces, so it never spans two.
import { pinyin } from 'pinyin-pro';
import type { ServiceItem } from '../../domain/catalogue.ts';

/**
 * Bump when anything below changes what is indexed: the next full sync rewrites every row.
 * 2: the gram tokens of pinyin are syllable starts and reading prefixes, no longer every letter pair.
 */
export const INDEX_FORMAT = 2;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normalize(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\p{Cf}\p{Z}\s]+/gu, ' ')
    .trim();
}

/** ü -> u for matching pinyin (the index stores u; a query may say v). */
export function foldPinyin(text: string): string {
  return text.replaceAll('ü', 'u').replaceAll('v', 'u');
}

const HAN_RUN = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;
const ALNUM = /[a-z0-9]+/g;

interface Reading {
  readonly full: string;
  readonly initials: string;
  /** The first two letters of each syllable ("hu" of 护 in 普通护照): what two typed letters mean. */
  readonly starts: readonly string[];
}

/** Per-apply caches: catalogues repeat names and keywords a lot (the same 基本目录 at every level). */
export class TermIndexer {
  readonly #normCache = new Map<string, string>();
  readonly #cache = new Map<string, readonly Reading[]>();
  readonly #charCache = new Map<string, string>();
  readonly #nameCache = new Map<string, NameTerms>();
  readonly #deptGramCache = new Map<string, string>();

  /**
   * normalize(text), once per distinct text: every district's copy of an item repeats its name,
   * conditions and material names (NFKC over 10,000 items' guides was a third of the index terms'
   * time), and the rows then share one string.
   */
  normalize(text: string): string {
    let n = this.#normCache.get(text);
    if (n === undefined) {
      n = normalize(text);
      this.#normCache.set(text, n);
    }
    return n;
  }

  /** The distinct readings of a normalised text (one or two), each as full pinyin and initials. */
  readings(norm: string): readonly Reading[] {
    const hit = this.#cache.get(norm);
    if (hit) return hit;
    const contextual: string[] = [];
    const perChar: string[] = [];
    for (const m of norm.matchAll(HAN_RUN)) {
      const [, han, other] = m;
      if (han !== undefined) {
        const chars = [...han];
        const byChar = chars.map((c) => this.#charReading(c));
        const inContext = pinyin(han, { toneType: 'none', type: 'array', v: true });
        contextual.push(...(inContext.length === chars.length ? inContext : byChar));
        perChar.push(...byChar);
      } else if (other !== undefined) {
        const pieces = other.match(ALNUM) ?? [];
        contextual.push(...pieces);
        perChar.push(...pieces);
      }
    }
    const out: Reading[] = [];
    for (const syllables of [contextual, perChar]) {
      const r = toReading(syllables);
      if (r.full !== '' && !out.some((o) => o.full === r.full)) out.push(r);
    }
    this.#cache.set(norm, out);
    return out;
  }

  /**
   * The terms of a name with its keywords, once per distinct pair (every district's copy of an item
   * has the same): normalised keywords, pinyin, initials, and the name's and keywords' grams.
   */
  nameTerms(name: string, keywords: readonly string[]): NameTerms {
    const nameNorm = this.normalize(name);
    const norms = [...new Set(keywords.map((k) => this.normalize(k)).filter((k) => k !== ''))];
    // Normalised text has no control characters: NUL cannot occur inside a part of the key.
    const key = `${nameNorm}\u0000${norms.join('\u0000')}`;
    let t = this.#nameCache.get(key);
    if (t === undefined) {
      const nameReadings = this.readings(nameNorm);
      const keywordReadings = norms.flatMap((k) => this.readings(k));
      t = {
        nameNorm,
        keywordsNorm: norms.length ? `\n${norms.join('\n')}\n` : '',
        namePinyin: spaced(nameReadings.map((r) => r.full)),
        nameInitials: spaced(nameReadings.map((r) => r.initials)),
        keywordPinyin: spaced(keywordReadings.map((r) => r.full)),
        keywordInitials: spaced(keywordReadings.map((r) => r.initials)),
        grams: gramString([nameNorm, ...norms], [...nameReadings, ...keywordReadings]),
      };
      this.#nameCache.set(key, t);
    }
    return t;
  }

  /**
   * The tokens that let one- and two-character queries use an index (the trigram index cannot):
   * every character and pair of characters of the name, keywords and department; every pair of
   * letters of their initials; the first two letters of each syllable; and prefix tokens for the
   * first one and two letters of each reading. (Other pairs of letters from the middle of the pinyin
   * are left out: "an" or "en" would find everything, and they were a third of the tokens.) Space
   * separated, for an FTS5 table with the unicode61 tokenizer. Cached per name and keywords
   * (nameTerms), and per department: a catalogue repeats both.
   */
  grams(own: NameTerms, deptNorm: string): string {
    let dept = this.#deptGramCache.get(deptNorm);
    if (dept === undefined) {
      dept = gramString([deptNorm], []);
      this.#deptGramCache.set(deptNorm, dept);
    }
    return `${own.grams} ${dept}`;
  }

  #charReading(c: string): string {
    let r = this.#charCache.get(c);
    if (r === undefined) {
      r = pinyin(c, { toneType: 'none', v: true });
      this.#charCache.set(c, r);
    }
    return r;
  }
}

function toReading(syllables: readonly string[]): Reading {
  const parts = syllables.map((s) => foldPinyin(s.toLowerCase())).filter((s) => /^[a-z0-9]+$/.test(s));
  return {
    full: parts.join(''),
    initials: parts.map((p) => (/^[a-z]+$/.test(p) ? p.charAt(0) : p)).join(''),
    starts: parts.filter((p) => p.length >= 2).map((p) => p.slice(0, 2)),
  };
}

function spaced(values: Iterable<string>): string {
  const distinct = [...new Set(values)].filter((v) => v !== '');
  return distinct.length ? ` ${distinct.join(' ')} ` : '';
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Marks a token that stands for "a reading starting with these letters" (no real gram has 4+ letters). */
export const PREFIX_MARK = 'pfx';

/** Adds the single characters (if asked) and the pairs of each run of letters and digits. */
function addGrams(out: Set<string>, text: string, unigrams: boolean): void {
  for (const [run] of text.matchAll(WORD_RUN)) {
    const cs = [...run];
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      if (unigrams) out.add(c);
      const next = cs[i + 1];
      if (next !== undefined) out.add(c + next);
    }
  }
}

function gramString(texts: readonly string[], readings: readonly Reading[]): string {
  const out = new Set<string>();
  for (const text of texts) addGrams(out, text, true);
  for (const r of readings) {
    addGrams(out, r.initials, false);
    for (const start of r.starts) out.add(start);
    out.add(`${PREFIX_MARK}${r.full.charAt(0)}`);
    out.add(`${PREFIX_MARK}${r.full.slice(0, 2)}`);
  }
  return [...out].join(' ');
}

/** The search columns of one item (all normalised). */
export interface ItemTerms {
  readonly nameNorm: string;
  /** "\n"-separated with "\n" at both ends: "\nk\n" finds an exact keyword. */
  readonly keywordsNorm: string;
  readonly namePinyin: string;
  readonly nameInitials: string;
  readonly keywordPinyin: string;
  readonly keywordInitials: string;
  readonly deptNorm: string;
  readonly conditionsNorm: string;
  readonly materialsNorm: string;
  /** See TermIndexer.grams. */
  readonly grams: string;
}

/** What an item's terms take from its name and keywords alone (grams: theirs, without the department's). */
export type NameTerms = Pick<ItemTerms, 'nameNorm' | 'keywordsNorm' | 'namePinyin' | 'nameInitials' | 'keywordPinyin' | 'keywordInitials' | 'grams'>;

export function itemTerms(item: ServiceItem, indexer: TermIndexer): ItemTerms {
  const own = indexer.nameTerms(item.name, item.keywords);
  const deptNorm = indexer.normalize(item.deptName);
  return {
    nameNorm: own.nameNorm,
    keywordsNorm: own.keywordsNorm,
    namePinyin: own.namePinyin,
    nameInitials: own.nameInitials,
    keywordPinyin: own.keywordPinyin,
    keywordInitials: own.keywordInitials,
    deptNorm,
    conditionsNorm: indexer.normalize(item.acceptCondition),
    materialsNorm: item.materials.map((m) => indexer.normalize(m.name)).join('\n'),
    grams: indexer.grams(own, deptNorm),
  };
}
