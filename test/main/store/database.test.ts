import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetaRepo, openDatabase, schemaVersion, StoreError } from '../../../main/store/index.ts';
import { migrations } from '../../../main/store/migrations/index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('opens in WAL mode with foreign keys on and the schema up to date', () => {
    const db = openDatabase(join(dir, 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });

  it('applies each migration exactly once across reopenings', () => {
    const counted = [
      { version: 1, name: 'one', sql: 'CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);' },
    ] as const;
    const path = join(dir, 'b.db');
    openDatabase(path, { migrations: counted }).close();
    const db = openDatabase(path, { migrations: counted });
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    db.close();
    const more = [...counted, { version: 2, name: 'two', sql: 'INSERT INTO t VALUES (2);' }];
    const db2 = openDatabase(path, { migrations: more });
    expect(db2.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2 });
    expect(schemaVersion(db2)).toBe(2);
    db2.close();
  });

  it('refuses a database from a newer schema with a clear error, leaving it untouched', () => {
    const path = join(dir, 'c.db');
    const db = openDatabase(path);
    db.pragma(`user_version = ${migrations.length + 3}`);
    new MetaRepo(db).set('keep', 'me');
    db.close();
    expect(() => openDatabase(path)).toThrow(StoreError);
    expect(() => openDatabase(path)).toThrow(/schema version \d+, newer than this terminal knows/);
    const raw = openDatabase(path, { migrations: Array.from({ length: migrations.length + 3 }, (_, i) => ({ version: i + 1, name: `m${i}`, sql: '' })) });
    expect(new MetaRepo(raw).get('keep')).toBe('me');
    raw.close();
  });

  it('rolls a failing migration back whole and says which one failed', () => {
    const path = join(dir, 'd.db');
    const bad = [
      { version: 1, name: 'good', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => openDatabase(path, { migrations: bad })).toThrow('migration 2 (broken) failed and was rolled back');
    const db = openDatabase(path, { migrations: bad.slice(0, 1) });
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });

  it('refuses migrations that are not numbered in order', () => {
    expect(() => openDatabase(':memory:', { migrations: [{ version: 2, name: 'x', sql: '' }] })).toThrow('numbered 2, expected 1');
  });
});

describe('MetaRepo', () => {
  it('stores, overwrites and initialises once', () => {
    const db = openDatabase(':memory:');
    const meta = new MetaRepo(db);
    expect(meta.get('a')).toBeNull();
    expect(meta.getOrInit('a', 'first')).toBe('first');
    expect(meta.getOrInit('a', 'second')).toBe('first');
    meta.set('a', 'third');
    expect(meta.get('a')).toBe('third');
    db.close();
  });
});
