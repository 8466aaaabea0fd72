import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Result } from '../../../domain/result.ts';
import { scannerLineConfigSchema, type ScannerLineConfig } from '../../../devices/scanner/scanner-config.ts';
import { ScanLineDecoder, decodeLine, encodeScanLine } from '../../../devices/scanner/scanner-line.codec.ts';

const config = (c: Partial<ScannerLineConfig> = {}): ScannerLineConfig => scannerLineConfigSchema.parse(c);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const show = (results: readonly Result<string>[]): string[] => results.map((r) => (r.ok ? r.value : r.error.code));
const decodeAll = (c: ScannerLineConfig, ...chunks: number[][]): string[] => {
  const d = new ScanLineDecoder(c);
  return show(chunks.flatMap((chunk) => d.push(Uint8Array.from(chunk))));
};

const scannerErrorCodes = ['scanner.tooLong', 'scanner.nonPrintable', 'scanner.badEncoding', 'scanner.incomplete'];

describe('scanner line framing: golden bytes', () => {
  it('CR, LF and CR LF terminators', () => {
    expect(decodeAll(config({ terminator: 'CR' }), [...ascii('ABC123'), 0x0d, ...ascii('X9'), 0x0d])).toEqual(['ABC123', 'X9']);
    expect(decodeAll(config({ terminator: 'LF' }), [...ascii('ABC123'), 0x0a])).toEqual(['ABC123']);
    expect(decodeAll(config({ terminator: 'CRLF' }), [...ascii('ABC'), 0x0d], [0x0a, ...ascii('DEF'), 0x0d, 0x0a])).toEqual(['ABC', 'DEF']);
  });

  it('encodes what a scanner sends: prefix, code, suffix, terminator', () => {
    const c = config({ terminator: 'CRLF', prefix: [0x02], suffix: [0x03] });
    const r = encodeScanLine('A1', c);
    expect(r.ok ? [...r.value] : r.error.code).toEqual([0x02, 0x41, 0x31, 0x03, 0x0d, 0x0a]);
  });

  it('strips a configured STX prefix and ETX suffix, and takes codes without them too', () => {
    const c = config({ prefix: [0x02], suffix: [0x03] });
    expect(decodeAll(c, [0x02, ...ascii('YY123456'), 0x03, 0x0d, ...ascii('PLAIN'), 0x0d])).toEqual(['YY123456', 'PLAIN']);
  });

  it('GB18030 payloads: 预约办件 is D4 A4 D4 BC B0 EC BC FE', () => {
    const c = config({ encoding: 'gb18030' });
    expect(decodeAll(c, [0xd4, 0xa4, 0xd4, 0xbc, 0xb0, 0xec, 0xbc, 0xfe, 0x0d])).toEqual(['预约办件']);
    const r = encodeScanLine('预约办件', c);
    expect(r.ok ? [...r.value] : r.error.code).toEqual([0xd4, 0xa4, 0xd4, 0xbc, 0xb0, 0xec, 0xbc, 0xfe, 0x0d]);
    // A four-byte sequence (outside the BMP): 😀 is 94 39 FC 36.
    expect(decodeAll(c, [0x94, 0x39, 0xfc, 0x36, 0x0d])).toEqual(['😀']);
  });

  it('UTF-8 payloads, a BOM dropped', () => {
    expect(decodeAll(config(), [0xe9, 0xa2, 0x84, 0xe7, 0xba, 0xa6, 0x0d])).toEqual(['预约']);
    expect(decodeAll(config(), [0xef, 0xbb, 0xbf, ...ascii('A1'), 0x0d])).toEqual(['A1']);
  });

  it('skips empty lines', () => {
    expect(decodeAll(config(), [0x0d, 0x0d, ...ascii('A'), 0x0d, 0x0d])).toEqual(['A']);
  });
});

