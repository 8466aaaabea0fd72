// The hall's time as the core keeps it: the page's timers, moved by the difference between the
// core's clock and the browser's when the terminal info arrived (none on a kiosk whose browser and
// core share a machine; the whole offset when a development profile starts the core at 10:00).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { systemClock, type Clock } from '../../../domain/clock.ts';

const HallClockContext = createContext<Clock>(systemClock);

export function HallClockProvider({ coreNow, children }: { coreNow: number; children: ReactNode }) {
  const clock = useMemo<Clock>(() => {
    const offset = coreNow - systemClock.now();
    // Under a second is the time the answer took to arrive: not worth showing a different time for.
    if (Math.abs(offset) < 1000) return systemClock;
    return { now: () => systemClock.now() + offset, setTimeout: systemClock.setTimeout, clearTimeout: systemClock.clearTimeout };
  }, [coreNow]);
  return <HallClockContext.Provider value={clock}>{children}</HallClockContext.Provider>;
}

export function useHallClock(): Clock {
  return useContext(HallClockContext);
}
