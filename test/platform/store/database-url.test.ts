// `platform.database` parsed once (sqlite:<path> or postgres://...), with errors that say what is
// wrong and never show a password; `?` parameters turned into PostgreSQL's $n outside quotes and comments.
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, redact, StorageError, toDollarParams } from '../../../platform/store/storage.ts';

describe('parseDatabaseUrl', () => {
  it('reads SQLite paths and PostgreSQL URLs', () => {
    expect(parseDatabaseUrl('sqlite:var/platform.db')).toEqual({ dialect: 'sqlite', path: 'var/platform.db' });
    expect(parseDatabaseUrl('sqlite:/srv/hall/platform.db')).toEqual({ dialect: 'sqlite', path: '/srv/hall/platform.db' });
    expect(parseDatabaseUrl('sqlite:///srv/hall/platform.db')).toEqual({ dialect: 'sqlite', path: '/srv/hall/platform.db' });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
    expect(parseDatabaseUrl(' postgres://hall:s3cret@db.example:5432/hall ')).toEqual({ dialect: 'postgres', url: 'postgres://hall:s3cret@db.example:5432/hall' });
    expect(parseDatabaseUrl('postgresql://hall@localhost/hall')).toEqual({ dialect: 'postgres', url: 'postgresql://hall@localhost/hall' });
    expect(parseDatabaseUrl('postgres:///hall?host=/var/run/postgresql')).toEqual({ dialect: 'postgres', url: 'postgres:///hall?host=/var/run/postgresql' });
  });

  it.each([
    ['', /neither sqlite:<path> nor postgres:\/\//],
    ['mysql://x@h/db', /neither sqlite:<path> nor postgres:\/\//],
    ['var/platform.db', /neither sqlite:<path> nor postgres:\/\//],
    ['sqlite:', /names no file/],
    ['postgres://hall@db.example:5432/', /names no database/],
    ['postgres://hall@db.example:5432', /names no database/],
    ['postgres:///hall', /names no host/],
    ['postgres://hall@db.example:99999/hall', /not a valid URL|port 99999/],
  ])('refuses %j, saying what is wrong', (text, message) => {
    expect(() => parseDatabaseUrl(text)).toThrow(StorageError);
    expect(() => parseDatabaseUrl(text)).toThrow(message);
  });

  it('never repeats a password in an error', () => {
    expect(() => parseDatabaseUrl('postgres://hall:s3cret@db.example:5432/')).toThrow(/postgres:\/\/hall:\*\*\*@db\.example:5432\//);
    expect(() => parseDatabaseUrl('postgres://hall:s3cret@db.example:5432/')).not.toThrow(/s3cret/);
    expect(redact('postgres://u:p%40ss@h/db')).toBe('postgres://u:***@h/db');
  });
});

describe('toDollarParams', () => {
  it('numbers ? in order, leaving strings, quoted names and comments alone', () => {
    expect(toDollarParams(`SELECT '?', "a?b", x FROM t WHERE a = ? AND b = ? -- why?\n AND c = ? /* ? */`, 3)).toBe(
      `SELECT '?', "a?b", x FROM t WHERE a = $1 AND b = $2 -- why?\n AND c = $3 /* ? */`,
    );
    expect(toDollarParams("SELECT 'it''s ?' AS s, ?", 1)).toBe("SELECT 'it''s ?' AS s, $1");
  });

  it('refuses a count that does not match the values', () => {
    expect(() => toDollarParams('SELECT ? + ?', 1)).toThrow(/2 \? parameter\(s\) and 1 value\(s\)/);
  });
});
