import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogueRepo, openDatabase, type Db } from '../../../main/store/index.ts';
import { codesOf, department, fixedClock, item, snapshot, theme } from './catalogue-fixtures.ts';

let dir: string;
let db: Db;
let clock: ReturnType<typeof fixedClock>;
let repo: CatalogueRepo;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-catalogue-'));
  db = openDatabase(join(dir, 'terminal.db'));
  clock = fixedClock();
  repo = new CatalogueRepo(db, { clock });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const idcard = item({ seq: 1, name: '居民身份证换领', keywords: ['身份证到期'], themes: ['move'] });
const passport = item({ seq: 2, name: '普通护照签发', keywords: ['办护照'] });
const licence = item({ seq: 1, dept: 'amr', name: '营业执照补领', serverType: ['2'] });
const fund = item({ seq: 1, dept: 'hf', name: '住房公积金提取', kiosk: true });
const base = [idcard, passport, licence, fund];
const moveTheme = theme('move', '迁居', [fund.id, passport.id]);

const names = (hits: { name: string }[]): string[] => hits.map((h) => h.name);

function expectOk<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('CatalogueRepo.applyFull', () => {
  it('stores items, departments and themes with the version and the sync time', () => {
    expect(repo.version()).toBeNull();
    expect(repo.syncedAt()).toBeNull();
    const stats = expectOk(repo.applyFull(snapshot(7, base, [moveTheme])));
    expect(stats).toEqual({ version: 7, inserted: 4, updated: 0, unchanged: 0, deleted: 0 });
    expect(repo.version()).toBe(7);
    expect(repo.syncedAt()).toBe(clock.now());
    expect(repo.itemCount()).toBe(4);
    expect(repo.get(idcard.id)).toEqual(idcard);
    expect(repo.get('nope')).toBeNull();
    expect(repo.listDepartments().map((d) => d.shortName)).toEqual(['公安分局', '区市场监管局', '市公积金中心']);
    expect(repo.listThemes()).toEqual([moveTheme]);
  });

  it("lists a theme's items in the theme's order, then the items that name the theme themselves", () => {
    expectOk(repo.applyFull(snapshot(1, base, [moveTheme])));
    expect(names(repo.listByTheme('move'))).toEqual(['住房公积金提取', '普通护照签发', '居民身份证换领']);
    expect(repo.listByTheme('unknown')).toEqual([]);
  });

  it('writes only what changed on the next full sync, and removes what is gone', () => {
    expectOk(repo.applyFull(snapshot(1, base)));
    clock.advance(60_000);
    const renamed = { ...passport, name: '普通护照签发（首次申请）' };
    const stats = expectOk(repo.applyFull(snapshot(2, [idcard, renamed, fund])));
    expect(stats).toEqual({ version: 2, inserted: 0, updated: 1, unchanged: 2, deleted: 1 });
    expect(repo.syncedAt()).toBe(clock.now());
    expect(repo.get(licence.id)).toBeNull();
    expect(repo.search('营业执照')).toEqual([]);
    expect(names(repo.search('首次申请'))).toEqual(['普通护照签发（首次申请）']);
    expect(repo.get(passport.id)?.name).toBe('普通护照签发（首次申请）');
  });

  it('rebuilds from nothing on request, with the same search results', () => {
    expectOk(repo.applyFull(snapshot(1, base)));
    const before = repo.search('证');
    expect(expectOk(repo.applyFull(snapshot(2, base), { rebuild: true }))).toMatchObject({ inserted: 4, unchanged: 0 });
    expect(repo.search('证')).toEqual(before);
  });

  it('keeps stored forms when the snapshot brings none, and replaces them when it does', () => {
    const form = { id: 'f1', itemId: idcard.id, version: 1, title: '申领登记表', sections: [] };
    expectOk(repo.applyFull({ ...snapshot(1, base), forms: [form] }));
    expect(repo.getForm('f1')).toEqual(form);
    expectOk(repo.applyFull(snapshot(2, base)));
    expect(repo.formsOf(idcard.id)).toEqual([form]);
    expectOk(repo.applyFull({ ...snapshot(3, base), forms: [{ ...form, id: 'f2' }] }));
    expect(repo.getForm('f1')).toBeNull();
    expect(repo.formsOf(idcard.id).map((f) => f.id)).toEqual(['f2']);
  });

  it('refuses an invalid record, naming it, and changes nothing', () => {
    expectOk(repo.applyFull(snapshot(1, base)));
    const bad = { ...item({ seq: 9, name: '坏事项' }), catalogCode: 'lower-case!' };
    const r = repo.applyFull(snapshot(2, [item({ seq: 8, name: '新事项' }), bad, ...base.slice(1)]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('catalogue.invalid');
    expect(r.error.message).toContain(bad.id);
    expect(r.error.code === 'catalogue.invalid' && r.error.details.issues[0]).toMatchObject({ kind: 'item', index: 1, path: 'catalogCode' });
    expect(repo.version()).toBe(1);
    expect(repo.itemCount()).toBe(4);
    expect(repo.search('新事项')).toEqual([]);
    expect(names(repo.search('身份证'))).toEqual(['居民身份证换领']);
  });

  it('leaves nothing of a refused apply in the index: its rows and their numbers are free again', () => {
    expectOk(repo.applyFull(snapshot(1, base)));
    const refused = repo.applyFull(snapshot(2, [item({ seq: 8, name: '幽灵事项' }), { ...item({ seq: 9, name: '坏事项' }), catalogCode: 'x' }, ...base]));
    expect(refused).toMatchObject({ ok: false, error: { code: 'catalogue.invalid' } });
    const renamed = { ...passport, name: '普通护照换发' };
    expect(expectOk(repo.applyFull(snapshot(2, [idcard, renamed, licence, fund])))).toMatchObject({ inserted: 0, updated: 1 });
    const rows = (table: string): number[] => db.prepare<[], number>(`SELECT rowid FROM ${table} ORDER BY rowid`).pluck().all();
    const items = db.prepare<[], number>('SELECT no FROM catalogue_items ORDER BY no').pluck().all();
    for (const table of ['catalogue_search', 'catalogue_search_guide', 'catalogue_search_grams']) expect(rows(table)).toEqual(items);
    expect(repo.search('幽灵事项')).toEqual([]);
    expect(names(repo.search('护照'))).toEqual(['普通护照换发']);
    expect(repo.search('签发')).toEqual([]);
    // The refused apply's row number goes to the next new item.
    expectOk(repo.applyFull(snapshot(3, [item({ seq: 7, name: '出生医学证明' }), ...base])));
    expect(names(repo.search('出生医学证明'))).toEqual(['出生医学证明']);
    expect(names(repo.search('csyx'))).toEqual(['出生医学证明']);
  });

  it('trusts items the caller says are validated, checking only the fields the cache reads', () => {
    expect(expectOk(repo.applyFull(snapshot(1, base), { itemsPrevalidated: true }))).toMatchObject({ inserted: 4 });
    expect(repo.get(fund.id)).toEqual(fund);
    expect(names(repo.search('gjj'))).toEqual(['住房公积金提取']);
    const broken = { ...passport, name: 42 } as unknown as typeof passport;
    const r = repo.applyFull(snapshot(2, [idcard, broken]), { itemsPrevalidated: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'catalogue.invalid', details: { issues: [{ kind: 'item', index: 1, id: passport.id, path: 'name' }] } } });
    expect(repo.version()).toBe(1);
  });

  it('refuses a snapshot that lists an id twice', () => {
    const r = repo.applyFull(snapshot(1, [idcard, passport, idcard]));
    expect(r).toMatchObject({ ok: false, error: { code: 'catalogue.invalid' } });
    expect(repo.version()).toBeNull();
    expect(repo.itemCount()).toBe(0);
  });
});

/** Makes the next write of `id` fail inside SQLite, as a full disk or an I/O error would. */
function failOnWriteOf(id: string, op: 'INSERT' | 'UPDATE' | 'DELETE'): void {
  const row = op === 'DELETE' ? 'OLD' : 'NEW';
  db.exec(
    `CREATE TEMP TRIGGER fail_midway BEFORE ${op} ON catalogue_items WHEN ${row}.id = '${id}' ` +
      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
  );
}

describe('a hall\'s share of the city catalogue (the platform sends a hall its own items)', () => {
  it('lists only departments with an item held, and themes cut to the items held', () => {
    const work = theme('work', '就业', [licence.id], 'person', 2);
    // Held: the ID card (names "move" itself) and the passport; the city's departments and themes whole.
    expectOk(repo.applyFull(snapshot(1, [idcard, passport], [moveTheme, work, theme('fund', '公积金', [fund.id], 'person', 3)])));
    expect(repo.listDepartments().map((d) => d.shortName)).toEqual(['公安分局']);
    // "move" lists the fund (not held) and the passport; "work" and "fund" hold nothing here.
    expect(repo.listThemes()).toEqual([{ ...moveTheme, itemIds: [passport.id] }]);
    expect(names(repo.listByTheme('move'))).toEqual(['普通护照签发', '居民身份证换领']);
    // Only items naming the theme themselves are held: those stand as its items.
    expectOk(repo.applyFull(snapshot(2, [idcard], [moveTheme])));
    expect(repo.listThemes()).toEqual([{ ...moveTheme, itemIds: [idcard.id] }]);
    // The whole catalogue held: every department and theme as sent.
    expectOk(repo.applyFull(snapshot(3, base, [moveTheme])));
    expect(repo.listThemes()).toEqual([moveTheme]);
    expect(repo.listDepartments()).toHaveLength(3);
  });
});

describe('a failure midway leaves the previous catalogue whole and searchable', () => {
  const added = Array.from({ length: 30 }, (_, i) => item({ seq: 100 + i, name: `新增事项${i}号证明` }));

  function expectPrevious(): void {
    expect(repo.version()).toBe(1);
    expect(repo.itemCount()).toBe(4);
    expect(repo.get(passport.id)).toEqual(passport);
    expect(names(repo.search('护照'))).toEqual(['普通护照签发']);
    expect(names(repo.search('huzhao'))).toEqual(['普通护照签发']);
    expect(names(repo.search('营业执照'))).toEqual(['营业执照补领']);
    expect(repo.search('新增事项')).toEqual([]);
    expect(repo.search('新名称')).toEqual([]);
  }

  beforeEach(() => {
    expectOk(repo.applyFull(snapshot(1, base)));
  });

  it('in applyFull, at an insert halfway through', () => {
    failOnWriteOf(added[15]!.id, 'INSERT');
    const r = repo.applyFull(snapshot(2, [...added, { ...passport, name: '新名称' }, idcard, fund]));
    expect(r).toMatchObject({ ok: false, error: { code: 'catalogue.writeFailed' } });
    expect(!r.ok && r.error.message).toContain('injected failure');
    expectPrevious();
  });

  it('in applyFull, at the deletion of a missing item after all the writes', () => {
    failOnWriteOf(licence.id, 'DELETE');
    const r = repo.applyFull(snapshot(2, [...added, { ...passport, name: '新名称' }, idcard, fund]));
    expect(r).toMatchObject({ ok: false, error: { code: 'catalogue.writeFailed' } });
    expectPrevious();
  });

  it('in applyFull, when a bug throws halfway: the exception propagates, nothing is kept', () => {
    const poisoned = {
      ...added[15]!,
      toJSON() {
        throw new Error('a bug');
      },
    };
    const items = [...added.slice(0, 15), poisoned, ...added.slice(16), { ...passport, name: '新名称' }, idcard, fund];
    expect(() => repo.applyFull(snapshot(2, items), { itemsPrevalidated: true })).toThrow('a bug');
    expectPrevious();
  });

  it('in applyDelta, at an update after inserts', () => {
    failOnWriteOf(passport.id, 'UPDATE');
    const r = repo.applyDelta({
      fromVersion: 1,
      toVersion: 2,
      upserts: { items: [...added, { ...passport, name: '新名称' }] },
      deletions: { items: [licence.id] },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'catalogue.writeFailed' } });
    expectPrevious();
    // The failure is gone: the same delta now applies.
    db.exec('DROP TRIGGER fail_midway');
    expectOk(repo.applyDelta({ fromVersion: 1, toVersion: 2, upserts: { items: [{ ...passport, name: '新名称' }] }, deletions: {} }));
    expect(names(repo.search('新名称'))).toEqual(['新名称']);
  });
});

