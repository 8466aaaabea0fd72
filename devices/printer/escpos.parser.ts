// The reverse of the encoder: an ESC/POS byte stream as tokens, for the simulator (the device side)
// and the slip renderer. Streaming: push() chunks as they arrive; a command cut in two by a chunk
// boundary is held until the rest comes. Commands we do not act on are skipped by their documented
// length so the stream stays in step; a byte we cannot place becomes an `unknown` token. Never throws.
import type { Alignment, QrErrorLevel } from './types.ts';

export type EscPosToken =
  | { readonly kind: 'text'; readonly bytes: Uint8Array }
  | { readonly kind: 'lf' }
  | { readonly kind: 'init' }
  | { readonly kind: 'chinese'; readonly on: boolean }
  | { readonly kind: 'bold'; readonly on: boolean }
  | { readonly kind: 'invert'; readonly on: boolean }
  | { readonly kind: 'align'; readonly align: Alignment }
  | { readonly kind: 'size'; readonly width: number; readonly height: number }
  /** ESC ! n: font B, bold, double height, double width in one byte. */
  | { readonly kind: 'printMode'; readonly fontB: boolean; readonly bold: boolean; readonly width: number; readonly height: number }
  | { readonly kind: 'feed'; readonly lines: number }
  /** ESC 2 (null: default) or ESC 3 n (dots). */
  | { readonly kind: 'lineSpacing'; readonly dots: number | null }
  | { readonly kind: 'qrModel'; readonly model: number }
  | { readonly kind: 'qrModuleSize'; readonly size: number }
  | { readonly kind: 'qrErrorLevel'; readonly level: QrErrorLevel }
  | { readonly kind: 'qrStore'; readonly data: Uint8Array }
  | { readonly kind: 'qrPrint' }
  | { readonly kind: 'raster'; readonly mode: number; readonly bytesPerRow: number; readonly height: number; readonly data: Uint8Array }
  | { readonly kind: 'cut'; readonly full: boolean }
  /** DLE EOT n. */
  | { readonly kind: 'statusRequest'; readonly n: number }
  /** GS r n. */
  | { readonly kind: 'sensorRequest'; readonly n: number }
  /** A known command we do not act on, or a byte we cannot place. */
  | { readonly kind: 'other'; readonly bytes: Uint8Array };

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

const alignments: readonly Alignment[] = ['left', 'center', 'right'];
const qrLevels: readonly QrErrorLevel[] = ['L', 'M', 'Q', 'H'];

/** Parameter bytes of fixed-length commands we skip (after the two command bytes). */
const escParams: Record<number, number> = {
  0x20: 1, 0x21: 1, 0x24: 2, 0x25: 1, 0x2d: 1, 0x32: 0, 0x33: 1, 0x3d: 1, 0x3f: 1, 0x40: 0, 0x45: 1,
  0x47: 1, 0x4a: 1, 0x4d: 1, 0x52: 1, 0x53: 0, 0x54: 1, 0x56: 1, 0x5c: 2, 0x61: 1, 0x64: 1, 0x70: 3, 0x74: 1,
  0x7b: 1, 0x4c: 0, 0x63: 2,
};
const gsParams: Record<number, number> = {
  0x21: 1, 0x42: 1, 0x48: 1, 0x49: 1, 0x4c: 2, 0x50: 2, 0x57: 2, 0x61: 1, 0x62: 1, 0x66: 1, 0x68: 1, 0x72: 1,
  0x77: 1, 0x24: 2, 0x5c: 2,
};
const fsParams: Record<number, number> = { 0x21: 1, 0x26: 0, 0x2d: 1, 0x2e: 0, 0x43: 1, 0x53: 2, 0x57: 1, 0x70: 2 };

type Step = { token: EscPosToken; next: number } | 'incomplete';

function other(buf: Uint8Array, from: number, to: number): EscPosToken {
  return { kind: 'other', bytes: buf.slice(from, to) };
}

function u16(buf: Uint8Array, i: number): number {
  return (buf[i] ?? 0) | ((buf[i + 1] ?? 0) << 8);
}

