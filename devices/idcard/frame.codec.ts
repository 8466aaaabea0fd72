// SAM serial framing, both directions (pure; never throws on bad input):
//   AA AA AA 96 69 | LEN (2, big-endian: bytes after LEN, CHK included) | payload | CHK
// CHK is the XOR of LEN and payload. A command's payload is CMD PARA DATA, a response's SW1 SW2 SW3
// DATA. The decoders are incremental: push chunks as they arrive; they resync on the preamble after
// garbage and report checksum and length errors as typed values.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';

export const PREAMBLE: readonly number[] = [0xaa, 0xaa, 0xaa, 0x96, 0x69];
/** Preamble + LEN. */
export const HEADER_LENGTH = 7;
/** Largest LEN accepted by default: a read with fingerprint is 2314; leave room for vendor variants. */
export const DEFAULT_MAX_LEN = 4096;

export interface CommandFrame {
  readonly cmd: number;
  readonly para: number;
  readonly data: Uint8Array;
}

export interface ResponseFrame {
  readonly sw1: number;
  readonly sw2: number;
  readonly sw3: number;
  readonly data: Uint8Array;
}

const EMPTY = new Uint8Array(0);

/** XOR of bytes[start..end). */
export function xorChecksum(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let x = 0;
  for (let i = start; i < end; i++) x ^= bytes[i] ?? 0;
  return x;
}

/** Wraps a payload in preamble, LEN and CHK. Payloads longer than 0xFFFE bytes cannot be framed. */
export function encodeFrame(payload: Uint8Array): Result<Uint8Array> {
  const len = payload.length + 1;
  if (len > 0xffff) return err(kioskError('idcard.length', `payload of ${payload.length} bytes does not fit a frame`));
  const out = new Uint8Array(HEADER_LENGTH + len);
  out.set(PREAMBLE, 0);
  out[5] = len >> 8;
  out[6] = len & 0xff;
  out.set(payload, HEADER_LENGTH);
  out[out.length - 1] = xorChecksum(out, 5, out.length - 1);
  return ok(out);
}

