// The hall's local time: business date, minute of the day and ISO weekday in the hall's time zone
// (Intl.DateTimeFormat, never the process TZ). The queue's daily reset, opening hours and slot quotas
// are all read from this.

export interface LocalTime {
  /** yyyy-MM-dd in the hall's zone: the business date that numbering, quotas and limits reset on. */
  readonly date: string;
  /** Minutes since local midnight, 0..1439. */
  readonly minutes: number;
  /** ISO weekday: 1 = Monday .. 7 = Sunday. */
  readonly weekday: number;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** A converter for one time zone. An unknown zone name throws a RangeError here, at set-up. */
export function localTimeIn(timeZone: string): (epochMs: number) => LocalTime {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  });
  return (epochMs) => {
    const parts: Record<string, string> = {};
    for (const p of format.formatToParts(epochMs)) parts[p.type] = p.value;
    const hour = Number(parts['hour']) % 24;
    return {
      date: `${parts['year']}-${parts['month']}-${parts['day']}`,
      minutes: hour * 60 + Number(parts['minute']),
      weekday: WEEKDAYS[parts['weekday'] ?? ''] ?? 0,
    };
  };
}

/** "08:30" -> 510. */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
