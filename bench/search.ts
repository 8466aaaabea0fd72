// The terminal's catalogue cache at 10,000 items (platform/seed/generate.ts scales the real seed):
// - a full sync into an empty store (time and peak RSS, in a child process of its own so that the
//   peak is this step's), then a full sync where 1% of the items changed, beside the naive way
//   (delete everything and reinsert), and one where nothing changed;
// - a delta of 50 changes (40 updated, 5 new, 5 deleted);
// - search p50/p95 over a kiosk query mix, beside a plain in-memory filter over the same
//   precomputed text (name, keywords, pinyin, initials, department, conditions, materials);
// - what search keeps in memory (load time, heap retained), the first search after a delta (which
//   refreshes it), every query's first run on a fresh connection, and the worst single character.
// Figures only; nothing here asserts a time. BENCH_ITEMS (default 10000) and BENCH_REPS (default 25).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ServiceItem } from '../domain/catalogue.ts';
import { CatalogueRepo, openDatabase, type CatalogueSnapshot, type SearchHit } from '../main/store/index.ts';
import { foldPinyin, itemTerms, normalize, TermIndexer } from '../main/store/search-terms.ts';
import { departments, generateCatalogue, themes } from '../platform/seed/index.ts';
import { median, ms, printTable } from './table.ts';

const N = Number(process.env['BENCH_ITEMS'] ?? 10_000);
const REPS = Number(process.env['BENCH_REPS'] ?? 25);
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

