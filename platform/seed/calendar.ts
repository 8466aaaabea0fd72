// Calendar arithmetic on business dates (yyyy-MM-dd, hall local time). Weekends are non-working
// days; public holidays are not modelled in the seed.
const DAY = 86_400_000;

export function parseDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`business date "${date}" is not yyyy-MM-dd`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (formatDate(t) !== date) throw new RangeError(`business date "${date}" is not a calendar date`);
  return t;
}

export function formatDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days * DAY);
}

/** ISO weekday, 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(parseDate(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5;
}

/** Moves n working days forward (n > 0) or back (n < 0); n = 0 returns the date itself. `working`: the hall calendar (default Monday to Friday). */
export function addWorkingDays(date: string, n: number, working: (date: string) => boolean = isWorkingDay): string {
  let d = date;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    d = addDays(d, step);
    if (working(d)) left--;
  }
  return d;
}

/** Hall local time (UTC+8) as ISO 8601 with offset. */
export function at(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

export function compact(date: string): string {
  return date.replaceAll('-', '');
}
