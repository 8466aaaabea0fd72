// Whether the kiosk or call display is closed now (outside the hall's opening hours), on the hall's
// clock (the core's time, ui/hall-clock.tsx): it closes and opens again by itself as the minutes pass.
import type { OpeningHours } from '../../../domain/queue-setup.ts';
import { screenStateAt, type ScreenState } from '../../../domain/opening-hours.ts';
import { useNow } from '../ui/use-now.ts';

export function useScreenState(hours: OpeningHours | null, timeZone: string): ScreenState & { readonly now: number } {
  const now = useNow(1000);
  return { ...screenStateAt(now, hours, timeZone), now };
}
