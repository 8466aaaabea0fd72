// The daily restart and the blanked screen, read against the hall's zone (Asia/Shanghai, UTC+8).
import { describe, expect, it } from 'vitest';
import { dailyRestartDue, screenStateAt } from '../../../../main/hosts/watchdog/schedule.ts';
import type { OpeningHours } from '../../../../domain/queue-setup.ts';

const zone = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);
const hours: OpeningHours = [
  { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '09:00', to: '12:00' }, { from: '13:30', to: '17:00' }] },
  { weekdays: [6], periods: [{ from: '09:00', to: '12:00' }] },
];

describe('daily restart', () => {
  const booted = at('2026-12-07T10:00:00+08:00');
  it('is due once the quiet time has passed after the boot', () => {
    expect(dailyRestartDue(booted, at('2026-12-08T03:29:59+08:00'), '03:30', zone)).toBe(false);
    expect(dailyRestartDue(booted, at('2026-12-08T03:30:00+08:00'), '03:30', zone)).toBe(true);
    expect(dailyRestartDue(booted, at('2026-12-08T04:10:00+08:00'), '03:30', zone)).toBe(true);
  });
  it('is not due again right after the restart it caused', () => {
    const rebooted = at('2026-12-08T03:30:05+08:00');
    expect(dailyRestartDue(rebooted, at('2026-12-08T03:31:00+08:00'), '03:30', zone)).toBe(false);
    expect(dailyRestartDue(rebooted, at('2026-12-09T03:30:00+08:00'), '03:30', zone)).toBe(true);
  });
  it('is not made outside the hour after the quiet time (a terminal switched on in the morning)', () => {
    expect(dailyRestartDue(booted, at('2026-12-08T04:30:00+08:00'), '03:30', zone)).toBe(false);
    expect(dailyRestartDue(booted, at('2026-12-08T09:00:00+08:00'), '03:30', zone)).toBe(false);
  });
  it("reads the quiet time in the hall's zone, not UTC", () => {
    // 03:30 in Shanghai is 19:30 UTC the day before.
    expect(dailyRestartDue(booted, at('2026-12-07T19:30:00Z'), '03:30', zone)).toBe(true);
    expect(dailyRestartDue(booted, at('2026-12-08T03:30:00Z'), '03:30', zone)).toBe(false);
  });
});

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
