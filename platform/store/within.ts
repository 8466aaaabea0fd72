// "In the given transaction or a new one": a converted service's method takes the caller's
// transaction as its last, optional parameter (a route passes `ctx.tx`); without one (tests, seeding,
// the phone pages, timers) it opens its own on the storage, so its writes still commit together.
import type { Storage, Transaction } from './storage.ts';

export function within<T>(storage: Storage, q: Transaction | undefined, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return q ? fn(q) : storage.transaction(fn);
}
