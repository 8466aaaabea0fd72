// The pinyin index of the kiosk's on-screen keyboard, built at build time (vite.config.ts serves it to
// the renderer as the lazily loaded module `virtual:pinyin-index`; `node scripts/pinyin-index.ts`
// prints its figures). Nothing in it is typed by hand:
//   characters  GB 2312 level 1 (the 3,755 most common hanzi), enumerated by decoding the code range
//               0xB0A1-0xD7F9 with iconv-lite; every reading from pinyin-pro (a polyphone is listed
//               under each of its readings).
//   words       from the service catalogue: keywords, item names, department and theme names, queue
//               categories and materials, plus the words inside longer names, found where names are
//               cut (see wordsAtEdges). Their pinyin comes from pinyin-pro, which reads a polyphone in
//               context (银行 yin hang).
// Order (the candidate bar shows the first first): GB 2312 level 1 is in pinyin order, not frequency,
// so characters are ranked by how often the catalogue's text uses them, then by how many of
// pinyin-pro's common-word dictionaries' words contain them, then in GB 2312 order; words by how often
// the catalogue's text uses them.
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import dict2 from 'pinyin-pro/dist/esm/data/dict2.mjs';
import dict3 from 'pinyin-pro/dist/esm/data/dict3.mjs';
import dict4 from 'pinyin-pro/dist/esm/data/dict4.mjs';
import { gzipSync } from 'node:zlib';
import { departments, serviceItems, themes, businessCategories } from '../platform/seed/index.ts';
import type { PinyinIndexData } from '../renderer/src/ui/keyboard/pinyin-dictionary.ts';

/** GB 2312 level 1: rows 16-55 (lead bytes 0xB0-0xD7), 94 cells a row; row 55 ends at 0xD7F9. */
export function gb2312Level1(): string[] {
  const chars: string[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let cell = 0xa1; cell <= (lead === 0xd7 ? 0xf9 : 0xfe); cell++) chars.push(iconv.decode(Buffer.from([lead, cell]), 'gb2312'));
  }
  return chars;
}

const HAN = /^\p{Script=Han}+$/u;
const syllablesOf = (text: string, multiple = false): string[] =>
  pinyin(text, { type: 'array', toneType: 'none', v: true, multiple, nonZh: 'removed' }).map((s) => s.toLowerCase());

/** Every text of the catalogue, and the short names a citizen would type (keywords, names). */
function catalogueTexts(): { full: string[]; names: string[] } {
  const names: string[] = [];
  for (const item of serviceItems) {
    names.push(item.name, ...(item.keywords ?? []), ...item.materials.map((m) => m.name));
  }
  for (const d of departments) names.push(d.name, d.shortName ?? '');
  for (const t of themes) names.push(t.name);
  for (const c of businessCategories) names.push(c.name);
  const full = [...names, JSON.stringify(serviceItems), JSON.stringify(departments), JSON.stringify(themes)];
  return { full, names };
}

/** Runs of hanzi: the clauses of a text. */
const clausesOf = (texts: readonly string[]): string[] => texts.flatMap((t) => t.match(/\p{Script=Han}+/gu) ?? []);

/**
 * The words inside names, found where names are cut: a string of 2-4 hanzi that begins names going on
 * in different ways (公积金提取, 公积金贷款, 公积金开户) or ends names coming from different ones (报户口,
 * 迁户口) is a word; a piece from the middle of a word (积金: always after 公) never is.
 */
function wordsAtEdges(clauses: readonly string[]): string[] {
  const next = new Map<string, Set<string>>();
  const before = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, w: string, c: string) => (m.get(w) ?? m.set(w, new Set()).get(w)!).add(c);
  for (const clause of clauses) {
    const c = [...clause];
    for (let n = 2; n <= 4 && n < c.length; n++) {
      add(next, c.slice(0, n).join(''), c[n]!);
      add(before, c.slice(-n).join(''), c[c.length - n - 1]!);
    }
  }
  return [...new Set([...next, ...before].filter(([, s]) => s.size >= 2).map(([w]) => w))];
}

function countIn(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function buildPinyinIndex(): PinyinIndexData {
  const level1 = gb2312Level1();
  const known = new Set(level1);
  const { full, names } = catalogueTexts();
  const corpus = full.join('\n');

  const textCount = new Map<string, number>();
  for (const ch of corpus) textCount.set(ch, (textCount.get(ch) ?? 0) + 1);
  const dictCount = new Map<string, number>();
  for (const word of [...Object.keys(dict2), ...Object.keys(dict3), ...Object.keys(dict4)]) for (const ch of word) dictCount.set(ch, (dictCount.get(ch) ?? 0) + 1);
  const gbOrder = new Map(level1.map((ch, i) => [ch, i]));
  const ranked = [...level1].sort(
    (a, b) => (textCount.get(b) ?? 0) - (textCount.get(a) ?? 0) || (dictCount.get(b) ?? 0) - (dictCount.get(a) ?? 0) || gbOrder.get(a)! - gbOrder.get(b)!,
  );
  const chars: Record<string, string> = {};
  for (const ch of ranked) for (const s of new Set(syllablesOf(ch, true))) chars[s] = (chars[s] ?? '') + ch;

  // Words: whole short names and the words inside longer ones; only of level-1 characters
  // (a word the citizen could not also type character by character would be a surprise).
  const candidates = new Set<string>();
  for (const clause of clausesOf(names)) if ([...clause].length >= 2 && [...clause].length <= 6) candidates.add(clause);
  for (const w of wordsAtEdges(clausesOf(names))) candidates.add(w);
  const words = [...candidates]
    .filter((w) => HAN.test(w) && [...w].every((ch) => known.has(ch)))
    .map((w) => ({ w, n: countIn(corpus, w) }))
    .sort((a, b) => b.n - a.n || a.w.localeCompare(b.w, 'zh-CN'))
    .map(({ w }) => `${w}:${syllablesOf(w).join(' ')}`);
  return { order: ranked.join(''), chars, words: words.join('|') };
}

/** The index as the module the renderer loads. */
export function pinyinIndexModule(): string {
  return `export default ${JSON.stringify(buildPinyinIndex())};\n`;
}

if (import.meta.main) {
  const t0 = performance.now();
  const data = buildPinyinIndex();
  const module = pinyinIndexModule();
  const syllables = Object.keys(data.chars).length;
  const entries = Object.values(data.chars).reduce((n, s) => n + [...s].length, 0);
  console.log(`pinyin index: ${syllables} syllables, ${entries} character entries, ${data.words.split('|').length} words`);
  console.log(`module ${Buffer.byteLength(module)} bytes, ${gzipSync(module).length} gzipped; built in ${Math.round(performance.now() - t0)} ms`);
  if (process.argv.includes('--words')) console.log(data.words.split('|').slice(0, 200).join('  '));
}
