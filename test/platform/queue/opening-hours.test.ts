// The queue reads the hall's local time (domain/hall-time.ts) in the configured zone: numbering and
// opening hours.
import { afterEach, describe, expect, it } from 'vitest';
import { localTimeIn } from '../../../domain/hall-time.ts';
import { isOpen, opensLaterToday, slotAt } from '../../../domain/opening-hours.ts';
import { cleanUp, issue, openQueue, shanghai } from './support.ts';

afterEach(cleanUp);

const inShanghai = localTimeIn('Asia/Shanghai');

describe('hall time in the queue', () => {
  it('numbers by the configured zone', async () => {
    const allDay = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
    const h = await openQueue({ at: '2026-11-25 07:30', queue: { timeZone: 'UTC' } });
    expect((await h.queue.configure({ ...(await h.queue.configuration()), categories: (await h.queue.configuration()).categories.map((c) => ({ ...c, hours: allDay })) })).ok).toBe(true);
    expect((await issue(h, 'general')).businessDate).toBe('2026-11-24');
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
