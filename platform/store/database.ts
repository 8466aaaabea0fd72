// The reference platform's SQLite database: the shared opener (lib/sqlite.ts: WAL, foreign keys, each
// migration once, newer schemas refused) with the platform's own migrations.
import { openSqlite, type Db } from '../../lib/sqlite.ts';
import { platformMigrations } from './migrations/index.ts';

export function openPlatformDatabase(path: string): Db {
  return openSqlite(path, platformMigrations, 'platform');
}
