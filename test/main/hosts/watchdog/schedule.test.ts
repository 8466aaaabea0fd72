// The daily restart, read against the hall's zone (Asia/Shanghai, UTC+8).
import { describe, expect, it } from 'vitest';
import { dailyRestartDue } from '../../../../main/hosts/watchdog/schedule.ts';

const zone = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);

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
