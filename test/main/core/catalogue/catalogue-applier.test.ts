// The catalogue applier: a catalogue answer parsed, validated and written on a worker thread with its
// own connection, while this thread goes on (timers fire, search answers from the previous
// catalogue), and every failure (a bad answer, a refused delta, a worker that dies) comes back as a
// value with the stored catalogue unchanged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyAnswer, inlineApplier, sizedApplier, WORKER_YOUNG_GENERATION_MB, WorkerApplier, type ApplyResult, type CatalogueApplier } from '../../../../main/core/catalogue/catalogue-applier.ts';
import type { ServiceItem } from '../../../../domain/catalogue.ts';
import { CatalogueRepo, openDatabase, type Db } from '../../../../main/store/index.ts';
import { departments, generateCatalogue, themes } from '../../../../platform/seed/index.ts';

let dir: string;
let path: string;
let db: Db;
let repo: CatalogueRepo;
const appliers: CatalogueApplier[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'applier-'));
  path = join(dir, 'terminal.db');
  db = openDatabase(path);
  repo = new CatalogueRepo(db);
});
afterEach(async () => {
  for (const a of appliers.splice(0)) await a.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function worker(url?: URL): WorkerApplier {
  const w = new WorkerApplier(path, url);
  appliers.push(w);
  return w;
}

const noDeletions = { items: [], departments: [], themes: [] };
function fullAnswer(version: number, items: readonly ServiceItem[]): string {
  return JSON.stringify({ version, full: true, items, departments, themes, deleted: noDeletions });
}
function deltaAnswer(version: number, items: readonly ServiceItem[], deletedItems: string[] = []): string {
  return JSON.stringify({ version, full: false, items, departments: [], themes: [], deleted: { ...noDeletions, items: deletedItems } });
}
function mustApply(r: ApplyResult): { full: boolean; inserted: number; updated: number; deleted: number } {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { full: r.value.full, inserted: r.value.stats.inserted, updated: r.value.stats.updated, deleted: r.value.stats.deleted };
}

const items = generateCatalogue({ count: 1200 });

describe('on a worker thread', () => {
  it('applies a full answer and then a delta; this connection searches the result', async () => {
    const w = worker();
    expect(mustApply(await w.apply(fullAnswer(1, items.slice(0, 200)), null, Date.UTC(2026, 10, 25, 2)))).toEqual({ full: true, inserted: 200, updated: 0, deleted: 0 });
    expect(repo.version()).toBe(1);
    expect(repo.syncedAt()).toBe(Date.UTC(2026, 10, 25, 2));
    expect(repo.itemCount()).toBe(200);
    const renamed = { ...items[0]!, name: '居民身份证换领（工作线程）' };
    expect(mustApply(await w.apply(deltaAnswer(2, [renamed], [items[1]!.id]), 1, Date.UTC(2026, 10, 25, 3)))).toEqual({ full: false, inserted: 0, updated: 1, deleted: 1 });
    expect(repo.search('工作线程').map((h) => h.id)).toEqual([renamed.id]);
    expect(repo.get(items[1]!.id)).toBeNull();
    expect(repo.version()).toBe(2);
  });

  it('keeps this thread turning: timers fire and search answers from the previous catalogue until the commit', async () => {
    const w = worker();
    mustApply(await w.apply(fullAnswer(1, items.slice(0, 10)), null, 1));
    const before = repo.search('证').map((h) => h.id);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let ticksWhileApplying = -1;
    const applying = w.apply(fullAnswer(2, items), 1, 2).then((r) => {
      ticksWhileApplying = ticks;
      return r;
    });
    // This thread is not blocked: it searches while the worker parses and writes 1,200 items.
    const during = repo.search('证').map((h) => h.id);
    const done = mustApply(await applying);
    clearInterval(timer);
    expect(during).toEqual(before);
    expect(ticksWhileApplying).toBeGreaterThan(0);
    expect(done.inserted).toBe(1190);
    expect(repo.itemCount()).toBe(1200);
    expect(repo.search('证').length).toBe(20);
  });

  it('a write on this connection during an apply waits for the commit and is kept (nothing lost)', async () => {
    const w = worker();
    mustApply(await w.apply(fullAnswer(1, items.slice(0, 10)), null, 1));
    db.exec('CREATE TABLE IF NOT EXISTS test_writes (n INTEGER NOT NULL) STRICT');
    const applying = w.apply(fullAnswer(2, items), 1, 2);
    // Let the worker take the write lock, then write from this thread while it holds it.
    let written = 0;
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        db.prepare('INSERT INTO test_writes (n) VALUES (?)').run(++written);
        if (written === 20) {
          clearInterval(tick);
          resolve();
        }
      }, 10);
    });
    mustApply(await applying);
    expect(db.prepare('SELECT count(*) AS n FROM test_writes').get()).toEqual({ n: 20 });
    expect(repo.itemCount()).toBe(1200);
  });

  it('refuses a bad answer or a delta that does not fit, and keeps the catalogue', async () => {
    const w = worker();
    mustApply(await w.apply(fullAnswer(1, items.slice(0, 5)), null, 1));
    const bad = await w.apply('{"version": 2, "full": true, "items": [{"id": 1}]', null, 2);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.kind).toBe('answer');
      expect(bad.error.error.code).toBe('platform.badResponse');
    }
    const invalid = await w.apply(fullAnswer(2, [{ ...items[0]!, name: '' }]), null, 2);
    expect(!invalid.ok && invalid.error.kind).toBe('answer');
    const misfit = await w.apply(deltaAnswer(9, []), 7, 3);
    expect(!misfit.ok && misfit.error.kind === 'catalogue' && misfit.error.error.code).toBe('catalogue.versionMismatch');
    expect(repo.version()).toBe(1);
    expect(repo.itemCount()).toBe(5);
  });

  it('reports a worker that dies as a failure, and starts a new one for the next apply', async () => {
    const dying = join(dir, 'dying-worker.mjs');
    writeFileSync(dying, 'process.exit(3);\n');
    const r = await worker(pathToFileURL(dying)).apply(fullAnswer(1, items.slice(0, 5)), null, 1);
    expect(!r.ok && r.error.kind).toBe('worker');
    expect(!r.ok && r.error.error.message).toMatch(/exit 3/);
    expect(repo.version()).toBeNull();

    const w = worker();
    await w.close();
    mustApply(await w.apply(fullAnswer(1, items.slice(0, 5)), null, 1));
    expect(repo.itemCount()).toBe(5);
  });

  it("starts its worker with a small young generation (a big answer's garbage would grow it to hundreds of MB)", async () => {
    // A worker that answers with the limits it was started with.
    const telling = join(dir, 'telling-worker.mjs');
    writeFileSync(
      telling,
      "import { parentPort, resourceLimits } from 'node:worker_threads';\n" +
        "parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, result: { ok: false, error: { kind: 'worker', error: { code: 'internal', message: JSON.stringify(resourceLimits) } } } }));\n",
    );
    const r = await worker(pathToFileURL(telling)).apply(fullAnswer(1, []), null, 1);
    expect(r.ok).toBe(false);
    const limits = JSON.parse(!r.ok ? r.error.error.message : '{}') as { maxYoungGenerationSizeMb?: number };
    expect(limits.maxYoungGenerationSizeMb).toBe(WORKER_YOUNG_GENERATION_MB);
  });

  it('answers an apply still running at close() with a failure', async () => {
    const w = worker();
    const running = w.apply(fullAnswer(1, items), null, 1);
    await w.close();
    const r = await running;
    expect(!r.ok && r.error.kind).toBe('worker');
  });
});

