import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBitmap, fillRect } from '../../../devices/printer/bitmap.ts';
import { EscPosEncoder, encodeText, qrByteCapacity } from '../../../devices/printer/escpos.codec.ts';
import { fakeQrEncoder } from './fixtures.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex').toUpperCase().replace(/(..)(?!$)/g, '$1 ');

function built(e: EscPosEncoder): string {
  const r = e.build();
  if (!r.ok) throw new Error(r.error.message);
  return hex(r.value);
}

describe('EscPosEncoder: golden bytes', () => {
  it.each([
    ['init (ESC @)', (e: EscPosEncoder) => e.init(), '1B 40'],
    ['Chinese mode on (FS &)', (e: EscPosEncoder) => e.chinese(true), '1C 26'],
    ['Chinese mode off (FS .)', (e: EscPosEncoder) => e.chinese(false), '1C 2E'],
    ['size 1x1 (GS ! 00)', (e: EscPosEncoder) => e.size(1, 1), '1D 21 00'],
    ['size 2x2 (GS ! 11)', (e: EscPosEncoder) => e.size(2), '1D 21 11'],
    ['size 4 wide 3 high', (e: EscPosEncoder) => e.size(4, 3), '1D 21 32'],
    ['size clamped to 8x8', (e: EscPosEncoder) => e.size(99, Number.NaN), '1D 21 70'],
    ['bold on / off (ESC E)', (e: EscPosEncoder) => e.bold(true).bold(false), '1B 45 01 1B 45 00'],
    ['inverse (GS B)', (e: EscPosEncoder) => e.invert(true), '1D 42 01'],
    ['align left/center/right (ESC a)', (e: EscPosEncoder) => e.align('left').align('center').align('right'), '1B 61 00 1B 61 01 1B 61 02'],
    ['line feeds', (e: EscPosEncoder) => e.newline(3), '0A 0A 0A'],
    ['feed n lines (ESC d)', (e: EscPosEncoder) => e.feed(4), '1B 64 04'],
    ['default line spacing (ESC 2)', (e: EscPosEncoder) => e.defaultLineSpacing(), '1B 32'],
    ['full cut (GS V 0)', (e: EscPosEncoder) => e.cut('full'), '1D 56 00'],
    ['partial cut (GS V 1) after a feed', (e: EscPosEncoder) => e.cut('partial', 3), '1B 64 03 1D 56 01'],
    ['no cutter: nothing', (e: EscPosEncoder) => e.cut('none'), ''],
    ['ASCII text stays single-byte without Chinese mode', (e: EscPosEncoder) => e.line('A023'), '41 30 32 33 0A'],
  ])('%s', (_name, build, expected) => {
    expect(built(build(new EscPosEncoder()))).toBe(expected);
  });

  it('QR: model 2, module size, error level, store, print exactly as DOMAIN.md gives', () => {
    const bytes = built(new EscPosEncoder().qrNative('AB', { moduleSize: 6, level: 'M' }));
    expect(bytes).toBe(
      [
        '1D 28 6B 04 00 31 41 32 00', // model 2
        '1D 28 6B 03 00 31 43 06', // module size 6
        '1D 28 6B 03 00 31 45 31', // error level M (30 + 1)
        '1D 28 6B 05 00 31 50 30 41 42', // store: pL pH = len + 3
        '1D 28 6B 03 00 31 51 30', // print
      ].join(' '),
    );
  });

  it.each([
    ['L', '30'],
    ['Q', '32'],
    ['H', '33'],
  ] as const)('QR error level %s is 31 45 %s', (level, code) => {
    expect(built(new EscPosEncoder().qrNative('x', { moduleSize: 3, level }))).toContain(`31 45 ${code}`);
  });

  it('QR store length spans two bytes (300 bytes: pL pH = 2F 01)', () => {
    const bytes = built(new EscPosEncoder().qrNative('a'.repeat(300), { moduleSize: 3, level: 'L' }));
    expect(bytes).toContain('1D 28 6B 2F 01 31 50 30 61 61');
  });

  it('QR payload longer than a symbol holds is a typed error, not a throw', () => {
    const r = new EscPosEncoder().qrNative('a'.repeat(qrByteCapacity.H + 1), { moduleSize: 3, level: 'H' }).build();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('printer.invalidJob');
    expect(new EscPosEncoder().qrNative('', { moduleSize: 3, level: 'M' }).build().ok).toBe(false);
  });

  it('raster (GS v 0 m xL xH yL yH): 10 x 2 dots, rows padded to whole bytes', () => {
    const image = createBitmap(10, 2);
    fillRect(image, 0, 0, 1, 1); // top-left dot
    fillRect(image, 9, 1, 1, 1); // bottom-right dot
    expect(built(new EscPosEncoder().raster(image))).toBe('1D 76 30 00 02 00 02 00 80 00 00 40');
  });

  it('raster taller than 256 rows goes in bands', () => {
    const r = new EscPosEncoder().raster(createBitmap(8, 300)).build();
    expect(r.ok && hex(r.value.subarray(0, 8))).toBe('1D 76 30 00 01 00 00 01');
    expect(r.ok && hex(r.value.subarray(8 + 256, 8 + 256 + 8))).toBe('1D 76 30 00 01 00 2C 00');
  });

  it('raster wider than the paper is refused', () => {
    const r = new EscPosEncoder({ dotsPerLine: 384 }).raster(createBitmap(392, 1)).build();
    expect(!r.ok && r.error.code).toBe('printer.invalidJob');
  });

  it('raster QR: the symbol with a quiet zone, module size dots per module', () => {
    const matrix = fakeQrEncoder(new Uint8Array([1, 2, 3]), 'M');
    const r = new EscPosEncoder().qrRaster(matrix!, 4, 2).build();
    const side = (matrix!.size + 4) * 4; // 100 dots
    expect(r.ok && hex(r.value.subarray(0, 8))).toBe(`1D 76 30 00 0D 00 ${side.toString(16).toUpperCase().padStart(2, '0')} 00`);
    expect(r.ok && r.value.length).toBe(8 + 13 * side);
  });
});

