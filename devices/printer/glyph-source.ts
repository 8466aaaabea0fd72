// Where the slip renderer gets its character shapes. A printer has a 12 x 24 font A and a 24 x 24
// Chinese font and enlarges them dot by dot for GS !: so a source is asked for one glyph at the base
// cell size, and the renderer does the enlarging. font-glyphs.ts makes a source from a TrueType font;
// boxGlyphs() is the stand-in when no font is there (every visible character a hollow box).
import { createBitmap, fillRect } from './bitmap.ts';
import type { Bitmap } from './types.ts';

export interface GlyphSource {
  readonly name: string;
  /** The glyph for `codePoint` in a `width` x `height` cell, or undefined when this source has none. */
  glyph(codePoint: number, width: number, height: number): Bitmap | undefined;
}

/** Hollow boxes (tofu) for every visible character: layout stays visible without a font. */
export function boxGlyphs(): GlyphSource {
  return {
    name: 'boxes',
    glyph(codePoint, width, height) {
      const cell = createBitmap(width, height);
      if (codePoint === 0x20 || codePoint === 0x3000) return cell;
      const x = 1;
      const y = Math.floor(height / 6);
      const w = width - 2;
      const h = height - 2 * y;
      fillRect(cell, x, y, w, 1);
      fillRect(cell, x, y + h - 1, w, 1);
      fillRect(cell, x, y, 1, h);
      fillRect(cell, x + w - 1, y, 1, h);
      return cell;
    },
  };
}

/** The first source that has the glyph; the last one should always have one (boxGlyphs does). */
export function chainGlyphs(...sources: readonly GlyphSource[]): GlyphSource {
  return {
    name: sources.map((s) => s.name).join(' > '),
    glyph(codePoint, width, height) {
      for (const source of sources) {
        const glyph = source.glyph(codePoint, width, height);
        if (glyph !== undefined) return glyph;
      }
      return undefined;
    },
  };
}

/** Remembers glyphs already drawn (a slip uses the same few dozen over and over). */
export function cachedGlyphs(source: GlyphSource, limit = 4096): GlyphSource {
  const cache = new Map<string, Bitmap | undefined>();
  return {
    name: source.name,
    glyph(codePoint, width, height) {
      const key = `${codePoint}:${width}x${height}`;
      if (cache.has(key)) return cache.get(key);
      const glyph = source.glyph(codePoint, width, height);
      if (cache.size >= limit) cache.clear();
      cache.set(key, glyph);
      return glyph;
    },
  };
}
