// A service whose async methods resolve only after the notifications their transaction committed were
// delivered: on SQLite a notification reaches its listener a tick after the commit (storage.ts, as
// PostgreSQL's arrive later than the commit too), so a test that reads what a listener collected
// right after awaiting a call waits that tick here rather than sleeping.
import type { Storage } from '../../platform/store/storage.ts';

export function settled<T extends object>(service: T): T {
  return awaitingAfter(service, () => new Promise((r) => setImmediate(r)));
}

/** `service` with each of its promise-returning methods resolving only after `after()` did (its value kept). */
function awaitingAfter<T extends object>(service: T, after: () => Promise<unknown>): T {
  return new Proxy(service, {
    get(target, name) {
      const member = Reflect.get(target, name, target) as unknown;
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        const out = (member as (...a: unknown[]) => unknown).apply(target, args);
        return out instanceof Promise ? out.then(async (v) => (await after(), v)) : out;
      };
    },
  });
}

const MARK = 'test_settled';

/**
 * A wait for what was committed to have been delivered, on a storage of either kind: the returned
 * function notifies a mark and resolves when it comes back. On PostgreSQL notifications arrive over
 * the storage's one listen connection in the order their transactions committed, so whatever committed
 * before the mark has been delivered by then; on SQLite the mark comes a tick after them. Not inside a
 * transaction of the storage (a notify there is refused).
 */
export async function deliveredOver(storage: Storage): Promise<() => Promise<void>> {
  const waiting = new Map<string, () => void>();
  let marks = 0;
  await storage.listen(MARK, (payload) => {
    waiting.get(payload)?.();
    waiting.delete(payload);
  });
  return async () => {
    const id = String(++marks);
    const back = new Promise<void>((resolve) => waiting.set(id, resolve));
    await storage.notify(MARK, id);
    await back;
  };
}

/** `settled` for a service over a storage of either kind: each async method resolves once what it committed was delivered (deliveredOver). */
export async function settledOver<T extends object>(service: T, storage: Storage): Promise<T> {
  return awaitingAfter(service, await deliveredOver(storage));
}
