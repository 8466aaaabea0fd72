// The cached queue set-up in SQLite: checked before it is stored and when read, replaced whole, and
// carried over from the meta key an earlier version kept (migration 0006).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetaRepo, openDatabase, QueueSetupRepo, type Db } from '../../../main/store/index.ts';
import { migrations } from '../../../main/store/migrations/index.ts';
import { businessCategories, windows } from '../../../platform/seed/index.ts';

const setup = { businessDate: '2026-11-24', categories: businessCategories, windows };
const T = Date.parse('2026-11-24T09:00:00+08:00');

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-queue-setup-'));
  db = openDatabase(join(dir, 'terminal.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('QueueSetupRepo', () => {
  it('has nothing before the first set-up, then keeps it across a reopen', () => {
    expect(new QueueSetupRepo(db).get()).toBeNull();
    expect(new QueueSetupRepo(db).save(setup, T)).toMatchObject({ ok: true, value: { fetchedAt: T } });
    db.close();
    db = openDatabase(join(dir, 'terminal.db'));
    const stored = new QueueSetupRepo(db).get();
    expect(stored).toMatchObject({ businessDate: '2026-11-24', fetchedAt: T });
    expect(stored?.categories.map((c) => [c.id, c.prefix, c.hours])).toEqual(businessCategories.map((c) => [c.id, c.prefix, c.hours]));
    expect(stored?.windows.map((w) => w.id)).toEqual(windows.map((w) => w.id));
  });

  it.each([
    ['a category that does not match the schema', { ...setup, categories: [{ ...businessCategories[0]!, prefix: 'a' }] }, 'categories.0.prefix'],
    ['two categories with one prefix', { ...setup, categories: [businessCategories[0]!, { ...businessCategories[1]!, prefix: businessCategories[0]!.prefix }] }, 'prefix'],
    ['two categories with one id', { ...setup, categories: [businessCategories[0]!, businessCategories[0]!] }, 'appears twice'],
    ['no business date', { ...setup, businessDate: 'today' }, 'businessDate'],
  ])('refuses %s and keeps the copy it had', (_why, bad, said) => {
    const repo = new QueueSetupRepo(db);
    repo.save(setup, T);
    const r = repo.save(bad, T + 60_000);
    expect(r).toMatchObject({ ok: false, error: { code: 'queue.invalidConfig' } });
    expect(!r.ok && r.error.message).toContain(said);
    expect(repo.get()).toMatchObject({ fetchedAt: T, categories: expect.arrayContaining([expect.objectContaining({ id: businessCategories[1]!.id })]) });
  });

  it('reads a row it cannot understand as no copy (another format, a damaged body)', () => {
    const repo = new QueueSetupRepo(db);
    repo.save(setup, T);
    db.prepare('UPDATE queue_setup SET format = 2').run();
    expect(repo.get()).toBeNull();
    db.prepare("UPDATE queue_setup SET format = 1, body = '{\"categories\": 7'").run();
    expect(repo.get()).toBeNull();
  });

  it('carries over the set-up an earlier version kept in meta, with its fetch time unknown', () => {
    const path = join(dir, 'old.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 5) });
    new MetaRepo(old).set('queue.setup', JSON.stringify({ businessDate: '2026-11-20', categories: businessCategories }));
    old.close();
    const upgraded = openDatabase(path);
    try {
      expect(new QueueSetupRepo(upgraded).get()).toMatchObject({ businessDate: '2026-11-20', fetchedAt: null, windows: [] });
      expect(new QueueSetupRepo(upgraded).get()?.categories).toHaveLength(businessCategories.length);
      expect(new MetaRepo(upgraded).get('queue.setup')).toBeNull();
    } finally {
      upgraded.close();
    }
  });
});
