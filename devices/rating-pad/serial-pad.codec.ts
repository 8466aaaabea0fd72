// Serial pad framing, both directions (pure; never throws on bad input):
//   FF (preamble, optional on input) | 68 L L 68 | ADDR FUNC DATA.. | CS | 16
// L counts ADDR + FUNC + DATA; CS = (ADDR + FUNC + DATA) & 0xFF. What a frame means (key, rating,
// command) comes from the pad's model table (serial-pad.models.ts), never from code here.
// The decoder is incremental: push chunks as they arrive; it resyncs on `68 L L 68` after garbage
// and reports bad length, end byte and checksum as typed values. Its buffer never holds more than
// one frame's worth of bytes.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import type { SerialPadModel } from './serial-pad.models.ts';
import type { PadInput, RatingLevel, WindowKey } from './types.ts';

export const PREAMBLE = 0xff;
export const START = 0x68;
export const END = 0x16;
/** DATA bytes accepted by default (a 6-digit display needs 6). */
export const DEFAULT_MAX_DATA_LENGTH = 64;

export interface PadFrame {
  readonly address: number;
  readonly func: number;
  readonly data: Uint8Array;
}

/** What a frame means under a model: input from the pad, or a command from the host. */
export type PadMessage =
  | PadInput
  | { readonly kind: 'command'; readonly command: 'showNumber'; readonly text: string }
  | { readonly kind: 'command'; readonly command: 'beep' | 'requestRating' };

const isByte = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0xff;

export function padChecksum(address: number, func: number, data: Uint8Array): number {
  let sum = address + func;
  for (const b of data) sum += b;
  return sum & 0xff;
}

/** `encodeFrame({ address: 1, func: 3, data: [] })` is `FF 68 02 02 68 01 03 04 16`. */
export function encodeFrame(frame: PadFrame, maxDataLength = DEFAULT_MAX_DATA_LENGTH): Result<Uint8Array> {
  if (!isByte(frame.address) || !isByte(frame.func)) {
    return err(kioskError('ratingPad.invalidCommand', 'address and func must be bytes (0..255)', { address: frame.address, func: frame.func }));
  }
  if (frame.data.length > maxDataLength) {
    return err(kioskError('ratingPad.length', `data of ${frame.data.length} bytes exceeds ${maxDataLength}`));
  }
  const l = frame.data.length + 2;
  const out = new Uint8Array(1 + 4 + l + 2);
  out.set([PREAMBLE, START, l, l, START, frame.address, frame.func], 0);
  out.set(frame.data, 7);
  out[out.length - 2] = padChecksum(frame.address, frame.func, frame.data);
  out[out.length - 1] = END;
  return ok(out);
}

/**
 * The text a pad shows: an integer 0..10^width-1 zero-padded, or up to `width` characters of 0-9,
 * A-Z, space and '-' (lower case is raised) right-aligned.
 */
export function formatDisplayText(value: number | string, width: number): Result<string> {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0 || value >= 10 ** width) {
      return err(kioskError('ratingPad.invalidCommand', `${String(value)} does not fit ${width} digits`));
    }
    return ok(String(value).padStart(width, '0'));
  }
  const text = value.toUpperCase();
  if (text.length === 0 || text.length > width || !/^[0-9A-Z -]+$/.test(text)) {
    return err(kioskError('ratingPad.invalidCommand', `"${value}" is not 1..${width} characters of 0-9, A-Z, space, '-'`));
  }
  return ok(text.padStart(width, ' '));
}

export function encodeShowNumber(address: number, value: number | string, model: SerialPadModel): Result<Uint8Array> {
  const text = formatDisplayText(value, model.displayWidth);
  if (!text.ok) return text;
  const data = Uint8Array.from(text.value, (c) => c.charCodeAt(0));
  return encodeFrame({ address, func: model.commands.showNumber, data });
}

export function encodeBeep(address: number, model: SerialPadModel): Result<Uint8Array> {
  return encodeFrame({ address, func: model.commands.beep, data: new Uint8Array(0) });
}

export function encodeRequestRating(address: number, model: SerialPadModel): Result<Uint8Array> {
  return encodeFrame({ address, func: model.commands.requestRating, data: new Uint8Array(0) });
}

/** The frame a pad sends for a key (the simulator's side). */
export function encodeKeyPress(address: number, key: WindowKey, model: SerialPadModel): Result<Uint8Array> {
  const binding = model.keys.find((k) => k.key === key);
  if (!binding) return err(kioskError('device.unsupported', `model ${model.id} has no ${key} key`));
  return encodeFrame({ address, func: binding.func, data: Uint8Array.from(binding.data ?? []) });
}

