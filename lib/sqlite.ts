// Opens a SQLite database (WAL, foreign keys) and brings its schema up to date, applying each
// numbered migration exactly once, in one transaction each. A database written by newer software is
// refused rather than misread. Shared by the terminal's store and the reference platform's; each
// passes its own migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/** One numbered schema step. Append only: a released migration is never edited, a change is a new number. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** How long a write waits for another connection's transaction before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 60_000;

export class StoreError extends Error {
  override name = 'StoreError';
}

/** `software` names what wrote the file, for the error that refuses a newer schema ("terminal"). */
export function openSqlite(path: string, migrations: readonly Migration[], software: string): Db {
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
    // SQLite has one writer. The terminal's catalogue worker (main/core/catalogue-applier.ts) holds the
    // write lock for a whole apply, seconds for a large full sync on a slow kiosk; a write on another
    // connection meanwhile (an evaluation into the outbox) must wait for it rather than fail with SQLITE_BUSY.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db, migrations, path, software);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: readonly Migration[], path: string, software: string): void {
  const current = schemaVersion(db);
  const known = migrations.length;
  if (current > known) {
    throw new StoreError(
      `the database at ${path} has schema version ${current}, newer than this ${software} knows (${known}): ` +
        `it was written by a newer version of the ${software} software; update the software, do not delete the file`,
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
