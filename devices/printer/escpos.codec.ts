// A pure ESC/POS encoder for queue slips: a builder that collects bytes and never sends them. Text is
// GB18030 (or GBK) in Chinese mode (FS &), QR is native GS ( k model 2 or a GS v 0 raster image.
// Nothing here throws on bad input: out-of-range numbers are clamped, control characters in text are
// replaced, and what cannot be printed at all (a QR payload too long for a symbol, an image wider than
// the paper) is reported by build() as `printer.invalidJob`.
import iconv from 'iconv-lite';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import { packRows, qrToBitmap } from './bitmap.ts';
import { sanitizeText } from './text-layout.ts';
import type { Alignment, Bitmap, CodePage, CutKind, QrErrorLevel, QrMatrix } from './types.ts';

export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const LF = 0x0a;

/** Fixed command bytes, as DOMAIN.md section 6 and the Epson ESC/POS reference give them. */
export const commands = {
  init: [ESC, 0x40],
  chineseOn: [FS, 0x26],
  chineseOff: [FS, 0x2e],
  defaultLineSpacing: [ESC, 0x32],
  qrModel2: [GS, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00],
  qrPrint: [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30],
  cutFull: [GS, 0x56, 0x00],
  cutPartial: [GS, 0x56, 0x01],
} as const;

const alignCode: Record<Alignment, number> = { left: 0, center: 1, right: 2 };
const qrLevelCode: Record<QrErrorLevel, number> = { L: 0x30, M: 0x31, Q: 0x32, H: 0x33 };

/** Byte-mode capacity of the largest model 2 symbol (version 40) per error level. */
export const qrByteCapacity: Record<QrErrorLevel, number> = { L: 2953, M: 2331, Q: 1663, H: 1273 };

/** Rows per GS v 0 band: small enough for the input buffer of cheap printers. */
const rasterBandRows = 256;

function clampInt(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value)));
}

export interface EncoderOptions {
  readonly codePage?: CodePage;
  /** Printable width, for refusing raster images that would not fit. */
  readonly dotsPerLine?: number;
}

export class EscPosEncoder {
  readonly #bytes: number[] = [];
  readonly #codePage: CodePage;
  readonly #dotsPerLine: number;
  #chinese = false;
  #error: KioskError | undefined;

  constructor(options: EncoderOptions = {}) {
    this.#codePage = options.codePage ?? 'gb18030';
    this.#dotsPerLine = options.dotsPerLine ?? 576;
  }

  raw(bytes: ArrayLike<number>): this {
    for (let i = 0; i < bytes.length; i++) this.#bytes.push((bytes[i] ?? 0) & 0xff);
    return this;
  }

  /** ESC @: back to power-on modes. Chinese mode is sent again before the next multi-byte text. */
  init(): this {
    this.#chinese = false;
    return this.raw(commands.init);
  }

  /** FS & on, FS . off. */
  chinese(on: boolean): this {
    this.#chinese = on;
    return this.raw(on ? commands.chineseOn : commands.chineseOff);
  }

  /** Text without a line feed. Controls become spaces; Chinese mode goes on when the bytes need it. */
  text(value: string): this {
    const bytes = encodeText(value, this.#codePage);
    if (!this.#chinese && bytes.some((b) => b >= 0x80)) this.chinese(true);
    return this.raw(bytes);
  }

  /** Text and a line feed. */
  line(value = ''): this {
    return this.text(value).newline();
  }

  newline(count = 1): this {
    for (let i = 0; i < clampInt(count, 0, 255); i++) this.#bytes.push(LF);
    return this;
  }

  /** ESC d n: print and feed n lines. */
  feed(lines: number): this {
    return this.raw([ESC, 0x64, clampInt(lines, 0, 255)]);
  }

  /** GS ! n: width and height multipliers, 1..8 each. */
  size(width: number, height: number = width): this {
    const w = clampInt(width, 1, 8) - 1;
    const h = clampInt(height, 1, 8) - 1;
    return this.raw([GS, 0x21, (w << 4) | h]);
  }

  /** ESC E n. */
  bold(on: boolean): this {
    return this.raw([ESC, 0x45, on ? 1 : 0]);
  }

  /** GS B n: white on black. */
  invert(on: boolean): this {
    return this.raw([GS, 0x42, on ? 1 : 0]);
  }

  /** ESC a n. */
  align(alignment: Alignment): this {
    return this.raw([ESC, 0x61, alignCode[alignment]]);
  }

  /** ESC 2: default line spacing. */
  defaultLineSpacing(): this {
    return this.raw(commands.defaultLineSpacing);
  }

  /** Native QR (GS ( k, model 2): model, module size, error level, store, print. */
  qrNative(data: string | Uint8Array, options: { moduleSize: number; level: QrErrorLevel }): this {
    const payload = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    if (payload.length === 0 || payload.length > qrByteCapacity[options.level]) {
      return this.#fail(`QR payload of ${payload.length} bytes does not fit a level ${options.level} symbol`, {
        bytes: payload.length,
        max: qrByteCapacity[options.level],
      });
    }
    const storeLength = payload.length + 3;
    this.raw(commands.qrModel2);
    this.raw([GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, clampInt(options.moduleSize, 1, 16)]);
    this.raw([GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, qrLevelCode[options.level]]);
    this.raw([GS, 0x28, 0x6b, storeLength & 0xff, storeLength >> 8, 0x31, 0x50, 0x30]);
    this.raw(payload);
    return this.raw(commands.qrPrint);
  }

  /** A QR symbol drawn by us and sent as a raster image, for printers without QR firmware. */
  qrRaster(matrix: QrMatrix, moduleSize: number, quietZone = 2): this {
    return this.raster(qrToBitmap(matrix, clampInt(moduleSize, 1, 16), quietZone));
  }

  /** GS v 0 (normal density), in bands of at most 256 rows. */
  raster(image: Bitmap): this {
    if (image.width === 0 || image.height === 0) return this;
    if (image.width > this.#dotsPerLine) {
      return this.#fail(`image ${image.width} dots wide does not fit ${this.#dotsPerLine} dots`, { width: image.width });
    }
    const { bytesPerRow, data } = packRows(image);
    for (let top = 0; top < image.height; top += rasterBandRows) {
      const rows = Math.min(rasterBandRows, image.height - top);
      this.raw([GS, 0x76, 0x30, 0x00, bytesPerRow & 0xff, bytesPerRow >> 8, rows & 0xff, rows >> 8]);
      this.raw(data.subarray(top * bytesPerRow, (top + rows) * bytesPerRow));
    }
    return this;
  }

  /** Feeds `feedLines` (so the last line clears the cutter), then GS V 1 (partial) or GS V 0 (full). */
  cut(kind: CutKind, feedLines = 0): this {
    if (feedLines > 0) this.feed(feedLines);
    if (kind === 'full') return this.raw(commands.cutFull);
    if (kind === 'partial') return this.raw(commands.cutPartial);
    return this;
  }

  /** The bytes so far, or the first thing that could not be encoded. */
  build(): Result<Uint8Array> {
    if (this.#error !== undefined) return err(this.#error);
    return ok(Uint8Array.from(this.#bytes));
  }

  #fail(message: string, details: unknown): this {
    this.#error ??= kioskError('printer.invalidJob', message, details);
    return this;
  }
}

/** Text bytes as the printer gets them in Chinese mode (sanitised first, so never a control byte). */
export function encodeText(value: string, codePage: CodePage = 'gb18030'): Uint8Array {
  return Uint8Array.from(iconv.encode(sanitizeText(value), codePage));
}
