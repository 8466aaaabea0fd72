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
});
