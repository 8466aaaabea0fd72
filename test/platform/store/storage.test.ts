// The storage interface, the same suite over SQLite and a throwaway PostgreSQL: statements with ?
// parameters, transactions (commit, rollback, nesting refused, a handle used late refused),
// notifications only after commit, the migrations runner's rules; then what is PostgreSQL's own:
// serialization failures retried within a bound, concurrent migration runners, the listen connection
// coming back after it was cut.
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../lib/sqlite.ts';
import { migrate, storageSchemaVersion } from '../../../platform/store/migrate.ts';
import { PgStorage } from '../../../platform/store/pg-storage.ts';
import { SqliteStorage } from '../../../platform/store/sqlite-storage.ts';
import { statementsOnly } from '../../../platform/store/read-only.ts';
import { MAX_PAYLOAD_BYTES, SerializationError, StorageError, type Storage } from '../../../platform/store/storage.ts';
import { until } from '../../support/storage-kinds.ts';
import { freshPgDatabase, pgInstalled, stopPgCluster } from '../../support/pg-cluster.ts';

afterAll(stopPgCluster, 60_000);

const kinds = [
  { name: 'sqlite', open: async (): Promise<Storage> => new SqliteStorage(openSqlite(':memory:', [], 'test')), skip: false },
  { name: 'postgres', open: async (): Promise<Storage> => new PgStorage(await freshPgDatabase()), skip: !pgInstalled },
] as const;

