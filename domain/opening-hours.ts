// Opening hours and per-slot quotas of a business category, read against the hall's local time.
// A period or slot includes its start minute and excludes its end ("08:30-12:00" is open at 11:59,
// closed at 12:00).
import type { OpeningHours, SlotQuota } from './catalogue.ts';
import { clockMinutes, localTimeAt, type LocalTime } from './hall-time.ts';

function periodsOn(hours: OpeningHours, weekday: number): readonly { from: string; to: string }[] {
  return hours.find((part) => part.weekdays.includes(weekday))?.periods ?? [];
}

export function isOpen(hours: OpeningHours, at: LocalTime): boolean {
  return periodsOn(hours, at.weekday).some((p) => clockMinutes(p.from) <= at.minutes && at.minutes < clockMinutes(p.to));
}

/** The start of the next period later the same day ("13:30" during the lunch break), or null. */
export function opensLaterToday(hours: OpeningHours, at: LocalTime): string | null {
  return periodsOn(hours, at.weekday).find((p) => clockMinutes(p.from) > at.minutes)?.from ?? null;
}

/** The slot quota the time falls in, or null (no slot limit applies then). */
export function slotAt(slots: readonly SlotQuota[], at: LocalTime): SlotQuota | null {
  return slots.find((s) => clockMinutes(s.from) <= at.minutes && at.minutes < clockMinutes(s.to)) ?? null;
}

/** The periods of the day `at` falls on, as "08:30-12:00, 13:30-17:00"; "" on a day it is closed. */
export function hoursOn(hours: OpeningHours, weekday: number): string {
  return periodsOn(hours, weekday)
    .map((p) => `${p.from}-${p.to}`)
    .join(', ');
}

export interface NextOpening {
  /** 0 later today, 1 tomorrow... */
  readonly inDays: number;
  /** ISO weekday of that day: 1 = Monday .. 7 = Sunday. */
  readonly weekday: number;
  /** "13:30" */
  readonly at: string;
}

/** When it opens next after `at` (later today, or on one of the next 7 days); null: never. */
export function nextOpening(hours: OpeningHours, at: LocalTime): NextOpening | null {
  const later = opensLaterToday(hours, at);
  if (later !== null) return { inDays: 0, weekday: at.weekday, at: later };
  for (let inDays = 1; inDays <= 7; inDays++) {
    const weekday = ((at.weekday - 1 + inDays) % 7) + 1;
    const first = periodsOn(hours, weekday)[0];
    if (first) return { inDays, weekday, at: first.from };
  }
  return null;
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

/**
 * The kiosk's and call display's screen at an instant: blank (closed) outside the hall's opening
 * hours (config/remote `hallSettings.openingHours`); `hours` absent: the hall set none, the screen
 * stays on.
 */
export function screenStateAt(now: number, hours: OpeningHours | null | undefined, timeZone: string): ScreenState {
  if (hours === undefined || hours === null) return { blank: false };
  const local = localTimeAt(now, timeZone);
  if (isOpen(hours, local)) return { blank: false };
  return { blank: true, next: nextOpening(hours, local), todayHours: hoursOn(hours, local.weekday) };
}
