// Line breaking for Chinese text mixed with Latin words and numbers, measured with the real font.
// A break may fall between any two CJK characters, never inside a character as a reader sees it (a
// grapheme cluster: a surrogate pair such as 𠀀, a letter with its combining marks, an emoji
// sequence). Latin words, numbers and URLs stay whole unless they are wider than the line.
// Punctuation follows the Chinese rules (避头尾, GB/T 15834 and W3C clreq): a closing mark never
// starts a line (the character before it moves down with it, and as many more as a run of closing
// marks needs), an opening mark never ends one; a tick box (☐/☑) stays with its label.

/** Never at the start of a line. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉〗’”…—～·%‰℃,.;:?!)]}']);
/** Never at the end of a line. */
const NO_LINE_END = new Set([...'（《「『【〔〈〖‘“([{☐☑']);

/** Characters that stay together as one word: Latin letters, digits and what joins them in codes and URLs. */
const WORD_CHAR = /^[0-9A-Za-z\u00C0-\u024F_\-./:@#&+=?%~*]/;

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** The characters of a text as a reader counts them (grapheme clusters). */
function clustersOf(text: string): string[] {
  return Array.from(graphemes.segment(text), (g) => g.segment);
}

interface Token {
  readonly text: string;
  readonly width: number;
  readonly space: boolean;
}

/** Control characters become spaces (a document cannot carry commands); CR LF and CR become LF. */
export function sanitizeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
      // A lone surrogate cannot be encoded in the font.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '?')
  );
}

function tokenize(paragraph: string, measure: (s: string) => number): Token[] {
  const tokens: Token[] = [];
  const chars = clustersOf(paragraph);
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? '';
    let j = i + 1;
    if (c === ' ') {
      while (chars[j] === ' ') j++;
    } else if (WORD_CHAR.test(c)) {
      while (j < chars.length && WORD_CHAR.test(chars[j] ?? '')) j++;
    }
    const text = chars.slice(i, j).join('');
    tokens.push({ text, width: measure(text), space: c === ' ' });
    i = j;
  }
  return tokens;
}

/** A word wider than the line is cut into characters (each its own token). */
function splitWide(tokens: Token[], maxWidth: number, measure: (s: string) => number): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const chars = clustersOf(t.text);
    if (t.width <= maxWidth || t.space || chars.length === 1) out.push(t);
    else for (const c of chars) out.push({ text: c, width: measure(c), space: false });
  }
  return out;
}

function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0x20);
}

function lastChar(text: string): string {
  return [...text].at(-1) ?? '';
}

function lineText(line: readonly Token[]): string {
  return line.map((t) => t.text).join('');
}

function trimEndSpaces(line: Token[]): void {
  while (line.length > 0 && line[line.length - 1]?.space) line.pop();
}

function widthOf(line: readonly Token[]): number {
  return line.reduce((sum, t) => sum + t.width, 0);
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: (s: string) => number): string[] {
  const tokens = splitWide(tokenize(paragraph, measure), maxWidth, measure);
  const lines: Token[][] = [];
  let line: Token[] = [];
  let width = 0;
  for (const t of tokens) {
    if (line.length === 0 && t.space) continue;
    if (width + t.width <= maxWidth || line.length === 0) {
      line.push(t);
      width += t.width;
      continue;
    }
    if (t.space) {
      trimEndSpaces(line);
      lines.push(line);
      line = [];
      width = 0;
      continue;
    }
    // t starts the next line. What must travel with it: the characters before a closing mark (back
    // to one that may start a line, so 。」 moves with the word before it), an opening mark left at
    // the end of this line. Nothing is carried that would make the next line overflow: in a column
    // that narrow the rule gives way.
    const carried: Token[] = [];
    const last = (): Token | undefined => line[line.length - 1];
    const fits = (extra: Token | undefined) => extra !== undefined && widthOf(carried) + extra.width + t.width <= maxWidth;
    const startsBadly = (tok: Token) => NO_LINE_START.has(firstChar(tok.text));
    if (startsBadly(t)) {
      let head: Token = t;
      while (startsBadly(head) && line.length > 1 && !last()?.space && fits(last())) {
        head = line.pop() as Token;
        carried.unshift(head);
      }
      // No character found that may start the line: put them back and break where it was.
      if (startsBadly(head)) line.push(...carried.splice(0));
    }
    while (line.length > 1 && NO_LINE_END.has(lastChar(last()?.text ?? '')) && fits(last())) carried.unshift(line.pop() as Token);
    trimEndSpaces(line);
    lines.push(line);
    line = [...carried, t];
    width = widthOf(line);
  }
  trimEndSpaces(line);
  lines.push(line);
  return lines.map(lineText);
}

/**
 * Breaks text into lines no wider than `maxWidth` (a single character wider than the line, or a
 * character with the closing mark it carries in a column that narrow, is the exception). `\n`
 * always breaks; an empty input gives one empty line.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  return sanitizeText(text)
    .split('\n')
    .flatMap((p) => wrapParagraph(p, maxWidth, measure));
}
