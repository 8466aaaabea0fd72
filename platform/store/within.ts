// "In the given transaction or a new one": a converted service's method takes the route's transaction
// (`ctx.tx`) as its last, optional parameter; given, it works inside it (the route commits or rolls
// back), not given (tests, seeding, the phone pages, timers) it opens its own on the storage.
import type { Storage, Transaction } from './storage.ts';

export function within<T>(storage: Storage, q: Transaction | undefined, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return q === undefined ? storage.transaction(fn) : fn(q);
}

/**
 * Runs `fn` so that what it wrote is undone when `keep` says no (an expected refusal, a Result that is
 * not ok), whether the transaction is the caller's or a new one: a savepoint inside the caller's
 * (SQLite and PostgreSQL both speak SAVEPOINT), a rollback of a new one. A throw undoes it too.
 */
export async function withinUndoable<T>(storage: Storage, q: Transaction | undefined, fn: (tx: Transaction) => Promise<T>, keep: (value: T) => boolean): Promise<T> {
  if (q === undefined) {
    const undone = new Undo<T>();
    try {
      return await storage.transaction(async (tx) => {
        const value = await fn(tx);
        if (!keep(value)) throw undone.with(value);
        return value;
      });
    } catch (e) {
      if (e === undone) return undone.value!;
      throw e;
    }
  }
  const name = `undo_${++savepoints}`;
  await q.exec(`SAVEPOINT ${name}`);
  let value: T;
  try {
    value = await fn(q);
  } catch (e) {
    await q.exec(`ROLLBACK TO SAVEPOINT ${name}`);
    await q.exec(`RELEASE SAVEPOINT ${name}`);
    throw e;
  }
  if (!keep(value)) await q.exec(`ROLLBACK TO SAVEPOINT ${name}`);
  await q.exec(`RELEASE SAVEPOINT ${name}`);
  return value;
}

let savepoints = 0;

class Undo<T> {
  value: T | undefined;
  with(value: T): this {
    this.value = value;
    return this;
  }
}
