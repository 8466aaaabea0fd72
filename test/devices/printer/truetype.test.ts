import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDots } from '../../../devices/printer/render.ts';
import { fill, fontGlyphSource, loadBundledFont } from '../../../devices/printer/font-glyphs.ts';
import { parseFont } from '../../../devices/printer/truetype.ts';
import type { Bitmap } from '../../../devices/printer/types.ts';
import { tinyFontGlyphs, tinyTrueTypeFont, tinyWoffFont } from './fixtures.ts';

function art(b: Bitmap): string[] {
  const rows: string[] = [];
  for (let y = 0; y < b.height; y++) {
    let row = '';
    for (let x = 0; x < b.width; x++) row += b.data[y * b.width + x] ? '#' : '.';
    rows.push(row);
  }
  return rows;
}

describe('parseFont', () => {
  for (const [kind, bytes] of [
    ['TrueType', tinyTrueTypeFont()],
    ['WOFF 1.0', tinyWoffFont()],
  ] as const) {
    it(`reads a ${kind} font: metrics, cmap, outlines`, () => {
      const r = parseFont(bytes);
      if (!r.ok) throw new Error(r.error.message);
      const font = r.value;
      expect([font.unitsPerEm, font.ascent, font.descent, font.numGlyphs]).toEqual([1000, 800, -200, 4]);
      expect(font.glyphIndex(tinyFontGlyphs.A)).toBe(1);
      expect(font.glyphIndex(tinyFontGlyphs.zhong)).toBe(2);
      expect(font.glyphIndex(tinyFontGlyphs.B)).toBe(3);
      expect(font.glyphIndex(0x43)).toBe(0);
      expect(font.advance(2)).toBe(1000);
      expect(font.contours(1)).toEqual([
        [
          { x: 100, y: 0 },
          { x: 100, y: 700 },
          { x: 400, y: 700 },
          { x: 400, y: 0 },
        ],
      ]);
      // Composite: glyph 1 moved right by 100.
      expect(font.contours(3)[0]?.map((p) => p.x)).toEqual([200, 200, 500, 500]);
      // Three on-curve points, then the off-curve one as a curve of 4 steps to the next on-curve point.
      expect(font.contours(2)[0]).toHaveLength(3 + 4);
      expect(font.contours(2)[0]?.at(-1)).toEqual({ x: 900, y: 300 });
    });
  }

  it('draws a glyph into a printer cell: em box to cell height, baseline at the ascent', () => {
    const r = parseFont(tinyTrueTypeFont());
    if (!r.ok) throw new Error(r.error.message);
    const glyphs = fontGlyphSource(r.value, 'tiny');
    // 10 x 10 cell: 1 dot = 100 units; "A" covers x 100..400 and y 0..700 (rows 1..7 from the top).
    const a = glyphs.glyph(tinyFontGlyphs.A, 5, 10);
    expect(art(a!)).toEqual(['.....', '.###.', '.###.', '.###.', '.###.', '.###.', '.###.', '.###.', '.....', '.....']);
    expect(glyphs.glyph(0x43, 5, 10)).toBeUndefined(); // not in the font: the next source's turn
    const zhong = glyphs.glyph(tinyFontGlyphs.zhong, 24, 24)!;
    expect(countDots(zhong, 0, 0, 24, 24)).toBeGreaterThan(100);
  });

  it('fills with the non-zero rule: a hole drawn the other way stays empty', () => {
    const outer = [
      { x: 0, y: 0 },
      { x: 8, y: 0 },
      { x: 8, y: 8 },
      { x: 0, y: 8 },
    ];
    const hole = [
      { x: 2, y: 2 },
      { x: 2, y: 6 },
      { x: 6, y: 6 },
      { x: 6, y: 2 },
    ];
    const b = fill([outer, hole], 8, 8);
    expect(art(b)[4]).toBe('##....##');
    expect(art(b)[0]).toBe('########');
  });

  it('refuses what it cannot read, never throws (2000 runs)', () => {
    expect(!parseFont(new Uint8Array(0)).ok).toBe(true);
    expect(!parseFont(new TextEncoder().encode('OTTO....')).ok).toBe(true);
    const good = tinyTrueTypeFont();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), (junk, at, value) => {
        const r1 = parseFont(junk);
        if (!r1.ok) expect(r1.error.code).toBe('printer.fontUnreadable');
        const damaged = good.slice();
        damaged[at] = value;
        const r2 = parseFont(damaged);
        if (r2.ok) fontGlyphSource(r2.value, 'damaged').glyph(tinyFontGlyphs.zhong, 24, 24);
      }),
      { numRuns: 2000 },
    );
  });
});

// The bundled dot-matrix font (@fontsource/unifontex, a dependency): what slips are drawn with.
const bundled = loadBundledFont();
describe('bundled font (UnifontEX)', () => {
  it('draws CJK as real, distinct glyphs', () => {
    expect(bundled.ok).toBe(true);
    if (!bundled.ok) return;
    const shen = bundled.value.glyph(0x8eab, 24, 24)!; // 身
    const fen = bundled.value.glyph(0x4efd, 24, 24)!; // 份
    expect(countDots(shen, 0, 0, 24, 24)).toBeGreaterThan(40);
    expect(Buffer.from(shen.data)).not.toEqual(Buffer.from(fen.data));
    expect(countDots(bundled.value.glyph(0x41, 12, 24)!, 0, 0, 12, 24)).toBeGreaterThan(10);
  });
});
