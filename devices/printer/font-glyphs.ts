// A GlyphSource from a TrueType font: each glyph filled (non-zero winding, one sample per dot centre)
// into the printer's cell, the em box scaled to the cell height, baseline at the font's ascent.
//
// The bundled choice is UnifontEX (@fontsource/unifontex, OFL): one WOFF covering the whole Basic
// Multilingual Plane (every GB18030 two-byte character) as 16 x 16 dot-matrix outlines, which look
// like a thermal printer's own font and scale cleanly to its 24-dot cells. loadBundledFont() finds it
// when the package is installed; any other .ttf/.woff 1.0 with TrueType outlines works by path.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { createBitmap } from './bitmap.ts';
import type { GlyphSource } from './glyph-source.ts';
import { parseFont, type FontOutlines, type Point } from './truetype.ts';
import type { Bitmap } from './types.ts';

/** Module specifier of the bundled font (resolved from node_modules). */
export const bundledFontModule = '@fontsource/unifontex/files/unifontex-latin-400-normal.woff';

export function fontGlyphSource(font: FontOutlines, name: string): GlyphSource {
  return {
    name,
    glyph(codePoint, width, height) {
      const index = font.glyphIndex(codePoint);
      if (index === 0 && codePoint !== 0x20) return undefined;
      const span = font.ascent - font.descent;
      const scale = height / (span > 0 ? span : font.unitsPerEm);
      // Centre the advance in the cell (a half-width glyph in a 12-dot cell, a CJK one in 24).
      const offsetX = (width - font.advance(index) * scale) / 2;
      const polygons = font.contours(index).map((contour) =>
        contour.map((p) => ({ x: p.x * scale + offsetX, y: (font.ascent - p.y) * scale })),
      );
      return fill(polygons, width, height);
    },
  };
}

/** Scanline fill with the non-zero rule, sampling each dot at its centre. */
export function fill(polygons: readonly (readonly Point[])[], width: number, height: number): Bitmap {
  const out = createBitmap(width, height);
  const crossings: { x: number; dir: number }[] = [];
  for (let row = 0; row < out.height; row++) {
    const yc = row + 0.5;
    crossings.length = 0;
    for (const poly of polygons) {
      for (let i = 0; i < poly.length; i++) {
        const a = poly[i];
        const b = poly[(i + 1) % poly.length];
        if (a === undefined || b === undefined || a.y === b.y) continue;
        const [lo, hi] = a.y < b.y ? [a, b] : [b, a];
        if (yc < lo.y || yc >= hi.y) continue;
        crossings.push({ x: lo.x + ((yc - lo.y) * (hi.x - lo.x)) / (hi.y - lo.y), dir: a.y < b.y ? 1 : -1 });
      }
    }
    crossings.sort((p, q) => p.x - q.x);
    let winding = 0;
    for (let i = 0; i < crossings.length; i++) {
      const c = crossings[i];
      const next = crossings[i + 1];
      if (c === undefined) break;
      winding += c.dir;
      if (winding === 0 || next === undefined) continue;
      const from = Math.max(0, Math.ceil(c.x - 0.5));
      const to = Math.min(out.width, Math.ceil(next.x - 0.5));
      if (to > from) out.data.fill(1, row * out.width + from, row * out.width + to);
    }
  }
  return out;
}

export function loadFontFile(path: string, name = path): Result<GlyphSource> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return err(kioskError('printer.fontUnreadable', `cannot read font ${path}: ${e instanceof Error ? e.message : String(e)}`));
  }
  const font = parseFont(bytes);
  return font.ok ? ok(fontGlyphSource(font.value, name)) : font;
}

/** The bundled dot-matrix font, when its package is installed. */
export function loadBundledFont(): Result<GlyphSource> {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(bundledFontModule);
  } catch {
    return err(kioskError('printer.fontUnreadable', `font package not installed (${bundledFontModule})`));
  }
  return loadFontFile(path, 'UnifontEX');
}
