import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseEscPos, type EscPosToken } from '../../../devices/printer/escpos.parser.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import { encodeTicket, formatWait, idTail } from '../../../devices/printer/ticket.ts';
import type { PrinterProfile, Ticket } from '../../../devices/printer/types.ts';
import { fakeQrEncoder, sampleTicket } from './fixtures.ts';

function encode(ticket: Ticket, profile: PrinterProfile = printerProfiles['generic-80']) {
  const r = encodeTicket(ticket, profile, { qrEncoder: fakeQrEncoder });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The printed lines: decoded text with the width multiplier in force, in dots (12 per column). */
function lines(bytes: Uint8Array): { text: string; dots: number; width: number }[] {
  const out: { text: string; dots: number; width: number }[] = [];
  let text = '';
  let dots = 0;
  let width = 1;
  for (const t of parseEscPos(bytes) as EscPosToken[]) {
    if (t.kind === 'size') width = t.width;
    if (t.kind === 'text') {
      const s = iconv.decode(Buffer.from(t.bytes), 'gb18030');
      text += s;
      for (const ch of s) dots += (ch.codePointAt(0)! < 0x80 ? 12 : 24) * width;
    }
    if (t.kind === 'lf') {
      out.push({ text, dots, width });
      text = '';
      dots = 0;
    }
  }
  return out;
}

const decoded = (bytes: Uint8Array): string => iconv.decode(Buffer.from(bytes), 'gb18030');

describe('encodeTicket', () => {
  it('starts with ESC @ and Chinese mode, ends with feed and partial cut', () => {
    const { bytes } = encode(sampleTicket);
    expect(Array.from(bytes.subarray(0, 6))).toEqual([0x1b, 0x40, 0x1b, 0x32, 0x1c, 0x26]);
    expect(Array.from(bytes.subarray(-6))).toEqual([0x1b, 0x64, 0x04, 0x1d, 0x56, 0x01]);
  });

  it('shows everything DOMAIN.md section 3 asks for', () => {
    const text = lines(encode(sampleTicket).bytes).map((l) => l.text.trim());
    expect(text).toContain('西湖区政务服务中心');
    expect(text).toContain('一楼 A 区');
    expect(text).toContain('公安分局出入境管理大队');
    expect(text).toContain('居民身份证办理');
    expect(text).toContain('A023');
    expect(text).toContain('您前面还有 5 人在等待');
    expect(text).toContain('预计等待 约 12 分钟');
    expect(text.some((l) => l.startsWith('取号时间') && l.endsWith('2026-11-24 09:05:07'))).toBe(true);
    expect(text).toContain('过号无效，请重新取号');
  });

  it('leaves out the people ahead when they are not known (a ticket numbered offline)', () => {
    const text = lines(encode({ ...sampleTicket, waitingAhead: null, estimatedWaitMinutes: null }).bytes).map((l) => l.text.trim());
    expect(text).toContain('A023');
    expect(text.some((l) => l.includes('人在等待') || l.includes('预计等待'))).toBe(false);
  });

  it('prints the number large: 4 x 4 on 80 mm', () => {
    const number = lines(encode(sampleTicket).bytes).find((l) => l.text === 'A023');
    expect(number?.width).toBe(4);
    const tokens = parseEscPos(encode(sampleTicket).bytes);
    const at = tokens.findIndex((t) => t.kind === 'text' && decoded(t.bytes) === 'A023');
    expect(tokens.slice(0, at).reverse().find((t) => t.kind === 'size')).toEqual({ kind: 'size', width: 4, height: 4 });
  });

  it('a long number is scaled down to fit 58 mm', () => {
    const number = lines(encode({ ...sampleTicket, number: 'VIP00123' }, printerProfiles['generic-58']).bytes).find((l) => l.text === 'VIP00123');
    expect(number?.width).toBe(4); // 8 columns x 4 = 32
    const longer = lines(encode({ ...sampleTicket, number: 'VIP001234' }, printerProfiles['generic-58']).bytes).find((l) => l.text === 'VIP001234');
    expect(longer?.width).toBe(3);
  });

  it('stores the QR payload natively (GS ( k) on native profiles', () => {
    const tokens = parseEscPos(encode(sampleTicket).bytes);
    expect(tokens).toContainEqual({ kind: 'qrStore', data: new TextEncoder().encode(sampleTicket.qrPayload) });
    expect(tokens).toContainEqual({ kind: 'qrModuleSize', size: 6 });
    expect(tokens.filter((t) => t.kind === 'raster')).toEqual([]);
  });

  it('sends the QR as a raster image on profiles without native QR', () => {
    const tokens = parseEscPos(encode(sampleTicket, printerProfiles['basic-58-raster']).bytes);
    expect(tokens.filter((t) => t.kind === 'qrStore')).toEqual([]);
    expect(tokens.filter((t) => t.kind === 'raster')).toHaveLength(1);
    expect(tokens.filter((t) => t.kind === 'cut')).toEqual([]); // no cutter on that model
  });

  it('without a QR encoder a raster profile prints the slip without the QR and says so', () => {
    const r = encodeTicket(sampleTicket, printerProfiles['basic-58-raster']);
    expect(r.ok && r.value.warnings).toEqual(['QR left off: the profile needs a raster QR and no QR encoder is plugged in']);
    expect(r.ok && parseEscPos(r.value.bytes).some((t) => t.kind === 'raster')).toBe(false);
  });

  it('a payload too long for a QR symbol is left off with a warning, not a failed slip', () => {
    const r = encodeTicket({ ...sampleTicket, qrPayload: 'x'.repeat(3000) }, printerProfiles['generic-80']);
    expect(r.ok && r.value.warnings[0]).toMatch(/QR left off/);
  });

  it('labels priority tickets in white on black', () => {
    const tokens = parseEscPos(encode({ ...sampleTicket, priorityLabel: '绿色通道' }).bytes);
    const at = tokens.findIndex((t) => t.kind === 'text' && decoded(t.bytes) === ' 绿色通道 ');
    expect(at).toBeGreaterThan(0);
    expect(tokens.slice(0, at).reverse().find((t) => t.kind === 'invert')).toEqual({ kind: 'invert', on: true });
  });

  it('a reprint is marked 补打 and shows only the last 6 ID digits', () => {
    const id = '11010519491231002X';
    const text = decoded(encode({ ...sampleTicket, reprint: { idTail: id } }).bytes);
    expect(text).toContain('*** 补打 ***');
    expect(text).toContain('31002X');
    expect(text).not.toContain(id);
    expect(text).not.toContain('1949');
    expect(idTail('110105 1949 1231 002x')).toBe('31002X');
  });

  it('formats wait and time', () => {
    expect(formatWait(0)).toBe('约 0 分钟');
    expect(formatWait(60)).toBe('约 1 小时');
    expect(formatWait(135)).toBe('约 2 小时 15 分钟');
    expect(formatWait(Number.NaN)).toBe('约 0 分钟');
  });

  const field = fc.string({ unit: 'grapheme', maxLength: 40 });
  const ticketArb = fc.record({
    hallName: field,
    hallArea: field,
    department: field,
    business: field,
    number: fc.string({ maxLength: 12 }),
    waitingAhead: fc.oneof(fc.integer(), fc.double()),
    estimatedWaitMinutes: fc.option(fc.oneof(fc.integer({ min: -10, max: 100000 }), fc.double())),
    issuedAt: fc.oneof(fc.integer(), fc.double()),
    qrPayload: fc.string({ maxLength: 200 }),
    priorityLabel: fc.option(field),
    reprint: fc.option(fc.record({ idTail: fc.string({ maxLength: 20 }) })),
  });

  it('any ticket encodes, and no line is wider than the paper (300 runs per profile)', () => {
    for (const profile of Object.values(printerProfiles)) {
      fc.assert(
        fc.property(ticketArb, (ticket) => {
          const r = encodeTicket(ticket, profile, { qrEncoder: fakeQrEncoder });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          for (const line of lines(r.value.bytes)) expect(line.dots).toBeLessThanOrEqual(profile.dotsPerLine);
        }),
        { numRuns: 300 },
      );
    }
  });
});