describe('EscPosEncoder: Chinese text', () => {
  it('身份证 is GB18030 C9 ED B7 DD D6 A4, not ??? (3F 3F 3F)', () => {
    expect(hex(encodeText('身份证'))).toBe('C9 ED B7 DD D6 A4');
    expect(hex(encodeText('身份证', 'gbk'))).toBe('C9 ED B7 DD D6 A4');
  });

  it('turns Chinese mode on before the first multi-byte text, once', () => {
    expect(built(new EscPosEncoder().text('号').text('码'))).toBe('1C 26 BA C5 C2 EB');
  });

  it('after ESC @ sends FS & again', () => {
    expect(built(new EscPosEncoder().chinese(true).init().text('号'))).toBe('1C 26 1B 40 1C 26 BA C5');
  });

  it('characters outside GBK take four bytes in GB18030 (emoji 😀 = 94 39 FC 36)', () => {
    expect(hex(encodeText('😀'))).toBe('94 39 FC 36');
  });

  it('control characters in text cannot smuggle a command: ESC @ becomes a space and "@"', () => {
    expect(built(new EscPosEncoder().text('\x1b@\n\x1d'))).toBe('20 40 20 20');
  });

  it('never throws and never emits a control byte as text, for any string (2000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('gb18030', 'gbk' as const), (s, codePage) => {
        const r = new EscPosEncoder({ codePage }).line(s).build();
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        // Only FS & may precede the text, and only LF may follow it.
        let bytes = r.value;
        if (bytes[0] === 0x1c) {
          expect(bytes[1]).toBe(0x26);
          bytes = bytes.subarray(2);
        }
        expect(bytes[bytes.length - 1]).toBe(0x0a);
        expect(bytes.subarray(0, -1).every((b) => b >= 0x20)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any sequence of builder calls with any numbers (500 runs)', () => {
    const call = fc.oneof(
      fc.tuple(fc.constant('size' as const), fc.double(), fc.double()),
      fc.tuple(fc.constant('feed' as const), fc.double(), fc.double()),
      fc.tuple(fc.constant('newline' as const), fc.double(), fc.double()),
      fc.tuple(fc.constant('qr' as const), fc.double(), fc.double()),
      fc.tuple(fc.constant('raster' as const), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 40 })),
    );
    fc.assert(
      fc.property(fc.array(call, { maxLength: 12 }), (calls) => {
        const e = new EscPosEncoder({ dotsPerLine: 576 });
        for (const [name, a, b] of calls) {
          if (name === 'size') e.size(a, b);
          else if (name === 'feed') e.feed(a);
          else if (name === 'newline') e.newline(Math.min(a, 300));
          else if (name === 'qr') e.qrNative('x', { moduleSize: a, level: 'L' });
          else e.raster(createBitmap(a, b));
        }
        const r = e.build();
        if (r.ok) expect(r.value).toBeInstanceOf(Uint8Array);
        else expect(r.error.code).toBe('printer.invalidJob');
      }),
      { numRuns: 500 },
    );
  });
});
