// The terminal's SQLite database: the shared opener (lib/sqlite.ts: WAL, foreign keys, each numbered
// migration once, newer schemas refused) with the terminal's own migrations.
import { openSqlite, type Db, type Migration } from '../../lib/sqlite.ts';
import { migrations as allMigrations } from './migrations/index.ts';

export { BUSY_TIMEOUT_MS, schemaVersion, StoreError, type Db } from '../../lib/sqlite.ts';

export interface OpenOptions {
  /** For tests of the migration runner itself. */
  readonly migrations?: readonly Migration[];
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  return openSqlite(path, options.migrations ?? allMigrations, 'terminal');
}
