// A deadline for a device's answer that a stalled event loop cannot fake.
//
// Node runs expired timers before it reads I/O. When the process could not run for a while (a long
// synchronous step: a garbage collection, a SQLite write waiting for another connection's commit;
// or too little CPU: the simulator on the other end of the line runs in this process too), the
// device's answer may have been sitting unread, and a plain timer would still declare "no answer".
// So a timer that fires late by more than STALL_MS means this process was not running, not that the
// device was silent: the device gets GRACE_MS more, with the event loop running, to be heard. Only a
// timer that fires on time can expire the deadline, up to MAX_GRACES extensions (a process starved
// for good still gets its answer: "no answer" in the end). With a clock that fires on time (a test's
// manual clock) it is a plain timer.
import type { Clock } from '../../domain/clock.ts';

/** Lateness that counts as a stall of this process, ms. */
export const STALL_MS = 50;
/** What a device gets after a stall, ms: enough for the I/O that waited to be read. */
export const GRACE_MS = 100;
/** Extensions at most, one per late timer. */
export const MAX_GRACES = 10;

/** Calls `expire` `ms` after now (stall-aware, see above) unless the returned cancel runs first. */
export function deviceDeadline(clock: Clock, ms: number, expire: () => void): () => void {
  let timer: unknown = null;
  let graces = 0;
  const arm = (wait: number): void => {
    const due = clock.now() + wait;
    timer = clock.setTimeout(() => {
      timer = null;
      if (clock.now() - due > STALL_MS && graces < MAX_GRACES) {
        graces++;
        arm(GRACE_MS);
      } else {
        expire();
      }
    }, wait);
  };
  arm(ms);
  return () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
}
