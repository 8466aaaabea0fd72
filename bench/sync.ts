// A full catalogue sync of BENCH_ITEMS (default 10,000) items into an empty store, each way measured
// in a child process of its own (so that its peak RSS is its own), BENCH_RUNS rounds (default 3),
// the ways taking turns so that a neighbour's load on a shared machine falls on all of them:
// - from the answer's text, as a terminal pays it: JSON parse, schema validation, apply (one
//   transaction), on the thread that serves the screens and on the worker thread
//   (catalogue-applier.ts); for both, the longest the event loop could not run (a 1 ms timer's
//   largest gap: how long a tap, a card read or a ticket print would have waited), and after the
//   worker's commit the first search on this thread (the in-memory copy catches up);
// - the apply alone, items already parsed by the schemas (`itemsPrevalidated`, as the sync does);
// - beside them, a plain bulk insert of the same rows: the same tables, one transaction, prepared
//   statements, each item into every table in turn, with the rows' values (JSON, hash, search
//   terms) computed before the clock starts: no parse, validation, hashing or terms.
// Printed: the median and the range of the rounds, wall and CPU time, and the ratios to the plain
// insert. Figures only; nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineApplier, WorkerApplier, type CatalogueApplier } from '../main/core/catalogue/catalogue-applier.ts';
import { contentHash, ITEM_COLUMNS, itemRow, searchRow } from '../main/store/catalogue-writer.ts';
import { CatalogueRepo, openDatabase, type Db } from '../main/store/index.ts';
import { itemTerms, TermIndexer } from '../main/store/search-terms.ts';
import { departments, generateCatalogue, themes } from '../platform/seed/index.ts';
import { median, ms, printTable } from './table.ts';

const N = Number(process.env['BENCH_ITEMS'] ?? 10_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const WAYS = ['text-inline', 'text-worker', 'prevalidated', 'plain'] as const;
type Way = (typeof WAYS)[number];

interface Run {
  wall: number;
  cpu: number;
  /** The event loop's longest stall during the sync (from-text ways). */
  stall: number;
  /** The first search on this thread after the commit (worker way). */
  firstSearch: number;
  peak: number;
  rssBefore: number;
  inserted: number;
  chars: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const empty = { items: [], departments: [], themes: [] };

/** The cache size an apply raises to (catalogue-repo.ts): the plain insert gets the same. */
const PLAIN_CACHE = 'cache_size = -16384';

/** The plainer alternative: every row straight into its tables, values computed beforehand. */
function plainInsert(db: Db, items: ReturnType<typeof generateCatalogue>): { time: () => number } {
  const indexer = new TermIndexer();
  const rows = items.map((item) => {
    const json = JSON.stringify(item);
    return { item, json, hash: contentHash(json), terms: itemTerms(item, indexer) };
  });
  const marks = ITEM_COLUMNS.split(',').map(() => '?').join(', ');
  const s = {
    item: db.prepare(`INSERT INTO catalogue_items (${ITEM_COLUMNS}) VALUES (${marks})`),
    doc: db.prepare('INSERT INTO catalogue_item_docs (no, json) VALUES (?, ?)'),
    search: db.prepare('INSERT INTO catalogue_search (rowid, name, keywords, pinyin, initials, dept) VALUES (?, ?, ?, ?, ?, ?)'),
    guide: db.prepare('INSERT INTO catalogue_search_guide (rowid, conditions, materials) VALUES (?, ?, ?)'),
    grams: db.prepare('INSERT INTO catalogue_search_grams (rowid, grams) VALUES (?, ?)'),
    theme: db.prepare('INSERT OR IGNORE INTO catalogue_theme_items (theme_code, source, item_id, position) VALUES (?, 1, ?, 0)'),
  };
  db.pragma(PLAIN_CACHE);
  return {
    time: () => {
      const t0 = performance.now();
      db.transaction(() => {
        for (const { item, json, hash, terms } of rows) {
          const no = Number(s.item.run(...itemRow(item, hash, terms)).lastInsertRowid);
          s.doc.run(no, json);
          s.search.run(...searchRow(no, terms));
          s.guide.run(no, terms.conditionsNorm, terms.materialsNorm);
          s.grams.run(no, terms.grams);
          for (const code of item.themes) s.theme.run(code, item.id);
        }
      }).immediate();
      return performance.now() - t0;
    },
  };
}

async function child(way: Way): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const path = join(dir, 'terminal.db');
  const db = openDatabase(path);
  const repo = new CatalogueRepo(db);
  const out: Run = { wall: 0, cpu: 0, stall: 0, firstSearch: 0, peak: 0, rssBefore: 0, inserted: 0, chars: 0 };
  if (way === 'prevalidated' || way === 'plain') {
    const items = generateCatalogue({ count: N });
    const plain = way === 'plain' ? plainInsert(db, items) : null;
    out.rssBefore = process.memoryUsage().rss;
    const cpu0 = cpuMs();
    const t0 = performance.now();
    if (plain) {
      out.wall = plain.time();
      out.inserted = repo.itemCount();
    } else {
      const r = repo.applyFull({ version: 1, items, departments, themes }, { itemsPrevalidated: true });
      out.wall = performance.now() - t0;
      if (!r.ok) throw new Error(r.error.message);
      out.inserted = r.value.inserted;
    }
    out.cpu = cpuMs() - cpu0;
  } else {
    // Read as a terminal receives it: this process never holds the generated items.
    const text = readFileSync(process.argv[4]!, 'utf8');
    out.chars = text.length;
    repo.warmSearch();
    const applier: CatalogueApplier = way === 'text-inline' ? inlineApplier(repo) : new WorkerApplier(path);
    if (way === 'text-worker') {
      // Start the worker first (a terminal's worker is started once and kept): this measures the apply.
      await applier.apply(JSON.stringify({ version: 0, full: true, items: [], departments, themes, deleted: empty }), null, 0);
    }
    out.rssBefore = process.memoryUsage().rss;
    let last = performance.now();
    const timer = setInterval(() => {
      const t = performance.now();
      out.stall = Math.max(out.stall, t - last);
      last = t;
    }, 1);
    const cpu0 = cpuMs();
    const t0 = performance.now();
    last = t0;
    const r = await applier.apply(text, null, Date.now());
    out.wall = performance.now() - t0;
    out.cpu = cpuMs() - cpu0;
    out.stall = Math.max(out.stall, performance.now() - last);
    clearInterval(timer);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    out.inserted = r.value.stats.inserted;
    const s0 = performance.now();
    repo.search('身份证');
    out.firstSearch = performance.now() - s0;
    await applier.close();
  }
  out.peak = process.resourceUsage().maxRSS * 1024;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return out;
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3] as Way)));
  process.exit(0);
}

