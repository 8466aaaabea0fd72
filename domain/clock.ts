// Time is injected (DESIGN.md convention 5): business-day resets, idle timeouts, polling and retries
// take a Clock, so tests move time instead of sleeping.

/** setTimeout and clearTimeout, as every host this runs in (browser, Electron, Node) has them. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

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
