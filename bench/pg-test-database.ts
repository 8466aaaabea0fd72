// What a PostgreSQL platform test pays for its database before the test starts (issue 17, project
// platform-pg): a new database migrated step by step (the plainer way) against a copy of a template
// migrated once (test/support/platform-storage.ts freshPgPlatformDatabase), and the reference seed run
// into a new database against a copy of a seeded template (test/support/platform-database.ts
// createTestPlatform's seedDay). BENCH_RUNS (default 8) databases each way, medians.
import { randomBytes } from 'node:crypto';
import { startPgCluster } from '../lib/pg-cluster.ts';
import { sealedBox } from '../lib/sealed-box.ts';
import { createPlatform, preparePlatform } from '../platform/app.ts';
import { seedReferencePlatform } from '../platform/seeding.ts';
import { migrate } from '../platform/store/migrate.ts';
import { pgPlatformMigrations } from '../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../platform/store/pg-storage.ts';
import { median, ms, printTable } from './table.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 8);
const DAY = '2026-11-24';
const box = sealedBox(randomBytes(32));
const clock = { now: () => Date.parse(`${DAY}T10:00:00+08:00`), setTimeout: () => 0, clearTimeout: () => undefined };

const cluster = await startPgCluster();
let n = 0;
const name = () => `b${++n}`;
const timed = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
const migrated = async (url: string) => {
  const s = new PgStorage(url);
  await migrate(s, pgPlatformMigrations, 'platform');
  await s.close();
};
const seeded = async (url: string) => {
  const storage = new PgStorage(url);
  const platform = createPlatform({ storage, clock, version: 'bench', idSecret: 'bench-secret-0123456789', box });
  await preparePlatform(platform);
  await seedReferencePlatform(platform, DAY);
  await platform.app.close();
  await storage.close();
};

const plain: number[] = [];
const copied: number[] = [];
const seededPlain: number[] = [];
const seededCopy: number[] = [];
try {
  const template = name();
  await migrated(await cluster.createDatabase(template));
  const seedTemplate = name();
  await seeded(await cluster.createDatabase(seedTemplate, template));
  for (let i = 0; i < RUNS; i++) {
    plain.push(await timed(async () => migrated(await cluster.createDatabase(name()))));
    copied.push(await timed(async () => migrated(await cluster.createDatabase(name(), template))));
    seededPlain.push(await timed(async () => seeded(await cluster.createDatabase(name(), template))));
    seededCopy.push(await timed(async () => migrated(await cluster.createDatabase(name(), seedTemplate))));
  }
} finally {
  await cluster.stop();
}

const spread = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}-${ms(Math.max(...xs))})`;
printTable(`a PostgreSQL test's database (${RUNS} each, medians)`, [
  ['new database, migrated step by step', spread(plain)],
  ['copy of the migrated template (+ migrate: nothing to do)', spread(copied)],
  ['  copy / new', `${(median(copied) / median(plain)).toFixed(2)}x`],
  ['migrated copy, then the reference seed', spread(seededPlain)],
  ['copy of the seeded template', spread(seededCopy)],
  ['  copy / seeding', `${(median(seededCopy) / median(seededPlain)).toFixed(2)}x`],
]);
