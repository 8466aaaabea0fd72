// The kiosk's and call display's screen closed outside the hall's opening hours, read against the
// hall's zone (Asia/Shanghai, UTC+8).
import { describe, expect, it } from 'vitest';
import { screenStateAt } from '../../domain/opening-hours.ts';
import type { OpeningHours } from '../../domain/queue-setup.ts';

const zone = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);
const hours: OpeningHours = [
  { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '09:00', to: '12:00' }, { from: '13:30', to: '17:00' }] },
  { weekdays: [6], periods: [{ from: '09:00', to: '12:00' }] },
];

describe('blank screen outside opening hours', () => {
  it('stays on with no hours configured', () => {
    expect(screenStateAt(at('2026-12-07T02:00:00+08:00'), undefined, zone)).toEqual({ blank: false });
  });
  it('is on during a period and blank in the lunch break, saying when it opens', () => {
    expect(screenStateAt(at('2026-12-07T09:00:00+08:00'), hours, zone)).toEqual({ blank: false });
    expect(screenStateAt(at('2026-12-07T12:00:00+08:00'), hours, zone)).toEqual({
      blank: true,
      next: { inDays: 0, weekday: 1, at: '13:30' },
      todayHours: '09:00-12:00, 13:30-17:00',
    });
  });
  it('on a Saturday afternoon points to Monday morning', () => {
    // 2026-12-12 is a Saturday.
    expect(screenStateAt(at('2026-12-12T15:00:00+08:00'), hours, zone)).toEqual({
      blank: true,
      next: { inDays: 2, weekday: 1, at: '09:00' },
      todayHours: '09:00-12:00',
    });
  });
});

describe('closed screen edges', () => {
  it('opens at the minute a period starts and closes at the minute it ends', () => {
    expect(screenStateAt(at('2026-12-07T08:59:59+08:00'), hours, zone).blank).toBe(true);
    expect(screenStateAt(at('2026-12-07T09:00:00+08:00'), hours, zone).blank).toBe(false);
    expect(screenStateAt(at('2026-12-07T16:59:59+08:00'), hours, zone).blank).toBe(false);
    expect(screenStateAt(at('2026-12-07T17:00:00+08:00'), hours, zone)).toEqual({
      blank: true,
      next: { inDays: 1, weekday: 2, at: '09:00' },
      todayHours: '09:00-12:00, 13:30-17:00',
    });
  });
  it('says a closed day (Sunday) with no hours today', () => {
    expect(screenStateAt(at('2026-12-13T10:00:00+08:00'), hours, zone)).toEqual({ blank: true, next: { inDays: 1, weekday: 1, at: '09:00' }, todayHours: '' });
  });
  it('stays on with hours null (the hall set none) and knows no next opening with an empty week', () => {
    expect(screenStateAt(at('2026-12-13T10:00:00+08:00'), null, zone)).toEqual({ blank: false });
    expect(screenStateAt(at('2026-12-13T10:00:00+08:00'), [], zone)).toEqual({ blank: true, next: null, todayHours: '' });
  });
});