describe.each(kinds)('storage over $name', ({ name, open, skip }) => {
  const storages: Storage[] = [];
  const fresh = async () => {
    const s = await open();
    storages.push(s);
    await s.exec('CREATE TABLE t (id BIGINT PRIMARY KEY, label TEXT NOT NULL)');
    return s;
  };
  afterAll(async () => {
    for (const s of storages) await s.close();
  });

  it.skipIf(skip)('runs statements with ? parameters, leaving a ? inside quotes alone', { timeout: 120_000 }, async () => {
    const s = await fresh();
    expect(s.dialect).toBe(name);
    expect(await s.run('INSERT INTO t (id, label) VALUES (?, ?), (?, ?)', [1, 'one', 2, 'two?'])).toEqual({ changes: 2 });
    expect(await s.query('SELECT id, label FROM t WHERE id >= ? ORDER BY id', [1])).toEqual([
      { id: 1, label: 'one' },
      { id: 2, label: 'two?' },
    ]);
    expect(await s.one<{ n: number; q: string }>("SELECT COUNT(*) AS n, 'what?' AS q FROM t WHERE label <> ?", ['x'])).toEqual({ n: 2, q: 'what?' });
    expect(await s.one('SELECT id FROM t WHERE id = ?', [99])).toBeNull();
    await expect(s.query('SELECT id FROM t WHERE id = ?', [])).rejects.toThrow();
  });

  it.skipIf(skip)('commits a transaction that resolves and rolls back one that throws, passing the error on', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const value = await s.transaction(async (tx) => {
      await tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [1, 'kept']);
      return 'done';
    });
    expect(value).toBe('done');
    const boom = new Error('refused half way');
    await expect(
      s.transaction(async (tx) => {
        await tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [2, 'lost']);
        expect(await tx.one('SELECT label FROM t WHERE id = ?', [2])).toEqual({ label: 'lost' });
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await s.query('SELECT id FROM t ORDER BY id')).toEqual([{ id: 1 }]);
  });

  it.skipIf(skip)('refuses a nested transaction and a statement beside the handle, clearly; the outer one is unharmed', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const refusals: string[] = [];
    await s.transaction(async (tx) => {
      await tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [1, 'outer']);
      for (const attempt of [() => s.transaction(async () => 1), () => s.run('DELETE FROM t'), () => s.query('SELECT 1')]) {
        try {
          await attempt();
        } catch (e) {
          expect(e).toBeInstanceOf(StorageError);
          refusals.push((e as Error).message);
        }
      }
    });
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toMatch(/storage\.transaction inside a transaction.*use the transaction handle/);
    expect(refusals[1]).toMatch(/storage\.run inside a transaction/);
    expect(await s.query('SELECT label FROM t')).toEqual([{ label: 'outer' }]);
  });

  it.skipIf(skip)('never lets a statement outside an open transaction see its uncommitted rows', { timeout: 120_000 }, async () => {
    const s = await fresh();
    let inserted!: () => void;
    const rowIn = new Promise<void>((resolve) => (inserted = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const open = s.transaction(async (tx) => {
      await tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [5, 'uncommitted']);
      inserted();
      await gate;
      throw new Error('undone');
    });
    await rowIn;
    // Started while the transaction is open (on SQLite, the same connection): it must not read the row.
    const outside = s.one('SELECT label FROM t WHERE id = ?', [5]);
    const outsideWrite = s.run('INSERT INTO t (id, label) VALUES (?, ?)', [6, 'outside']);
    release();
    await expect(open).rejects.toThrow('undone');
    expect(await outside).toBeNull();
    await outsideWrite;
    // The write beside the transaction was not swept into its rollback.
    expect(await s.query('SELECT id FROM t ORDER BY id')).toEqual([{ id: 6 }]);
  });

  it.skipIf(skip)('reads without a read-write transaction: statements alone or a read-only snapshot, either refusing writes by name', { timeout: 120_000 }, async () => {
    const s = await fresh();
    await s.run('INSERT INTO t (id, label) VALUES (?, ?)', [1, 'one']);
    const alone = statementsOnly(s);
    expect(await alone.one('SELECT label FROM t WHERE id = ?', [1])).toEqual({ label: 'one' });
    await expect(alone.run('UPDATE t SET label = ?', ['x'])).rejects.toThrow(/read-only route called run/);
    await expect(alone.one("UPDATE t SET label = 'x' RETURNING id")).rejects.toThrow(/read-only route wrote \(UPDATE t/);
    await expect(alone.notify('c', 'x')).rejects.toThrow(StorageError);
    const seen = await s.transaction(
      async (tx) => {
        const first = await tx.query<{ id: number }>('SELECT id FROM t ORDER BY id');
        await expect(tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [9, 'nine'])).rejects.toThrow(/read-only route wrote \(run INSERT/);
        await expect(tx.notify('c', 'x')).rejects.toThrow(StorageError);
        return first.map((r) => r.id);
      },
      { isolation: 'repeatable read', readOnly: true },
    );
    expect(seen).toEqual([1]);
    expect(await s.query('SELECT id, label FROM t ORDER BY id')).toEqual([{ id: 1, label: 'one' }]);
  });

  it.skipIf(skip)('refuses a transaction handle used after its transaction ended', { timeout: 120_000 }, async () => {
    const s = await fresh();
    let kept: Parameters<Parameters<Storage['transaction']>[0]>[0] | null = null;
    await s.transaction(async (tx) => {
      kept = tx;
    });
    await expect(kept!.run('INSERT INTO t (id, label) VALUES (?, ?)', [1, 'late'])).rejects.toThrow(/used after its transaction ended/);
    expect(await s.query('SELECT id FROM t')).toEqual([]);
  });

  it.skipIf(skip)('delivers a notification only once its transaction committed, and never a rolled-back one', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const seen: { payload: string; row: Promise<unknown> }[] = [];
    let arrived!: () => void;
    const two = new Promise<void>((resolve) => (arrived = resolve));
    await s.listen('ticket_events', (payload) => {
      // Read as it arrives: the row written beside it must be readable, it was committed first.
      seen.push({ payload, row: s.one('SELECT label FROM t WHERE id = ?', [Number(payload)]) });
      if (seen.length === 2) arrived();
    });
    await expect(
      s.transaction(async (tx) => {
        await tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [9, 'rolled back']);
        await tx.notify('ticket_events', '9');
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await s.transaction(async (tx) => {
      await tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [1, 'first']);
      await tx.notify('ticket_events', '1');
    });
    await s.notify('ticket_events', '2');
    await two;
    expect(await Promise.all(seen.map(async ({ payload, row }) => ({ payload, row: await row })))).toEqual([
      { payload: '1', row: { label: 'first' } },
      { payload: '2', row: null },
    ]);
  });

  it.skipIf(skip)('stops calling a handler once unsubscribed, and keeps channels apart', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const first: string[] = [];
    const second: string[] = [];
    let got!: () => void;
    const arrived = () => new Promise<void>((resolve) => (got = resolve));
    const off = await s.listen('help_calls', (p) => first.push(p));
    await s.listen('help_calls', (p) => {
      second.push(p);
      got();
    });
    await s.listen('other_channel', (p) => first.push(`other:${p}`));
    let next = arrived();
    await s.notify('help_calls', 'a');
    await next;
    await off();
    next = arrived();
    await s.notify('help_calls', 'b');
    await next;
    expect({ first, second }).toEqual({ first: ['a'], second: ['a', 'b'] });
  });

  it.skipIf(skip)('refuses a bad channel name and an oversized payload, naming the limit', { timeout: 120_000 }, async () => {
    const s = await fresh();
    await expect(s.listen('Bad-Channel', () => undefined)).rejects.toThrow(/notification channel "Bad-Channel"/);
    await expect(s.notify('ok_channel', 'x'.repeat(8000))).rejects.toThrow(/8000 bytes, over the 7960/);
  });

  it.skipIf(skip)('applies numbered migrations once each, in order, and refuses a newer schema', { timeout: 120_000 }, async () => {
    const s = await open();
    storages.push(s);
    const migrations = [
      { version: 1, name: 'one', sql: 'CREATE TABLE m1 (id BIGINT PRIMARY KEY);' },
      { version: 2, name: 'two', sql: 'CREATE TABLE m2 (id BIGINT PRIMARY KEY); INSERT INTO m1 (id) VALUES (1);' },
    ];
    expect(await migrate(s, migrations.slice(0, 1), 'platform')).toEqual([1]);
    expect(await migrate(s, migrations, 'platform')).toEqual([2]);
    expect(await migrate(s, migrations, 'platform')).toEqual([]);
    expect(await storageSchemaVersion(s)).toBe(2);
    expect(await s.query('SELECT id FROM m1')).toEqual([{ id: 1 }]);
    await expect(migrate(s, migrations.slice(0, 1), 'platform')).rejects.toThrow(/schema version 2, newer than this platform knows \(1\).*do not drop the database/);
    const broken = [...migrations, { version: 3, name: 'broken', sql: 'CREATE TABLE m3 (id BIGINT); INSERT INTO nowhere VALUES (1);' }];
    await expect(migrate(s, broken, 'platform')).rejects.toThrow(/migration 3 \(broken\) failed and was rolled back/);
    expect(await storageSchemaVersion(s)).toBe(2);
    await expect(s.query('SELECT * FROM m3')).rejects.toThrow();
    await expect(migrate(s, [{ version: 2, name: 'misnumbered', sql: '' }], 'platform')).rejects.toThrow(/numbered 2, expected 1/);
  });
});

