// "In the given transaction or a new one": a converted service's method takes the route's transaction
// (`ctx.tx`) as its last, optional parameter; given, it works inside it (the route commits or rolls
// back), not given (tests, seeding, the phone pages, timers) it opens its own on the storage.
import type { Queryable, Storage, Transaction } from './storage.ts';

export function within<T>(storage: Storage, q: Transaction | undefined, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return q === undefined ? storage.transaction(fn) : fn(q);
}

/**
 * Runs `fn` so that what it wrote is undone when `keep` says no (an expected refusal, a Result that is
 * not ok), whether the transaction is the caller's or a new one: a savepoint inside the caller's
 * (SQLite and PostgreSQL both speak SAVEPOINT), a rollback of a new one. A throw undoes it too.
 *
 * The savepoint costs a round trip on PostgreSQL, so it is set only just before `fn`'s first statement
 * that is not a plain SELECT (a refusal found by reads alone has nothing to undo), and not released
 * when kept (COMMIT releases it with the transaction; RELEASE would be one more round trip). Locks
 * taken by reads before it (FOR UPDATE, advisory) stay until the caller's transaction ends, as they
 * would have anyway. A read that throws before any write is a bug: on PostgreSQL the caller's
 * transaction is then aborted and rolls back whole.
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
  let set = false;
  const before = async (sql: string) => {
    if (!set && !/^\s*SELECT\b/i.test(sql)) {
      set = true;
      await q.exec(`SAVEPOINT ${name}`);
    }
  };
  const tx: Transaction = {
    dialect: q.dialect,
    query: async (sql, params) => (await before(sql), q.query(sql, params)),
    one: async (sql, params) => (await before(sql), q.one(sql, params)),
    run: async (sql, params) => (await before(sql), q.run(sql, params)),
    exec: async (sql) => (await before(sql), q.exec(sql)),
    notify: async (channel, payload) => (await before('NOTIFY'), q.notify(channel, payload)),
  };
  handles.set(tx, q);
  let value: T;
  try {
    value = await fn(tx);
  } catch (e) {
    if (set) await q.exec(`ROLLBACK TO SAVEPOINT ${name}`);
    throw e;
  }
  if (!keep(value) && set) await q.exec(`ROLLBACK TO SAVEPOINT ${name}`);
  return value;
}

let savepoints = 0;

/** The handles withinUndoable gave out, to the transaction each stands for. */
const handles = new WeakMap<Queryable, Queryable>();

/** The transaction a handle stands for (itself, unless withinUndoable wrapped it): what a per-transaction cache keys on. */
export function transactionOf(q: Queryable): Queryable {
  let base = q;
  for (let next = handles.get(base); next; next = handles.get(base)) base = next;
  return base;
}

class Undo<T> {
  value: T | undefined;
  with(value: T): this {
    this.value = value;
    return this;
  }
}