describe('CatalogueRepo.applyDelta', () => {
  beforeEach(() => {
    expectOk(repo.applyFull(snapshot(1, base, [moveTheme])));
  });

  it('refuses a delta that does not start from the stored version, changing nothing', () => {
    const r = repo.applyDelta({ fromVersion: 2, toVersion: 3, upserts: { items: [{ ...idcard, name: '改名' }] }, deletions: {} });
    expect(r).toEqual({
      ok: false,
      error: { code: 'catalogue.versionMismatch', message: expect.stringContaining('version 1') as unknown, details: { stored: 1, fromVersion: 2 } },
    });
    expect(repo.version()).toBe(1);
    expect(repo.get(idcard.id)?.name).toBe('居民身份证换领');
  });

  it('refuses any delta before the first full sync', () => {
    const fresh = openDatabase(':memory:');
    const empty = new CatalogueRepo(fresh);
    expect(empty.applyDelta({ fromVersion: 0, toVersion: 1, upserts: {}, deletions: {} })).toMatchObject({
      ok: false,
      error: { code: 'catalogue.versionMismatch', details: { stored: null, fromVersion: 0 } },
    });
    fresh.close();
  });

  it('applies changes and deletions; deleted items leave search, get and themes', () => {
    clock.advance(5_000);
    const added = item({ seq: 3, name: '临时居民身份证申领', themes: ['move'] });
    const stats = expectOk(
      repo.applyDelta({
        fromVersion: 1,
        toVersion: 2,
        upserts: { items: [added, { ...idcard, keywords: ['换身份证'] }] },
        deletions: { items: [passport.id, 'not-stored'] },
      }),
    );
    expect(stats).toEqual({ version: 2, inserted: 1, updated: 1, unchanged: 0, deleted: 1 });
    expect(repo.version()).toBe(2);
    expect(repo.syncedAt()).toBe(clock.now());
    expect(repo.get(passport.id)).toBeNull();
    expect(repo.search('护照')).toEqual([]);
    expect(repo.search('huzhao')).toEqual([]);
    expect(repo.search(passport.taskCode)).toEqual([]);
    expect(names(repo.listByTheme('move'))).toEqual(['住房公积金提取', '居民身份证换领', '临时居民身份证申领']);
    expect(names(repo.search('身份证'))).toEqual(['居民身份证换领', '临时居民身份证申领']);
    expect(repo.search('换身份证')[0]).toMatchObject({ id: idcard.id, match: { field: 'keyword', kind: 'exact' } });
    expect(repo.search('身份证到期')).toEqual([]);
  });

  it('updates and deletes departments, themes and forms', () => {
    const form = { id: 'f1', itemId: idcard.id, version: 2 };
    expectOk(
      repo.applyDelta({
        fromVersion: 1,
        toVersion: 2,
        upserts: { departments: [{ ...department('ps'), shortName: '公安' }], themes: [theme('birth', '出生', [idcard.id], 'person', 0)], forms: [form] },
        deletions: { departments: [department('hf').code], themes: ['move'] },
      }),
    );
    expect(repo.listDepartments().map((d) => d.shortName)).toEqual(['公安', '区市场监管局']);
    expect(repo.listThemes().map((t) => t.code)).toEqual(['birth']);
    expect(repo.listByTheme('move')).toEqual([]);
    expect(repo.search('身份证', { themeId: 'move' })).toEqual([]);
    expect(repo.getForm('f1')).toEqual(form);
    expectOk(repo.applyDelta({ fromVersion: 2, toVersion: 3, upserts: {}, deletions: { forms: ['f1'] } }));
    expect(repo.getForm('f1')).toBeNull();
  });

  it('refuses a delta that goes backwards or both changes and deletes an item', () => {
    expect(repo.applyDelta({ fromVersion: 1, toVersion: 0, upserts: {}, deletions: {} })).toMatchObject({ ok: false, error: { code: 'catalogue.invalid' } });
    const both = repo.applyDelta({ fromVersion: 1, toVersion: 2, upserts: { items: [{ ...idcard, name: '改名' }] }, deletions: { items: [idcard.id] } });
    expect(both).toMatchObject({ ok: false, error: { code: 'catalogue.invalid' } });
    expect(repo.version()).toBe(1);
    expect(repo.get(idcard.id)).toEqual(idcard);
  });
});

