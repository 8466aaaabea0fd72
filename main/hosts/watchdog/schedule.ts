// The host's day: a daily restart at a quiet hour (a kiosk that runs for months leaks what it leaks;
// a restart at night starts each day clean). A pure function of an instant and the hall's zone, so
// tests drive it with any clock. The screen closed outside the opening hours is the screen's own
// (domain/opening-hours.ts screenStateAt, read by the kiosk and the call display).
import { clockMinutes, localTimeAt } from '../../../domain/hall-time.ts';

/** A restart is only made in the hour after the quiet time: a terminal switched off over night does
 *  not restart at the first moment it is switched on in the morning. */
export const RESTART_WINDOW_MINUTES = 60;

/**
 * True when the daily restart is due: the quiet time `at` ("03:30", hall's zone) fell after the host
 * booted and the clock is still within the window after it. A host booted after today's quiet time
 * (the restart itself) is not due again until tomorrow. Assumes no daylight-saving jump in the
 * window (China keeps none).
 */
export function dailyRestartDue(bootedAt: number, now: number, at: string, timeZone: string): boolean {
  const local = localTimeAt(now, timeZone);
  const seconds = Number(local.time.slice(6, 8));
  const sinceQuiet = (local.minutes - clockMinutes(at)) * 60_000 + seconds * 1000;
  if (sinceQuiet < 0 || sinceQuiet >= RESTART_WINDOW_MINUTES * 60_000) return false;
  return now - bootedAt > sinceQuiet;
}

/** The host's exit code for the daily restart (EX_TEMPFAIL): the service manager starts it again. */
export const DAILY_RESTART_EXIT_CODE = 75;