describe('scanner line framing: refusals', () => {
  it('control bytes in a code, with their position and no content', () => {
    const d = new ScanLineDecoder(config());
    const [r] = d.push(Uint8Array.from([...ascii('110105'), 0x1b, ...ascii('1949'), 0x0d]));
    expect(r?.ok).toBe(false);
    if (r && !r.ok) {
      expect(r.error.code).toBe('scanner.nonPrintable');
      expect(r.error.details).toEqual({ position: 6, byte: 0x1b });
      expect(r.error.message).not.toContain('110105');
    }
  });

  it('a CR in LF mode or a lone CR in CR LF mode hints at the terminator setting', () => {
    const lf = new ScanLineDecoder(config({ terminator: 'LF' })).push(Uint8Array.from([...ascii('AB'), 0x0d, ...ascii('C'), 0x0a]));
    const crlf = new ScanLineDecoder(config({ terminator: 'CRLF' })).push(Uint8Array.from([...ascii('AB'), 0x0d, ...ascii('C'), 0x0d, 0x0a]));
    for (const [r] of [lf, crlf]) {
      expect(r && !r.ok ? r.error.code : 'ok').toBe('scanner.nonPrintable');
      expect(r && !r.ok ? r.error.message : '').toContain('terminator');
    }
  });

  it('C1 controls and DEL are refused too', () => {
    expect(decodeAll(config(), [0x41, 0x7f, 0x0d])).toEqual(['scanner.nonPrintable']);
    expect(decodeAll(config(), [0x41, 0xc2, 0x85, 0x0d])).toEqual(['scanner.nonPrintable']);
  });

  it('bytes that are not UTF-8 or not GB18030', () => {
    expect(decodeAll(config(), [0xc3, 0x28, 0x0d])).toEqual(['scanner.badEncoding']);
    expect(decodeAll(config({ encoding: 'gb18030' }), [0x81, 0x20, 0x41, 0x0d])).toEqual(['scanner.badEncoding']);
    expect(decodeAll(config({ encoding: 'gb18030' }), [0xd4, 0x0d])).toEqual(['scanner.badEncoding']);
  });

  it('max length: exactly the maximum passes, one more is too long, a flood is one error and the next code is fine', () => {
    const c = config({ maxLength: 8, prefix: [0x02] });
    expect(decodeAll(c, [0x02, ...ascii('12345678'), 0x0d])).toEqual(['12345678']);
    expect(decodeAll(c, [...ascii('123456789'), 0x0d])).toEqual(['scanner.tooLong']);
    const d = new ScanLineDecoder(c);
    const flood = new Uint8Array(100_000).fill(0x41);
    expect(show(d.push(flood))).toEqual([]);
    expect(d.buffered).toBeLessThanOrEqual(9);
    expect(show(d.push(Uint8Array.from([0x0d, ...ascii('OK'), 0x0d])))).toEqual(['scanner.tooLong', 'OK']);
    expect(encodeScanLine('123456789', c).ok).toBe(false);
  });

  it('the config refuses CR or LF in a prefix or suffix', () => {
    const r = scannerLineConfigSchema.safeParse({ suffix: [0x03, 0x0d] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['suffix', 1]);
  });

  it('flush reports a line that never ended', () => {
    const d = new ScanLineDecoder(config({ terminator: 'CRLF' }));
    expect(d.push(Uint8Array.from([...ascii('ABC'), 0x0d]))).toEqual([]);
    expect(show(d.flush())).toEqual(['scanner.incomplete']);
    expect(d.flush()).toEqual([]);
    expect(show(d.push(Uint8Array.from([...ascii('D'), 0x0d, 0x0a])))).toEqual(['D']);
  });
});

// ---- properties -------------------------------------------------------------------------------

const affixByte = fc.integer({ min: 0, max: 255 }).filter((b) => b !== 0x0d && b !== 0x0a);
const configArb = fc.record({
  terminator: fc.constantFrom('CR' as const, 'LF' as const, 'CRLF' as const),
  prefix: fc.array(affixByte, { maxLength: 3 }),
  suffix: fc.array(affixByte, { maxLength: 3 }),
  maxLength: fc.integer({ min: 1, max: 64 }),
  encoding: fc.constantFrom('utf8' as const, 'gb18030' as const),
});

function chunked(all: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, all.length]) {
    out.push(all.subarray(prev, p));
    prev = p;
  }
  return out;
}

/** Text a scanner could carry: no controls, no BOM, no U+FFFD, no lone surrogates. */
const codePoint = fc
  .integer({ min: 0x20, max: 0x10ffff })
  .filter((c) => !(c >= 0x7f && c <= 0x9f) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfeff && c !== 0xfffd)
  .map((c) => String.fromCodePoint(c));
const codeText = fc.string({ unit: fc.oneof(codePoint, fc.constantFrom(...'0123456789ABCXYZ-/:?=.')), minLength: 1, maxLength: 40 });

describe('scanner line framing properties', () => {
  it('any text encoded for any config decodes to itself, however it is chunked', () => {
    fc.assert(
      fc.property(configArb, fc.array(codeText, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 20 }), (raw, texts, cuts) => {
        const c = config({ ...raw, maxLength: 1024 });
        const wire = Uint8Array.from(
          texts.flatMap((t) => {
            const r = encodeScanLine(t, c);
            if (!r.ok) throw new Error(r.error.message);
            return [...r.value];
          }),
        );
        const d = new ScanLineDecoder(c);
        expect(show(chunked(wire, cuts).flatMap((chunk) => d.push(chunk)))).toEqual(texts);
        expect(d.inLine).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('random bytes: no throw, typed errors only, bounded buffer, the same result for any chunking', () => {
    fc.assert(
      fc.property(configArb, fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(), { maxLength: 30 }), (raw, wire, cuts) => {
        const c = config(raw);
        const limit = c.maxLength + c.prefix.length + c.suffix.length;
        const whole = new ScanLineDecoder(c);
        const oneShot = [...whole.push(wire), ...whole.flush()];
        const pieces = new ScanLineDecoder(c);
        const parts: Result<string>[] = [];
        for (const chunk of chunked(wire, cuts)) {
          parts.push(...pieces.push(chunk));
          expect(pieces.buffered).toBeLessThanOrEqual(limit + 1);
        }
        parts.push(...pieces.flush());
        for (const r of oneShot) {
          if (!r.ok) expect(scannerErrorCodes).toContain(r.error.code);
          else expect(r.value.length).toBeGreaterThan(0);
        }
        expect(JSON.stringify(parts)).toBe(JSON.stringify(oneShot));
      }),
      { numRuns: 2000 },
    );
  });

  it('a decoded line never contains a control character', () => {
    fc.assert(
      fc.property(configArb, fc.uint8Array({ maxLength: 80 }), (raw, line) => {
        const r = decodeLine(line, config(raw));
        if (r.ok) expect([...r.value].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f')).toBe(false);
        else expect(scannerErrorCodes).toContain(r.error.code);
      }),
      { numRuns: 2000 },
    );
  });
});
