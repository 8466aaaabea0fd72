// Each hall's catalogue scope (issue 17) at a city's size: BENCH_ITEMS generated items (default
// 10,000, platform/seed/generate.ts) published in one version, then a hall given half of them
// (setScope's first scope: a row per item of the catalogue), a later scope change of 100 items out
// and 100 in, and what a terminal of that hall is sent (CatalogueStore.changesFor): the whole
// catalogue, the delta after the change, the delta when nothing is new, the ETag's version
// (versionFor); each read the median of BENCH_RUNS (default 9) after one unmeasured, on a SQLite file
// (the embedded default) and on PostgreSQL (a throwaway cluster, lib/pg-cluster.ts). Beside each read:
// the same read for a hall without a scope (CatalogueStore.changes / versionOf, what every terminal
// was sent before scopes); beside the delta, a publication of 100 changed and 100 deleted items.
// The seed's forms (platform/seed/forms.ts) are published with the items.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPgCluster } from '../lib/pg-cluster.ts';
import { openSqlite } from '../lib/sqlite.ts';
import { generateCatalogue } from '../platform/seed/index.ts';
import { seedForms } from '../platform/seed/forms.ts';
import { HallStore } from '../platform/services/halls.ts';
import { CatalogueStore, type EntryKind } from '../platform/services/catalogue-store.ts';
import { migrate } from '../platform/store/migrate.ts';
import { platformMigrations } from '../platform/store/migrations/index.ts';
import { pgPlatformMigrations } from '../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../platform/store/pg-storage.ts';
import { SqliteStorage } from '../platform/store/sqlite-storage.ts';
import type { Storage } from '../platform/store/storage.ts';
import { median, ms, printTable } from './table.ts';

const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 10_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 9);
const KINDS: readonly EntryKind[] = ['item', 'department', 'theme'];
const items = generateCatalogue({ count: ITEMS });

async function timed(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function once(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function measure(storage: Storage): Promise<[string, string][]> {
  const catalogue = new CatalogueStore(storage, () => Date.parse('2026-12-07T10:00:00+08:00'));
  await new HallStore(storage, () => Date.parse('2026-12-07T10:00:00+08:00')).create({ id: 'district', name: '区政务服务中心' });
  const publish = await once(() =>
    catalogue.publish({
      upserts: [...items.map((i) => ({ kind: 'item' as const, id: i.id, body: i })), ...seedForms.map((f) => ({ kind: 'form' as const, id: f.id, body: f }))],
    }),
  );
  const half = items.filter((_, i) => i % 2 === 0).map((i) => i.id);
  const first = await once(() => catalogue.setScope('district', half));
  const before = await catalogue.version();
  // 100 taken out, 100 put in.
  const changed = [...half.slice(100), ...items.filter((_, i) => i % 2 === 1).slice(0, 100).map((i) => i.id)];
  const change = await once(() => catalogue.setScope('district', changed));
  const delta = await catalogue.changesFor('district', KINDS, before);
  if (delta.upserts.get('item')!.length !== 100 || delta.deletions.get('item')!.length !== 100) throw new Error('the delta is not the 100 in and 100 out');

  const fullScoped = await timed(() => catalogue.changesFor('district', KINDS, undefined));
  const fullPlain = await timed(() => catalogue.changes(KINDS, undefined));
  const deltaScoped = await timed(() => catalogue.changesFor('district', KINDS, before));
  const now = await catalogue.version();
  const nothingScoped = await timed(() => catalogue.changesFor('district', KINDS, now));
  const nothingPlain = await timed(() => catalogue.changes(KINDS, now));
  const etagScoped = await timed(() => catalogue.versionFor('district', KINDS));
  const etagPlain = await timed(() => catalogue.versionOf(KINDS));
  const formsScoped = await timed(() => catalogue.changesFor('district', ['form'], before));
  const formsPlain = await timed(() => catalogue.changes(['form'], before));
  // The plain delta of the same size: a publication of 100 changed and 100 deleted items.
  const odd = items.filter((_, i) => i % 2 === 1);
  await catalogue.publish({
    upserts: odd.slice(200, 300).map((i) => ({ kind: 'item' as const, id: i.id, body: { ...i, name: `${i.name}（改）` } })),
    deletions: odd.slice(300, 400).map((i) => ({ kind: 'item' as const, id: i.id })),
  });
  const deltaPlain = await timed(() => catalogue.changes(KINDS, now));
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} x`;
  return [
    [`publish ${ITEMS} items (one version)`, ms(publish)],
    [`first scope (${half.length} of ${ITEMS}: a row per item)`, ms(first)],
    ['scope change (100 out, 100 in)', ms(change)],
    ['whole catalogue: scoped hall / no scope', `${ms(fullScoped)} / ${ms(fullPlain)} = ${ratio(fullScoped, fullPlain)}`],
    ['delta of 100 in, 100 out: scoped (a scope change) / no scope (a publication)', `${ms(deltaScoped)} / ${ms(deltaPlain)} = ${ratio(deltaScoped, deltaPlain)}`],
    ['delta with nothing new: scoped / no scope', `${ms(nothingScoped)} / ${ms(nothingPlain)} = ${ratio(nothingScoped, nothingPlain)}`],
    ['ETag version: scoped / no scope', `${ms(etagScoped)} / ${ms(etagPlain)} = ${ratio(etagScoped, etagPlain)}`],
    [`forms delta after the change (${seedForms.length} forms): scoped / no scope`, `${ms(formsScoped)} / ${ms(formsPlain)} = ${ratio(formsScoped, formsPlain)}`],
  ];
}

const folder = mkdtempSync(join(tmpdir(), 'catalogue-scope-'));
const cluster = await startPgCluster();
try {
  const lite = new SqliteStorage(openSqlite(join(folder, 'p.db'), platformMigrations, 'platform'));
  printTable(`Catalogue scope on a SQLite file, ${ITEMS} items, medians of ${RUNS}`, await measure(lite));
  await lite.close();
  const pg = new PgStorage(await cluster.createDatabase('bench_scope'));
  await migrate(pg, pgPlatformMigrations, 'platform');
  printTable(`Catalogue scope on PostgreSQL (one process, pool 10), ${ITEMS} items, medians of ${RUNS}`, await measure(pg));
  await pg.close();
} finally {
  await cluster.stop();
  rmSync(folder, { recursive: true, force: true });
}
