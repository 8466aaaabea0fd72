// Opens the terminal's SQLite database (WAL, foreign keys) and brings its schema up to date, applying
// each numbered migration exactly once, in one transaction each. A database written by a newer
// terminal is refused rather than misread.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations as allMigrations, type Migration } from './migrations/index.ts';

export type Db = Database.Database;

/** How long a write waits for another connection's transaction before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 60_000;

export class StoreError extends Error {
  override name = 'StoreError';
}

export interface OpenOptions {
  /** For tests of the migration runner itself. */
  readonly migrations?: readonly Migration[];
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? allMigrations;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new StoreError(`migration "${m.name}" is numbered ${m.version}, expected ${i + 1}`);
  });
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
  } catch (e) {
    throw new StoreError(`cannot open the database at ${path}: ${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // SQLite has one writer. The catalogue worker (main/core/catalogue-applier.ts) holds the write lock
    // for a whole apply, seconds for a large full sync on a slow kiosk; a write on another connection
    // meanwhile (an evaluation into the outbox) must wait for it rather than fail with SQLITE_BUSY.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db, migrations, path);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: readonly Migration[], path: string): void {
  const current = schemaVersion(db);
  const known = migrations.length;
  if (current > known) {
    throw new StoreError(
      `the database at ${path} has schema version ${current}, newer than this terminal knows (${known}): ` +
        'it was written by a newer version of the terminal software; update the software, do not delete the file',
    );
  }
  for (const m of migrations.slice(current)) {
    const apply = db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      apply();
    } catch (e) {
      throw new StoreError(`migration ${m.version} (${m.name}) failed and was rolled back: ${(e as Error).message}`);
    }
  }
}
