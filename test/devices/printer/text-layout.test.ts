import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centerText,
  charWidth,
  displayWidth,
  rightText,
  sanitizeText,
  truncateToWidth,
  twoColumns,
  wrapText,
} from '../../../devices/printer/text-layout.ts';

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((u) => String.fromCharCode(u));
const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((u) => String.fromCharCode(u));
const mixed = fc.array(fc.oneof(cjk, ascii, fc.constantFrom(' ', '，', '。', '\n', '😀', '\u0000', '\ud800')), { maxLength: 80 }).map((a) => a.join(''));

describe('display width', () => {
  it('counts a CJK glyph as two columns and ASCII as one', () => {
    expect(displayWidth('身份证')).toBe(6);
    expect(displayWidth('A023')).toBe(4);
    expect(displayWidth('请到3号窗口')).toBe(11);
    expect(displayWidth('ID: 身份证 No.')).toBe(4 + 6 + 4);
  });

  it('follows the printer, not Unicode tables: any multi-byte character is a CJK cell', () => {
    expect(charWidth('·')).toBe(2); // GBK A1A4, printed from the 24-dot font
    expect(charWidth('，')).toBe(2);
    expect(charWidth('😀')).toBe(2);
    expect(charWidth('a')).toBe(1);
  });

  it('58 mm: 32 columns hold 16 CJK glyphs; 80 mm: 48 hold 24', () => {
    expect(wrapText('政'.repeat(16), 32)).toEqual(['政'.repeat(16)]);
    expect(wrapText('政'.repeat(17), 32)).toEqual(['政'.repeat(16), '政']);
    expect(wrapText('政'.repeat(25), 48)).toEqual(['政'.repeat(24), '政']);
  });

  it('sanitises controls to spaces and lone surrogates to "?"', () => {
    expect(sanitizeText('a\x1bb\u0085c\ud800')).toBe('a b c?');
  });
});

describe('centring and columns', () => {
  it('centres by display width', () => {
    expect(centerText('身份证', 10)).toBe('  身份证');
    expect(centerText('A023', 10)).toBe('   A023');
    expect(centerText('身份证办理窗口', 6)).toBe('身份证');
  });

  it('right-aligns by display width', () => {
    expect(rightText('09:30', 10)).toBe('     09:30');
    expect(rightText('九点', 6)).toBe('  九点');
  });

  it('truncates without splitting a CJK glyph', () => {
    expect(truncateToWidth('ab身份', 4)).toBe('ab身');
    expect(truncateToWidth('ab身份', 3)).toBe('ab');
  });

  it('two columns fill the row exactly', () => {
    const [row] = twoColumns('取号时间', '2026-11-24 09:05', 32);
    expect(row).toBe(`取号时间${' '.repeat(8)}2026-11-24 09:05`);
    expect(displayWidth(row ?? '')).toBe(32);
  });

  it('two columns that do not fit wrap the left and right-align the right on its own line', () => {
    const rows = twoColumns('这是一个很长很长很长的业务名称', '12:00', 16);
    expect(rows).toEqual(['这是一个很长很长', '很长的业务名称', '           12:00']);
  });
});

describe('wrapping', () => {
  it('keeps ASCII words whole when they fit a line', () => {
    expect(wrapText('hello wonderful world', 10)).toEqual(['hello', 'wonderful', 'world']);
    expect(wrapText('请访问 www.gov.cn 查询', 12)).toEqual(['请访问', 'www.gov.cn', '查询']);
    // A word longer than a line is broken where the line ends (here one character earlier, so
    // that ":" does not start a line).
    expect(wrapText('网址 https://example.gov.cn', 10)).toEqual(['网址 http', 's://exampl', 'e.gov.cn']);
  });

  it('does not start a line with closing punctuation', () => {
    expect(wrapText('过号无效，请重新取号', 8)).toEqual(['过号无', '效，请重', '新取号']);
  });

  it('respects newlines in the input', () => {
    expect(wrapText('第一行\n第二行', 32)).toEqual(['第一行', '第二行']);
    expect(wrapText('', 32)).toEqual(['']);
  });

  it('never exceeds the column count in display width (2000 runs)', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 2, max: 64 }), (text, cols) => {
        for (const line of wrapText(text, cols)) expect(displayWidth(line)).toBeLessThanOrEqual(cols);
      }),
      { numRuns: 2000 },
    );
  });

  it('loses no visible character (2000 runs)', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 2, max: 64 }), (text, cols) => {
        const visible = (s: string): string => sanitizeText(s).replace(/\s/g, '');
        expect(wrapText(text, cols).map(visible).join('')).toBe(visible(text.replace(/\r\n|\r|\n/g, ' ')));
      }),
      { numRuns: 2000 },
    );
  });

  it('two columns never exceed the column count (2000 runs)', () => {
    fc.assert(
      fc.property(mixed, mixed, fc.integer({ min: 2, max: 64 }), (left, right, cols) => {
        for (const line of twoColumns(left, right, cols)) expect(displayWidth(line)).toBeLessThanOrEqual(cols);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on odd column counts', () => {
    expect(wrapText('身份证', Number.NaN)).toEqual(['身', '份', '证']);
    expect(wrapText('身份证', 0)).toEqual(['身', '份', '证']);
  });
});
