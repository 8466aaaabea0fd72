// A service whose async methods resolve only after the notifications their transaction committed were
// delivered: on SQLite a notification reaches its listener a tick after the commit (storage.ts, as
// PostgreSQL's arrive later than the commit too), so a test that reads what a listener collected
// right after awaiting a call waits that tick here rather than sleeping.
export function settled<T extends object>(service: T): T {
  return new Proxy(service, {
    get(target, name) {
      const member = Reflect.get(target, name, target) as unknown;
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        const out = (member as (...a: unknown[]) => unknown).apply(target, args);
        return out instanceof Promise ? out.then(async (v) => (await new Promise((r) => setImmediate(r)), v)) : out;
      };
    },
  });
}
