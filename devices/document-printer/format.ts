// The header and footer of a printed page: the hall's name and when it was printed, on the hall's
// wall clock (domain/hall-time.ts formats every time the terminal prints or shows).
import type { Clock } from '../../domain/clock.ts';
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import type { PageFrame } from './types.ts';

/** The header and footer of a print made now. */
export function pageFrame(hallName: string, clock: Clock, timeZone: string = DEFAULT_TIME_ZONE): PageFrame {
  return { hallName, printedAt: formatHallTime(clock.now(), timeZone) };
}
