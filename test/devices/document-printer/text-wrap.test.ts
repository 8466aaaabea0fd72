import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeText, wrapText } from '../../../devices/document-printer/text-wrap.ts';

/** 1 unit per CJK character, 0.5 per other character. */
const measure = (s: string): number => [...s].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5), 0);

describe('wrapText', () => {
  it('breaks CJK text between any two characters at the width', () => {
    expect(wrapText('一二三四五六七八九十', 4, measure)).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('keeps Latin words and numbers whole and drops the space it breaks at', () => {
    expect(wrapText('请访问 zwfw.example.gov.cn 办理', 10, measure)).toEqual(['请访问', 'zwfw.example.gov.cn', '办理']);
    expect(wrapText('hello world again', 4, measure)).toEqual(['hello', 'world', 'again']);
  });

  it('never starts a line with a closing mark: the character before it moves down too', () => {
    expect(wrapText('一二三四。五六', 4, measure)).toEqual(['一二三', '四。五六']);
    expect(wrapText('一二三四，五六七八」', 5, measure)).toEqual(['一二三四，', '五六七八」']);
    expect(wrapText('一二三四五六七八」', 4, measure)).toEqual(['一二三四', '五六七', '八」']);
  });

  it('never ends a line with an opening mark', () => {
    expect(wrapText('一二三四《五六》', 5, measure)).toEqual(['一二三四', '《五六》']);
  });

  it('cuts a word wider than the line into characters', () => {
    expect(wrapText('SF1234567890', 3, measure)).toEqual(['SF1234', '567890']);
  });

  it('breaks at newlines and keeps empty lines', () => {
    expect(wrapText('问：一\n\n答：二', 10, measure)).toEqual(['问：一', '', '答：二']);
    expect(wrapText('', 10, measure)).toEqual(['']);
  });

  it('turns control characters into spaces and lone surrogates into "?"', () => {
    expect(sanitizeText('a\u0007b\r\nc\u001bd\uD800')).toBe('a b\nc d?');
  });

  it('moves a run of closing marks down with the character before it', () => {
    expect(wrapText('一二三。」', 4, measure)).toEqual(['一二', '三。」']);
    expect(wrapText('他说：“好。”然后', 4, measure)).toEqual(['他说：', '“好。”然', '后']);
  });

  it('keeps a word with the comma after it, and a tick box with its label', () => {
    expect(wrapText('编号ABC123，已受理', 5, measure)).toEqual(['编号', 'ABC123，已', '受理']);
    expect(wrapText('一二三☐是', 4, measure)).toEqual(['一二三', '☐是']);
  });

  it('gives way in a column too narrow to carry a character down', () => {
    expect(wrapText('一，', 1, measure)).toEqual(['一', '，']);
  });

  it('never cuts a character in half: surrogate pairs, combining marks, emoji sequences', () => {
    expect(wrapText('𠀀𠀁𠀂𠀃𠀄', 2, measure)).toEqual(['𠀀𠀁', '𠀂𠀃', '𠀄']);
    const e = 'e\u0301';
    expect(wrapText(e.repeat(5), 2, measure)).toEqual([e.repeat(2), e.repeat(2), e]);
    const family = '👨\u200D👩\u200D👧';
    for (const line of wrapText(`一${family}二${family}`, 1, measure)) expect([...line].length === 1 || line === family).toBe(true);
  });

  it('lines fit the width and keep every non-space character in order', () => {
    const alphabet = [...'一二三四五六七八九十，。《》「」abc 123.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), fc.integer({ min: 3, max: 20 }), (chars, width) => {
        const text = chars.join('');
        const lines = wrapText(text, width, measure);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
      }),
    );
  });

  /** The lines are the text in order, with only spaces dropped where a line breaks (and at both ends). */
  function expectSameText(text: string, lines: readonly string[]): void {
    let at = 0;
    for (const line of lines) {
      while (text[at] === ' ') at++;
      expect(text.slice(at, at + line.length)).toBe(line);
      at += line.length;
    }
    expect(text.slice(at).trim()).toBe('');
  }

  const combining = 'e\u0301';
  const chars = fc.constantFrom(...'一二三四五六七八九十，。、；：？！）》」』”（《「『“abc12 .'.split(''), '𠀀', '😀', combining, '👨\u200D👩');

  it('joining the lines gives back the text; no line is cut inside a character', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (parts, width) => {
        const text = parts.join('');
        const lines = wrapText(text, width, measure);
        expectSameText(text, lines);
        if (!text.includes(' ')) expect(lines.join('')).toBe(text);
        for (const line of lines) {
          expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          expect(line).not.toMatch(/^[\p{M}\u200D]/u);
          expect(line).not.toMatch(/\u200D$/u);
        }
      }),
    );
  });

  const closing = [...'，。、；：？！）》」』”'];
  const opening = [...'（《「『“'];
  // Text a line can always be broken right in: every closing mark (at most two in a row) after a
  // character that may start a line, every opening mark before one.
  const unit = fc.oneof(
    fc.constantFrom(...'一二三四五六七八九十'),
    fc.tuple(fc.constantFrom(...'一二三'), fc.constantFrom(...closing), fc.option(fc.constantFrom(...closing), { nil: '' })).map((p) => p.join('')),
    fc.tuple(fc.constantFrom(...opening), fc.constantFrom(...'一二三')).map((p) => p.join('')),
    fc.constantFrom('ab', 'A1', '2025'),
  );

  it('避头尾: no line starts with a closing mark or ends with an opening one', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.integer({ min: 4, max: 20 }), (units, width) => {
        const text = units.join('');
        const lines = wrapText(text, width, measure);
        expect(lines.join('')).toBe(text);
        lines.forEach((line, i) => {
          expect(measure(line)).toBeLessThanOrEqual(width);
          if (i > 0) expect(closing).not.toContain(line[0]);
          if (i < lines.length - 1) expect(opening).not.toContain(line.at(-1));
        });
      }),
    );
  });
});
