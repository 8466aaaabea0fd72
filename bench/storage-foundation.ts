// The storage layer's foundation figures (issue 17, phase 1): a throwaway PostgreSQL cluster's time
// to ready (lib/pg-cluster.ts: the first start on a machine pays initdb, later ones copy its template),
// and tickets numbered per second through issueNumberedTicket (one transaction each: counter row
// locked, live numbers skipped, ticket inserted) by 3 OS processes on one PostgreSQL, beside one
// process on SQLite (the embedded default; its transactions are serial). Each process issues
// BENCH_TICKETS (default 300) for 2 halls x 2 categories; rate = all tickets / the slowest process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPgCluster } from '../lib/pg-cluster.ts';
import { openSqlite } from '../lib/sqlite.ts';
import { migrate } from '../platform/store/migrate.ts';
import { platformMigrations } from '../platform/store/migrations/index.ts';
import { pgPlatformMigrations } from '../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../platform/store/pg-storage.ts';
import { startStorageProcess } from '../test/support/storage-processes.ts';
import { median, ms, printTable } from './table.ts';

const COUNT = Number(process.env['BENCH_TICKETS'] ?? 300);
const STARTS = Number(process.env['BENCH_RUNS'] ?? 3);
const job = { halls: ['h1', 'h2'], categories: ['general', 'social'], date: '2026-12-08', count: COUNT };

async function issueRate(database: string, processes: number): Promise<number> {
  const children = Array.from({ length: processes }, (_, i) => startStorageProcess({ kind: 'issue', database, worker: i + 1, ...job }));
  await Promise.all(children.map((c) => c.ready));
  for (const c of children) c.go();
  const results = await Promise.all(children.map((c) => c.next<{ issued: unknown[]; ms: number }>()));
  await Promise.all(children.map((c) => c.end()));
  const total = results.reduce((n, r) => n + r.issued.length, 0);
  return total / (Math.max(...results.map((r) => r.ms)) / 1000);
}

const starts: number[] = [];
for (let i = 0; i < STARTS; i++) {
  const c = await startPgCluster();
  starts.push(c.startMs);
  await c.stop();
}

const cluster = await startPgCluster();
const pgRates: number[] = [];
const pgOne: number[] = [];
const liteRates: number[] = [];
const folder = mkdtempSync(join(tmpdir(), 'storage-foundation-'));
try {
  for (let round = 0; round < 3; round++) {
    for (const [processes, into] of [[3, pgRates], [1, pgOne]] as const) {
      const url = await cluster.createDatabase(`bench_${round}_${processes}`);
      const s = new PgStorage(url);
      await migrate(s, pgPlatformMigrations, 'platform');
      await s.close();
      into.push(await issueRate(url, processes));
    }
    const path = join(folder, `bench-${round}.db`);
    openSqlite(path, platformMigrations, 'platform').close();
    liteRates.push(await issueRate(`sqlite:${path}`, 1));
  }
} finally {
  await cluster.stop();
  rmSync(folder, { recursive: true, force: true });
}

const rate = (xs: number[]) => `${median(xs).toFixed(0)} tickets/s (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
printTable(`storage foundation (${COUNT} tickets per process, 2 halls x 2 categories, 3 rounds)`, [
  ['PostgreSQL cluster start to ready (each)', starts.map(ms).join(', ')],
  ['PostgreSQL, 3 processes', rate(pgRates)],
  ['PostgreSQL, 1 process', rate(pgOne)],
  ['SQLite, 1 process (embedded default)', rate(liteRates)],
  ['PostgreSQL 3 processes / SQLite 1', `${(median(pgRates) / median(liteRates)).toFixed(2)}x`],
]);