function mustFrame(payload: Uint8Array): Uint8Array {
  const r = encodeFrame(payload);
  // Only a caller passing more than 64 KiB of command data gets here: a bug, not an input error.
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A command frame: `encodeCommand(0x11, 0xff)` ends in `00 03 11 FF ED`. */
export function encodeCommand(cmd: number, para: number, data: Uint8Array = EMPTY): Uint8Array {
  const payload = new Uint8Array(2 + data.length);
  payload[0] = cmd & 0xff;
  payload[1] = para & 0xff;
  payload.set(data, 2);
  return mustFrame(payload);
}

/** A response frame (what the reader sends); SW1 SW2 default to 00 00. */
export function encodeResponse(sw3: number, data: Uint8Array = EMPTY, sw1 = 0, sw2 = 0): Result<Uint8Array> {
  const payload = new Uint8Array(3 + data.length);
  payload[0] = sw1 & 0xff;
  payload[1] = sw2 & 0xff;
  payload[2] = sw3 & 0xff;
  payload.set(data, 3);
  return encodeFrame(payload);
}

export interface DecoderStats {
  frames: number;
  checksumErrors: number;
  lengthErrors: number;
  /** Bytes dropped while looking for a preamble (garbage, or the rest of a bad frame). */
  bytesSkipped: number;
}

export interface FrameDecoder<T> {
  /** Feeds bytes; returns every frame (or framing error) they complete, in order. */
  push(chunk: Uint8Array): Result<T>[];
  /** Drops a partly received frame (e.g. after a timeout). */
  reset(): void;
  /** Bytes held, waiting for the rest of a frame. Never more than HEADER_LENGTH + maxLen. */
  readonly buffered: number;
  readonly stats: Readonly<DecoderStats>;
}

export interface DecoderOptions {
  /** Largest LEN accepted; a larger one is a length error (and the decoder resyncs). */
  readonly maxLen?: number;
}

function preambleAt(buf: Uint8Array, i: number): boolean {
  for (let k = 0; k < PREAMBLE.length; k++) if (buf[i + k] !== PREAMBLE[k]) return false;
  return true;
}

/** Length of the longest suffix of buf that is a proper prefix of the preamble. */
function preamblePrefixSuffix(buf: Uint8Array): number {
  for (let n = Math.min(PREAMBLE.length - 1, buf.length); n > 0; n--) {
    let match = true;
    for (let k = 0; k < n; k++) {
      if (buf[buf.length - n + k] !== PREAMBLE[k]) {
        match = false;
        break;
      }
    }
    if (match) return n;
  }
  return 0;
}

const hex = (n: number): string => n.toString(16).toUpperCase().padStart(2, '0');

class Decoder<T> implements FrameDecoder<T> {
  readonly #minPayload: number;
  readonly #maxLen: number;
  readonly #interpret: (payload: Uint8Array) => T;
  #buf: Uint8Array = EMPTY;
  readonly stats: DecoderStats = { frames: 0, checksumErrors: 0, lengthErrors: 0, bytesSkipped: 0 };

  constructor(minPayload: number, interpret: (payload: Uint8Array) => T, options: DecoderOptions) {
    this.#minPayload = minPayload;
    this.#interpret = interpret;
    this.#maxLen = Math.max(minPayload + 1, Math.min(0xffff, options.maxLen ?? DEFAULT_MAX_LEN));
  }

  get buffered(): number {
    return this.#buf.length;
  }

  reset(): void {
    this.stats.bytesSkipped += this.#buf.length;
    this.#buf = EMPTY;
  }

  push(chunk: Uint8Array): Result<T>[] {
    const out: Result<T>[] = [];
    if (chunk.length === 0) return out;
    let buf: Uint8Array;
    if (this.#buf.length === 0) buf = chunk.slice();
    else {
      buf = new Uint8Array(this.#buf.length + chunk.length);
      buf.set(this.#buf, 0);
      buf.set(chunk, this.#buf.length);
    }
    let at = 0;
    for (;;) {
      let start = -1;
      for (let i = at; i + PREAMBLE.length <= buf.length; i++) {
        if (preambleAt(buf, i)) {
          start = i;
          break;
        }
      }
      if (start < 0) {
        const keep = preamblePrefixSuffix(buf.subarray(at));
        this.stats.bytesSkipped += buf.length - at - keep;
        at = buf.length - keep;
        break;
      }
      this.stats.bytesSkipped += start - at;
      at = start;
      if (buf.length - at < HEADER_LENGTH) break;
      const len = ((buf[at + 5] ?? 0) << 8) | (buf[at + 6] ?? 0);
      if (len < this.#minPayload + 1 || len > this.#maxLen) {
        this.stats.lengthErrors++;
        out.push(
          err(kioskError('idcard.length', `frame LEN ${len} outside ${this.#minPayload + 1}..${this.#maxLen}`, { len })),
        );
        at += 1;
        this.stats.bytesSkipped += 1;
        continue;
      }
      const end = at + HEADER_LENGTH + len;
      if (buf.length < end) break;
      const expected = xorChecksum(buf, at + 5, end - 1);
      const actual = buf[end - 1] ?? 0;
      if (expected !== actual) {
        this.stats.checksumErrors++;
        out.push(
          err(
            kioskError('idcard.checksum', `frame checksum ${hex(actual)}, expected ${hex(expected)}`, {
              len,
              expected,
              actual,
            }),
          ),
        );
        at += 1;
        this.stats.bytesSkipped += 1;
        continue;
      }
      this.stats.frames++;
      out.push(ok(this.#interpret(buf.slice(at + HEADER_LENGTH, end - 1))));
      at = end;
    }
    this.#buf = at >= buf.length ? EMPTY : buf.slice(at);
    return out;
  }
}

function toResponse(payload: Uint8Array): ResponseFrame {
  return { sw1: payload[0] ?? 0, sw2: payload[1] ?? 0, sw3: payload[2] ?? 0, data: payload.slice(3) };
}

function toCommand(payload: Uint8Array): CommandFrame {
  return { cmd: payload[0] ?? 0, para: payload[1] ?? 0, data: payload.slice(2) };
}

/** Decodes what the reader sends (the driver's side). */
export function createResponseDecoder(options: DecoderOptions = {}): FrameDecoder<ResponseFrame> {
  return new Decoder(3, toResponse, options);
}

/** Decodes what the terminal sends (the simulator's side). */
export function createCommandDecoder(options: DecoderOptions = {}): FrameDecoder<CommandFrame> {
  return new Decoder(2, toCommand, options);
}

function decodeOne<T>(decoder: FrameDecoder<T>, bytes: Uint8Array): Result<T> {
  const results = decoder.push(bytes);
  const first = results[0];
  if (first && !first.ok) return first;
  if (!first || results.length > 1 || decoder.buffered > 0 || decoder.stats.bytesSkipped > 0) {
    return err(kioskError('device.badFrame', 'expected exactly one frame and nothing else', { bytes: bytes.length }));
  }
  return first;
}

/** Decodes bytes that must be exactly one response frame. */
export function decodeResponseFrame(bytes: Uint8Array, options: DecoderOptions = {}): Result<ResponseFrame> {
  return decodeOne(createResponseDecoder(options), bytes);
}

/** Decodes bytes that must be exactly one command frame. */
export function decodeCommandFrame(bytes: Uint8Array, options: DecoderOptions = {}): Result<CommandFrame> {
  return decodeOne(createCommandDecoder(options), bytes);
}

/** For logs and tests: `AA AA AA 96 69 00 03 11 FF ED`. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, hex).join(' ');
}

/** Parses `AA AA 96` style hex (spaces optional). Invalid text yields an error, never a throw. */
export function fromHex(text: string): Result<Uint8Array> {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) {
    return err(kioskError('device.badFrame', 'not an even run of hex digits'));
  }
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return ok(out);
}
