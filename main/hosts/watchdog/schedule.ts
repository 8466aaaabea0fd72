// The host's day: a daily restart at a quiet hour (a kiosk that runs for months leaks what it leaks;
// a restart at night starts each day clean) and the screen blanked outside the hall's opening hours.
// Pure functions of an instant and the hall's zone, so tests drive them with any clock.
import type { OpeningHours } from '../../../domain/queue-setup.ts';
import { clockMinutes, localTimeAt } from '../../../domain/hall-time.ts';
import { hoursOn, isOpen, nextOpening, type NextOpening } from '../../../domain/opening-hours.ts';

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

export type ScreenState =
  | { readonly blank: false }
  | {
      readonly blank: true;
      /** When it opens next (null: no opening in the week ahead). */
      readonly next: NextOpening | null;
      /** Today's periods as "08:30-12:00, 13:30-17:00"; "" on a closed day. */
      readonly todayHours: string;
    };

/** Blank outside the opening hours; `hours` absent: the hall set none, the screen stays on. */
export function screenStateAt(now: number, hours: OpeningHours | undefined, timeZone: string): ScreenState {
  if (hours === undefined) return { blank: false };
  const local = localTimeAt(now, timeZone);
  if (isOpen(hours, local)) return { blank: false };
  return { blank: true, next: nextOpening(hours, local), todayHours: hoursOn(hours, local.weekday) };
}

/** The host's exit code for the daily restart (EX_TEMPFAIL): the service manager starts it again. */
export const DAILY_RESTART_EXIT_CODE = 75;
