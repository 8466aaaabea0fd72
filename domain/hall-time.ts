// The hall's time: business date, local wall-clock time and weekday in the hall's time zone (IANA
// name, Intl.DateTimeFormat), never the process's or the machine's zone. The queue's daily reset,
// opening hours and slot quotas are read from it, and every time printed or shown is formatted by it.

/** China Standard Time; a hall elsewhere (Xinjiang keeps Asia/Urumqi locally) sets `queue.timeZone`. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface LocalTime {
  /** yyyy-MM-dd in the hall's zone: the business date that numbering, quotas and limits reset on. */
  readonly date: string;
  /** "HH:mm:ss", 24-hour. */
  readonly time: string;
  /** Minutes since local midnight, 0..1439. */
  readonly minutes: number;
  /** ISO weekday: 1 = Monday .. 7 = Sunday. */
  readonly weekday: number;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    // An unknown zone name throws a RangeError here, which isTimeZone() turns into `false`.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows ("Asia/Shanghai"); for config checks. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The hall's local time at an instant. An unknown zone throws a RangeError (config checks it first). */
export function localTimeAt(epochMs: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) parts[p.type] = p.value;
  const hour = Number(parts['hour']) % 24;
  const hh = String(hour).padStart(2, '0');
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${hh}:${parts['minute']}:${parts['second']}`,
    minutes: hour * 60 + Number(parts['minute']),
    weekday: WEEKDAYS[parts['weekday'] ?? ''] ?? 0,
  };
}

/** A converter bound to one zone; throws a RangeError at set-up for an unknown zone. */
export function localTimeIn(timeZone: string): (epochMs: number) => LocalTime {
  formatterFor(timeZone);
  return (epochMs) => localTimeAt(epochMs, timeZone);
}

/** The business date (yyyy-MM-dd) of an instant in the hall's zone. */
export function businessDateOf(epochMs: number, timeZone: string): string {
  return localTimeAt(epochMs, timeZone).date;
}

/**
 * "2025-03-14 09:30" (or "… 09:30:07" with seconds) in the hall's zone, from epoch milliseconds or an
 * ISO instant (which carries its own offset: the paper shows the hall's wall clock). Text that is not
 * a time ("长期" on an ID card's validity) comes back as given, a number that is not one as "--".
 */
export function formatHallTime(instant: string | number, timeZone: string, options: { readonly seconds?: boolean } = {}): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  // ±8.64e15 ms is the range of a JavaScript date; Intl throws outside it.
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return typeof instant === 'string' ? instant : '--';
  const t = localTimeAt(ms, timeZone);
  return `${t.date} ${options.seconds ? t.time : t.time.slice(0, 5)}`;
}

/** "08:30" -> 510. */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
