// Test data for the printer tests: a ticket, a stand-in QR encoder (no QR library is installed: it
// makes a deterministic symbol-shaped matrix, not a scannable code), and a tiny TrueType font built
// in memory so the font reader is tested without a font package; the lines a slip prints, with their width.
import { deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { parseEscPos } from '../../../devices/printer/escpos.parser.ts';
import type { QrMatrix, QrMatrixEncoder, Ticket } from '../../../devices/printer/types.ts';

export const sampleTicket: Ticket = {
  hallName: '西湖区政务服务中心',
  hallArea: '一楼 A 区',
  department: '公安分局出入境管理大队',
  business: '居民身份证办理',
  number: 'A023',
  waitingAhead: 5,
  estimatedWaitMinutes: 12,
  issuedAt: Date.UTC(2026, 10, 24, 1, 5, 7), // 09:05:07 in Beijing
  qrPayload: 'https://hall.example.gov.cn/q?t=A023',
  priorityLabel: null,
  reprint: null,
};

/** A matrix of side 21 + 4k shaped by the data bytes, with the three finder squares. */
export const fakeQrEncoder: QrMatrixEncoder = (data) => {
  const size = 21 + 4 * Math.min(10, Math.floor(data.length / 16));
  const finder = (r: number, c: number): boolean | undefined => {
    for (const [r0, c0] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ] as const) {
      const dr = r - r0;
      const dc = c - c0;
      if (dr >= 0 && dr < 7 && dc >= 0 && dc < 7) {
        const ring = Math.min(dr, dc, 6 - dr, 6 - dc);
        return ring !== 1;
      }
    }
    return undefined;
  };
  const matrix: QrMatrix = {
    size,
    isDark: (r, c) => finder(r, c) ?? (((data[(r * size + c) % Math.max(1, data.length)] ?? 0) >> ((r + c) % 8)) & 1) === 1,
  };
  return matrix;
};

// ---- a tiny TrueType font ------------------------------------------------------------------------

type Pt = readonly [x: number, y: number, on?: boolean];

function be(bytes: number[], value: number, size: 2 | 4): void {
  for (let i = size - 1; i >= 0; i--) bytes.push((value >>> (i * 8)) & 0xff);
}

/** A simple glyph: contours of points, coordinates written short, same or long as they come. */
function simpleGlyph(contours: readonly (readonly Pt[])[]): number[] {
  const out: number[] = [];
  const points = contours.flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  be(out, contours.length, 2);
  for (const v of [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]) be(out, v & 0xffff, 2);
  let end = -1;
  for (const c of contours) be(out, (end += c.length), 2);
  be(out, 0, 2); // no instructions
  const flags: number[] = [];
  const xData: number[] = [];
  const yData: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y, on = true] of points) {
    let f = on ? 1 : 0;
    const dx = x - px;
    const dy = y - py;
    if (dx === 0) f |= 16;
    else if (Math.abs(dx) < 256) {
      f |= 2 | (dx > 0 ? 16 : 0);
      xData.push(Math.abs(dx));
    } else be(xData, dx & 0xffff, 2);
    if (dy === 0) f |= 32;
    else if (Math.abs(dy) < 256) {
      f |= 4 | (dy > 0 ? 32 : 0);
      yData.push(Math.abs(dy));
    } else be(yData, dy & 0xffff, 2);
    flags.push(f);
    px = x;
    py = y;
  }
  return [...out, ...flags, ...xData, ...yData];
}

/** A composite glyph: one component moved by (dx, dy). */
function compositeGlyph(component: number, dx: number, dy: number): number[] {
  const out: number[] = [];
  be(out, -1 & 0xffff, 2);
  for (let i = 0; i < 4; i++) be(out, 0, 2);
  be(out, 0x0001 | 0x0002, 2); // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, no more components
  be(out, component, 2);
  be(out, dx & 0xffff, 2);
  be(out, dy & 0xffff, 2);
  return out;
}

export const tinyFontGlyphs = {
  /** "A" (glyph 1): a solid block, x 100..400, y 0..700 (em 1000, ascent 800, descent -200). */
  A: 0x41,
  /** "中" (glyph 2): a diamond with one curved side (an off-curve point). */
  zhong: 0x4e2d,
  /** "B" (glyph 3): glyph 1 as a composite, moved right by 100 units. */
  B: 0x42,
} as const;

