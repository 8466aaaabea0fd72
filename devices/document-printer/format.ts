// Dates and times as printed: in the hall's time zone (an ISO instant from the platform carries its
// own offset, the paper shows the hall's wall clock), "2025-03-14 09:30".
import type { Clock } from '../../main/contract/index.ts';
import type { PageFrame } from './types.ts';

export const defaultTimeZone = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** "2025-03-14 09:30" in `timeZone`; an unparsable input is printed as given. */
export function formatDateTime(instant: string | number, timeZone: string = defaultTimeZone): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) return String(instant);
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

/** The header and footer of a print made now. */
export function pageFrame(hallName: string, clock: Clock, timeZone: string = defaultTimeZone): PageFrame {
  return { hallName, printedAt: formatDateTime(clock.now(), timeZone) };
}
