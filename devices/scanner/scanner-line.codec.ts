// Serial scanner framing, both directions (pure; never throws on bad input):
//   [prefix] code bytes [suffix] terminator        terminator = CR | LF | CR LF (configured)
// The decoder is incremental and works byte by byte, so its output does not depend on chunking.
// A code longer than the configured maximum is dropped up to its terminator (`scanner.tooLong`) and
// never buffered: the buffer holds at most one maximum-length line. Control bytes in a code are
// refused (`scanner.nonPrintable`), as are bytes that are not valid in the configured charset
// (`scanner.badEncoding`). Errors name positions and byte values, never the code itself (it may
// be an ID number).
import iconv from 'iconv-lite';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { ScannerLineConfig } from './scanner-config.ts';

export const CR = 0x0d;
export const LF = 0x0a;

const terminatorBytes: Readonly<Record<ScannerLineConfig['terminator'], readonly number[]>> = {
  CR: [CR],
  LF: [LF],
  CRLF: [CR, LF],
};

/** Index of the first C0 control, DEL or C1 control (nothing a scanned code should contain), or -1. */
function controlIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return i;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, encoding: ScannerLineConfig['encoding']): Result<string> {
  if (encoding === 'utf8') {
    try {
      return ok(utf8.decode(bytes));
    } catch {
      return err(kioskError('scanner.badEncoding', `${bytes.length} bytes are not valid UTF-8`));
    }
  }
  const text = iconv.decode(bytes, 'gb18030');
  // iconv-lite marks bytes it cannot map with U+FFFD. (A real U+FFFD, 84 31 A4 37, is refused too:
  // no code a hall deals in contains one.)
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) return err(kioskError('scanner.badEncoding', `bytes are not valid GB18030 (character ${bad})`));
  return ok(text);
}

function encodeText(text: string, encoding: ScannerLineConfig['encoding']): Uint8Array {
  return encoding === 'utf8' ? new TextEncoder().encode(text) : Uint8Array.from(iconv.encode(text, 'gb18030'));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function endsWith(bytes: Uint8Array, suffix: readonly number[]): boolean {
  const start = bytes.length - suffix.length;
  return start >= 0 && suffix.every((b, i) => bytes[start + i] === b);
}

/** One complete line (terminator removed) -> the code it carries. */
export function decodeLine(line: Uint8Array, config: ScannerLineConfig): Result<string> {
  let body = line;
  if (config.prefix.length > 0 && startsWith(body, config.prefix)) body = body.subarray(config.prefix.length);
  if (config.suffix.length > 0 && endsWith(body, config.suffix)) body = body.subarray(0, body.length - config.suffix.length);
  if (body.length > config.maxLength) {
    return err(kioskError('scanner.tooLong', `code of ${body.length} bytes exceeds ${config.maxLength}`, { length: body.length }));
  }
  const bad = body.findIndex((b) => b < 0x20 || b === 0x7f);
  if (bad >= 0) {
    const value = body[bad] as number;
    const hint = value === CR || value === LF ? ' (check the terminator setting)' : '';
    return err(
      kioskError('scanner.nonPrintable', `control byte ${value.toString(16).padStart(2, '0')} at position ${bad}${hint}`, {
        position: bad,
        byte: value,
      }),
    );
  }
  const text = decodeText(body, config.encoding);
  if (!text.ok) return text;
  const control = controlIndex(text.value);
  if (control >= 0) {
    const code = text.value.charCodeAt(control).toString(16).padStart(4, '0');
    return err(kioskError('scanner.nonPrintable', `control character U+${code} at character ${control}`, { position: control }));
  }
  if (text.value.length === 0) return err(kioskError('scanner.nonPrintable', 'empty code'));
  return ok(text.value);
}

/** The bytes a scanner sends for `text` (the simulator's side). */
export function encodeScanLine(text: string, config: ScannerLineConfig): Result<Uint8Array> {
  const body = encodeText(text, config.encoding);
  if (body.length > config.maxLength) return err(kioskError('scanner.tooLong', `code of ${body.length} bytes exceeds ${config.maxLength}`));
  const parts = [config.prefix, Array.from(body), config.suffix, terminatorBytes[config.terminator]];
  return ok(Uint8Array.from(parts.flat()));
}

/**
 * Incremental decoder: `push` returns, in order, one result per line completed by the chunk. Empty
 * lines (a bare terminator) are skipped.
 */
export class ScanLineDecoder {
  readonly #config: ScannerLineConfig;
  /** Longest line kept: code + prefix + suffix. */
  readonly #limit: number;
  #line: number[] = [];
  #overflow = 0;
  #pendingCR = false;

  constructor(config: ScannerLineConfig) {
    this.#config = config;
    this.#limit = config.maxLength + config.prefix.length + config.suffix.length;
  }

  /** Bytes held for the current, unfinished line. */
  get buffered(): number {
    return this.#line.length + (this.#pendingCR ? 1 : 0);
  }

  /** True while a line has started and not yet ended. */
  get inLine(): boolean {
    return this.buffered > 0 || this.#overflow > 0;
  }

  push(chunk: Uint8Array): Result<string>[] {
    const out: Result<string>[] = [];
    const term = this.#config.terminator;
    for (const b of chunk) {
      if (term === 'CRLF') {
        if (this.#pendingCR) {
          this.#pendingCR = false;
          if (b === LF) {
            this.#endLine(out);
            continue;
          }
          this.#add(CR); // a lone CR is content (and refused as a control byte)
        }
        if (b === CR) this.#pendingCR = true;
        else this.#add(b);
      } else if (b === (term === 'CR' ? CR : LF)) {
        this.#endLine(out);
      } else {
        this.#add(b);
      }
    }
    return out;
  }

  /** The line went quiet mid-code: reports the partial line as `scanner.incomplete` and forgets it. */
  flush(): Result<string>[] {
    if (!this.inLine) return [];
    const length = this.#line.length + this.#overflow + (this.#pendingCR ? 1 : 0);
    this.#reset();
    return [err(kioskError('scanner.incomplete', `${length} bytes with no terminator (${this.#config.terminator} expected)`, { length }))];
  }

  #add(b: number): void {
    if (this.#overflow > 0) {
      this.#overflow++;
      return;
    }
    if (this.#line.length >= this.#limit) {
      this.#overflow = this.#line.length + 1;
      this.#line = [];
      return;
    }
    this.#line.push(b);
  }

  #endLine(out: Result<string>[]): void {
    if (this.#overflow > 0) {
      const length = this.#overflow;
      this.#reset();
      out.push(err(kioskError('scanner.tooLong', `line of ${length} bytes exceeds ${this.#limit}`, { length })));
      return;
    }
    const line = Uint8Array.from(this.#line);
    this.#reset();
    if (line.length > 0) out.push(decodeLine(line, this.#config));
  }

  #reset(): void {
    this.#line = [];
    this.#overflow = 0;
    this.#pendingCR = false;
  }
}
