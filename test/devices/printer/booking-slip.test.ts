// The booking slip (办事预约凭条): the hall, business, day, half-day and hours, when to come, the
// holder masked, the code large and as a native QR (the kiosk's scanner checks it in), never wider
// than the paper, and byte-for-byte stable (golden digest).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBookingSlip, type BookingSlip } from '../../../devices/printer/booking-slip.ts';
import { parseEscPos } from '../../../devices/printer/escpos.parser.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import type { PrinterProfile } from '../../../devices/printer/types.ts';
import { fakeQrEncoder, printedLines } from './fixtures.ts';

const slip: BookingSlip = {
  hallName: '澄州市澜溪区政务服务中心',
  business: '综合受理',
  area: '一楼A区',
  date: '2026-11-25',
  weekdayName: '星期三',
  halfName: '上午',
  slot: { from: '08:30', to: '12:00' },
  checkIn: { from: '08:00', until: '12:15' },
  code: 'YY12345678',
  holderMasked: '110105********002X',
  phoneMasked: '139****5678',
  bookedAt: Date.UTC(2026, 10, 24, 2, 0, 0),
};

function encode(s: BookingSlip, profile: PrinterProfile = printerProfiles['generic-80']): Uint8Array {
  const r = encodeBookingSlip(s, profile, { qrEncoder: fakeQrEncoder });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.bytes;
}

describe('encodeBookingSlip', () => {
  it('prints the booking: business, day and half-day, when to come, the holder masked, the code', () => {
    const text = printedLines(encode(slip)).map((l) => l.text.trim());
    expect(text).toContain('澄州市澜溪区政务服务中心');
    expect(text).toContain('办事预约凭条');
    expect(text).toContain('综合受理');
    expect(text.some((l) => l.startsWith('预约日期') && l.endsWith('2026-11-25 星期三'))).toBe(true);
    expect(text.some((l) => l.startsWith('预约时段') && l.endsWith('上午 08:30-12:00'))).toBe(true);
    expect(text.some((l) => l.startsWith('签到时间') && l.endsWith('08:00-12:15'))).toBe(true);
    expect(text.some((l) => l.startsWith('预约人') && l.endsWith('110105********002X'))).toBe(true);
    expect(text).toContain('YY12345678');
    expect(text.join('')).toContain('身份证件');
    expect(text.some((l) => l.startsWith('预约时间') && l.endsWith('2026-11-24 10:00'))).toBe(true);
  });

  it('carries the code as a native QR on a native profile, as a raster on one without', () => {
    const stored = parseEscPos(encode(slip)).find((t) => t.kind === 'qrStore');
    expect(stored && new TextDecoder().decode(stored.data)).toBe('YY12345678');
    const raster = { ...printerProfiles['generic-80'], qr: 'raster' as const };
    expect(parseEscPos(encode(slip, raster)).some((t) => t.kind === 'raster')).toBe(true);
  });

  it('golden: the 80 mm slip is byte for byte what it was', () => {
    expect(createHash('sha256').update(encode(slip)).digest('hex')).toMatchInlineSnapshot(`"864fd6c2737e771bb36c18c8364aaf73ddf3411e8c1b0ff1da0cc21cc30af52f"`);
  });

  it('never runs past the paper, on 58 and 80 mm, whatever the names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('generic-58', 'generic-80') as fc.Arbitrary<keyof typeof printerProfiles>, (business, area, hall, model) => {
        const profile = printerProfiles[model];
        for (const l of printedLines(encode({ ...slip, business: business || '业务', area, hallName: hall }, profile))) expect(l.columns).toBeLessThanOrEqual(profile.columns);
      }),
      { numRuns: 60 },
    );
  });
});
