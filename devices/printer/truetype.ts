// A small reader for TrueType-outline fonts (.ttf, and .woff 1.0 with node:zlib): cmap (formats 4
// and 12), hmtx, loca/glyf with simple and composite glyphs. Enough to draw the slip renderer's
// glyphs from a font shipped in an npm package, without a font engine dependency. CFF fonts (.otf
// "OTTO"), collections and WOFF2 are refused as `printer.fontUnreadable`.
import { inflateSync } from 'node:zlib';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface FontOutlines {
  readonly unitsPerEm: number;
  readonly ascent: number;
  /** Negative: below the baseline. */
  readonly descent: number;
  readonly numGlyphs: number;
  /** 0 (.notdef) when the font has no glyph for the code point. */
  glyphIndex(codePoint: number): number;
  advance(glyph: number): number;
  /** Closed polygons in font units (y up), quadratic curves flattened. Empty for a blank glyph. */
  contours(glyph: number): Point[][];
}

type Tables = Map<string, DataView>;

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function readTables(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables: Tables = new Map();
  const signature = view.getUint32(0);
  if (signature === 0x774f4646) {
    // WOFF 1.0: 44-byte header, then 20-byte entries; zlib-compressed when compLength < origLength.
    const count = view.getUint16(12);
    for (let i = 0; i < count; i++) {
      const at = 44 + i * 20;
      const offset = view.getUint32(at + 4);
      const compLength = view.getUint32(at + 8);
      const origLength = view.getUint32(at + 12);
      const raw = bytes.subarray(offset, offset + compLength);
      if (raw.length !== compLength) throw new RangeError('table past the end of the file');
      const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
      tables.set(tag(view, at), new DataView(data.buffer, data.byteOffset, data.byteLength));
    }
    return tables;
  }
  if (signature !== 0x00010000 && signature !== 0x74727565) {
    throw new TypeError(`not a TrueType or WOFF 1.0 font (signature ${signature.toString(16)})`);
  }
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) throw new RangeError('table past the end of the file');
    tables.set(tag(view, at), new DataView(bytes.buffer, bytes.byteOffset + offset, length));
  }
  return tables;
}

function need(tables: Tables, name: string): DataView {
  const t = tables.get(name);
  if (t === undefined) throw new TypeError(`font has no ${name} table`);
  return t;
}

