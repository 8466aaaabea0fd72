// How register.ts runs a route over each storage (issue 17): a GET marked `statements` runs with no
// transaction at all, one marked `snapshot` in a read-only REPEATABLE READ transaction, an unmarked
// GET and every POST in a read-write one; a handler that writes under a read mode is refused (500)
// and nothing is stored; an idempotent POST commits its work with its key, and a replay gets the
// first answer without doing the work again.
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HEADERS, route } from '../../../domain/api/define.ts';
import { registerRoute, type ReadMode } from '../../../platform/http/register.ts';
import type { Storage, Transaction, TransactionOptions } from '../../../platform/store/storage.ts';
import { closeStorageKinds, storageKinds } from '../../support/storage-kinds.ts';

afterAll(closeStorageKinds, 60_000);

const count = z.object({ n: z.number() }).strict();
const specs = {
  alone: route({ method: 'GET', path: '/api/v1/t/alone', summary: '', tag: 't', auth: 'none', response: count }),
  snapshot: route({ method: 'GET', path: '/api/v1/t/snapshot', summary: '', tag: 't', auth: 'none', response: count }),
  plain: route({ method: 'GET', path: '/api/v1/t/plain', summary: '', tag: 't', auth: 'none', response: count }),
  sneaky: route({ method: 'GET', path: '/api/v1/t/sneaky', summary: '', tag: 't', auth: 'none', response: count }),
  create: route({ method: 'POST', path: '/api/v1/t/create', summary: '', tag: 't', auth: 'none', idempotent: true, status: 201, body: z.object({ label: z.string() }).strict(), response: count }),
};
const reads: Partial<Record<keyof typeof specs, ReadMode>> = { alone: 'statements', snapshot: 'snapshot', sneaky: 'statements' };

/** The storage with each transaction's options recorded. */
function watched(storage: Storage): { storage: Storage; begun: (TransactionOptions | undefined)[] } {
  const begun: (TransactionOptions | undefined)[] = [];
  const s = new Proxy(storage, {
    get(target, name) {
      if (name === 'transaction') return <T>(fn: (tx: Transaction) => Promise<T>, options?: TransactionOptions) => (begun.push(options), target.transaction(fn, options));
      const member = Reflect.get(target, name, target) as unknown;
      return typeof member === 'function' ? (member as (...a: unknown[]) => unknown).bind(target) : member;
    },
  });
  return { storage: s, begun };
}

describe.each(storageKinds)('register.ts over $name', ({ open, skip }) => {
  const storages: Storage[] = [];
  afterAll(async () => {
    for (const s of storages) await s.close();
  });

  it.skipIf(skip)('reads alone, in a snapshot or in a transaction as marked; refuses a write under a read mode; an idempotent POST runs once', { timeout: 120_000 }, async () => {
    const plain = await open();
    storages.push(plain);
    const { storage, begun } = watched(plain);
    const app = Fastify({ logger: false });
    const countRows = async (tx: Transaction) => ({ n: Number((await tx.one<{ n: number }>('SELECT COUNT(*) AS n FROM notices'))!.n) });
    let work = 0;
    const handlers = {
      alone: ({ tx }: { tx: Transaction }) => countRows(tx),
      snapshot: ({ tx }: { tx: Transaction }) => countRows(tx),
      plain: ({ tx }: { tx: Transaction }) => countRows(tx),
      sneaky: async ({ tx }: { tx: Transaction }) => {
        await tx.run("INSERT INTO notices (id, body, valid_to, updated_at) VALUES ('n1', '{}', NULL, 0)");
        return countRows(tx);
      },
      create: async ({ tx }: { tx: Transaction }) => {
        work++;
        await tx.run("INSERT INTO notices (id, body, valid_to, updated_at) VALUES ('n2', '{}', NULL, 0)");
        return countRows(tx);
      },
    };
    const deps = { storage, auth: { verify: () => null }, now: () => 1_765_000_000_000, readsOf: (n: string) => reads[n as keyof typeof specs] };
    for (const [name, spec] of Object.entries(specs)) registerRoute(app, name, spec, handlers[name as keyof typeof specs] as never, deps);
    const get = async (path: string) => {
      const r = await app.inject({ method: 'GET', url: `/api/v1/t/${path}` });
      return { status: r.statusCode, body: r.json<Record<string, unknown>>() };
    };
    try {
      expect(await get('alone')).toEqual({ status: 200, body: { n: 0 } });
      expect(begun).toEqual([]);
      expect(await get('snapshot')).toEqual({ status: 200, body: { n: 0 } });
      expect(begun).toEqual([{ isolation: 'repeatable read', readOnly: true }]);
      expect(await get('plain')).toEqual({ status: 200, body: { n: 0 } });
      expect(begun).toEqual([{ isolation: 'repeatable read', readOnly: true }, undefined]);

      const sneaky = await app.inject({ method: 'GET', url: '/api/v1/t/sneaky' });
      expect(sneaky.statusCode).toBe(500);
      expect(await storage.one('SELECT COUNT(*) AS n FROM notices')).toEqual({ n: 0 });

      const post = () =>
        app.inject({ method: 'POST', url: '/api/v1/t/create', headers: { 'content-type': 'application/json', [HEADERS.idempotencyKey]: 'key-00000001' }, payload: { label: 'x' } });
      const first = await post();
      expect([first.statusCode, first.json()]).toEqual([201, { n: 1 }]);
      const again = await post();
      expect([again.statusCode, again.json(), again.headers['idempotent-replay']]).toEqual([201, { n: 1 }, 'true']);
      expect(work).toBe(1);
      // The refused GET began none; each POST a read-write transaction.
      expect(begun.slice(2)).toEqual([undefined, undefined]);
    } finally {
      await app.close();
    }
  });
});
