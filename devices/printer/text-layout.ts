// Display width as the printer sees it. In Chinese mode a single-byte (ASCII) character prints as one
// font A cell (12 dots, one column) and every multi-byte GB18030 character as one CJK cell (24 dots,
// two columns): so width follows the encoding, not Unicode's East Asian Width tables (a "·" or "①"
// is two columns on the printer). Layout (centring, wrapping, two-column rows) counts this width.

/** Characters that must not start a line (Chinese line-breaking rule, 避头点). */
const noLineStart = new Set(Array.from('，。、；：？！）》」』】〕〉”’…—,.;:?!)]}%'));

/**
 * Makes any string safe to send as text: control characters (C0, DEL, C1, line/paragraph separators)
 * become spaces, so user text can never smuggle a command in; lone surrogates become "?" (what the
 * GB18030 encoder would print for them anyway).
 */
export function sanitizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) out += ' ';
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '?';
    else out += ch;
  }
  return out;
}

/** Columns one (sanitised) character takes: 1 for ASCII, 2 for anything multi-byte. */
export function charWidth(ch: string): 1 | 2 {
  return (ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of sanitizeText(text)) width += charWidth(ch);
  return width;
}

/** The longest prefix of `text` that fits `columns`. */
export function truncateToWidth(text: string, columns: number): string {
  let out = '';
  let width = 0;
  for (const ch of sanitizeText(text)) {
    const w = charWidth(ch);
    if (width + w > columns) break;
    out += ch;
    width += w;
  }
  return out;
}

/**
 * Greedy wrap to `columns` display columns (at least 2, so that a CJK glyph always fits). Newlines in
 * the input start a new line; ASCII words are kept whole when they fit a line; a line never starts
 * with closing punctuation when the previous character can be carried over with it.
 */
export function wrapText(text: string, columns: number): string[] {
  const cols = Math.max(2, Math.floor(Number.isFinite(columns) ? columns : 2));
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const chars = Array.from(sanitizeText(paragraph));
    let line: string[] = [];
    let width = 0;
    const flush = (): void => {
      lines.push(line.join('').trimEnd());
      line = [];
      width = 0;
    };
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] ?? ' ';
      const w = charWidth(ch);
      if (width + w <= cols) {
        line.push(ch);
        width += w;
        continue;
      }
      if (ch === ' ') {
        flush();
        continue;
      }
      let carry: string[] = [];
      const wordStart = isWordChar(ch) ? lastWordStart(line) : -1;
      const last = line[line.length - 1] ?? ' ';
      if (wordStart > 0 && wordLength(chars, i) + (line.length - wordStart) <= cols) {
        carry = line.splice(wordStart);
      } else if (noLineStart.has(ch) && line.length > 1 && last !== ' ' && charWidth(last) + w <= cols) {
        carry = line.splice(line.length - 1);
      }
      flush();
      for (const c of carry) {
        line.push(c);
        width += charWidth(c);
      }
      line.push(ch);
      width += w;
    }
    if (line.length > 0 || chars.length === 0) flush();
  }
  return lines;
}

/** Index where the trailing ASCII word of `line` starts; -1 when the line does not end in one. */
function lastWordStart(line: readonly string[]): number {
  let i = line.length;
  while (i > 0 && isWordChar(line[i - 1] ?? ' ')) i--;
  return i === line.length ? -1 : i;
}

function wordLength(chars: readonly string[], from: number): number {
  let n = 0;
  while (from + n < chars.length && isWordChar(chars[from + n] ?? ' ')) n++;
  return n;
}

function isWordChar(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp > 0x20 && cp < 0x7f;
}

/** `text` (cut to fit) padded with spaces so that it sits in the middle of `columns`. */
export function centerText(text: string, columns: number): string {
  const fitted = truncateToWidth(text, columns);
  const left = Math.floor((columns - displayWidth(fitted)) / 2);
  return ' '.repeat(Math.max(0, left)) + fitted;
}

/** `text` (cut to fit) right-aligned in `columns`. */
export function rightText(text: string, columns: number): string {
  const fitted = truncateToWidth(text, columns);
  return ' '.repeat(Math.max(0, columns - displayWidth(fitted))) + fitted;
}

/**
 * A row with `left` at the left edge and `right` at the right edge ("取号时间      09:30"). When both do
 * not fit on one line with a space between, the left text wraps and the right text goes right-aligned
 * on a line of its own. Every line is at most `columns` wide.
 */
export function twoColumns(left: string, right: string, columns: number): string[] {
  const cols = Math.max(2, Math.floor(columns));
  const l = sanitizeText(left).trim();
  const r = sanitizeText(right).trim();
  const gap = cols - displayWidth(l) - displayWidth(r);
  if (gap >= 1) return [l + ' '.repeat(gap) + r];
  const leftLines = l === '' ? [] : wrapText(l, cols);
  const rightLines = wrapText(r, cols).map((line) => rightText(line, cols));
  return [...leftLines, ...rightLines];
}
