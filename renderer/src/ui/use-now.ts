// The current hall time, updated on each whole second (or minute).
import { useEffect, useState } from 'react';
import { useHallClock } from './hall-clock.tsx';

export function useNow(stepMs = 1000): number {
  const clock = useHallClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    let timer: unknown;
    const schedule = () => {
      const t = clock.now();
      setNow(t);
      timer = clock.setTimeout(schedule, stepMs - (t % stepMs) + 5);
    };
    schedule();
    return () => clock.clearTimeout(timer);
  }, [stepMs, clock]);
  return now;
}
