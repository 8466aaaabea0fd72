// The platform's requests as a terminal sends them (issue 17): through the routes (Fastify's inject,
// no sockets), with the terminal's credential checked on each, over PostgreSQL (a throwaway cluster)
// and SQLite (a file), one process each. Per kind of request: the median time and the statements it
// sends to the storage (BEGIN, COMMIT, SAVEPOINT and the auth's own included: a round trip each on
// PostgreSQL). A kiosk issues (POST queue/tickets with an Idempotency-Key), a counter calls next and
// finishes (POST queue/windows/:id/actions), a display reads the ticket, the board and the counts, and
// supervision lists the terminals. BENCH_ROUNDS (default 150) after 20 unmeasured.
// For a before/after, copy this file and counted-storage.ts into another checkout and run it there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { startPgCluster } from '../lib/pg-cluster.ts';
import { openSqlite } from '../lib/sqlite.ts';
import { HEADERS } from '../domain/api/define.ts';
import { createPlatform, preparePlatform } from '../platform/app.ts';
import { migrate } from '../platform/store/migrate.ts';
import { platformMigrations } from '../platform/store/migrations/index.ts';
import { pgPlatformMigrations } from '../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../platform/store/pg-storage.ts';
import { SqliteStorage } from '../platform/store/sqlite-storage.ts';
import type { Storage } from '../platform/store/storage.ts';
import { counted, seedHallAllDay } from './counted-storage.ts';
import { median, ms, printTable } from './table.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 150);
const WARMUP = 20;
let t = Date.parse('2026-11-24T10:00:00+08:00');
// The clock moves a second a round, so the terminals' last-seen times age as in a hall.
const clock = { now: () => t, setTimeout: () => 0, clearTimeout: () => undefined };

type Kind = 'issue (POST)' | 'call next (POST)' | 'finish (POST)' | 'ticket (GET)' | 'board (GET)' | 'counts (GET)' | 'terminals (GET)';
const KINDS: Kind[] = ['issue (POST)', 'call next (POST)', 'finish (POST)', 'ticket (GET)', 'board (GET)', 'counts (GET)', 'terminals (GET)'];

async function measure(plain: Storage): Promise<Map<Kind, { ms: number; statements: number }>> {
  const { storage, statements } = counted(plain);
  const platform = createPlatform({ storage, clock, version: 'bench', idSecret: 'bench-secret-0123456789' });
  await preparePlatform(platform);
  const { windowId, categoryId } = await seedHallAllDay(platform.queue);
  const terminal = async (id: string, role: string) => {
    const credential = await platform.auth.enrol(await platform.auth.issueEnrolmentCode(id, role), id, role);
    return { [HEADERS.terminalId]: id, [HEADERS.authorization]: `Bearer ${credential}` };
  };
  const kiosk = await terminal('kiosk-1', 'kiosk');
  const counter = await terminal('counter-1', 'counter');
  const display = await terminal('display-1', 'display');
  const send = async (method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: unknown) => {
    const r = await platform.app.inject({
      method,
      url: `/api/v1/${url}`,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json', [HEADERS.idempotencyKey]: randomUUID() },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.json<Record<string, unknown>>();
  };
  const times = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
  const counts = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  const timed = async <T>(kind: Kind, measured: boolean, f: () => Promise<T>): Promise<T> => {
    const s0 = statements();
    const t0 = performance.now();
    const out = await f();
    if (measured) {
      times.get(kind)!.push(performance.now() - t0);
      counts.set(kind, counts.get(kind)! + statements() - s0);
    }
    return out;
  };
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    const m = i >= WARMUP;
    t += 1000;
    const ticket = await timed('issue (POST)', m, () => send('POST', 'queue/tickets', kiosk, { categoryId, channel: 'kiosk' }));
    await timed('ticket (GET)', m, () => send('GET', `queue/tickets/${String(ticket['id'])}`, kiosk));
    await timed('call next (POST)', m, () => send('POST', `queue/windows/${windowId}/actions`, counter, { action: 'callNext' }));
    await timed('board (GET)', m, () => send('GET', 'queue/board', display));
    await timed('counts (GET)', m, () => send('GET', 'queue/counts', display));
    await timed('finish (POST)', m, () => send('POST', `queue/windows/${windowId}/actions`, counter, { action: 'finish' }));
    await timed('terminals (GET)', m, () => send('GET', 'supervision/terminals', counter));
  }
  await platform.app.close();
  return new Map(KINDS.map((k) => [k, { ms: median(times.get(k)!), statements: counts.get(k)! / ROUNDS }]));
}

const cluster = await startPgCluster();
const folder = mkdtempSync(join(tmpdir(), 'platform-requests-'));
let pg: Map<Kind, { ms: number; statements: number }>;
let lite: Map<Kind, { ms: number; statements: number }>;
try {
  const s = new PgStorage(await cluster.createDatabase('bench_requests'));
  await migrate(s, pgPlatformMigrations, 'platform');
  pg = await measure(s);
  await s.close();
  const l = new SqliteStorage(openSqlite(join(folder, 'p.db'), platformMigrations, 'platform'));
  lite = await measure(l);
  await l.close();
} finally {
  await cluster.stop();
  rmSync(folder, { recursive: true, force: true });
}

const total = (m: Map<Kind, { statements: number }>) => [...m.values()].reduce((a, b) => a + b.statements, 0);
printTable(`Platform requests through the routes, median of ${ROUNDS} rounds (statements per request: a round trip each on PostgreSQL)`, [
  ...KINDS.map((k): [string, string] => [k, `PostgreSQL ${ms(pg.get(k)!.ms)}, SQLite ${ms(lite.get(k)!.ms)} (${(pg.get(k)!.ms / lite.get(k)!.ms).toFixed(1)} x); ${pg.get(k)!.statements.toFixed(1)} statements`]),
  ['a round (7 requests)', `PostgreSQL ${ms([...pg.values()].reduce((a, b) => a + b.ms, 0))}, SQLite ${ms([...lite.values()].reduce((a, b) => a + b.ms, 0))}; ${total(pg).toFixed(1)} statements`],
]);
