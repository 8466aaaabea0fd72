// 办事预约 (booking an appointment): a business that takes appointments offers a number of places per
// half-day (上午 / 下午) on each day it is open. A half-day's time range is read from the category's
// opening hours on that weekday: the morning is every period that starts before noon, the afternoon
// every one that starts at noon or later; a day without such periods has no such half-day. Zod-free:
// the screens import it.
import type { OpeningHours } from './queue-setup.ts';

export const halfDays = ['am', 'pm'] as const;
export type HalfDay = (typeof halfDays)[number];

const NOON = '12:00';

/** The time range of a half-day on an ISO weekday (1 = Monday), or null when it is closed then. */
export function halfDayRange(hours: OpeningHours, weekday: number, half: HalfDay): { readonly from: string; readonly to: string } | null {
  const periods = (hours.find((part) => part.weekdays.includes(weekday))?.periods ?? []).filter((p) => (half === 'am' ? p.from < NOON : p.from >= NOON));
  const first = periods[0];
  const last = periods.at(-1);
  return first && last ? { from: first.from, to: last.to } : null;
}

/** The half-day a slot starting at `from` ("09:00") belongs to. */
export function halfDayOf(from: string): HalfDay {
  return from < NOON ? 'am' : 'pm';
}

/** A mobile number as the booking takes it: 11 digits, 13-19 first (no zod here: the screens use it too). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const isMobile = (phone: string): boolean => MOBILE_PATTERN.test(phone);

/** 138****5678: a mobile number as shown and kept. */
export function maskMobile(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '*'.repeat(phone.length);
}
