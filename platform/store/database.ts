// The reference platform's SQLite database: the terminal store's opener (WAL, foreign keys, each
// migration once, newer schemas refused) with the platform's own migrations.
import { openDatabase, type Db } from '../../main/store/index.ts';
import { platformMigrations } from './migrations/index.ts';

export function openPlatformDatabase(path: string): Db {
  return openDatabase(path, { migrations: platformMigrations });
}
