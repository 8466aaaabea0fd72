// The hall's business date (YYYY-MM-DD) by the injected hall clock: what a form's date bounds
// (not in the future, not past) are checked against, the same day the core checks them with.
import { businessDateOf } from '../../../../domain/hall-time.ts';
import { useHallClock } from '../../ui/hall-clock.tsx';

export function useToday(timeZone: string): string {
  return businessDateOf(useHallClock().now(), timeZone);
}
