// Pinyin -> Chinese candidates, pure: the dictionary is built from the index that scripts/pinyin-index.ts
// generates at build time (loaded lazily, the first time a pinyin field opens). The citizen types
// letters (the composition); the candidates are the words whose syllables the whole composition can
// be cut into, each piece the start of its syllable, so full pinyin, initials and a mix all work
// (shenfenzheng, sfz, shenfz -> 身份证); then words that take a first part of it; then the characters
// of its first syllable. Choosing a candidate consumes the letters it stands for; the rest stays.

export interface PinyinIndexData {
  /** Every character, most used first. */
  readonly order: string;
  /** Syllable (toneless, ü as v) -> its characters, most used first. */
  readonly chars: Readonly<Record<string, string>>;
  /** `word:syl syl|word:syl syl...`, most used first. */
  readonly words: string;
}

interface Word {
  readonly text: string;
  readonly syllables: readonly string[];
}

export interface PinyinDictionary {
  /** Every syllable, for cutting a composition. */
  readonly syllables: ReadonlySet<string>;
  readonly chars: ReadonlyMap<string, readonly string[]>;
  readonly rank: ReadonlyMap<string, number>;
  readonly words: readonly Word[];
}

export interface Candidate {
  readonly text: string;
  /** How many letters of the composition it stands for (apostrophes included). */
  readonly consumed: number;
}

export function createDictionary(data: PinyinIndexData): PinyinDictionary {
  const chars = new Map(Object.entries(data.chars).map(([s, cs]) => [s, [...cs]]));
  const rank = new Map([...data.order].map((ch, i) => [ch, i]));
  const words = data.words
    .split('|')
    .filter(Boolean)
    .map((entry) => {
      const [text = '', pinyin = ''] = entry.split(':');
      return { text, syllables: pinyin.split(' ') };
    });
  return { syllables: new Set(chars.keys()), chars, rank, words };
}

/** Letters a composition may hold: a-z, and the apostrophe that separates syllables (xi'an). */
export const isCompositionLetter = (ch: string): boolean => /^[a-z']$/.test(ch);

/**
 * The lengths of the composition's prefixes that can be cut into exactly the word's syllables, each
 * piece a non-empty start of its syllable (an apostrophe may stand between pieces); with `lastWhole`,
 * the last piece is its whole syllable (a word that takes only a first part of the composition must
 * not end inside one of its syllables: shenfenzh|ongxin is not 身份证).
 */
function matchLengths(syllables: readonly string[], input: string, lastWhole = false): Set<number> {
  let ends = new Set([0]);
  for (const [i, syllable] of syllables.entries()) {
    const next = new Set<number>();
    const whole = lastWhole && i === syllables.length - 1;
    for (let at of ends) {
      if (input[at] === "'") at++;
      for (let n = 1; n <= syllable.length && at + n <= input.length; n++) {
        if (input[at + n - 1] !== syllable[n - 1]) break;
        if (!whole || n === syllable.length) next.add(at + n);
      }
    }
    if (next.size === 0) return next;
    ends = next;
  }
  return ends;
}

/** The first piece of a composition: the longest whole syllable it starts with, else the longest start of one. */
export function firstPiece(dict: PinyinDictionary, input: string): { readonly piece: string; readonly consumed: number; readonly whole: boolean } {
  const skip = input.startsWith("'") ? 1 : 0;
  const rest = input.slice(skip);
  for (let n = Math.min(6, rest.length); n > 0; n--) {
    if (dict.syllables.has(rest.slice(0, n))) return { piece: rest.slice(0, n), consumed: n + skip, whole: true };
  }
  for (let n = Math.min(6, rest.length); n > 0; n--) {
    const start = rest.slice(0, n);
    if ([...dict.syllables].some((s) => s.startsWith(start))) return { piece: start, consumed: n + skip, whole: false };
  }
  return { piece: rest.slice(0, 1), consumed: Math.min(1, rest.length) + skip, whole: false };
}

/** The characters a piece may stand for: a whole syllable's own, else every syllable's that starts with it, most used first. */
function charsFor(dict: PinyinDictionary, piece: { piece: string; whole: boolean }): string[] {
  if (piece.whole) return [...(dict.chars.get(piece.piece) ?? [])];
  const found = new Set<string>();
  for (const [s, cs] of dict.chars) if (s.startsWith(piece.piece)) cs.forEach((c) => found.add(c));
  const last = dict.rank.size;
  return [...found].sort((a, b) => (dict.rank.get(a) ?? last) - (dict.rank.get(b) ?? last));
}

/** Every candidate for a composition, best first (see the top of the file). */
export function candidatesFor(dict: PinyinDictionary, composition: string): Candidate[] {
  if (composition.replaceAll("'", '') === '') return [];
  const whole: Candidate[] = [];
  const partial: Candidate[] = [];
  for (const word of dict.words) {
    if (matchLengths(word.syllables, composition).has(composition.length)) {
      whole.push({ text: word.text, consumed: composition.length });
      continue;
    }
    const lengths = matchLengths(word.syllables, composition, true);
    if (lengths.size > 0) partial.push({ text: word.text, consumed: Math.max(...lengths) });
  }
  // Of the words that take a first part, the ones that take more first (a stable sort keeps use order).
  partial.sort((a, b) => b.consumed - a.consumed);
  const first = firstPiece(dict, composition);
  const chars = charsFor(dict, first).map((text) => ({ text, consumed: first.consumed }));
  const seen = new Set<string>();
  return [...whole, ...partial, ...chars].filter((c) => !seen.has(c.text) && seen.add(c.text));
}

export interface CandidatePage {
  readonly items: readonly Candidate[];
  /** The page shown (clamped to the pages there are). */
  readonly page: number;
  readonly pages: number;
}

/** One page of candidates; a page past the end shows the last one. */
export function candidatePage(candidates: readonly Candidate[], page: number, size: number): CandidatePage {
  const pages = Math.max(1, Math.ceil(candidates.length / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  return { items: candidates.slice(shown * size, shown * size + size), page: shown, pages };
}
