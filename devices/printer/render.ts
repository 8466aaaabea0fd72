// The slip renderer: an ESC/POS byte stream back into pictures of the slips, at the printer's dot
// resolution (8 dots/mm: 576 printable dots on 80 mm paper, 384 on 58 mm), one picture per cut. For
// the developer page and for tests: what would the customer hold in their hand?
//
// Text: font A cells of 12 x 24 dots, a multi-byte GB18030 character a 24 x 24 cell, enlarged dot by
// dot for GS ! like the printer does, bold as double strike, GS B inverse, ESC a alignment, automatic
// wrap at the line end. Native QR: drawn from the stored data by the plugged-in QR encoder (without
// one, a hatched placeholder of the symbol's place). GS v 0 rasters: drawn as sent.
import iconv from 'iconv-lite';
import { blit, createBitmap, type MutableBitmap } from './bitmap.ts';
import { parseEscPos } from './escpos.parser.ts';
import type { GlyphSource } from './glyph-source.ts';
import type { Alignment, Bitmap, CodePage, QrErrorLevel, QrMatrixEncoder } from './types.ts';

export interface RenderOptions {
  readonly dotsPerLine: number;
  readonly glyphs: GlyphSource;
  readonly qrEncoder?: QrMatrixEncoder;
  readonly codePage?: CodePage;
  /** White paper left and right of the printable area. Default 32 dots (4 mm). */
  readonly sideMargin?: number;
  /** Default line spacing (ESC 2) in dots. Default 30. */
  readonly lineSpacing?: number;
}

export interface SlipRegion {
  readonly kind: 'text' | 'qr' | 'raster';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The decoded line, for text. */
  readonly text?: string;
  /** The stored data, for a native QR. */
  readonly data?: Uint8Array;
  /** True when a QR was drawn as a placeholder (no QR encoder plugged in). */
  readonly placeholder?: boolean;
}

export interface RenderedSlip {
  readonly image: Bitmap;
  readonly end: 'fullCut' | 'partialCut' | 'torn';
  /** Decoded text lines, top to bottom. */
  readonly lines: readonly string[];
  readonly regions: readonly SlipRegion[];
}

interface Draw {
  readonly bitmap: Bitmap;
  readonly x: number;
  readonly y: number;
  readonly sx: number;
  readonly sy: number;
  readonly invert: boolean;
}

interface Cell {
  readonly char: string;
  readonly glyph: Bitmap;
  readonly width: number;
  readonly height: number;
  readonly sx: number;
  readonly sy: number;
  readonly invert: boolean;
}

const margins = { top: 16, bottom: 24 };

class SlipPainter {
  readonly #o: Required<Omit<RenderOptions, 'qrEncoder'>> & { qrEncoder: QrMatrixEncoder | undefined };
  readonly slips: RenderedSlip[] = [];
  #draws: Draw[] = [];
  #regions: SlipRegion[] = [];
  #lines: string[] = [];
  #line: Cell[] = [];
  #lineWidth = 0;
  #y = margins.top;
  #align: Alignment = 'left';
  #bold = false;
  #invert = false;
  #sx = 1;
  #sy = 1;
  #chinese = false;
  #spacing: number;
  #qr: { size: number; level: QrErrorLevel; data: Uint8Array } = { size: 3, level: 'L', data: new Uint8Array(0) };