function parseEsc(buf: Uint8Array, i: number): Step {
  const cmd = buf[i + 1];
  if (cmd === undefined) return 'incomplete';
  const params = escParams[cmd];
  if (cmd === 0x2a) {
    // ESC * m nL nH d1..dk: bit image, k = n * (1 or 3)
    if (i + 5 > buf.length) return 'incomplete';
    const m = buf[i + 2] ?? 0;
    const end = i + 5 + u16(buf, i + 3) * (m >= 32 ? 3 : 1);
    return end > buf.length ? 'incomplete' : { token: other(buf, i, end), next: end };
  }
  if (cmd === 0x44) {
    // ESC D n1..nk NUL: tab positions
    const nul = buf.indexOf(0, i + 2);
    return nul < 0 ? 'incomplete' : { token: other(buf, i, nul + 1), next: nul + 1 };
  }
  if (params === undefined) return { token: other(buf, i, i + 2), next: i + 2 };
  const end = i + 2 + params;
  if (end > buf.length) return 'incomplete';
  const n = buf[i + 2] ?? 0;
  switch (cmd) {
    case 0x40:
      return { token: { kind: 'init' }, next: end };
    case 0x45:
      return { token: { kind: 'bold', on: (n & 1) === 1 }, next: end };
    case 0x61:
      return { token: { kind: 'align', align: alignments[n % 48] ?? 'left' }, next: end };
    case 0x64:
      return { token: { kind: 'feed', lines: n }, next: end };
    case 0x32:
      return { token: { kind: 'lineSpacing', dots: null }, next: end };
    case 0x33:
      return { token: { kind: 'lineSpacing', dots: n }, next: end };
    case 0x21:
      return {
        token: { kind: 'printMode', fontB: (n & 1) !== 0, bold: (n & 8) !== 0, height: n & 0x10 ? 2 : 1, width: n & 0x20 ? 2 : 1 },
        next: end,
      };
    default:
      return { token: other(buf, i, end), next: end };
  }
}

function parseGsParen(buf: Uint8Array, i: number): Step {
  // GS ( fn pL pH data: fn 'k' is QR / 2D codes; others are skipped by their length.
  if (i + 5 > buf.length) return 'incomplete';
  const fn = buf[i + 2];
  const len = u16(buf, i + 3);
  const end = i + 5 + len;
  if (end > buf.length) return 'incomplete';
  const cn = buf[i + 5];
  const f = buf[i + 6];
  if (fn !== 0x6b || cn !== 0x31 || len < 3) return { token: other(buf, i, end), next: end };
  const p = buf[i + 7] ?? 0;
  switch (f) {
    case 0x41:
      return { token: { kind: 'qrModel', model: p - 0x30 }, next: end };
    case 0x43:
      return { token: { kind: 'qrModuleSize', size: p }, next: end };
    case 0x45:
      return { token: { kind: 'qrErrorLevel', level: qrLevels[p - 0x30] ?? 'L' }, next: end };
    case 0x50:
      return { token: { kind: 'qrStore', data: buf.slice(i + 8, end) }, next: end };
    case 0x51:
      return { token: { kind: 'qrPrint' }, next: end };
    default:
      return { token: other(buf, i, end), next: end };
  }
}

function parseGs(buf: Uint8Array, i: number): Step {
  const cmd = buf[i + 1];
  if (cmd === undefined) return 'incomplete';
  if (cmd === 0x28) return parseGsParen(buf, i);
  if (cmd === 0x76) {
    // GS v 0 m xL xH yL yH data
    if (i + 8 > buf.length) return 'incomplete';
    const bytesPerRow = u16(buf, i + 4);
    const height = u16(buf, i + 6);
    const end = i + 8 + bytesPerRow * height;
    if (end > buf.length) return 'incomplete';
    if (buf[i + 2] !== 0x30) return { token: other(buf, i, end), next: end };
    const mode = buf[i + 3] ?? 0;
    return { token: { kind: 'raster', mode: mode & 3, bytesPerRow, height, data: buf.slice(i + 8, end) }, next: end };
  }
  if (cmd === 0x56) {
    // GS V m, or GS V m n for m = 65/66 (feed then cut)
    const m = buf[i + 2];
    if (m === undefined) return 'incomplete';
    const end = m >= 0x41 ? i + 4 : i + 3;
    if (end > buf.length) return 'incomplete';
    return { token: { kind: 'cut', full: m === 0 || m === 0x30 || m === 0x41 }, next: end };
  }
  if (cmd === 0x6b) {
    // GS k m ...: barcodes, NUL-terminated (m <= 6) or with a length byte (m >= 65)
    const m = buf[i + 2];
    if (m === undefined) return 'incomplete';
    if (m <= 6) {
      const nul = buf.indexOf(0, i + 3);
      return nul < 0 ? 'incomplete' : { token: other(buf, i, nul + 1), next: nul + 1 };
    }
    if (i + 4 > buf.length) return 'incomplete';
    const end = i + 4 + (buf[i + 3] ?? 0);
    return end > buf.length ? 'incomplete' : { token: other(buf, i, end), next: end };
  }
  const params = gsParams[cmd];
  if (params === undefined) return { token: other(buf, i, i + 2), next: i + 2 };
  const end = i + 2 + params;
  if (end > buf.length) return 'incomplete';
  const n = buf[i + 2] ?? 0;
  if (cmd === 0x21) return { token: { kind: 'size', width: ((n >> 4) & 7) + 1, height: (n & 7) + 1 }, next: end };
  if (cmd === 0x42) return { token: { kind: 'invert', on: (n & 1) === 1 }, next: end };
  if (cmd === 0x72) return { token: { kind: 'sensorRequest', n }, next: end };
  return { token: other(buf, i, end), next: end };
}

