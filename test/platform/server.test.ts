// startPlatform's composition (platform/server.ts): the database named by a URL, `sqlite:<file>` as
// `dbPath` always was, `postgres://...` migrated at start and served with no SQLite at all; what is
// refused and why; the ID-hash secret kept in the database; the phone page's wait estimate read
// through the storage; close ends the pool.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { storageSchemaVersion } from '../../platform/store/migrate.ts';
import { pgPlatformMigrations } from '../../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../../platform/store/pg-storage.ts';
import type { Ticket } from '../../platform/queue/index.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { freshPgDatabase, pgInstalled, stopPgCluster } from '../support/pg-cluster.ts';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'platform-server-'));
});
afterAll(async () => {
  await stopPgCluster();
  rmSync(folder, { recursive: true, force: true });
});

const clock = () => new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
const seed = (p: Parameters<typeof seedReferencePlatform>[0]) => seedReferencePlatform(p, '2026-11-24');

async function health(r: RunningPlatform): Promise<number> {
  return (await fetch(`${r.url}api/v1/health`)).status;
}

describe('on SQLite', () => {
  it('opens sqlite:<file> as dbPath does: seeded once, the key beside the file, kept across a restart', async () => {
    const file = join(folder, 'hall.db');
    const first = await startPlatform({ database: `sqlite:${file}`, clock: clock(), version: 't', seed });
    expect(await health(first)).toBe(200);
    expect(first.platform.storage.dialect).toBe('sqlite');
    const issued = await first.platform.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
    if (!issued.ok) throw new Error(issued.error.message);
    const version = await first.platform.catalogue.version();
    await first.close();
    expect(existsSync(`${file}.key`)).toBe(true);
    // The old option names the same file: the ticket and the catalogue are there, not seeded again.
    const again = await startPlatform({ dbPath: file, clock: clock(), version: 't', seed });
    expect(await again.platform.catalogue.version()).toBe(version);
    expect((await again.platform.queue.getTicket(issued.value.id)).ok).toBe(true);
    await again.close();
  });

  it('refuses a database given twice, and a URL that is neither', async () => {
    await expect(startPlatform({ database: 'sqlite::memory:', dbPath: ':memory:', clock: clock(), version: 't' })).rejects.toThrow(/not both/);
    await expect(startPlatform({ database: 'mysql://h/db', clock: clock(), version: 't' })).rejects.toThrow(/neither sqlite:<path> nor postgres/);
  });
});

describe.skipIf(!pgInstalled)('on PostgreSQL', () => {
  it('migrates at start, seeds once, serves, and writes no SQLite file anywhere', async () => {
    const url = await freshPgDatabase();
    const cwd = readdirSync(process.cwd()).sort();
    const before = readdirSync(folder);
    const keyPath = join(folder, 'first.key');
    const first = await startPlatform({ database: url, keyPath, clock: clock(), version: 't', seed });
    expect(first.platform.storage.dialect).toBe('postgres');
    expect(await health(first)).toBe(200);
    const version = await first.platform.catalogue.version();
    expect(version).toBeGreaterThan(0);
    const issued = await first.platform.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1', idNumber: '11010519491231002X' });
    if (!issued.ok) throw new Error(issued.error.message);
    await first.close();
    // close ended the pool: the storage refuses.
    await expect(first.platform.storage.query('SELECT 1')).rejects.toThrow(/closed/);

    const again = await startPlatform({ database: url, keyPath, clock: clock(), version: 't', seed });
    expect(await again.platform.catalogue.version()).toBe(version);
    // The ID-hash secret is the database's: the same person is still known after a restart (their
    // unserved ticket of the business is found by the hash of the ID number).
    const twice = await again.platform.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1', idNumber: '11010519491231002X' });
    expect(twice.ok ? twice.value.id : twice.error.code).toBe('queue.duplicate');
    await again.close();

    const check = new PgStorage(url);
    expect(await storageSchemaVersion(check)).toBe(pgPlatformMigrations.length);
    expect((await check.query<{ name: string }>('SELECT name FROM platform_secrets')).map((r) => r.name)).toEqual(['idHash']);
    await check.close();
    expect(readdirSync(process.cwd()).sort()).toEqual(cwd);
    expect(readdirSync(folder).filter((f) => !before.includes(f))).toEqual(['first.key']);
  });

  it('refuses to start without keyPath, saying why, and leaves the database untouched', async () => {
    const url = await freshPgDatabase();
    await expect(startPlatform({ database: url, clock: clock(), version: 't' })).rejects.toThrow(/PostgreSQL needs keyPath/);
    const check = new PgStorage(url);
    expect(await check.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_migrations'")).toEqual([]);
    await check.close();
  });

  it('estimates the phone page\'s wait from today\'s services read through the storage', async () => {
    const c = clock();
    const r = await startPlatform({ database: await freshPgDatabase(), keyPath: join(folder, 'pg.key'), clock: c, version: 't', seed });
    const q = r.platform.queue;
    const issue = async (): Promise<Ticket> => {
      const t = await q.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
      if (!t.ok) throw new Error(t.error.message);
      return t.value;
    };
    const w = (await q.configuration()).windows.find((x) => x.categoryIds[0] === 'general' && x.staffId !== null)!.id;
    for (const minutes of [20, 40]) {
      await issue();
      expect((await q.callNext(w)).ok).toBe(true);
      c.advance(minutes * 60_000);
      expect((await q.finish({ windowId: w })).ok).toBe(true);
    }
    expect(await q.recentServiceMinutes(q.businessDate(), 'general', 10)).toEqual([40, 20]);
    expect(await q.recentServiceMinutes(q.businessDate(), 'general', 1)).toEqual([40]);
    expect(await q.recentServiceMinutes(q.businessDate(), 'tax', 10)).toEqual([]);
    const waiting = await issue();
    await issue();
    const page = await fetch(`${r.url}m/ticket/${(await q.listTickets()).at(-1)!.id}`);
    expect(await page.text()).toContain('最近 2 位的平均办理时间（每位约 30 分钟）');
    expect(waiting.state).toBe('waiting');
    await r.close();
  });
});
