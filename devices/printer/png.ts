// A minimal PNG encoder for one-bit images: greyscale, bit depth 1, no filter, deflate by node:zlib.
// Dots (1) are black, paper (0) white.
import { crc32, deflateSync } from 'node:zlib';
import type { Bitmap } from './types.ts';

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export function encodePng(bitmap: Bitmap): Uint8Array {
  const width = Math.max(1, bitmap.width);
  const height = Math.max(1, bitmap.height);
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, filter method 0, no interlace
  const stride = Math.ceil(width / 8);
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      // 1 is white in a one-bit greyscale PNG: set the bit for paper, leave it clear for a dot.
      const dot = x < bitmap.width && y < bitmap.height && bitmap.data[y * bitmap.width + x] === 1;
      if (!dot) {
        const i = row + 1 + (x >> 3);
        raw[i] = (raw[i] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  const parts = [Uint8Array.from(signature), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