function snapshotOf(version: number, items: readonly ServiceItem[]): CatalogueSnapshot {
  return { version, items, departments, themes };
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

/** CPU time of this process (user + system), ms: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function mustOk<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// --- child: one full sync into an empty store, alone in its process --------------------------------
if (process.argv[2] === '--full-sync-child') {
  const prevalidated = process.argv[3] === 'prevalidated';
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const items = generateCatalogue({ count: N });
  const before = process.memoryUsage().rss;
  const db = openDatabase(join(dir, 'terminal.db'));
  const cpu0 = cpuMs();
  const [stats, t] = timed(() => mustOk(new CatalogueRepo(db).applyFull(snapshotOf(1, items), { itemsPrevalidated: prevalidated })));
  const cpu = cpuMs() - cpu0;
  db.close();
  const size = statSync(join(dir, 'terminal.db')).size;
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ ms: t, cpu, rssBefore: before, peak: peakRss(), inserted: stats.inserted, size }));
  process.exit(0);
}

interface FirstSync {
  ms: number;
  cpu: number;
  rssBefore: number;
  peak: number;
  inserted: number;
  size: number;
}
function firstSync(mode: 'validate' | 'prevalidated'): FirstSync {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--full-sync-child', mode], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`full-sync child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as FirstSync;
}
const first = firstSync('validate');
const trusted = firstSync('prevalidated');

// --- full syncs and deltas in this process -----------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
const items = generateCatalogue({ count: N + 5 });
const base = items.slice(0, N);
const changedSlice = (k: number, every: number): ServiceItem[] =>
  base.map((it, i) => (i % every === 0 ? { ...it, name: `${it.name}（第${k}版）`, keywords: [...it.keywords, `变更${k}`] } : it));

const hallDb = openDatabase(join(dir, 'hall.db'));
const [, hallMs] = timed(() => mustOk(new CatalogueRepo(hallDb).applyFull(snapshotOf(1, base.slice(0, 1000)))));
hallDb.close();

const diffDb = openDatabase(join(dir, 'diff.db'));
const diffRepo = new CatalogueRepo(diffDb);
mustOk(diffRepo.applyFull(snapshotOf(1, base)));
const naiveDb = openDatabase(join(dir, 'naive.db'));
const naiveRepo = new CatalogueRepo(naiveDb);
mustOk(naiveRepo.applyFull(snapshotOf(1, base)));

const onePercent = changedSlice(2, 100);
const [diffStats, diffMs] = timed(() => mustOk(diffRepo.applyFull(snapshotOf(2, onePercent))));
const [, naiveMs] = timed(() => mustOk(naiveRepo.applyFull(snapshotOf(2, onePercent), { rebuild: true })));
const [sameStats, sameMs] = timed(() => mustOk(diffRepo.applyFull(snapshotOf(3, onePercent))));
naiveDb.close();

const deltaTimes: number[] = [];
let version = 3;
for (let k = 0; k < 9; k++) {
  const offset = 1 + k * 50;
  const updates = base.slice(offset, offset + 40).map((it) => ({ ...it, name: `${it.name}（增量${k}）` }));
  const fresh = k === 0 ? items.slice(N, N + 5) : [];
  const gone = base.slice(offset + 40, offset + 45).map((it) => it.id);
  const [, t] = timed(() =>
    mustOk(diffRepo.applyDelta({ fromVersion: version, toVersion: version + 1, upserts: { items: [...updates, ...fresh] }, deletions: { items: gone } })),
  );
  version++;
  deltaTimes.push(t);
}

printTable(`Catalogue sync, ${N} items (generated from the seed; file-backed SQLite, WAL)`, [
  ['full sync into an empty store', ms(first.ms)],
  ['  CPU time of it (user + system)', ms(first.cpu)],
  ['  peak RSS of that process (snapshot in memory + apply)', mb(first.peak)],
  ['  RSS before the apply (snapshot in memory)', mb(first.rssBefore)],
  ['  database file after it', mb(first.size)],
  ['same, items prevalidated by the caller (not parsed again)', ms(trusted.ms)],
  ['  CPU time of it', ms(trusted.cpu)],
  ['  peak RSS of that process', mb(trusted.peak)],
  ['full sync of 1,000 items into an empty store (a large district hall)', ms(hallMs)],
  [`full sync, ${diffStats.updated} items changed (1%): changed rows only`, ms(diffMs)],
  ['  naive: delete everything and reinsert', ms(naiveMs)],
  ['  ratio naive / changed rows only', `${(naiveMs / diffMs).toFixed(1)}x`],
  [`full sync, nothing changed (${sameStats.unchanged} unchanged)`, ms(sameMs)],
  ['delta of 50 changes (40 updated, 5 new, 5 deleted), median of 9', ms(median(deltaTimes))],
  ['  slowest of the 9', ms(Math.max(...deltaTimes))],
]);

// --- search ------------------------------------------------------------------------------------------
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const memoDb = openDatabase(join(dir, 'diff.db'));
const heapBefore = heap();
const current = new CatalogueRepo(memoDb);
const [, memoLoadMs] = timed(() => current.warmSearch());
const memoBytes = heap() - heapBefore;
const sample = base[Math.floor(N / 2)]!;
const queries: Record<string, string[]> = {
  '1-2 characters (gram index)': ['证', '护照', '社保', '户口', '结婚', '医保', '公积', '退休', '照'],
  '3+ characters (trigram index)': ['身份证', '营业执照', '公积金提取', '不动产登记', '出生登记', '居住证', '养老保险', '火星移民'],
  'pinyin, full': ['shenfenzheng', 'huzhao', 'gongjijin', 'yingyezhizhao', 'shen fen zheng', 'jiehun'],
  'pinyin initials': ['sfz', 'gjj', 'yyzz', 'bdc', 'hz', 'sb'],
  codes: [sample.taskCode, sample.catalogCode, sample.taskCode.slice(0, 12)],
  'guide text only (conditions, materials)': ['结婚证', '房屋所有权证', '劳动合同'],
};

// The plainer alternative: the same normalised text in JS arrays, filtered with includes().
const indexer = new TermIndexer();
const plain = base.map((it) => ({ it, t: itemTerms(it, indexer) }));
function plainSearch(q: string, limit = 20): ServiceItem[] {
  const n = normalize(q);
  const compact = n.replace(/[\s']+/g, '');
  const latin = /^[a-z0-9]+$/.test(compact);
  const w = latin ? compact : n;
  const p = foldPinyin(w);
  const u = w.toUpperCase();
  const long = [...w].length >= 3;
  const scored: [number, number, ServiceItem][] = [];
  for (const { it, t } of plain) {
    let tier = -1;
    if (latin && (it.id === u || it.taskCode === u || it.catalogCode === u)) tier = 0;
    else if (t.nameNorm === w) tier = 10;
    else if (latin && u.length >= 4 && (it.taskCode.startsWith(u) || it.catalogCode.startsWith(u))) tier = 15;
    else if (t.nameNorm.startsWith(w)) tier = 20;
    else if (t.nameNorm.includes(w)) tier = 30;
    else if (t.keywordsNorm.includes(w)) tier = 45;
    else if (latin && t.namePinyin.includes(p)) tier = 55;
    else if (latin && t.nameInitials.includes(p)) tier = 65;
    else if (t.deptNorm.includes(w)) tier = 70;
    else if (long && t.conditionsNorm.includes(w)) tier = 80;
    else if (long && t.materialsNorm.includes(w)) tier = 90;
    if (tier >= 0) scored.push([tier, it.name.length, it]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]).slice(0, limit).map((s) => s[2]);
}

function measure(run: (q: string) => unknown, qs: readonly string[]): number[] {
  const out: number[] = [];
  for (const q of qs) run(q); // warm the statement cache and the JIT
  for (let r = 0; r < REPS; r++) {
    for (const q of qs) {
      const t = performance.now();
      run(q);
      out.push(performance.now() - t);
    }
  }
  return out;
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const rows: [string, string][] = [];
const allOurs: number[] = [];
const allPlain: number[] = [];
for (const [label, qs] of Object.entries(queries)) {
  const ours = measure((q) => current.search(q), qs);
  const flat = measure((q) => plainSearch(q), qs);
  allOurs.push(...ours);
  allPlain.push(...flat);
  rows.push([label, `p50 ${ms(pct(ours, 0.5))}, p95 ${ms(pct(ours, 0.95))}   (in-memory filter p50 ${ms(pct(flat, 0.5))})`]);
}
// Every query once, on a fresh connection whose in-memory copy is loaded: statements not yet prepared.
const firstRuns: number[] = [];
{
  const freshDb = openDatabase(join(dir, 'diff.db'));
  const fresh = new CatalogueRepo(freshDb);
  fresh.warmSearch();
  for (const q of Object.values(queries).flat()) firstRuns.push(timed(() => fresh.search(q))[1]);
  freshDb.close();
}
// The first search after a delta of 50 changes brings the in-memory copy up to date (hashes compared, 50 rows re-read).
const afterDelta: number[] = [];
for (let k = 0; k < 9; k++) {
  const offset = 2000 + k * 50;
  const updates = base.slice(offset, offset + 50).map((it) => ({ ...it, name: `${it.name}（再改${k}）` }));
  mustOk(current.applyDelta({ fromVersion: version, toVersion: version + 1, upserts: { items: updates }, deletions: {} }));
  version++;
  afterDelta.push(timed(() => current.search('证'))[1]);
}
const worst = measure((q) => current.search(q), ['市']);
const filtered = measure((q) => current.search(q, { audience: 'person', limit: 10 }), queries['3+ characters (trigram index)']!);
rows.push(['3+ characters, audience filter, limit 10', `p50 ${ms(pct(filtered, 0.5))}, p95 ${ms(pct(filtered, 0.95))}`]);
rows.push(['all queries: SQLite search', `p50 ${ms(pct(allOurs, 0.5))}, p95 ${ms(pct(allOurs, 0.95))}`]);
rows.push(['all queries: plain in-memory filter', `p50 ${ms(pct(allPlain, 0.5))}, p95 ${ms(pct(allPlain, 0.95))}`]);
rows.push(['ratio SQLite / in-memory (p50, p95)', `${(pct(allOurs, 0.5) / pct(allPlain, 0.5)).toFixed(2)}x, ${(pct(allOurs, 0.95) / pct(allPlain, 0.95)).toFixed(2)}x`]);
rows.push(['every query once, first run on a fresh connection', `p50 ${ms(pct(firstRuns, 0.5))}, p95 ${ms(pct(firstRuns, 0.95))}, max ${ms(Math.max(...firstRuns))}`]);
rows.push(['first search (证) after a delta of 50, median of 9', `${ms(median(afterDelta))} (slowest ${ms(Math.max(...afterDelta))})`]);
rows.push(['worst single character: 市 (in every department name)', `p50 ${ms(pct(worst, 0.5))}, p95 ${ms(pct(worst, 0.95))}`]);
rows.push(['in-memory copy for ranking: load at start', `${ms(memoLoadMs)}, heap retained ${mb(memoBytes)}`]);
printTable(`Search over ${N} items, ${REPS} rounds of ${Object.values(queries).flat().length} queries (limit 20)`, rows);

const top = (hits: SearchHit[]): string => hits.slice(0, 3).map((h) => `${h.name} (${h.match.field}/${h.match.kind})`).join('; ');
printTable('What a few queries return first', [
  ['sfz', top(current.search('sfz'))],
  ['gjj', top(current.search('gjj'))],
  ['护照', top(current.search('护照'))],
  ['结婚证', top(current.search('结婚证'))],
]);

memoDb.close();
diffDb.close();
rmSync(dir, { recursive: true, force: true });
