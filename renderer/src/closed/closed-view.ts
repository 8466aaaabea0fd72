// What the closed screen (kiosk and call display, outside the hall's opening hours) shows and how it
// behaves, as pure functions of the hall's time: the words for today's hours and the next opening, the
// slow drift that keeps a dark screen from burning in, and the ~15 s a touch wakes it for.
import type { NextOpening } from '../../../domain/opening-hours.ts';
import type { useT } from '../i18n/i18n.tsx';

type T = ReturnType<typeof useT>;

/** A touch wakes the closed kiosk for this long (full text size, brighter), then it dims again. */
export const WAKE_MS = 15_000;
/** The text block moves to its next place this often (and glides there slowly). */
export const DRIFT_STEP_MS = 60_000;
/** How far the block drifts from the centre, in percent of the screen each way. */
export const DRIFT_RANGE = { x: 8, y: 10 } as const;

/** "今日 08:30–12:00, 13:30–17:00" or "今日休息". */
export function todayHoursWords(t: T, todayHours: string): string {
  return todayHours ? t('closed.hoursToday', { hours: todayHours.replaceAll('-', '–') }) : t('closed.restToday');
}

/** "今天 13:30" / "明天 08:30" / "周一 08:30"; who to ask when no opening is set in the week ahead. */
export function nextOpeningWords(t: T, next: NextOpening | null): string {
  if (!next) return t('closed.opensUnknown');
  if (next.inDays === 0) return t('closed.opensToday', { at: next.at });
  if (next.inDays === 1) return t('closed.opensTomorrow', { at: next.at });
  return t('closed.opensOn', { day: t(`day.${next.weekday}` as 'day.1'), at: next.at });
}

/** Where the text block sits at `now`: a new place each DRIFT_STEP_MS, spread over the range (a
 *  fixed walk, so no pixel stays lit in one place all night). Offsets in percent from the centre. */
export function driftAt(now: number): { readonly x: number; readonly y: number } {
  const step = Math.floor(now / DRIFT_STEP_MS);
  // Two co-prime strides over 2n+1 positions: every place is visited before any repeats.
  const along = (stride: number, range: number) => ((step * stride) % (2 * range + 1)) - range;
  return { x: along(7, DRIFT_RANGE.x), y: along(11, DRIFT_RANGE.y) };
}

/** Awake while the last touch is under WAKE_MS old. */
export function isAwake(now: number, touchedAt: number | null): boolean {
  return touchedAt !== null && now >= touchedAt && now - touchedAt < WAKE_MS;
}