describe('persistence', () => {
  it('keeps the catalogue, its index and the use counts across a reopen', () => {
    const path = join(dir, 'terminal.db');
    expectOk(repo.applyFull({ ...snapshot(4, base, [moveTheme]), forms: [{ id: 'f1', itemId: fund.id, version: 1 }] }));
    repo.recordUse(passport.id);
    db.close();
    db = openDatabase(path);
    const again = new CatalogueRepo(db);
    expect(again.version()).toBe(4);
    expect(again.syncedAt()).toBe(clock.now());
    expect(again.get(licence.id)).toEqual(licence);
    expect(names(again.search('yyzz'))).toEqual(['营业执照补领']);
    expect(names(again.search('护'))).toEqual(['普通护照签发']);
    expect(again.search(codesOf({ seq: 1, dept: 'hf' }).catalogCode)[0]?.id).toBe(fund.id);
    expect(names(again.listByTheme('move'))).toEqual(['住房公积金提取', '普通护照签发', '居民身份证换领']);
    expect(again.formsOf(fund.id)).toHaveLength(1);
  });
});

describe('the items that name a form (forms.list)', () => {
  it('finds the guides with a blank form reference, and counts what was opened here', () => {
    const withForm = { ...fund, materials: fund.materials.map((m) => ({ ...m, blankForm: 'forms/fund-withdrawal.pdf', sample: 'forms/fund-withdrawal-sample.pdf' })) };
    // A material with another document (a template) is no form reference; an empty catalogue names none.
    const otherDoc = { ...passport, materials: passport.materials.map((m) => ({ ...m, blankForm: 'templates/passport.pdf', sample: null })) };
    expect(repo.itemsNamingForms()).toEqual([]);
    expectOk(repo.applyFull(snapshot(1, [idcard, otherDoc, licence, withForm])));
    expect(repo.itemsNamingForms()).toEqual([withForm.id]);
    expect(repo.itemUses().size).toBe(0);
    repo.recordUse(withForm.id);
    repo.recordUse(withForm.id);
    repo.recordUse(idcard.id);
    expect(repo.itemUses()).toEqual(new Map([[withForm.id, 2], [idcard.id, 1]]));
  });
});
