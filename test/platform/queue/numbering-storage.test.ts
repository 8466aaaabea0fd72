// Queue numbering over the storage interface (platform/queue/numbering.ts), the same suite on SQLite
// and PostgreSQL with the platform's schema: per hall, category and date; wrap from end to start
// skipping live numbers; exhausted; unique and gap-free under concurrent transactions; the
// Idempotency-Key's record in the same transaction. Then, on PostgreSQL, OS processes: 3 processes
// issuing 300 numbers each for 2 halls x 2 categories, one key replayed by two processes at once, and
// a notification committed in one process reaching a listener in another (a rolled-back one never).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../lib/sqlite.ts';
import { issueNumberedTicket, nextTicketNumber, type NumberScope } from '../../../platform/queue/numbering.ts';
import { onceForKey } from '../../../platform/store/idempotency.ts';
import { migrate } from '../../../platform/store/migrate.ts';
import { platformMigrations } from '../../../platform/store/migrations/index.ts';
import { pgPlatformMigrations } from '../../../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../../../platform/store/pg-storage.ts';
import { SqliteStorage } from '../../../platform/store/sqlite-storage.ts';
import type { Storage } from '../../../platform/store/storage.ts';
import { freshPgDatabase, pgInstalled, stopPgCluster } from '../../support/pg-cluster.ts';
import { pgPlatformStorage } from '../../support/platform-storage.ts';
import { startStorageProcess } from '../../support/storage-processes.ts';

const DATE = '2026-12-08';
const folder = mkdtempSync(join(tmpdir(), 'numbering-storage-'));
afterAll(async () => {
  await stopPgCluster();
  rmSync(folder, { recursive: true, force: true });
}, 60_000);

let files = 0;
const kinds = [
  {
    name: 'sqlite',
    skip: false,
    open: async (): Promise<Storage> => new SqliteStorage(openSqlite(join(folder, `p${++files}.db`), platformMigrations, 'platform')),
  },
  {
    name: 'postgres',
    skip: !pgInstalled,
    open: pgPlatformStorage,
  },
] as const;

const general = (over: Partial<NumberScope> = {}): NumberScope => ({ hall: 'h1', categoryId: 'general', prefix: 'A', date: DATE, start: 1, end: 999, ...over });
let ids = 0;
const ticket = (storage: Storage, over: Partial<NumberScope> & { idempotencyKey?: string } = {}) =>
  issueNumberedTicket(storage, { ...general(over), ...over, ticketId: `t${++ids}`, terminalId: 'kiosk-1', channel: 'kiosk', now: 1_765_000_000_000 });
const numberOf = (r: Awaited<ReturnType<typeof ticket>>) => ('number' in r ? r.number : 'exhausted');

describe.each(kinds)('numbering over $name', ({ open, skip }) => {
  const storages: Storage[] = [];
  const fresh = async () => {
    const s = await open();
    storages.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of storages) await s.close();
  });

  it.skipIf(skip)('numbers per hall, category and business date, each from its start', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const got = [];
    for (const over of [{}, {}, { hall: 'h2' }, { categoryId: 'social', prefix: 'B', start: 7 }, { date: '2026-12-09' }, {}]) got.push(numberOf(await ticket(s, over)));
    expect(got).toEqual(['A001', 'A002', 'A001', 'B007', 'A001', 'A003']);
  });

  it.skipIf(skip)('wraps from end to start, skipping numbers still live, and says when every number is live', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const small = { start: 1, end: 3 };
    expect([await ticket(s, small), await ticket(s, small), await ticket(s, small)].map(numberOf)).toEqual(['A001', 'A002', 'A003']);
    await s.run("UPDATE queue_tickets SET state = 'finished' WHERE number = 'A002'");
    expect(numberOf(await ticket(s, small))).toBe('A002');
    expect(numberOf(await ticket(s, small))).toBe('exhausted');
    // The same wrap in the other hall is untouched by this one's live numbers.
    expect(numberOf(await ticket(s, { ...small, hall: 'h2' }))).toBe('A001');
    expect(await s.one('SELECT last_number FROM queue_counters WHERE hall_id = ? AND category_id = ?', ['h1', 'general'])).toEqual({ last_number: 2 });
  });

  it.skipIf(skip)('gives unique, gap-free numbers to 60 concurrent transactions', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => ticket(s, i % 2 ? { hall: 'h2' } : {})));
    for (const hall of ['h1', 'h2']) {
      const numbers = await s.query<{ number: string }>('SELECT number FROM queue_tickets WHERE hall_id = ? ORDER BY number', [hall]);
      expect(numbers.map((r) => r.number)).toEqual(Array.from({ length: 30 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
    }
    expect(results.every((r) => 'number' in r)).toBe(true);
  });

  it.skipIf(skip)('answers a replayed Idempotency-Key with the first ticket, written with its key in one transaction', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const first = await ticket(s, { idempotencyKey: 'key-00000001' });
    const again = await ticket(s, { idempotencyKey: 'key-00000001' });
    expect(first).toMatchObject({ number: 'A001', replay: false });
    expect(again).toEqual({ ...first, replay: true });
    expect(await s.query('SELECT number FROM queue_tickets')).toEqual([{ number: 'A001' }]);
    // The key for another request is refused; a failed piece of work leaves no key and no ticket.
    const reused = await s.transaction((tx) =>
      onceForKey(tx, { terminalId: 'kiosk-1', key: 'key-00000001', route: 'queue.checkIn', requestHash: 'x', now: 1 }, async () => ({ status: 201, body: '{}' })),
    );
    expect(reused).toMatchObject({ status: 422, replay: false });
    expect(JSON.parse(reused.body)).toMatchObject({ error: { code: 'idempotencyKeyReused' } });
    const failed = await s.transaction((tx) =>
      onceForKey(tx, { terminalId: 'kiosk-1', key: 'key-00000002', route: 'queue.issueTicket', requestHash: 'x', now: 1 }, async () => ({ status: 500, body: '{}' })),
    );
    expect(failed.status).toBe(500);
    expect(await s.one("SELECT key FROM idempotency WHERE key = 'key-00000002'")).toBeNull();
    await expect(
      s.transaction(async (tx) => {
        await onceForKey(tx, { terminalId: 'kiosk-1', key: 'key-00000003', route: 'queue.issueTicket', requestHash: 'x', now: 1 }, async () => {
          await nextTicketNumber(tx, general());
          throw new Error('printer gone');
        });
      }),
    ).rejects.toThrow('printer gone');
    expect(await s.one("SELECT key FROM idempotency WHERE key = 'key-00000003'")).toBeNull();
    expect(await s.one("SELECT last_number FROM queue_counters WHERE hall_id = 'h1'")).toEqual({ last_number: 1 });
  });
});

