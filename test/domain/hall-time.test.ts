// The hall's time, read with Intl in the configured zone, never the process's: business date, local
// wall clock and weekday, and every printed time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDateOf, clockMinutes, formatHallTime, isTimeZone, localTimeAt, localTimeIn } from '../../domain/hall-time.ts';

const inShanghai = localTimeIn('Asia/Shanghai');

describe('local time', () => {
  it('gives the Shanghai date, time, minute and weekday either side of local midnight', () => {
    expect(inShanghai(Date.UTC(2026, 10, 24, 15, 59))).toEqual({ date: '2026-11-24', time: '23:59:00', minutes: 23 * 60 + 59, weekday: 2 });
    expect(inShanghai(Date.UTC(2026, 10, 24, 16, 1, 7))).toEqual({ date: '2026-11-25', time: '00:01:07', minutes: 1, weekday: 3 });
    expect(inShanghai(Date.UTC(2026, 10, 29, 1, 0))).toEqual({ date: '2026-11-29', time: '09:00:00', minutes: 9 * 60, weekday: 7 });
  });

  it('follows the zone: the same instant is another business date in Urumqi time or UTC', () => {
    const instant = Date.UTC(2026, 10, 24, 23, 30); // 07:30 the next day in Shanghai
    expect(businessDateOf(instant, 'Asia/Shanghai')).toBe('2026-11-25');
    expect(businessDateOf(instant, 'UTC')).toBe('2026-11-24');
    expect(localTimeAt(instant, 'Asia/Urumqi')).toMatchObject({ date: '2026-11-25', minutes: 5 * 60 + 30 });
  });

  it('agrees with a fixed +08:00 offset for Shanghai at any instant (China keeps no daylight saving)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const d = new Date(ms + 8 * 3600_000);
        const p = (n: number) => String(n).padStart(2, '0');
        const t = inShanghai(ms);
        expect(t.date).toBe(`${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`);
        expect(t.time).toBe(`${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`);
        expect(t.weekday).toBe(((d.getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an unknown zone at set-up and says which are known', () => {
    expect(() => localTimeIn('Asia/Beijing')).toThrow(RangeError);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
  });
});

describe('formatHallTime', () => {
  it('prints the hall’s wall clock, whatever offset the instant carries', () => {
    expect(formatHallTime('2025-03-14T01:30:00Z', 'Asia/Shanghai')).toBe('2025-03-14 09:30');
    expect(formatHallTime('2025-03-14T09:30:00+08:00', 'Asia/Shanghai')).toBe('2025-03-14 09:30');
    expect(formatHallTime('2025-03-13T16:30:00Z', 'Asia/Shanghai')).toBe('2025-03-14 00:30');
    expect(formatHallTime('2025-03-14T01:30:00Z', 'Europe/Berlin')).toBe('2025-03-14 02:30');
    expect(formatHallTime(Date.UTC(2026, 11, 31, 16, 0, 5), 'Asia/Shanghai', { seconds: true })).toBe('2027-01-01 00:00:05');
    expect(formatHallTime(Date.UTC(2026, 11, 31, 16, 0, 5), 'Asia/Urumqi', { seconds: true })).toBe('2026-12-31 22:00:05');
  });

  it('prints text that is not a time as it is, and a number that is not one as --', () => {
    expect(formatHallTime('长期', 'Asia/Shanghai')).toBe('长期');
    expect(formatHallTime(Number.NaN, 'Asia/Shanghai')).toBe('--');
    expect(formatHallTime(1e17, 'Asia/Shanghai')).toBe('--');
  });
});

describe('clockMinutes', () => {
  it('reads HH:mm as minutes since midnight', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('08:30')).toBe(510);
    expect(clockMinutes('23:59')).toBe(1439);
  });
});
