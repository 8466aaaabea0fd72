// deviceDeadline: a device's answer deadline that a stalled event loop cannot fake.
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../domain/clock.ts';
import { deviceDeadline, GRACE_MS, MAX_GRACES, STALL_MS } from '../../../devices/common/deadline.ts';
import { ManualClock } from '../../support/manual-clock.ts';

/** A clock whose timers fire only when the test says, at whatever time the test says: a stall. */
class StallingClock implements Clock {
  time = 0;
  timers = new Map<number, { due: number; fn: () => void }>();
  #id = 1;
  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.#id++;
    this.timers.set(id, { due: this.time + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** The process runs again at `time`: every timer due by then fires (late, if it was due earlier). */
  resumeAt(time: number): void {
    this.time = time;
    for (const [id, t] of [...this.timers]) {
      if (t.due <= time) {
        this.timers.delete(id);
        t.fn();
      }
    }
  }
}

describe('deviceDeadline', () => {
  it('expires on time when the process ran all along, and not at all once cancelled', () => {
    const clock = new ManualClock();
    let expired = 0;
    deviceDeadline(clock, 500, () => expired++);
    clock.advance(499);
    expect(expired).toBe(0);
    clock.advance(1);
    expect(expired).toBe(1);
    const cancel = deviceDeadline(clock, 500, () => expired++);
    clock.advance(300);
    cancel();
    clock.advance(1000);
    expect(expired).toBe(1);
    expect(clock.pending).toBe(0);
  });

  it('after a stall, gives the device a grace period to be heard instead of expiring at once', () => {
    const clock = new StallingClock();
    let expired = 0;
    const cancel = deviceDeadline(clock, 500, () => expired++);
    // The process was stopped from 10 ms to 1500 ms: the timer fires 1000 ms late.
    clock.resumeAt(1500);
    expect(expired).toBe(0);
    // The answer that waited is read during the grace: the caller cancels.
    cancel();
    clock.resumeAt(1500 + GRACE_MS + 1);
    expect(expired).toBe(0);
    expect(clock.timers.size).toBe(0);
  });

  it('expires only on a timer that fires on time, or after MAX_GRACES late ones; a small lateness is no stall', () => {
    const clock = new StallingClock();
    let expired = 0;
    deviceDeadline(clock, 500, () => expired++);
    clock.resumeAt(2000);
    // Starved again during the grace: another grace, not an expiry.
    clock.resumeAt(2000 + GRACE_MS + 400);
    expect(expired).toBe(0);
    // The process ran through a grace: now the device really said nothing.
    clock.resumeAt(clock.time + GRACE_MS);
    expect(expired).toBe(1);

    deviceDeadline(clock, 500, () => expired++);
    clock.resumeAt(clock.time + 500 + STALL_MS);
    expect(expired).toBe(2);

    // Starved for good: it still ends.
    deviceDeadline(clock, 500, () => expired++);
    for (let i = 0; i <= MAX_GRACES; i++) clock.resumeAt(clock.time + 1000);
    expect(expired).toBe(3);
    expect(clock.timers.size).toBe(0);
  });
});
