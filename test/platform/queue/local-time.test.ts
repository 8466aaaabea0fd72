// The hall's local time, read with Intl in the configured zone, never the process TZ.
import { afterEach, describe, expect, it } from 'vitest';
import { localTimeIn } from '../../../platform/queue/index.ts';
import { isOpen, opensLaterToday, slotAt } from '../../../platform/queue/opening-hours.ts';
import { cleanUp, issue, openQueue, shanghai } from './support.ts';

afterEach(cleanUp);

const inShanghai = localTimeIn('Asia/Shanghai');

describe('local time', () => {
  it('gives the Shanghai date, minute and weekday either side of local midnight', () => {
    expect(inShanghai(Date.UTC(2026, 10, 24, 15, 59))).toEqual({ date: '2026-11-24', minutes: 23 * 60 + 59, weekday: 2 });
    expect(inShanghai(Date.UTC(2026, 10, 24, 16, 1))).toEqual({ date: '2026-11-25', minutes: 1, weekday: 3 });
    expect(inShanghai(Date.UTC(2026, 10, 29, 1, 0))).toEqual({ date: '2026-11-29', minutes: 9 * 60, weekday: 7 });
    expect(inShanghai(shanghai('2026-11-30 00:00'))).toEqual({ date: '2026-11-30', minutes: 0, weekday: 1 });
  });

  it('follows the zone option: the same instant is another business date in Urumqi time or UTC', () => {
    const instant = shanghai('2026-11-25 07:30'); // 23:30 UTC the day before
    expect(localTimeIn('UTC')(instant).date).toBe('2026-11-24');
    expect(localTimeIn('Asia/Urumqi')(instant)).toMatchObject({ date: '2026-11-25', minutes: 5 * 60 + 30 });
  });

  it('numbers by the configured zone', () => {
    const allDay = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
    const h = openQueue({ at: '2026-11-25 07:30', queue: { timeZone: 'UTC' } });
    expect(h.queue.configure({ ...h.queue.configuration(), categories: h.queue.configuration().categories.map((c) => ({ ...c, hours: allDay })) }).ok).toBe(true);
    expect(issue(h, 'general').businessDate).toBe('2026-11-24');
    expect(h.queue.businessDate()).toBe('2026-11-24');
  });
});

describe('opening hours', () => {
  const hours = [
    { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '12:00' }, { from: '13:30', to: '17:30' }] },
    { weekdays: [6], periods: [{ from: '09:00', to: '12:00' }] },
  ];
  const at = (wall: string) => inShanghai(shanghai(wall));

  it('opens at the start minute and closes at the end minute, per weekday part', () => {
    expect(isOpen(hours, at('2026-11-24 08:29'))).toBe(false);
    expect(isOpen(hours, at('2026-11-24 08:30'))).toBe(true);
    expect(isOpen(hours, at('2026-11-24 17:29'))).toBe(true);
    expect(isOpen(hours, at('2026-11-24 17:30'))).toBe(false);
    expect(isOpen(hours, at('2026-11-28 08:45'))).toBe(false);
    expect(isOpen(hours, at('2026-11-28 09:00'))).toBe(true);
    expect(isOpen(hours, at('2026-11-29 10:00'))).toBe(false);
  });

  it('tells when it opens later today', () => {
    expect(opensLaterToday(hours, at('2026-11-24 07:00'))).toBe('08:30');
    expect(opensLaterToday(hours, at('2026-11-24 12:10'))).toBe('13:30');
    expect(opensLaterToday(hours, at('2026-11-24 18:00'))).toBeNull();
    expect(opensLaterToday(hours, at('2026-11-29 08:00'))).toBeNull();
  });

  it('finds the slot a time falls in', () => {
    const slots = [
      { from: '08:30', to: '10:00', quota: 5 },
      { from: '10:00', to: '12:00', quota: 5 },
    ];
    expect(slotAt(slots, at('2026-11-24 09:59'))?.from).toBe('08:30');
    expect(slotAt(slots, at('2026-11-24 10:00'))?.from).toBe('10:00');
    expect(slotAt(slots, at('2026-11-24 14:00'))).toBeNull();
  });
});
