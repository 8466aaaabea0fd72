// Time is injected (DESIGN.md convention 5): business-day resets, idle timeouts, polling and retries
// take a Clock, so tests move time instead of sleeping.
import type { Timers } from './rpc-client.ts';

export interface Clock extends Timers {
  /** Milliseconds since the epoch. */
  now(): number;
}

const host = globalThis as unknown as Timers & { Date: { now(): number } };

export const systemClock: Clock = {
  now: () => host.Date.now(),
  setTimeout: (fn, ms) => host.setTimeout(fn, ms),
  clearTimeout: (h) => host.clearTimeout(h),
};
