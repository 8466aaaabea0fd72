// The current time, updated on each whole second (or minute), from an injected Clock.
import { useEffect, useState } from 'react';
import { systemClock, type Clock } from '../../../main/contract/client.ts';

export function useNow(stepMs = 1000, clock: Clock = systemClock): number {
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
