// What the queue benches share (not a benchmark itself: run.ts skips it): the storage with every
// statement it sends counted (and, given a list, logged), and the seed hall set up on a queue with
// quotas lifted and open all day.
import { businessCategories, staff, windows } from '../platform/seed/index.ts';
import type { QueueService } from '../platform/queue/index.ts';
import type { Storage, Transaction } from '../platform/store/storage.ts';

const STATEMENTS = new Set(['query', 'one', 'run', 'exec', 'notify']);

/**
 * The storage with every statement counted (a round trip each on PostgreSQL): in transactions, and
 * BEGIN and COMMIT, and outside them (a request's auth). `log`: each one's first 150 characters.
 */
export function counted(storage: Storage, log: string[] | null = null): { storage: Storage; statements: () => number } {
  let n = 0;
  const note = (what: string) => (n++, log?.push(what.replace(/\s+/g, ' ').slice(0, 150)));
  const countTx = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, name) {
        const member = Reflect.get(target, name, target) as unknown;
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => (note(`${String(name)} ${String(args[0])}`), (member as (...a: unknown[]) => unknown).apply(target, args));
      },
    });
  const wrapped = new Proxy(storage, {
    get(target, name) {
      if (name === 'transaction') {
        return <T>(fn: (tx: Transaction) => Promise<T>, options?: object) => (note('BEGIN'), target.transaction((tx) => fn(countTx(tx)), options).finally(() => note('COMMIT')));
      }
      const member = Reflect.get(target, name, target) as unknown;
      if (typeof member !== 'function') return member;
      const bound = (member as (...a: unknown[]) => unknown).bind(target);
      return STATEMENTS.has(String(name)) ? (...args: unknown[]) => (note(`${String(name)} ${String(args[0])} (no transaction)`), bound(...args)) : bound;
    },
  });
  return { storage: wrapped, statements: () => n };
}

const allDay = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];

/** The seed's categories (open all day, no quotas, no real name), windows and staff; a window on duty and its first business. */
export async function seedHallAllDay(queue: QueueService): Promise<{ windowId: string; categoryId: string }> {
  const configured = await queue.configure({
    categories: businessCategories.map((c) => ({ ...c, hours: allDay, dailyQuota: null, slotQuotas: [], realName: { ...c.realName, required: false } })),
    windows,
    staff,
  });
  if (!configured.ok) throw new Error(configured.error.message);
  const window = windows.find((w) => w.staffId !== null && w.categoryIds.length > 0)!;
  return { windowId: window.id, categoryId: window.categoryIds[0]! };
}
