// The queue engine over the async storage (issue 17): one citizen's whole cycle through QueueService
// (issue a ticket, call next at a window, finish: three transactions, each with its events notified)
// on PostgreSQL (a throwaway cluster, lib/pg-cluster.ts) and on SQLite (the embedded default, a file),
// one process each, BENCH_CYCLES cycles (default 300) after 30 unmeasured, 3 rounds taking turns.
// The hall: the seed's categories, windows and staff, with quotas lifted and open all day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPgCluster } from '../lib/pg-cluster.ts';
import { openSqlite } from '../lib/sqlite.ts';
import { QueueService } from '../platform/queue/index.ts';
import { migrate } from '../platform/store/migrate.ts';
import { platformMigrations } from '../platform/store/migrations/index.ts';
import { pgPlatformMigrations } from '../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../platform/store/pg-storage.ts';
import { SqliteStorage } from '../platform/store/sqlite-storage.ts';
import type { Storage } from '../platform/store/storage.ts';
import { counted, seedHallAllDay } from './counted-storage.ts';
import { median, ms, printTable } from './table.ts';

const CYCLES = Number(process.env['BENCH_CYCLES'] ?? 300);
const WARMUP = 30;
const clock = { now: () => Date.parse('2026-11-24T10:00:00+08:00'), setTimeout: () => 0, clearTimeout: () => undefined };

/** Median ms per cycle on a fresh hall over `storage`, and the statements of a cycle (BEGIN and COMMIT included). */
async function cycleMs(plain: Storage, log: string[] | null = null): Promise<{ ms: number; statements: number }> {
  const { storage, statements } = counted(plain, log);
  const queue = new QueueService(storage, clock, { idSecret: 'bench-secret-0123456789' });
  await queue.ready();
  const { windowId, categoryId } = await seedHallAllDay(queue);
  const times: number[] = [];
  let counting = 0;
  for (let i = 0; i < WARMUP + CYCLES; i++) {
    if (i === WARMUP) counting = statements();
    if (i === WARMUP) log?.splice(0);
    if (i === WARMUP + 1 && log) console.log(`the statements of one cycle on ${plain.dialect}:\n${log.map((l, k) => `  ${k + 1}. ${l}`).join('\n')}`);
    const t0 = performance.now();
    const issued = await queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'bench' });
    const called = await queue.callNext(windowId);
    const finished = await queue.finish({ windowId });
    if (!issued.ok || !called.ok || !finished.ok) throw new Error(`cycle ${i} refused: ${JSON.stringify([issued, called, finished].find((r) => !r.ok))}`);
    if (i >= WARMUP) times.push(performance.now() - t0);
  }
  const perCycle = (statements() - counting) / CYCLES;
  await queue.close();
  return { ms: median(times), statements: perCycle };
}

const cluster = await startPgCluster();
const folder = mkdtempSync(join(tmpdir(), 'queue-service-'));
const pg: number[] = [];
const lite: number[] = [];
let perCycle = 0;
try {
  for (let round = 0; round < 3; round++) {
    const s = new PgStorage(await cluster.createDatabase(`bench_queue_${round}`));
    await migrate(s, pgPlatformMigrations, 'platform');
    const r = await cycleMs(s, round === 0 && process.env['BENCH_LOG'] ? [] : null);
    pg.push(r.ms);
    perCycle = r.statements;
    await s.close();
    const l = new SqliteStorage(openSqlite(join(folder, `q${round}.db`), platformMigrations, 'platform'));
    lite.push((await cycleMs(l)).ms);
    await l.close();
  }
} finally {
  await cluster.stop();
  rmSync(folder, { recursive: true, force: true });
}

const p = median(pg);
const q = median(lite);
printTable(`QueueService cycle (issue + call next + finish), median of ${CYCLES} cycles per round, median of 3 rounds`, [
  ['PostgreSQL (one process, pool 10)', `${ms(p)} per cycle (${(1000 / p).toFixed(0)} cycles/s); rounds ${pg.map(ms).join(', ')}`],
  ['SQLite file (the embedded default)', `${ms(q)} per cycle (${(1000 / q).toFixed(0)} cycles/s); rounds ${lite.map(ms).join(', ')}`],
  ['PostgreSQL / SQLite', `${(p / q).toFixed(2)} x`],
  ['statements per cycle (3 transactions, BEGIN and COMMIT included)', perCycle.toFixed(1)],
]);