  constructor(options: RenderOptions) {
    this.#o = {
      dotsPerLine: Math.max(48, Math.floor(options.dotsPerLine)),
      glyphs: options.glyphs,
      qrEncoder: options.qrEncoder,
      codePage: options.codePage ?? 'gb18030',
      sideMargin: Math.max(0, options.sideMargin ?? 32),
      lineSpacing: Math.max(1, options.lineSpacing ?? 30),
    };
    this.#spacing = this.#o.lineSpacing;
  }

  reset(): void {
    this.#align = 'left';
    this.#bold = false;
    this.#invert = false;
    this.#sx = 1;
    this.#sy = 1;
    this.#chinese = false;
    this.#spacing = this.#o.lineSpacing;
  }

  run(bytes: Uint8Array): RenderedSlip[] {
    let text: number[] = [];
    const flushText = (): void => {
      if (text.length > 0) this.#text(Uint8Array.from(text));
      text = [];
    };
    for (const token of parseEscPos(bytes)) {
      if (token.kind === 'text') {
        for (const b of token.bytes) text.push(b);
        continue;
      }
      flushText();
      switch (token.kind) {
        case 'lf':
          this.#newline();
          break;
        case 'init':
          this.reset();
          break;
        case 'chinese':
          this.#chinese = token.on;
          break;
        case 'bold':
          this.#bold = token.on;
          break;
        case 'invert':
          this.#invert = token.on;
          break;
        case 'align':
          this.#align = token.align;
          break;
        case 'size':
          this.#sx = token.width;
          this.#sy = token.height;
          break;
        case 'printMode':
          this.#bold = token.bold;
          this.#sx = token.width;
          this.#sy = token.height;
          break;
        case 'feed':
          if (this.#line.length > 0) this.#newline();
          this.#y += Math.max(0, token.lines - (this.#line.length > 0 ? 1 : 0)) * this.#spacing;
          break;
        case 'lineSpacing':
          this.#spacing = token.dots ?? this.#o.lineSpacing;
          break;
        case 'qrModuleSize':
          this.#qr.size = Math.min(16, Math.max(1, token.size));
          break;
        case 'qrErrorLevel':
          this.#qr.level = token.level;
          break;
        case 'qrStore':
          this.#qr.data = token.data;
          break;
        case 'qrPrint':
          this.#printQr();
          break;
        case 'raster':
          this.#raster(token.mode, token.bytesPerRow, token.height, token.data);
          break;
        case 'cut':
          this.#endSlip(token.full ? 'fullCut' : 'partialCut');
          break;
        default:
          break;
      }
    }
    flushText();
    if (this.#line.length > 0) this.#newline();
    if (this.#draws.length > 0 || this.#regions.length > 0) this.#endSlip('torn');
    return this.slips;
  }

  #text(bytes: Uint8Array): void {
    for (const char of this.#decode(bytes)) {
      const cp = char.codePointAt(0) ?? 0x3f;
      const wide = this.#chinese && cp >= 0x80;
      const base = { w: wide ? 24 : 12, h: 24 };
      let glyph = this.#o.glyphs.glyph(cp, base.w, base.h) ?? createBitmap(base.w, base.h);
      if (this.#bold) glyph = embolden(glyph);
      const cell: Cell = { char, glyph, width: base.w * this.#sx, height: base.h * this.#sy, sx: this.#sx, sy: this.#sy, invert: this.#invert };
      if (this.#lineWidth + cell.width > this.#o.dotsPerLine && this.#line.length > 0) this.#newline();
      this.#line.push(cell);
      this.#lineWidth += cell.width;
    }
  }

  /** Characters as the printer reads them: in Chinese mode GB18030 units, else one byte each. */
  #decode(bytes: Uint8Array): string[] {
    const chars: string[] = [];
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i] ?? 0x3f;
      let n = 1;
      if (this.#chinese && b >= 0x81 && b <= 0xfe && i + 1 < bytes.length) {
        const b2 = bytes[i + 1] ?? 0;
        n = b2 >= 0x30 && b2 <= 0x39 && this.#o.codePage === 'gb18030' && i + 3 < bytes.length ? 4 : 2;
      }
      const unit = bytes.subarray(i, i + n);
      chars.push(n === 1 ? String.fromCharCode(b < 0x80 ? b : 0x3f) : iconv.decode(Buffer.from(unit), this.#o.codePage));
      i += n;
    }
    return chars;
  }

  #newline(): void {
    if (this.#line.length === 0) {
      this.#y += this.#spacing;
      return;
    }
    const height = Math.max(...this.#line.map((c) => c.height));
    let x = this.#startX(this.#lineWidth);
    const top = this.#y;
    for (const c of this.#line) {
      this.#draws.push({ bitmap: c.glyph, x, y: top + height - c.height, sx: c.sx, sy: c.sy, invert: c.invert });
      x += c.width;
    }
    const text = this.#line.map((c) => c.char).join('');
    this.#regions.push({ kind: 'text', x: this.#startX(this.#lineWidth), y: top, width: this.#lineWidth, height, text });
    this.#lines.push(text);
    this.#line = [];
    this.#lineWidth = 0;
    this.#y += Math.max(height, this.#spacing);
  }

  #startX(width: number): number {
    const free = Math.max(0, this.#o.dotsPerLine - width);
    return this.#align === 'center' ? Math.floor(free / 2) : this.#align === 'right' ? free : 0;
  }

  #printQr(): void {
    if (this.#line.length > 0) this.#newline();
    const data = this.#qr.data;
    if (data.length === 0) return;
    const matrix = this.#o.qrEncoder?.(data, this.#qr.level);
    const modules = matrix?.size ?? 25;
    const side = modules * this.#qr.size;
    const x = this.#startX(side);
    const symbol = createBitmap(modules, modules);
    for (let r = 0; r < modules; r++) {
      for (let c = 0; c < modules; c++) {
        const dark = matrix ? matrix.isDark(r, c) : r === 0 || c === 0 || r === modules - 1 || c === modules - 1 || (r + c) % 4 === 0;
        if (dark) symbol.data[r * modules + c] = 1;
      }
    }
    this.#draws.push({ bitmap: symbol, x, y: this.#y, sx: this.#qr.size, sy: this.#qr.size, invert: false });
    this.#regions.push({ kind: 'qr', x, y: this.#y, width: side, height: side, data, placeholder: matrix === undefined });
    this.#y += side;
  }

  #raster(mode: number, bytesPerRow: number, rows: number, data: Uint8Array): void {
    if (this.#line.length > 0) this.#newline();
    const image = createBitmap(bytesPerRow * 8, rows);
    for (let i = 0; i < image.data.length; i++) {
      const byte = data[Math.floor(i / image.width) * bytesPerRow + ((i % image.width) >> 3)] ?? 0;
      image.data[i] = (byte >> (7 - (i % 8))) & 1;
    }
    const sx = mode & 1 ? 2 : 1;
    const sy = mode & 2 ? 2 : 1;
    const x = this.#startX(image.width * sx);
    this.#draws.push({ bitmap: image, x, y: this.#y, sx, sy, invert: false });
    this.#regions.push({ kind: 'raster', x, y: this.#y, width: image.width * sx, height: rows * sy });
    this.#y += rows * sy;
  }

  #endSlip(end: RenderedSlip['end']): void {
    if (this.#line.length > 0) this.#newline();
    const m = this.#o.sideMargin;
    const image: MutableBitmap = createBitmap(this.#o.dotsPerLine + 2 * m, this.#y + margins.bottom);
    for (const d of this.#draws) blit(image, d.bitmap, d.x + m, d.y, d.sx, d.sy, d.invert);
    const regions = this.#regions.map((r) => ({ ...r, x: r.x + m }));
    this.slips.push({ image, end, lines: this.#lines, regions });
    this.#draws = [];
    this.#regions = [];
    this.#lines = [];
    this.#y = margins.top;
  }
}

/** Double strike: every dot also one to the right (how a printer's emphasised mode looks). */
function embolden(glyph: Bitmap): Bitmap {
  const out = createBitmap(glyph.width, glyph.height);
  for (let y = 0; y < glyph.height; y++) {
    for (let x = 0; x < glyph.width; x++) {
      const i = y * glyph.width + x;
      if (glyph.data[i] === 1 || (x > 0 && glyph.data[i - 1] === 1)) out.data[i] = 1;
    }
  }
  return out;
}

/** Every slip in the stream, one per cut; what follows the last cut is a torn slip. */
export function renderSlips(bytes: Uint8Array, options: RenderOptions): RenderedSlip[] {
  return new SlipPainter(options).run(bytes);
}

/** Dark dots inside a rectangle of an image (for checks that a region is not blank). */
export function countDots(image: Bitmap, x: number, y: number, width: number, height: number): number {
  let n = 0;
  for (let yy = Math.max(0, y); yy < Math.min(image.height, y + height); yy++) {
    for (let xx = Math.max(0, x); xx < Math.min(image.width, x + width); xx++) if (image.data[yy * image.width + xx] === 1) n++;
  }
  return n;
}