describe.skipIf(!pgInstalled)('storage over postgres: its own', () => {
  const storages: PgStorage[] = [];
  const openPg = async (url?: string, options = {}) => {
    const s = new PgStorage(url ?? (await freshPgDatabase()), options);
    storages.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of storages) await s.close();
  });

  it('retries a serialization failure: two racing read-modify-writes both count', { timeout: 120_000 }, async () => {
    const s = await openPg();
    await s.exec('CREATE TABLE c (id BIGINT PRIMARY KEY, n BIGINT NOT NULL); INSERT INTO c VALUES (1, 0);');
    let attempts = 0;
    let bothRead!: () => void;
    const barrier = new Promise<void>((resolve) => (bothRead = resolve));
    let reads = 0;
    const bump = () =>
      s.transaction(
        async (tx) => {
          attempts++;
          const row = await tx.one<{ n: number }>('SELECT n FROM c WHERE id = 1');
          // First attempts only: both have read before either writes, so one of them cannot serialize.
          if (++reads === 2) bothRead();
          if (reads <= 2) await barrier;
          await tx.run('UPDATE c SET n = ? WHERE id = 1', [row!.n + 1]);
        },
        { isolation: 'serializable' },
      );
    await Promise.all([bump(), bump()]);
    expect(await s.one('SELECT n FROM c WHERE id = 1')).toEqual({ n: 2 });
    expect(attempts).toBe(3);
  });

  it('gives a read-only snapshot one state of the database: a write committed between its statements is not seen', { timeout: 120_000 }, async () => {
    const url = await freshPgDatabase();
    const s = await openPg(url);
    const other = await openPg(url);
    await s.exec('CREATE TABLE t (id BIGINT PRIMARY KEY, label TEXT NOT NULL)');
    await s.run('INSERT INTO t (id, label) VALUES (1, ?)', ['one']);
    {
      const counts = await s.transaction(
        async (tx) => {
          const before = await tx.one<{ n: number }>('SELECT COUNT(*) AS n FROM t');
          await other.run('INSERT INTO t (id, label) VALUES (2, ?)', ['two']);
          const after = await tx.one<{ n: number }>('SELECT COUNT(*) AS n FROM t');
          return [before!.n, after!.n];
        },
        { isolation: 'repeatable read', readOnly: true },
      );
      expect(counts).toEqual([1, 1]);
      expect(await s.one('SELECT COUNT(*) AS n FROM t')).toEqual({ n: 2 });
    }
  });

  it('gives up after the bound with a SerializationError naming the attempts', { timeout: 120_000 }, async () => {
    const s = await openPg();
    let calls = 0;
    const failing = s.transaction(
      async () => {
        calls++;
        throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      },
      { retries: 2 },
    );
    await expect(failing).rejects.toBeInstanceOf(SerializationError);
    await expect(failing).rejects.toThrow(/after 3 attempts \(40001\)/);
    expect(calls).toBe(3);
    // Any other error is not retried.
    let once = 0;
    await expect(s.transaction(async () => (once++, Promise.reject(Object.assign(new Error('unique'), { code: '23505' }))))).rejects.toThrow('unique');
    expect(once).toBe(1);
  });

  it('lets several processes run the migrations at once: each applied once', { timeout: 120_000 }, async () => {
    const url = await freshPgDatabase();
    const [a, b, c] = [await openPg(url), await openPg(url), await openPg(url)];
    const migrations = [1, 2, 3, 4].map((v) => ({ version: v, name: `m${v}`, sql: `CREATE TABLE m${v} (id BIGINT PRIMARY KEY);` }));
    const applied = await Promise.all([a, b, c].map((s) => migrate(s, migrations, 'platform')));
    expect(applied.flat().sort()).toEqual([1, 2, 3, 4]);
    expect(await a.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([1, 2, 3, 4].map((version) => ({ version })));
  });

  it('listens again after the listen connection is cut, and says so (onListening)', { timeout: 120_000 }, async () => {
    const url = await freshPgDatabase();
    const connected: ((n: number) => void)[] = [];
    const errors: unknown[] = [];
    const s = await openPg(url, {
      onListening: (n: number) => connected.shift()?.(n),
      reportError: (e: unknown) => errors.push(e),
      reconnectDelayMs: () => 10,
    });
    const other = await openPg(url);
    const got: string[] = [];
    const arrivals: (() => void)[] = [];
    const arrival = () => new Promise<void>((resolve) => arrivals.push(resolve));
    const first = new Promise<number>((resolve) => connected.push(resolve));
    let lost = 0;
    s.onNotificationsLost(() => lost++);
    await s.listen('hall_events', (p) => {
      got.push(p);
      arrivals.shift()?.();
    });
    expect(await first).toBe(1);
    const before = arrival();
    await other.notify('hall_events', 'before');
    await before;
    const again = new Promise<number>((resolve) => connected.push(resolve));
    const cut = await other.query<{ cut: boolean }>(
      "SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
    );
    expect(cut).toEqual([{ cut: true }]);
    expect(await again).toBe(2);
    const after = arrival();
    await other.notify('hall_events', 'after');
    await after;
    expect(got).toEqual(['before', 'after']);
    expect(errors.map(String).join('\n')).toMatch(/notification connection was lost; reconnecting/);
    // The consumers that keep what was notified (the event stream) were told something may be missing.
    expect(lost).toBe(1);
  });

  it('gives every process the same id for a notification while its listeners run, in one order, none outside', { timeout: 120_000 }, async () => {
    const url = await freshPgDatabase();
    const [a, b] = [await openPg(url), await openPg(url)];
    const seen: Record<'a' | 'b', [string | null, string][]> = { a: [], b: [] };
    await a.listen('hall_events', (p) => seen.a.push([a.delivering(), p]));
    await b.listen('hall_events', (p) => seen.b.push([b.delivering(), p]));
    await a.transaction(async (tx) => {
      await tx.notify('hall_events', 'one');
      await tx.notify('hall_events', 'two');
    });
    await b.notify('hall_events', 'three');
    // The largest payload a caller may send still fits with the id before it.
    await a.notify('hall_events', 'x'.repeat(MAX_PAYLOAD_BYTES));
    await until(() => seen.a.length === 4 && seen.b.length === 4, 'four notifications in each process');
    expect(seen.a).toEqual(seen.b);
    expect(seen.a.map(([, p]) => p.slice(0, 5))).toEqual(['one', 'two', 'three', 'xxxxx']);
    const ids = seen.a.map(([id]) => id);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^\d+\.\d+$/);
    // One transaction's notifications share its id and count on.
    expect(ids[0]!.split('.')[0]).toBe(ids[1]!.split('.')[0]);
    expect([ids[0]!.split('.')[1], ids[1]!.split('.')[1]]).toEqual(['0', '1']);
    expect(a.delivering()).toBeNull();
  });
});