export function tinyTrueTypeFont(): Uint8Array {
  const glyphs = [
    [],
    simpleGlyph([
      [
        [100, 0],
        [100, 700],
        [400, 700],
        [400, 0],
      ],
    ]),
    simpleGlyph([
      [
        [500, 0],
        [100, 300],
        [500, 800],
        [1000, 800, false],
        [900, 300],
      ],
    ]),
    compositeGlyph(1, 100, 0),
  ].map((g) => (g.length % 2 === 1 ? [...g, 0] : g));
  const tables: Record<string, number[]> = {};
  const head: number[] = [];
  be(head, 0x00010000, 4);
  be(head, 0x00010000, 4);
  be(head, 0, 4);
  be(head, 0x5f0f3cf5, 4);
  be(head, 0, 2);
  be(head, 1000, 2); // unitsPerEm at 18
  for (let i = 0; i < 16; i++) head.push(0);
  for (let i = 0; i < 4; i++) be(head, 0, 2);
  be(head, 0, 2);
  be(head, 8, 2);
  be(head, 2, 2);
  be(head, 0, 2); // indexToLocFormat at 50: short
  be(head, 0, 2);
  tables['head'] = head;
  const hhea: number[] = [];
  be(hhea, 0x00010000, 4);
  be(hhea, 800, 2);
  be(hhea, -200 & 0xffff, 2);
  for (let i = 0; i < 13; i++) be(hhea, 0, 2);
  be(hhea, glyphs.length, 2); // numberOfHMetrics at 34
  tables['hhea'] = hhea;
  const maxp: number[] = [];
  be(maxp, 0x00005000, 4);
  be(maxp, glyphs.length, 2);
  tables['maxp'] = maxp;
  const hmtx: number[] = [];
  for (const advance of [500, 500, 1000, 500]) {
    be(hmtx, advance, 2);
    be(hmtx, 0, 2);
  }
  tables['hmtx'] = hmtx;
  const loca: number[] = [];
  const glyf: number[] = [];
  for (const g of glyphs) {
    be(loca, glyf.length / 2, 2);
    glyf.push(...g);
  }
  be(loca, glyf.length / 2, 2);
  tables['loca'] = loca;
  tables['glyf'] = glyf;
  // cmap: one format 4 subtable (3, 1); one segment per character, plus the final 0xFFFF segment.
  const segments = [
    [0x41, 0x41, 1],
    [0x42, 0x42, 3],
    [0x4e2d, 0x4e2d, 2],
    [0xffff, 0xffff, 0],
  ] as const;
  const sub: number[] = [];
  be(sub, 4, 2);
  be(sub, 16 + segments.length * 8, 2);
  be(sub, 0, 2);
  be(sub, segments.length * 2, 2);
  for (let i = 0; i < 3; i++) be(sub, 0, 2); // search hints (unused by the reader)
  for (const [, end] of segments) be(sub, end, 2);
  be(sub, 0, 2);
  for (const [start] of segments) be(sub, start, 2);
  for (const [start, , gid] of segments) be(sub, gid === 0 ? 1 : (gid - start) & 0xffff, 2);
  for (let i = 0; i < segments.length; i++) be(sub, 0, 2);
  const cmap: number[] = [];
  be(cmap, 0, 2);
  be(cmap, 1, 2);
  be(cmap, 3, 2);
  be(cmap, 1, 2);
  be(cmap, 12, 4);
  tables['cmap'] = [...cmap, ...sub];
  return sfnt(tables);
}

function sfnt(tables: Record<string, number[]>): Uint8Array {
  const names = Object.keys(tables).sort();
  const out: number[] = [];
  be(out, 0x00010000, 4);
  be(out, names.length, 2);
  for (let i = 0; i < 3; i++) be(out, 0, 2);
  let offset = 12 + names.length * 16;
  const bodies: number[] = [];
  for (const name of names) {
    const data = tables[name] ?? [];
    for (const ch of name) out.push(ch.charCodeAt(0));
    be(out, 0, 4);
    be(out, offset, 4);
    be(out, data.length, 4);
    const padded = [...data, ...new Array<number>((4 - (data.length % 4)) % 4).fill(0)];
    bodies.push(...padded);
    offset += padded.length;
  }
  return Uint8Array.from([...out, ...bodies]);
}

/** The same font as WOFF 1.0, each table deflated. */
export function tinyWoffFont(): Uint8Array {
  const ttf = tinyTrueTypeFont();
  const view = new DataView(ttf.buffer);
  const count = view.getUint16(4);
  const entries: { tag: number; data: Uint8Array; orig: number }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const raw = ttf.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12));
    const packed = new Uint8Array(deflateSync(raw));
    entries.push({ tag: view.getUint32(at), data: packed.length < raw.length ? packed : raw, orig: raw.length });
  }
  const out: number[] = [];
  be(out, 0x774f4646, 4);
  be(out, 0x00010000, 4);
  be(out, 0, 4); // length: not checked by the reader
  be(out, count, 2);
  be(out, 0, 2);
  be(out, ttf.length, 4);
  for (let i = 0; i < 6; i++) be(out, 0, 4);
  let offset = 44 + count * 20;
  const bodies: number[] = [];
  for (const e of entries) {
    be(out, e.tag, 4);
    be(out, offset, 4);
    be(out, e.data.length, 4);
    be(out, e.orig, 4);
    be(out, 0, 4);
    const padded = [...e.data, ...new Array<number>((4 - (e.data.length % 4)) % 4).fill(0)];
    bodies.push(...padded);
    offset += padded.length;
  }
  return Uint8Array.from([...out, ...bodies]);
}

/** Printed lines with their width in columns (12 dots each) times the width multiplier. */
export function printedLines(bytes: Uint8Array): { text: string; columns: number }[] {
  const out: { text: string; columns: number }[] = [];
  let text = '';
  let columns = 0;
  let width = 1;
  for (const t of parseEscPos(bytes)) {
    if (t.kind === 'size') width = t.width;
    if (t.kind === 'text') {
      const s = iconv.decode(Buffer.from(t.bytes), 'gb18030');
      text += s;
      for (const ch of s) columns += (ch.codePointAt(0)! < 0x80 ? 1 : 2) * width;
    }
    if (t.kind === 'lf') {
      out.push({ text, columns });
      text = '';
      columns = 0;
    }
  }
  return out;
}
