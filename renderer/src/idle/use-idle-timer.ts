// Returns the kiosk to its home screen when nobody has touched it for a while, with a short warning
// first. Time comes from an injected Clock (the page's timers by default, which tests control).
import { useEffect, useRef, useState } from 'react';
import { systemClock, type Clock } from '../../../domain/clock.ts';

export interface IdleOptions {
  readonly timeoutMs: number;
  /** How long before the timeout the warning shows (0: no warning). */
  readonly warningMs: number;
  /** False while there is nothing to end (the untouched home screen). */
  readonly active: boolean;
  readonly onIdle: () => void;
  readonly clock?: Clock;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

export interface IdleState {
  /** The seconds left while the warning shows, else null. */
  readonly secondsLeft: number | null;
  /** When the visit ends if nobody touches the screen (clock ms); null when the timer rests. */
  readonly deadline: number | null;
}

export function useIdleTimer({ timeoutMs, warningMs, active, onIdle, clock = systemClock }: IdleOptions): IdleState {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [deadlineAt, setDeadlineAt] = useState<number | null>(null);
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!active) {
      setSecondsLeft(null);
      setDeadlineAt(null);
      return;
    }
    let timer: unknown = null;
    let deadline = 0;
    const tick = () => {
      const left = deadline - clock.now();
      if (left <= 0) {
        setSecondsLeft(null);
        onIdleRef.current();
        return;
      }
      if (left <= warningMs) {
        setSecondsLeft(Math.ceil(left / 1000));
        timer = clock.setTimeout(tick, Math.min(left, left - (Math.ceil(left / 1000) - 1) * 1000));
      } else {
        timer = clock.setTimeout(tick, left - warningMs);
      }
    };
    const reset = () => {
      if (timer !== null) clock.clearTimeout(timer);
      deadline = clock.now() + timeoutMs;
      setDeadlineAt(deadline);
      setSecondsLeft(null);
      timer = clock.setTimeout(tick, Math.max(0, timeoutMs - warningMs));
    };
    reset();
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, reset, { capture: true, passive: true });
    return () => {
      if (timer !== null) clock.clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, reset, { capture: true });
    };
  }, [active, timeoutMs, warningMs, clock]);

  return { secondsLeft, deadline: deadlineAt };
}