/** The frame a pad sends for a rating (the simulator's side). */
export function encodeRating(address: number, level: RatingLevel, model: SerialPadModel): Result<Uint8Array> {
  const entry = model.rating.codes.find((c) => c.level === level);
  if (!entry) return err(kioskError('device.unsupported', `model ${model.id} has no ${level} key`));
  const data = new Uint8Array(model.rating.dataIndex + 1);
  data[model.rating.dataIndex] = entry.code;
  return encodeFrame({ address, func: model.rating.func, data });
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

function startsWith(data: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= data.length && prefix.every((b, i) => data[i] === b);
}

/** What a well-formed frame means under `model`; `ratingPad.unknownCode` when the table has no entry. */
export function interpretFrame(frame: PadFrame, model: SerialPadModel): Result<PadMessage> {
  const binding = model.keys.find((k) => k.func === frame.func && startsWith(frame.data, k.data ?? []));
  if (binding) return ok({ kind: 'key', key: binding.key });
  if (frame.func === model.rating.func) {
    const code = frame.data[model.rating.dataIndex];
    const entry = model.rating.codes.find((c) => c.code === code);
    if (entry) return ok({ kind: 'rating', level: entry.level });
    return err(kioskError('ratingPad.unknownCode', `rating byte ${code === undefined ? 'missing' : hex(Uint8Array.of(code))} unknown to ${model.id}`));
  }
  if (frame.func === model.commands.showNumber) {
    if (frame.data.length === 0 || frame.data.length > model.displayWidth || frame.data.some((b) => b < 0x20 || b > 0x7e)) {
      return err(kioskError('ratingPad.invalidCommand', `display data [${hex(frame.data)}] is not 1..${model.displayWidth} printable ASCII bytes`));
    }
    return ok({ kind: 'command', command: 'showNumber', text: String.fromCharCode(...frame.data).trimStart() });
  }
  if (frame.func === model.commands.beep) return ok({ kind: 'command', command: 'beep' });
  if (frame.func === model.commands.requestRating) return ok({ kind: 'command', command: 'requestRating' });
  return err(
    kioskError('ratingPad.unknownCode', `FUNC ${hex(Uint8Array.of(frame.func))} unknown to ${model.id}`, {
      func: frame.func,
      data: hex(frame.data),
    }),
  );
}

export interface SerialPadDecoderOptions {
  readonly maxDataLength?: number;
}

/**
 * Incremental decoder. `push` returns, in order, every frame completed by the chunk and every error
 * met on the way. The result does not depend on how the bytes were chunked.
 */
export class SerialPadDecoder {
  readonly #maxL: number;
  #buf: Uint8Array = new Uint8Array(0);
  #noise = 0;

  constructor(options: SerialPadDecoderOptions = {}) {
    this.#maxL = (options.maxDataLength ?? DEFAULT_MAX_DATA_LENGTH) + 2;
  }

  /** The longest frame this decoder accepts (without preamble); the buffer stays below it. */
  get maxFrameLength(): number {
    return 4 + this.#maxL + 2;
  }

  /** Bytes held while waiting for the rest of a frame. */
  get buffered(): number {
    return this.#buf.length;
  }

  push(chunk: Uint8Array): Result<PadFrame>[] {
    const out: Result<PadFrame>[] = [];
    const buf = concat(this.#buf, chunk);
    let i = 0;
    while (i < buf.length) {
      const b = buf[i] as number;
      if (b === PREAMBLE) {
        i++;
        continue;
      }
      if (b !== START) {
        this.#noise++;
        i++;
        continue;
      }
      if (buf.length - i < 4) break;
      const l = buf[i + 1] as number;
      if (buf[i + 3] !== START) {
        this.#noise++;
        i++;
        continue;
      }
      if (l !== buf[i + 2] || l < 2 || l > this.#maxL) {
        this.#report(out, kioskError('ratingPad.length', `bad length field ${hex(buf.subarray(i + 1, i + 3))} (2..${this.#maxL}, twice)`));
        i++;
        continue;
      }
      const total = 4 + l + 2;
      if (buf.length - i < total) break;
      if (buf[i + total - 1] !== END) {
        this.#report(out, kioskError('ratingPad.endByte', `frame of L=${l} ends in ${hex(buf.subarray(i + total - 1, i + total))}, not 16`));
        i++;
        continue;
      }
      const body = buf.subarray(i + 4, i + 4 + l);
      const frame: PadFrame = { address: body[0] as number, func: body[1] as number, data: body.slice(2) };
      const cs = buf[i + 4 + l] as number;
      const expected = padChecksum(frame.address, frame.func, frame.data);
      if (cs !== expected) {
        this.#report(out, kioskError('ratingPad.checksum', `checksum ${hex(Uint8Array.of(cs))}, expected ${hex(Uint8Array.of(expected))}`));
      } else {
        this.#flushNoise(out);
        out.push(ok(frame));
      }
      i += total;
    }
    this.#buf = buf.slice(i);
    return out;
  }

  /**
   * The line went quiet mid-frame: the frame being waited for will not complete. Reports it as
   * `ratingPad.truncated`, decodes whatever it was hiding (a real frame may follow a cut-off one),
   * reports skipped garbage, and leaves the buffer empty.
   */
  flush(): Result<PadFrame>[] {
    const out: Result<PadFrame>[] = [];
    while (this.#buf.length > 0) {
      const held = this.#buf;
      this.#buf = new Uint8Array(0);
      this.#report(out, kioskError('ratingPad.truncated', `frame cut off after ${held.length} bytes`));
      out.push(...this.push(held.subarray(1)));
    }
    this.#flushNoise(out);
    return out;
  }

  #report(out: Result<PadFrame>[], error: KioskError): void {
    this.#flushNoise(out);
    out.push(err(error));
  }

  #flushNoise(out: Result<PadFrame>[]): void {
    if (this.#noise === 0) return;
    out.push(err(kioskError('ratingPad.noise', `${this.#noise} bytes outside any frame skipped`, { skipped: this.#noise })));
    this.#noise = 0;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
