// A platform-like OS process over one database (node test/support/storage-child.ts '<job json>'),
// for the cross-process tests of the storage layer and the foundation figures. It opens its storage,
// prints {"ready":true}, waits for a line "go" on stdin (so processes start together), does its job
// and prints one JSON line with the result. Jobs:
//   issue:  `count` tickets, round robin over halls x categories, each through issueNumberedTicket
//   replay: one ticket under the given Idempotency-Key
//   listen: prints {"payload":...} for each notification on `channel` (after ready), until stdin closes
//   notify: a transaction that notifies `payload` on `channel`, then commits or (rollback) throws
import { createInterface } from 'node:readline';
import { openSqlite } from '../../lib/sqlite.ts';
import { issueNumberedTicket } from '../../platform/queue/numbering.ts';
import { platformMigrations } from '../../platform/store/migrations/index.ts';
import { PgStorage } from '../../platform/store/pg-storage.ts';
import { SqliteStorage } from '../../platform/store/sqlite-storage.ts';
import { parseDatabaseUrl, type Storage } from '../../platform/store/storage.ts';

export type ChildJob =
  | { kind: 'issue'; database: string; worker: number; count: number; halls: string[]; categories: string[]; date: string }
  | { kind: 'replay'; database: string; worker: number; key: string; date: string }
  | { kind: 'listen'; database: string; channel: string }
  | { kind: 'notify'; database: string; channel: string; payload: string; rollback: boolean };

const job = JSON.parse(process.argv[2] ?? '{}') as ChildJob;
const where = parseDatabaseUrl(job.database);
const storage: Storage =
  where.dialect === 'postgres' ? new PgStorage(where.url, { max: 4 }) : new SqliteStorage(openSqlite(where.path, platformMigrations, 'platform'));
const out = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');
const lines = createInterface({ input: process.stdin });
const go = new Promise<void>((resolve) => lines.on('line', (l) => l.trim() === 'go' && resolve()));

if (job.kind === 'listen') {
  await storage.listen(job.channel, (payload) => out({ payload }));
  out({ ready: true });
  await new Promise<void>((resolve) => lines.once('close', () => resolve()));
  await storage.close();
  process.exit(0);
}

// Warm the pool before the start line, so the race is between transactions, not connects.
await storage.one('SELECT 1 AS one');
out({ ready: true });
await go;

const scope = (hall: string, categoryId: string, date: string) => ({ hall, categoryId, prefix: categoryId.slice(0, 1).toUpperCase(), date, start: 1, end: 999 });
const t0 = performance.now();
if (job.kind === 'issue') {
  const issued: { hall: string; category: string; number: string }[] = [];
  for (let i = 0; i < job.count; i++) {
    const hall = job.halls[i % job.halls.length]!;
    const category = job.categories[Math.floor(i / job.halls.length) % job.categories.length]!;
    const r = await issueNumberedTicket(storage, {
      ...scope(hall, category, job.date),
      ticketId: `w${job.worker}-${i}`,
      terminalId: `kiosk-${job.worker}`,
      channel: 'kiosk',
      now: Date.now(),
    });
    if (!('number' in r)) throw new Error(`numbers exhausted at ${i}`);
    issued.push({ hall, category, number: r.number });
  }
  out({ issued, ms: performance.now() - t0 });
} else if (job.kind === 'replay') {
  const r = await issueNumberedTicket(storage, {
    ...scope('h1', 'general', job.date),
    ticketId: `replay-${job.worker}`,
    terminalId: 'kiosk-shared',
    channel: 'kiosk',
    now: Date.now(),
    idempotencyKey: job.key,
  });
  out({ result: r });
} else {
  try {
    await storage.transaction(async (tx) => {
      await tx.notify(job.channel, job.payload);
      if (job.rollback) throw new Error('rolled back on purpose');
    });
  } catch {
    // The rollback asked for.
  }
  out({ done: true });
}
await storage.close();
