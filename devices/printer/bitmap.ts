// One-bit images (1 = black dot) for raster printing and for the slip renderer.
import type { Bitmap, QrMatrix } from './types.ts';

export interface MutableBitmap extends Bitmap {
  readonly data: Uint8Array;
}

export function createBitmap(width: number, height: number): MutableBitmap {
  const w = Math.max(0, Math.floor(width));
  const h = Math.max(0, Math.floor(height));
  return { width: w, height: h, data: new Uint8Array(w * h) };
}

export function getDot(bitmap: Bitmap, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= bitmap.width || y >= bitmap.height) return false;
  return bitmap.data[y * bitmap.width + x] === 1;
}

/** Fills a rectangle (clipped to the bitmap) with `value`. */
export function fillRect(bitmap: MutableBitmap, x: number, y: number, w: number, h: number, value: 0 | 1 = 1): void {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(bitmap.width, Math.floor(x + w));
  const y1 = Math.min(bitmap.height, Math.floor(y + h));
  for (let yy = y0; yy < y1; yy++) bitmap.data.fill(value, yy * bitmap.width + x0, yy * bitmap.width + Math.max(x0, x1));
}

/**
 * Draws `src` at (x, y), each source dot as a scaleX x scaleY block (how a printer enlarges its
 * font for GS !). Only dark dots are drawn (OR), or, with `invert`, the block is black and dots white.
 */
export function blit(dst: MutableBitmap, src: Bitmap, x: number, y: number, scaleX = 1, scaleY = 1, invert = false): void {
  if (invert) fillRect(dst, x, y, src.width * scaleX, src.height * scaleY, 1);
  for (let sy = 0; sy < src.height; sy++) {
    for (let sx = 0; sx < src.width; sx++) {
      if (src.data[sy * src.width + sx] === 1) fillRect(dst, x + sx * scaleX, y + sy * scaleY, scaleX, scaleY, invert ? 0 : 1);
    }
  }
}

/** Copies rows [0, height) of `src` into a new bitmap of `height` rows (taller: white below). */
export function cropHeight(src: Bitmap, height: number): MutableBitmap {
  const out = createBitmap(src.width, height);
  out.data.set(src.data.subarray(0, Math.min(src.data.length, out.data.length)));
  return out;
}

/** A QR symbol as dots: `moduleSize` dots per module and a quiet zone of `quietZone` modules around it. */
export function qrToBitmap(matrix: QrMatrix, moduleSize: number, quietZone = 4): MutableBitmap {
  const m = Math.max(1, Math.floor(moduleSize));
  const side = (matrix.size + 2 * quietZone) * m;
  const out = createBitmap(side, side);
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.isDark(row, col)) fillRect(out, (col + quietZone) * m, (row + quietZone) * m, m, m, 1);
    }
  }
  return out;
}

/** Packs a bitmap into GS v 0 rows: 8 dots a byte, most significant bit leftmost, rows padded to a byte. */
export function packRows(bitmap: Bitmap): { bytesPerRow: number; data: Uint8Array } {
  const bytesPerRow = Math.ceil(bitmap.width / 8);
  const data = new Uint8Array(bytesPerRow * bitmap.height);
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (bitmap.data[y * bitmap.width + x] === 1) {
        const i = y * bytesPerRow + (x >> 3);
        data[i] = (data[i] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  return { bytesPerRow, data };
}
