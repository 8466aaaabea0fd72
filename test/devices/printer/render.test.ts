import fc from 'fast-check';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EscPosEncoder } from '../../../devices/printer/escpos.codec.ts';
import { boxGlyphs, cachedGlyphs, chainGlyphs } from '../../../devices/printer/glyph-source.ts';
import { encodePng } from '../../../devices/printer/png.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import { countDots, renderSlips, type RenderedSlip } from '../../../devices/printer/render.ts';
import { encodeTicket } from '../../../devices/printer/ticket.ts';
import type { Bitmap, PrinterProfile } from '../../../devices/printer/types.ts';
import { fakeQrEncoder, sampleTicket } from './fixtures.ts';

const glyphs = cachedGlyphs(boxGlyphs());

function renderTicket(profile: PrinterProfile, qr = true): RenderedSlip[] {
  const r = encodeTicket({ ...sampleTicket, priorityLabel: '绿色通道' }, profile, { qrEncoder: fakeQrEncoder });
  if (!r.ok) throw new Error(r.error.message);
  return renderSlips(r.value.bytes, {
    dotsPerLine: profile.dotsPerLine,
    glyphs,
    codePage: profile.codePage,
    ...(qr ? { qrEncoder: fakeQrEncoder } : {}),
  });
}

function bytes(e: EscPosEncoder): Uint8Array {
  const r = e.build();
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Reads a one-bit greyscale PNG back (only what encodePng writes). */
function readPng(png: Uint8Array): Bitmap {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  expect(Array.from(png.subarray(24, 29))).toEqual([1, 0, 0, 0, 0]);
  const idatLength = view.getUint32(33);
  expect(String.fromCharCode(...png.subarray(37, 41))).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const stride = Math.ceil(width / 8) + 1;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[y * width + x] = ((raw[y * stride + 1 + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1 ? 0 : 1;
  }
  return { width, height, data };
}

describe('renderSlips: a ticket round trip', () => {
  it('80 mm: one slip, 576 printable dots plus margins, partial cut', () => {
    const [slip, ...rest] = renderTicket(printerProfiles['generic-80']);
    expect(rest).toEqual([]);
    expect(slip?.end).toBe('partialCut');
    expect(slip?.image.width).toBe(576 + 64);
    expect(slip?.image.height).toBeGreaterThan(700);
  });

  it('58 mm: 384 printable dots', () => {
    expect(renderTicket(printerProfiles['generic-58'])[0]?.image.width).toBe(384 + 64);
  });

  it('decodes the GB18030 text back', () => {
    const slip = renderTicket(printerProfiles['generic-80'])[0]!;
    expect(slip.lines).toContain('西湖区政务服务中心');
    expect(slip.lines).toContain('您前面还有 5 人在等待');
    expect(slip.lines).toContain('过号无效，请重新取号');
    expect(slip.lines).toContain(' 绿色通道 ');
  });

  it('every text region has ink, and the number is 4 x 4 (96 dots high, centred)', () => {
    const slip = renderTicket(printerProfiles['generic-80'])[0]!;
    for (const r of slip.regions.filter((r) => r.kind === 'text' && r.text?.trim() !== '')) {
      expect(countDots(slip.image, r.x, r.y, r.width, r.height), r.text).toBeGreaterThan(0);
    }
    const number = slip.regions.find((r) => r.text === 'A023')!;
    expect(number.height).toBe(96);
    expect(number.width).toBe(4 * 12 * 4);
    expect(number.x - 32).toBe((576 - number.width) / 2);
  });

  it('the priority label is white on black: mostly ink', () => {
    const slip = renderTicket(printerProfiles['generic-80'])[0]!;
    const label = slip.regions.find((r) => r.text === ' 绿色通道 ')!;
    expect(countDots(slip.image, label.x, label.y, label.width, label.height)).toBeGreaterThan((label.width * label.height) / 2);
  });

  it('draws the native QR from the stored data, module by module', () => {
    const slip = renderTicket(printerProfiles['generic-80'])[0]!;
    const qr = slip.regions.find((r) => r.kind === 'qr')!;
    expect(qr.placeholder).toBe(false);
    expect(qr.data).toEqual(new TextEncoder().encode(sampleTicket.qrPayload));
    const matrix = fakeQrEncoder(qr.data!, 'M')!;
    const module = printerProfiles['generic-80'].qrModuleSize;
    expect(qr.width).toBe(matrix.size * module);
    for (let r = 0; r < matrix.size; r++) {
      for (let c = 0; c < matrix.size; c++) {
        const centre = slip.image.data[(qr.y + r * module + 2) * slip.image.width + qr.x + c * module + 2];
        expect(centre === 1, `module ${r},${c}`).toBe(matrix.isDark(r, c));
      }
    }
  });

  it('without a QR encoder the native QR is a marked placeholder, still not blank', () => {
    const slip = renderTicket(printerProfiles['generic-80'], false)[0]!;
    const qr = slip.regions.find((r) => r.kind === 'qr')!;
    expect(qr.placeholder).toBe(true);
    expect(countDots(slip.image, qr.x, qr.y, qr.width, qr.height)).toBeGreaterThan(0);
  });

  it('draws a raster QR as sent (profile without native QR), no cut: a torn slip', () => {
    const slip = renderTicket(printerProfiles['basic-58-raster'])[0]!;
    expect(slip.end).toBe('torn');
    const raster = slip.regions.find((r) => r.kind === 'raster')!;
    expect(raster.width).toBeLessThanOrEqual(384);
    expect(countDots(slip.image, raster.x, raster.y, raster.width, raster.height)).toBeGreaterThan(1000);
  });

  it('PNG: the slip survives encoding dot for dot', () => {
    const slip = renderTicket(printerProfiles['generic-58'])[0]!;
    const back = readPng(encodePng(slip.image));
    expect([back.width, back.height]).toEqual([slip.image.width, slip.image.height]);
    expect(Buffer.from(back.data).equals(Buffer.from(slip.image.data))).toBe(true);
  });
});

describe('renderSlips: the printer model', () => {
  it('cuts separate slips; what follows the last cut is torn', () => {
    const slips = renderSlips(bytes(new EscPosEncoder().line('一').cut('full').line('二').cut('partial').line('三')), {
      dotsPerLine: 384,
      glyphs,
    });
    expect(slips.map((s) => [s.end, s.lines])).toEqual([
      ['fullCut', ['一']],
      ['partialCut', ['二']],
      ['torn', ['三']],
    ]);
  });

  it('aligns by the width of what is on the line', () => {
    const slip = renderSlips(bytes(new EscPosEncoder().align('right').line('身份证').align('center').line('ab')), { dotsPerLine: 384, glyphs, sideMargin: 0 })[0]!;
    expect(slip.regions.map((r) => [r.x, r.width])).toEqual([
      [384 - 72, 72],
      [(384 - 24) / 2, 24],
    ]);
  });

  it('wraps at the line end like the printer', () => {
    const slip = renderSlips(bytes(new EscPosEncoder().line('政'.repeat(17))), { dotsPerLine: 384, glyphs })[0]!;
    expect(slip.lines).toEqual(['政'.repeat(16), '政']);
  });

  it('without FS & the GB18030 bytes are single-byte junk, not Chinese (the renderer is strict)', () => {
    const slip = renderSlips(Uint8Array.from([0xc9, 0xed, 0x0a]), { dotsPerLine: 384, glyphs })[0]!;
    expect(slip.lines).toEqual(['??']);
  });

  it('bold thickens strokes', () => {
    const plain = renderSlips(bytes(new EscPosEncoder().line('中')), { dotsPerLine: 384, glyphs })[0]!;
    const bold = renderSlips(bytes(new EscPosEncoder().bold(true).line('中')), { dotsPerLine: 384, glyphs })[0]!;
    expect(countDots(bold.image, 0, 0, 999, 999)).toBeGreaterThan(countDots(plain.image, 0, 0, 999, 999));
  });

  it('uses the first glyph source that has a glyph', () => {
    const empty = { name: 'none', glyph: () => undefined };
    const slip = renderSlips(bytes(new EscPosEncoder().line('A')), { dotsPerLine: 384, glyphs: chainGlyphs(empty, boxGlyphs()) })[0]!;
    expect(countDots(slip.image, 0, 0, 999, 999)).toBeGreaterThan(0);
  });

  it('never throws on any bytes (300 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (data) => {
        for (const slip of renderSlips(data, { dotsPerLine: 384, glyphs })) expect(slip.image.width).toBe(384 + 64);
      }),
      { numRuns: 300 },
    );
  });
});
