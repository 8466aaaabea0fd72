// bench/city.ts's checks after its load (city-checks.ts): a bench whose checks cannot see a lost,
// doubled or misnumbered ticket, or a call heard in the wrong hall, would print zeros whatever happened.
import { describe, expect, it } from 'vitest';
import { checkCity, quantile, type StoredTicket } from '../../bench/city-checks.ts';

const stored = (id: string, hall: string, category: string, number: string): StoredTicket => ({ id, hall_id: hall, category_id: category, number, terminal_id: 'kiosk-001' });

describe('the city bench checks', () => {
  it('a clean run: every answered ticket stored once, each business numbered 1..n, each call heard in its hall only', () => {
    const c = checkCity({
      issued: [{ id: 't1' }, { id: 't2' }, { id: 't3' }],
      stored: [stored('t1', 'default', 'c01', 'A001'), stored('t2', 'default', 'c01', 'A002'), stored('t3', 'hall-02', 'c01', 'A001')],
      calledAt: new Map([['t1', { at: 100, hall: 'default' }]]),
      arrivals: new Map([['t1', [{ at: 103, hall: 'default' }, { at: 110, hall: 'default' }]]]),
    });
    expect(c).toEqual({ lost: 0, doubled: 0, unanswered: 0, duplicates: 0, gaps: 0, wrapped: 0, callLatencies: [3, 10], callsNotSeen: 0, leaked: 0 });
  });

  it('counts a lost, a doubled and an unanswered ticket, a duplicate and a missing number, per hall and business', () => {
    const c = checkCity({
      // t1 answered twice (two creates, one ticket); t9 answered but never stored.
      issued: [{ id: 't1' }, { id: 't1' }, { id: 't9' }],
      stored: [
        stored('t1', 'default', 'c01', 'A001'),
        stored('t2', 'default', 'c01', 'A001'), // a duplicate number, and no kiosk was answered with it
        stored('t3', 'default', 'c02', 'B002'), // B001 missing
        stored('t4', 'hall-02', 'c01', 'A001'), // the same number in another hall: fine
      ],
      calledAt: new Map(),
      arrivals: new Map(),
    });
    expect(c).toMatchObject({ lost: 1, doubled: 1, unanswered: 3, duplicates: 1, gaps: 1, wrapped: 0 });
  });

  it('a call heard only in another hall is a leak and unseen; a business past 999 numbers is not checked', () => {
    const c = checkCity({
      issued: [],
      stored: Array.from({ length: 1000 }, (_, i) => stored(`t${i}`, 'default', 'c01', `A${String((i % 999) + 1).padStart(3, '0')}`)),
      calledAt: new Map([
        ['t1', { at: 0, hall: 'default' }],
        ['t2', { at: 0, hall: 'default' }],
      ]),
      arrivals: new Map([['t1', [{ at: 5, hall: 'hall-02' }]]]),
    });
    expect(c).toMatchObject({ duplicates: 0, gaps: 0, wrapped: 1, callsNotSeen: 2, leaked: 1, callLatencies: [] });
  });

  it('quantile is the element at floor(q n) of the sorted list', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([5, 1, 4, 2, 3], 0.99)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
