// Opening hours and per-slot quotas of a business category, read against the hall's local time.
// A period or slot includes its start minute and excludes its end ("08:30-12:00" is open at 11:59,
// closed at 12:00).
import type { OpeningHours, SlotQuota } from './catalogue.ts';
import { clockMinutes, type LocalTime } from './hall-time.ts';

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