describe('numbering from several OS processes', () => {
  const prepared = async () => {
    const url = await freshPgDatabase();
    const s = new PgStorage(url);
    await migrate(s, pgPlatformMigrations, 'platform');
    return { url, s };
  };
  const preparedSqlite = async () => {
    const path = join(folder, `shared-${++files}.db`);
    const s = new SqliteStorage(openSqlite(path, platformMigrations, 'platform'));
    return { url: `sqlite:${path}`, s };
  };

  const threeProcesses = async (prepare: () => Promise<{ url: string; s: Storage }>) => {
    const { url, s } = await prepare();
    try {
      const children = [1, 2, 3].map((worker) =>
        startStorageProcess({ kind: 'issue', database: url, worker, count: 300, halls: ['h1', 'h2'], categories: ['general', 'social'], date: DATE }),
      );
      await Promise.all(children.map((c) => c.ready));
      for (const c of children) c.go();
      const results = await Promise.all(children.map((c) => c.next<{ issued: { hall: string; category: string; number: string }[] }>()));
      await Promise.all(children.map((c) => c.end()));
      const issued = results.flatMap((r) => r.issued);
      expect(issued).toHaveLength(900);
      const rows = await s.query<{ hall_id: string; category_id: string; number: string }>(
        'SELECT hall_id, category_id, number FROM queue_tickets WHERE business_date = ? ORDER BY hall_id, category_id, number',
        [DATE],
      );
      expect(rows).toHaveLength(900);
      for (const hall of ['h1', 'h2']) {
        for (const [category, prefix] of [['general', 'G'], ['social', 'S']] as const) {
          const expected = Array.from({ length: 225 }, (_, i) => `${prefix}${String(i + 1).padStart(3, '0')}`);
          expect(rows.filter((r) => r.hall_id === hall && r.category_id === category).map((r) => r.number)).toEqual(expected);
          expect(issued.filter((r) => r.hall === hall && r.category === category).map((r) => r.number).sort()).toEqual(expected);
        }
      }
      // Every process took part in every group (the race was real, not one process after another).
      for (const r of results) expect(new Set(r.issued.map((t) => `${t.hall}/${t.category}`)).size).toBe(4);
    } finally {
      await s.close();
    }
  };
  const title = '3 processes x 300 tickets for 2 halls x 2 categories: no duplicate, no gap per hall, category and day';
  it.skipIf(!pgInstalled)(`postgres: ${title}`, { timeout: 300_000 }, () => threeProcesses(prepared));
  // SQLite too: the mutex serialises one process, BEGIN IMMEDIATE (and its busy timeout) the others.
  it(`sqlite: ${title}`, { timeout: 300_000 }, () => threeProcesses(preparedSqlite));

  it.skipIf(!pgInstalled)('one Idempotency-Key replayed by two processes at once gives one ticket, one number', { timeout: 120_000 }, async () => {
    const { url, s } = await prepared();
    try {
      const children = [1, 2].map((worker) => startStorageProcess({ kind: 'replay', database: url, worker, key: 'replayed-key-1', date: DATE }));
      await Promise.all(children.map((c) => c.ready));
      for (const c of children) c.go();
      const results = await Promise.all(children.map((c) => c.next<{ result: { ticketId: string; number: string; replay: boolean } }>()));
      await Promise.all(children.map((c) => c.end()));
      const [a, b] = results.map((r) => r.result);
      expect(a!.number).toBe('G001');
      expect({ ticketId: b!.ticketId, number: b!.number }).toEqual({ ticketId: a!.ticketId, number: a!.number });
      expect([a!.replay, b!.replay].sort()).toEqual([false, true]);
      expect(await s.query('SELECT id, number FROM queue_tickets')).toEqual([{ id: a!.ticketId, number: 'G001' }]);
    } finally {
      await s.close();
    }
  });

  it.skipIf(!pgInstalled)('a notification committed in one process reaches a listener in another; a rolled-back one never does', { timeout: 120_000 }, async () => {
    const url = await freshPgDatabase();
    const listener = startStorageProcess({ kind: 'listen', database: url, channel: 'queue_events' });
    await listener.ready;
    for (const [payload, rollback] of [['rolled back', true], ['committed', false]] as const) {
      const notifier = startStorageProcess({ kind: 'notify', database: url, channel: 'queue_events', payload, rollback });
      await notifier.ready;
      notifier.go();
      expect(await notifier.next()).toEqual({ done: true });
      await notifier.end();
    }
    // Notifications arrive in commit order: had the rolled-back one been sent, it would come first.
    expect(await listener.next()).toEqual({ payload: 'committed' });
    expect(await listener.end()).toBe(0);
  });
});
