// The date input's arithmetic, pure: a date as year, month and day stepped one part at a time, the
// day held within its month (31 March, one month on, is 30 April, not 1 May), and the whole held within
// the field's bound (notFuture: not after today; notPast: not before it) and the years a form can mean.
// Today is given (the hall's business date): nothing here reads a clock.
import { isIsoDate } from '../../../../../domain/calendar-date.ts';

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type DatePart = keyof DateParts;
export type DateBound = 'any' | 'notFuture' | 'notPast';

/** The years any form field may take: the oldest citizen's birth year to a licence valid for long. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

export function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `1958-03-12` -> its parts; null unless a real date. */
export function partsOf(iso: string): DateParts | null {
  if (!isIsoDate(iso)) return null;
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return { year, month, day };
}

export function isoOf(p: DateParts): string {
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The earliest and latest dates the field takes, as ISO strings (compare as strings: same width). */
export function limitsOf(bound: DateBound, today: string): { readonly min: string; readonly max: string } {
  const first = `${FIRST_YEAR}-01-01`;
  const last = `${LAST_YEAR}-12-31`;
  return { min: bound === 'notPast' ? today : first, max: bound === 'notFuture' ? today : last };
}

function clampDay(p: { year: number; month: number; day: number }): DateParts {
  return { ...p, day: Math.min(Math.max(p.day, 1), daysIn(p.year, p.month)) };
}

/**
 * One part moved by `delta` (a year by 1 or 10, a month or a day by 1). Months and days wrap within
 * their year and month (December + 1 is January, the year unchanged: the year has its own buttons);
 * the day is then held within the month. Null when the result would leave the field's limits: the
 * button that would do it is shown disabled.
 */
export function step(p: DateParts, part: DatePart, delta: number, bound: DateBound, today: string): DateParts | null {
  let next: DateParts;
  switch (part) {
    case 'year':
      next = clampDay({ ...p, year: p.year + delta });
      break;
    case 'month':
      next = clampDay({ ...p, month: ((p.month - 1 + delta + 120) % 12) + 1 });
      break;
    case 'day': {
      const days = daysIn(p.year, p.month);
      next = { ...p, day: ((p.day - 1 + delta + days * 10) % days) + 1 };
      break;
    }
  }
  const { min, max } = limitsOf(bound, today);
  const iso = isoOf(next);
  return iso < min || iso > max ? null : next;
}

/** Where stepping starts on an empty field: today, which every bound allows. */
export function startOf(today: string): DateParts {
  return partsOf(today) ?? { year: 2000, month: 1, day: 1 };
}

/**
 * Eight digits typed on the digit pad (19580312) -> the ISO date, or why not: not eight digits yet,
 * not a date (month 13, 30 February), or outside the field's limits.
 */
export function typedDate(digits: string, bound: DateBound, today: string): { readonly ok: true; readonly iso: string } | { readonly ok: false; readonly why: 'incomplete' | 'notDate' | 'inFuture' | 'inPast' | 'outOfRange' } {
  if (!/^\d{8}$/.test(digits)) return { ok: false, why: 'incomplete' };
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isIsoDate(iso)) return { ok: false, why: 'notDate' };
  const { min, max } = limitsOf(bound, today);
  if (iso > max) return { ok: false, why: bound === 'notFuture' ? 'inFuture' : 'outOfRange' };
  if (iso < min) return { ok: false, why: bound === 'notPast' ? 'inPast' : 'outOfRange' };
  return { ok: true, iso };
}
