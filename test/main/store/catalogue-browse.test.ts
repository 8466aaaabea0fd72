import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogueRepo, openDatabase, type Db } from '../../../main/store/index.ts';
import { migrations } from '../../../main/store/migrations/index.ts';
import { department, fixedClock, item, snapshot } from './catalogue-fixtures.ts';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-browse-'));
  db = openDatabase(join(dir, 't.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const noVisit = { ...item({ seq: 1, name: '公积金提取', dept: 'hf' }), visitsRequired: 0 as const, onlineDepth: 'IV', isOnline: true, onlineUrl: 'https://zwfw.example.gov.cn/x' };
const twoVisits = { ...item({ seq: 2, name: '公积金贷款', dept: 'hf', serverType: ['2'] }), visitsRequired: 2 as const };
const police = item({ seq: 3, name: '身份证换领', dept: 'ps' });

describe('visits required in search hits and listings', () => {
  it('search and the department listing carry each item visits and nothing else changes', () => {
    const repo = new CatalogueRepo(db, { clock: fixedClock() });
    expect(repo.applyFull(snapshot(1, [noVisit, twoVisits, police])).ok).toBe(true);
    expect(repo.search('公积金').map((h) => [h.name, h.visitsRequired])).toEqual(
      expect.arrayContaining([
        ['公积金提取', 0],
        ['公积金贷款', 2],
      ]),
    );
    expect(repo.listByDepartment(department('hf').code).map((i) => [i.name, i.visitsRequired])).toEqual([
      ['公积金提取', 0],
      ['公积金贷款', 2],
    ]);
    expect(repo.listByDepartment(department('ps').code).map((i) => i.name)).toEqual(['身份证换领']);
    expect(repo.listByDepartment('no-such-dept')).toEqual([]);
  });

  it('a changed visit count is written by a later sync', () => {
    const repo = new CatalogueRepo(db, { clock: fixedClock() });
    repo.applyFull(snapshot(1, [police]));
    repo.applyFull(snapshot(2, [{ ...police, visitsRequired: 2 }]));
    expect(repo.search('身份证')[0]?.visitsRequired).toBe(2);
  });

  it('serves() uses the same audience codes as the search filter', () => {
    const repo = new CatalogueRepo(db, { clock: fixedClock() });
    repo.applyFull(snapshot(1, [noVisit, twoVisits]));
    const [a, b] = repo.listByDepartment(department('hf').code);
    expect([repo.serves(a!, 'person'), repo.serves(a!, 'enterprise')]).toEqual([true, false]);
    expect([repo.serves(b!, 'person'), repo.serves(b!, 'enterprise')]).toEqual([false, true]);
    expect(repo.search('公积金', { audience: 'enterprise' }).map((h) => h.name)).toEqual(['公积金贷款']);
  });
});

describe('migration 8', () => {
  it('fills the visits of items cached before it from their stored guides', () => {
    const path = join(dir, 'old.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 7) });
    // Written by version 7's writer: no visits column; the guide JSON has them.
    const repoless = old.prepare(
      `INSERT INTO catalogue_items (id, hash, level, name, catalog_code, task_code, dept_code, dept_name, server_types,
        kiosk_handled, bookable, is_online, name_norm, keywords_norm, name_pinyin, name_initials, keyword_pinyin, keyword_initials, dept_norm)
       VALUES (?, 'h', 'main', ?, 'c', 't', 'd', 'dn', ',1,', 0, 0, 0, '', '', '', '', '', '', '')`,
    );
    const doc = old.prepare('INSERT INTO catalogue_item_docs (no, json) VALUES (?, ?)');
    for (const [no, it] of [
      [1, twoVisits],
      [2, noVisit],
    ] as const) {
      repoless.run(it.id, it.name);
      doc.run(no, JSON.stringify(it));
    }
    old.close();
    const upgraded = openDatabase(path);
    expect(upgraded.prepare('SELECT name, visits_required AS v FROM catalogue_items ORDER BY no').all()).toEqual([
      { name: '公积金贷款', v: 2 },
      { name: '公积金提取', v: 0 },
    ]);
    upgraded.close();
  });
});