function parseFs(buf: Uint8Array, i: number): Step {
  const cmd = buf[i + 1];
  if (cmd === undefined) return 'incomplete';
  const params = fsParams[cmd];
  if (params === undefined) return { token: other(buf, i, i + 2), next: i + 2 };
  const end = i + 2 + params;
  if (end > buf.length) return 'incomplete';
  if (cmd === 0x26) return { token: { kind: 'chinese', on: true }, next: end };
  if (cmd === 0x2e) return { token: { kind: 'chinese', on: false }, next: end };
  return { token: other(buf, i, end), next: end };
}

function parseDle(buf: Uint8Array, i: number): Step {
  const cmd = buf[i + 1];
  if (cmd === undefined) return 'incomplete';
  // DLE EOT n, DLE ENQ n: one parameter; DLE DC4 fn m t: three.
  const params = cmd === 0x04 || cmd === 0x05 ? 1 : cmd === 0x14 ? 3 : -1;
  if (params < 0) return { token: other(buf, i, i + 1), next: i + 1 };
  const end = i + 2 + params;
  if (end > buf.length) return 'incomplete';
  if (cmd === 0x04) return { token: { kind: 'statusRequest', n: buf[i + 2] ?? 0 }, next: end };
  return { token: other(buf, i, end), next: end };
}

function parseStep(buf: Uint8Array, i: number): Step {
  const b = buf[i] ?? 0;
  if (b >= 0x20) {
    let end = i;
    while (end < buf.length && (buf[end] ?? 0) >= 0x20) end++;
    return { token: { kind: 'text', bytes: buf.slice(i, end) }, next: end };
  }
  switch (b) {
    case 0x0a:
      return { token: { kind: 'lf' }, next: i + 1 };
    case ESC:
      return parseEsc(buf, i);
    case GS:
      return parseGs(buf, i);
    case FS:
      return parseFs(buf, i);
    case DLE:
      return parseDle(buf, i);
    default:
      return { token: other(buf, i, i + 1), next: i + 1 };
  }
}

export class EscPosParser {
  #pending: Uint8Array = new Uint8Array(0);

  /** Tokens completed by this chunk; an unfinished command waits for the next one. */
  push(chunk: Uint8Array): EscPosToken[] {
    return this.pushWithBytes(chunk).map((t) => t.token);
  }

  /** As push(), each token with the bytes it was parsed from. */
  pushWithBytes(chunk: Uint8Array): { token: EscPosToken; bytes: Uint8Array }[] {
    const buf = new Uint8Array(this.#pending.length + chunk.length);
    buf.set(this.#pending);
    buf.set(chunk, this.#pending.length);
    const out: { token: EscPosToken; bytes: Uint8Array }[] = [];
    let i = 0;
    while (i < buf.length) {
      const step = parseStep(buf, i);
      if (step === 'incomplete') break;
      out.push({ token: step.token, bytes: buf.slice(i, step.next) });
      i = step.next;
    }
    this.#pending = buf.slice(i);
    return out;
  }

  /** Bytes held for an unfinished command. */
  get pendingBytes(): number {
    return this.#pending.length;
  }

  /** The end of the stream: whatever is held is an unfinished command. */
  end(): EscPosToken[] {
    const rest = this.#pending;
    this.#pending = new Uint8Array(0);
    return rest.length === 0 ? [] : [{ kind: 'other', bytes: rest }];
  }
}

/** A whole stream at once. */
export function parseEscPos(bytes: Uint8Array): EscPosToken[] {
  const parser = new EscPosParser();
  return [...parser.push(bytes), ...parser.end()];
}
