// A full catalogue sync as the terminal does it, from the answer's text to a searchable store: the
// JSON parse, the schema validation and the apply (one transaction), on the thread that serves the
// screens (the plainer way) and on a worker thread (catalogue-applier.ts). Printed: wall time, and
// the longest time the event loop could not run (a 1 ms timer's largest gap) while it happened,
// which is how long a tap, a card read or a ticket print would have waited. Then the first search
// after it, on this thread (the in-memory copy catches up with the worker's commit).
// Figures only. BENCH_ITEMS (default 10000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineApplier, WorkerApplier, type CatalogueApplier } from '../main/core/catalogue/catalogue-applier.ts';
import { CatalogueRepo, openDatabase } from '../main/store/index.ts';
import { departments, generateCatalogue, themes } from '../platform/seed/index.ts';
import { ms, printTable } from './table.ts';

const N = Number(process.env['BENCH_ITEMS'] ?? 10_000);

const text = JSON.stringify({
  version: 1,
  full: true,
  items: generateCatalogue({ count: N }),
  departments,
  themes,
  deleted: { items: [], departments: [], themes: [] },
});

interface Run {
  wall: number;
  stall: number;
  firstSearch: number;
  inserted: number;
}

async function run(mode: 'inline' | 'worker'): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const db = openDatabase(join(dir, 'terminal.db'));
  const repo = new CatalogueRepo(db);
  repo.warmSearch();
  const applier: CatalogueApplier = mode === 'inline' ? inlineApplier(repo) : new WorkerApplier(join(dir, 'terminal.db'));
  if (mode === 'worker') {
    // Start the worker first (a terminal's worker is started once and kept): this measures the apply.
    await applier.apply(JSON.stringify({ version: 0, full: true, items: [], departments, themes, deleted: { items: [], departments: [], themes: [] } }), null, 0);
  }
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    stall = Math.max(stall, t - last);
    last = t;
  }, 1);
  const t0 = performance.now();
  last = t0;
  const r = await applier.apply(text, null, Date.now());
  const wall = performance.now() - t0;
  stall = Math.max(stall, performance.now() - last);
  clearInterval(timer);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const s0 = performance.now();
  repo.search('身份证');
  const firstSearch = performance.now() - s0;
  await applier.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { wall, stall, firstSearch, inserted: r.value.stats.inserted };
}

const inline = await run('inline');
const worker = await run('worker');
printTable(`Full sync of ${N} items from the answer's text (${(text.length / 2 ** 20).toFixed(0)} M characters of JSON): parse, validate, apply`, [
  ['on the screens\' thread: wall time', ms(inline.wall)],
  ['  longest the event loop could not run', ms(inline.stall)],
  ['on a worker thread: wall time', ms(worker.wall)],
  ['  longest the event loop could not run', ms(worker.stall)],
  ['  first search on this thread after it (copy catches up)', ms(worker.firstSearch)],
  ['ratio of the longest stalls, this thread / worker', `${(inline.stall / worker.stall).toFixed(0)}x`],
  ['items inserted (both)', `${inline.inserted}, ${worker.inserted}`],
]);