function cmapLookup(cmap: DataView): (cp: number) => number {
  const count = cmap.getUint16(2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.getUint16(offset);
    if (format === 12) format12 ??= offset;
    if (format === 4) format4 ??= offset;
  }
  if (format12 !== undefined) {
    const base = format12;
    const groups = cmap.getUint32(base + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = base + 16 + mid * 12;
        const start = cmap.getUint32(at);
        const end = cmap.getUint32(at + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return cmap.getUint32(at + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4 !== undefined) {
    const base = format4;
    const segX2 = cmap.getUint16(base + 6);
    const ends = base + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segX2; s += 2) {
        if (cmap.getUint16(ends + s) < cp) continue;
        const start = cmap.getUint16(starts + s);
        if (start > cp) return 0;
        const delta = cmap.getUint16(deltas + s);
        const range = cmap.getUint16(ranges + s);
        if (range === 0) return (cp + delta) & 0xffff;
        const g = cmap.getUint16(ranges + s + range + 2 * (cp - start));
        return g === 0 ? 0 : (g + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new TypeError('font has no Unicode cmap (format 4 or 12)');
}

/** TrueType points (on/off curve) of one contour as a polygon, each quadratic curve in `steps` lines. */
function flatten(points: readonly { x: number; y: number; on: boolean }[], steps = 4): Point[] {
  const n = points.length;
  if (n === 0) return [];
  const at = (i: number): { x: number; y: number; on: boolean } => points[((i % n) + n) % n] ?? { x: 0, y: 0, on: true };
  let first = points.findIndex((p) => p.on);
  let start: Point;
  if (first < 0) {
    const a = at(0);
    const b = at(1);
    start = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    first = 0;
  } else {
    const p = at(first);
    start = { x: p.x, y: p.y };
  }
  const out: Point[] = [start];
  let prev = start;
  let control: Point | null = null;
  for (let k = 1; k <= n; k++) {
    const p = at(first + k);
    if (!p.on) {
      if (control !== null) {
        const mid = { x: (control.x + p.x) / 2, y: (control.y + p.y) / 2 };
        quad(out, prev, control, mid, steps);
        prev = mid;
      }
      control = p;
      continue;
    }
    if (control !== null) quad(out, prev, control, p, steps);
    else if (k < n) out.push({ x: p.x, y: p.y }); // the last is the start again: closed implicitly
    prev = p;
    control = null;
  }
  if (control !== null) quad(out, prev, control, start, steps);
  return out;
}

function quad(out: Point[], a: Point, c: Point, b: Point, steps: number): void {
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
  }
}

function glyphContours(glyf: DataView, offsetOf: (g: number) => [number, number], glyph: number, depth: number): Point[][] {
  const [start, end] = offsetOf(glyph);
  if (end <= start || depth > 8) return [];
  const contourCount = glyf.getInt16(start);
  if (contourCount >= 0) {
    const endPts: number[] = [];
    for (let i = 0; i < contourCount; i++) endPts.push(glyf.getUint16(start + 10 + i * 2));
    const pointCount = contourCount === 0 ? 0 : (endPts[contourCount - 1] ?? -1) + 1;
    let p = start + 10 + contourCount * 2;
    p += 2 + glyf.getUint16(p);
    const flags: number[] = [];
    while (flags.length < pointCount) {
      const f = glyf.getUint8(p++);
      flags.push(f);
      if (f & 8) for (let r = glyf.getUint8(p++); r > 0; r--) flags.push(f);
    }
    const xs: number[] = [];
    let v = 0;
    for (const f of flags) {
      if (f & 2) v += f & 16 ? glyf.getUint8(p++) : -glyf.getUint8(p++);
      else if (!(f & 16)) {
        v += glyf.getInt16(p);
        p += 2;
      }
      xs.push(v);
    }
    const ys: number[] = [];
    v = 0;
    for (const f of flags) {
      if (f & 4) v += f & 32 ? glyf.getUint8(p++) : -glyf.getUint8(p++);
      else if (!(f & 32)) {
        v += glyf.getInt16(p);
        p += 2;
      }
      ys.push(v);
    }
    const contours: Point[][] = [];
    let from = 0;
    for (const last of endPts) {
      const pts = [];
      for (let i = from; i <= last; i++) pts.push({ x: xs[i] ?? 0, y: ys[i] ?? 0, on: ((flags[i] ?? 0) & 1) === 1 });
      contours.push(flatten(pts));
      from = last + 1;
    }
    return contours;
  }
  // Composite: components placed by x/y offsets (point matching is not used by the fonts we ship).
  const contours: Point[][] = [];
  let p = start + 10;
  for (;;) {
    const flags = glyf.getUint16(p);
    const component = glyf.getUint16(p + 2);
    p += 4;
    const words = (flags & 1) !== 0;
    const byXY = (flags & 2) !== 0;
    const dx = byXY ? (words ? glyf.getInt16(p) : glyf.getInt8(p)) : 0;
    const dy = byXY ? (words ? glyf.getInt16(p + 2) : glyf.getInt8(p + 1)) : 0;
    p += words ? 4 : 2;
    const f2 = (at: number): number => glyf.getInt16(at) / 16384;
    let [a, b, c, d] = [1, 0, 0, 1];
    if (flags & 8) {
      a = d = f2(p);
      p += 2;
    } else if (flags & 0x40) {
      [a, d] = [f2(p), f2(p + 2)];
      p += 4;
    } else if (flags & 0x80) {
      [a, b, c, d] = [f2(p), f2(p + 2), f2(p + 4), f2(p + 6)];
      p += 8;
    }
    for (const contour of glyphContours(glyf, offsetOf, component, depth + 1)) {
      contours.push(contour.map((q) => ({ x: a * q.x + c * q.y + dx, y: b * q.x + d * q.y + dy })));
    }
    if (!(flags & 0x20)) break;
  }
  return contours;
}

export function parseFont(bytes: Uint8Array): Result<FontOutlines> {
  try {
    const tables = readTables(bytes);
    if (!tables.has('glyf')) throw new TypeError('no glyf table (CFF outlines are not supported)');
    const head = need(tables, 'head');
    const hhea = need(tables, 'hhea');
    const maxp = need(tables, 'maxp');
    const hmtx = need(tables, 'hmtx');
    const loca = need(tables, 'loca');
    const glyf = need(tables, 'glyf');
    const lookup = cmapLookup(need(tables, 'cmap'));
    const unitsPerEm = head.getUint16(18);
    const longLoca = head.getInt16(50) === 1;
    const numGlyphs = maxp.getUint16(4);
    const metrics = hhea.getUint16(34);
    const offsetOf = (g: number): [number, number] =>
      longLoca ? [loca.getUint32(g * 4), loca.getUint32(g * 4 + 4)] : [loca.getUint16(g * 2) * 2, loca.getUint16(g * 2 + 2) * 2];
    const font: FontOutlines = {
      unitsPerEm,
      ascent: hhea.getInt16(4),
      descent: hhea.getInt16(6),
      numGlyphs,
      glyphIndex: (cp) => {
        try {
          const g = lookup(cp);
          return g < numGlyphs ? g : 0;
        } catch {
          return 0;
        }
      },
      advance: (g) => {
        try {
          return hmtx.getUint16(Math.min(g, metrics - 1) * 4);
        } catch {
          return unitsPerEm;
        }
      },
      contours: (g) => {
        try {
          return g >= 0 && g < numGlyphs ? glyphContours(glyf, offsetOf, g, 0) : [];
        } catch {
          return []; // a damaged glyph draws blank rather than stopping the slip
        }
      },
    };
    return ok(font);
  } catch (e) {
    return err(kioskError('printer.fontUnreadable', `font unreadable: ${e instanceof Error ? e.message : String(e)}`));
  }
}
