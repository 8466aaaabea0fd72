// A process killed in the middle of applyFull (SIGKILL: no exception handler, no rollback code runs)
// leaves the previous catalogue whole: the transaction's pages, already spilled into the WAL, are
// ignored on the next open because no commit frame follows them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CatalogueRepo, openDatabase } from '../../../main/store/index.ts';
import { item, snapshot } from './catalogue-fixtures.ts';

const storeIndex = resolve(import.meta.dirname, '../../../main/store/index.ts');

const child = `
import { readFileSync } from 'node:fs';
import { CatalogueRepo, openDatabase } from ${JSON.stringify(storeIndex)};
const db = openDatabase(process.env.CRASH_DB);
db.pragma('cache_size = 8'); // spill dirty pages to the WAL long before the commit
db.function('crash', () => process.kill(process.pid, 'SIGKILL'));
db.exec('CREATE TEMP TRIGGER crash_midway ' + process.env.CRASH_WHEN + ' BEGIN SELECT crash(); END');
new CatalogueRepo(db).applyFull(JSON.parse(readFileSync(process.env.CRASH_SNAPSHOT, 'utf8')));
process.exit(3);
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-catalogue-crash-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Where the process dies: at an item row halfway through, or after the last step before the commit
// (the version is written after the search index entries of the new rows, which come last).
const moments = [
  { when: 'at the insert of an item halfway through', trigger: (id: string) => `BEFORE INSERT ON catalogue_items WHEN NEW.id = '${id}'` },
  { when: 'after the index entries of the new rows are written', trigger: () => 'BEFORE INSERT ON catalogue_state' },
];

it.each(moments)('a process killed in applyFull $when leaves the previous catalogue', ({ trigger }) => {
  const path = join(dir, 'terminal.db');
  const old = Array.from({ length: 20 }, (_, i) => item({ seq: i + 1, name: `旧事项${i}号登记`, materials: ['旧材料'] }));
  const db = openDatabase(path);
  const r = new CatalogueRepo(db).applyFull(snapshot(1, old));
  expect(r.ok).toBe(true);
  db.close();

  const fresh = Array.from({ length: 400 }, (_, i) => item({ seq: 100 + i, name: `新事项${i}号证明`, condition: '新条件'.repeat(50) }));
  const file = join(dir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(snapshot(2, fresh)));
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', child], {
    env: { ...process.env, CRASH_DB: path, CRASH_SNAPSHOT: file, CRASH_WHEN: trigger(fresh[300]!.id) },
    encoding: 'utf8',
  });
  expect(run.stderr).not.toMatch(/Error/);
  expect(run.signal).toBe('SIGKILL');

  const reopened = openDatabase(path);
  const repo = new CatalogueRepo(reopened);
  expect(repo.version()).toBe(1);
  expect(repo.itemCount()).toBe(20);
  // The index holds the previous catalogue's entries and none of the new rows'.
  for (const table of ['catalogue_search', 'catalogue_search_guide', 'catalogue_search_grams']) {
    expect(reopened.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(20);
  }
  expect(repo.search('新事项')).toEqual([]);
  expect(repo.search('旧事项')).toHaveLength(20);
  expect(repo.search('jiushixiang', { limit: 100 })).toHaveLength(20);
  expect(repo.get(old[7]!.id)).toEqual(old[7]);
  // And the next sync goes through.
  expect(repo.applyFull(snapshot(2, fresh))).toMatchObject({ ok: true, value: { inserted: 400, deleted: 20 } });
  expect(repo.search('新事项', { limit: 100 })).toHaveLength(100);
  reopened.close();
});