describe('by size', () => {
  it('applies a small answer on this thread and gives a big one to the worker', async () => {
    // A worker that cannot start shows which applier took the answer.
    const dying = join(dir, 'dying-worker.mjs');
    writeFileSync(dying, 'process.exit(3);\n');
    const small = fullAnswer(1, items.slice(0, 5));
    const big = fullAnswer(2, items.slice(0, 50));
    const sized = sizedApplier(inlineApplier(repo), worker(pathToFileURL(dying)), big.length);
    mustApply(await sized.apply(small, null, 1));
    expect(repo.itemCount()).toBe(5);
    const r = await sized.apply(big, 1, 2);
    expect(!r.ok && r.error.kind).toBe('worker');
    expect(repo.itemCount()).toBe(5);
  });
});

describe('on this thread', () => {
  it('gives the same results as the worker', async () => {
    const inline = inlineApplier(repo);
    const r = await inline.apply(fullAnswer(1, items.slice(0, 50)), null, 1);
    expect(mustApply(r)).toEqual({ full: true, inserted: 50, updated: 0, deleted: 0 });
    expect(mustApply(applyAnswer(repo, deltaAnswer(2, [], [items[0]!.id]), 1))).toEqual({ full: false, inserted: 0, updated: 0, deleted: 1 });
    expect(repo.itemCount()).toBe(49);
  });
});
