// Reads the PNGs pdftoppm writes (8-bit grey, grey+alpha, RGB or RGBA, not interlaced) into a grey
// level per pixel, with node:zlib. Enough to look for ink in the tests; not a general decoder.
import { inflateSync } from 'node:zlib';

export interface GreyImage {
  readonly width: number;
  readonly height: number;
  /** 0 black .. 255 white, row by row. */
  readonly grey: Uint8Array;
}

const channelsOf: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(file: Uint8Array): GreyImage {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < file.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...file.subarray(at + 4, at + 8));
    const data = file.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = data[8];
      channels = channelsOf[data[9] ?? -1] ?? 0;
      if (depth !== 8 || channels === 0 || data[12] !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${data[9]}, interlace ${data[12]}`);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (out[x - channels] ?? 0) : 0;
      const b = up[x] ?? 0;
      const c = x >= channels ? (up[x - channels] ?? 0) : 0;
      const v = line[x] ?? 0;
      const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      out[x] = (v + predictor) & 0xff;
    }
  }
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    grey[i] = channels >= 3 ? Math.round(0.299 * (rows[p] ?? 0) + 0.587 * (rows[p + 1] ?? 0) + 0.114 * (rows[p + 2] ?? 0)) : (rows[p] ?? 0);
  }
  return { width, height, grey };
}

/** Pixels darker than mid-grey inside a rectangle (clipped to the image). */
export function inkIn(image: GreyImage, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(image.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(image.width, Math.ceil(x1)); x++) {
      if ((image.grey[y * image.width + x] ?? 255) < 128) n++;
    }
  }
  return n;
}
