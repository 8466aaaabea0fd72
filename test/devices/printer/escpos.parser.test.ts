import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBitmap } from '../../../devices/printer/bitmap.ts';
import { EscPosEncoder } from '../../../devices/printer/escpos.codec.ts';
import { EscPosParser, parseEscPos, type EscPosToken } from '../../../devices/printer/escpos.parser.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import { encodeTicket } from '../../../devices/printer/ticket.ts';
import { sampleTicket } from './fixtures.ts';

function bytesOf(e: EscPosEncoder): Uint8Array {
  const r = e.build();
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const kinds = (tokens: readonly EscPosToken[]): string[] => tokens.map((t) => t.kind);

describe('EscPosParser', () => {
  it('reads back what the encoder writes', () => {
    const bytes = bytesOf(
      new EscPosEncoder()
        .init()
        .align('center')
        .bold(true)
        .size(2, 3)
        .invert(true)
        .line('号')
        .feed(2)
        .qrNative('AB', { moduleSize: 6, level: 'Q' })
        .raster(createBitmap(16, 2))
        .cut('full'),
    );
    const tokens = parseEscPos(bytes);
    expect(kinds(tokens)).toEqual([
      'init', 'align', 'bold', 'size', 'invert', 'chinese', 'text', 'lf', 'feed',
      'qrModel', 'qrModuleSize', 'qrErrorLevel', 'qrStore', 'qrPrint', 'raster', 'cut',
    ]);
    expect(tokens).toContainEqual({ kind: 'size', width: 2, height: 3 });
    expect(tokens).toContainEqual({ kind: 'align', align: 'center' });
    expect(tokens).toContainEqual({ kind: 'qrModuleSize', size: 6 });
    expect(tokens).toContainEqual({ kind: 'qrErrorLevel', level: 'Q' });
    expect(tokens).toContainEqual({ kind: 'qrStore', data: new Uint8Array([0x41, 0x42]) });
    expect(tokens).toContainEqual({ kind: 'raster', mode: 0, bytesPerRow: 2, height: 2, data: new Uint8Array(4) });
    expect(tokens).toContainEqual({ kind: 'cut', full: true });
    expect(tokens).toContainEqual({ kind: 'text', bytes: new Uint8Array([0xba, 0xc5]) });
  });

  it('reads status requests and skips commands it does not act on by their length', () => {
    const tokens = parseEscPos(
      Uint8Array.from([0x10, 0x04, 0x04, 0x1d, 0x72, 0x01, 0x1b, 0x74, 0x41, 0x1b, 0x44, 0x08, 0x10, 0x00, 0x1d, 0x56, 0x42, 0x03, 0x41]),
    );
    expect(tokens).toEqual([
      { kind: 'statusRequest', n: 4 },
      { kind: 'sensorRequest', n: 1 },
      { kind: 'other', bytes: Uint8Array.from([0x1b, 0x74, 0x41]) }, // ESC t n: its parameter is not text
      { kind: 'other', bytes: Uint8Array.from([0x1b, 0x44, 0x08, 0x10, 0x00]) }, // ESC D tabs ... NUL
      { kind: 'cut', full: false }, // GS V 66 n: feed and partial cut
      { kind: 'text', bytes: Uint8Array.from([0x41]) },
    ]);
  });

  it('holds a command cut in two by a chunk boundary', () => {
    const parser = new EscPosParser();
    expect(parser.push(Uint8Array.from([0x41, 0x1d, 0x28, 0x6b, 0x05]))).toEqual([{ kind: 'text', bytes: Uint8Array.from([0x41]) }]);
    expect(parser.pendingBytes).toBe(4);
    expect(parser.push(Uint8Array.from([0x00, 0x31, 0x50, 0x30, 0x58]))).toEqual([]);
    expect(parser.push(Uint8Array.from([0x59, 0x0a]))).toEqual([
      { kind: 'qrStore', data: Uint8Array.from([0x58, 0x59]) },
      { kind: 'lf' },
    ]);
    expect(parser.end()).toEqual([]);
  });

  it('tells an unfinished command at the end of the stream', () => {
    expect(parseEscPos(Uint8Array.from([0x1d, 0x76, 0x30, 0x00, 0x01]))).toEqual([
      { kind: 'other', bytes: Uint8Array.from([0x1d, 0x76, 0x30, 0x00, 0x01]) },
    ]);
  });

  it('chunking does not change the tokens: a ticket in random pieces (1000 runs)', () => {
    const ticket = encodeTicket(sampleTicket, printerProfiles['generic-58']);
    if (!ticket.ok) throw new Error('ticket');
    const bytes = ticket.value.bytes;
    const whole = parseEscPos(bytes).filter((t) => t.kind !== 'text');
    const wholeText = Buffer.concat(parseEscPos(bytes).flatMap((t) => (t.kind === 'text' ? [t.bytes] : [])));
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }), (cuts) => {
        const parser = new EscPosParser();
        const tokens: EscPosToken[] = [];
        let from = 0;
        for (const at of [...cuts].sort((a, b) => a - b)) {
          tokens.push(...parser.push(bytes.subarray(from, at)));
          from = at;
        }
        tokens.push(...parser.push(bytes.subarray(from)), ...parser.end());
        expect(tokens.filter((t) => t.kind !== 'text')).toEqual(whole);
        expect(Buffer.concat(tokens.flatMap((t) => (t.kind === 'text' ? [t.bytes] : [])))).toEqual(wholeText);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any bytes, and accounts for every byte (2000 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const parser = new EscPosParser();
        const parsed = [...parser.pushWithBytes(bytes).map((t) => t.bytes), ...parser.end().map((t) => (t.kind === 'other' ? t.bytes : new Uint8Array(0)))];
        expect(Buffer.concat(parsed)).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});
