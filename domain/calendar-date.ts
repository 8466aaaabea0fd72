// Calendar dates as ID cards and case numbers write them (YYYYMMDD) and as the terminal passes them
// (YYYY-MM-DD): real dates of the proleptic Gregorian calendar, never a Date object's roll-over.

/** YYYY-MM-DD. */
export type IsoDate = string;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `19900101` -> `1990-01-01`; null unless eight digits forming a real calendar date. */
export function compactToIso(compact: string): IsoDate | null {
  if (!/^\d{8}$/.test(compact)) return null;
  const year = Number(compact.slice(0, 4));
  const month = Number(compact.slice(4, 6));
  const day = Number(compact.slice(6, 8));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
}

/** `1990-01-01` -> `19900101`; null unless a real calendar date in that form. */
export function isoToCompact(iso: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const compact = iso.replaceAll('-', '');
  return compactToIso(compact) === null ? null : compact;
}

export function isIsoDate(s: string): boolean {
  return isoToCompact(s) !== null;
}

/** Full years from a birth date to a date (both YYYY-MM-DD); null when either is not a date or the birth is later. */
export function yearsBetween(birth: IsoDate, on: IsoDate): number | null {
  if (!isIsoDate(birth) || !isIsoDate(on)) return null;
  const [by = 0, bm = 0, bd = 0] = birth.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = on.split('-').map(Number);
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday .. 7 = Sunday (0 when it is not a date). */
export function isoWeekdayOf(iso: IsoDate): number {
  if (!isIsoDate(iso)) return 0;
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}