const textDir = mkdtempSync(join(tmpdir(), 'bench-sync-answer-'));
const textFile = join(textDir, 'answer.json');
writeFileSync(textFile, JSON.stringify({ version: 1, full: true, items: generateCatalogue({ count: N }), departments, themes, deleted: empty }));
const runs = new Map<Way, Run[]>(WAYS.map((w) => [w, []]));
for (let round = 0; round < RUNS; round++) {
  for (const way of WAYS) {
    const c = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', way, textFile], { encoding: 'utf8' });
    if (c.status !== 0) throw new Error(`${way} failed: ${c.stderr}`);
    runs.get(way)!.push(JSON.parse(c.stdout.trim().split('\n').pop()!) as Run);
  }
}

rmSync(textDir, { recursive: true, force: true });

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const of = (way: Way, f: (r: Run) => number): number[] => runs.get(way)!.map(f);
/** "median (min-max)" over the rounds. */
const spread = (xs: number[], unit: (x: number) => string = ms): string =>
  xs.length > 1 ? `${unit(median(xs))} (${unit(Math.min(...xs))}-${unit(Math.max(...xs))})` : unit(xs[0]!);
const ratio = (way: Way): string => {
  const rs = runs.get(way)!.map((r, i) => r.wall / runs.get('plain')![i]!.wall);
  return `${spread(rs, (x) => `${x.toFixed(2)}x`)} (CPU ${(median(of(way, (r) => r.cpu)) / median(of('plain', (r) => r.cpu))).toFixed(2)}x)`;
};
const chars = runs.get('text-inline')![0]!.chars;
printTable(
  `Full sync of ${N} items into an empty store, ${RUNS} rounds: median (range); the answer is ${(chars / 2 ** 20).toFixed(0)} M characters of JSON`,
  [
    ['from the text on the screens\' thread (parse, validate, apply): wall', spread(of('text-inline', (r) => r.wall))],
    ['  CPU time (user + system)', spread(of('text-inline', (r) => r.cpu))],
    ['  longest the event loop could not run', spread(of('text-inline', (r) => r.stall))],
    ['  peak RSS of the process (RSS before the apply)', `${spread(of('text-inline', (r) => r.peak), mb)} (${mb(median(of('text-inline', (r) => r.rssBefore)))})`],
    ['from the text on a worker thread (as the terminal does it): wall', spread(of('text-worker', (r) => r.wall))],
    ['  CPU time of the process, both threads', spread(of('text-worker', (r) => r.cpu))],
    ['  longest the event loop could not run', spread(of('text-worker', (r) => r.stall))],
    ['  first search on this thread after it (copy catches up)', spread(of('text-worker', (r) => r.firstSearch))],
    ['  peak RSS of the process, both threads (RSS before)', `${spread(of('text-worker', (r) => r.peak), mb)} (${mb(median(of('text-worker', (r) => r.rssBefore)))})`],
    ['the apply alone, items prevalidated: wall', spread(of('prevalidated', (r) => r.wall))],
    ['  CPU time', spread(of('prevalidated', (r) => r.cpu))],
    ['  peak RSS of the process (RSS before the apply)', `${spread(of('prevalidated', (r) => r.peak), mb)} (${mb(median(of('prevalidated', (r) => r.rssBefore)))})`],
    ['plain bulk insert of the same rows (values computed beforehand): wall', spread(of('plain', (r) => r.wall))],
    ['  CPU time', spread(of('plain', (r) => r.cpu))],
    ['ratio from the text (worker) / plain insert, per round', ratio('text-worker')],
    ['ratio from the text (this thread) / plain insert, per round', ratio('text-inline')],
    ['ratio apply alone / plain insert, per round', ratio('prevalidated')],
    ['ratio of the longest stalls, this thread / worker', `${(median(of('text-inline', (r) => r.stall)) / median(of('text-worker', (r) => r.stall))).toFixed(0)}x`],
    ['items inserted (text inline, worker, prevalidated, plain)', WAYS.map((w) => runs.get(w)![0]!.inserted).join(', ')],
  ],
);
