import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundledDocumentFont } from '../../../devices/document-printer/fonts.ts';
import { isWoff, woffToSfnt } from '../../../devices/document-printer/woff.ts';
import { parseFont } from '../../../devices/printer/truetype.ts';
import { tinyTrueTypeFont, tinyWoffFont } from '../printer/fixtures.ts';

function bundledPath(): string | null {
  try {
    const path = createRequire(import.meta.url).resolve(bundledDocumentFont);
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

describe('woffToSfnt', () => {
  it('gives back the TrueType file the WOFF was made from, with a correct table directory header', () => {
    const ttf = tinyTrueTypeFont();
    const sfnt = woffToSfnt(tinyWoffFont());
    expect(isWoff(tinyWoffFont())).toBe(true);
    expect(isWoff(sfnt)).toBe(false);
    expect(sfnt.subarray(12)).toEqual(ttf.subarray(12));
    const view = new DataView(sfnt.buffer);
    const count = view.getUint16(4);
    // searchRange = 16 * largest power of 2 <= count; entrySelector = its log2; rangeShift = 16 * count - searchRange.
    const power = 2 ** Math.floor(Math.log2(count));
    expect([view.getUint32(0), view.getUint16(6), view.getUint16(8), view.getUint16(10)]).toEqual([0x00010000, power * 16, Math.log2(power), count * 16 - power * 16]);
  });

  it('refuses a truncated file', () => {
    const woff = tinyWoffFont();
    expect(() => woffToSfnt(woff.subarray(0, woff.length - 10))).toThrow(RangeError);
    expect(() => woffToSfnt(tinyTrueTypeFont())).toThrow(RangeError);
  });

  const path = bundledPath();
  it('unpacks the bundled UnifontEX (a dependency) to the same glyphs', () => {
    expect(path).not.toBeNull();
    const woff = new Uint8Array(readFileSync(path ?? ''));
    const a = parseFont(woff);
    const b = parseFont(woffToSfnt(woff));
    if (!a.ok || !b.ok) throw new Error('unreadable');
    for (const ch of '中国办件进度A1，') {
      const cp = ch.codePointAt(0) ?? 0;
      const g = a.value.glyphIndex(cp);
      expect(g).toBeGreaterThan(0);
      expect(b.value.glyphIndex(cp)).toBe(g);
      expect(b.value.advance(g)).toBe(a.value.advance(g));
      expect(b.value.contours(g)).toEqual(a.value.contours(g));
    }
  });
});
