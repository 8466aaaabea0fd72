// The platform's storage for suites that run on both (describe.each): SQLite in memory, or a fresh
// PostgreSQL database of the file's throwaway cluster, each with the platform's schema.
import { openSqlite } from '../../lib/sqlite.ts';
import { migrate } from '../../platform/store/migrate.ts';
import { platformMigrations } from '../../platform/store/migrations/index.ts';
import { pgPlatformMigrations } from '../../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../../platform/store/pg-storage.ts';
import { SqliteStorage } from '../../platform/store/sqlite-storage.ts';
import type { Storage } from '../../platform/store/storage.ts';
import { freshPgDatabase, pgInstalled } from './pg-cluster.ts';

/** A fresh PostgreSQL database with the platform's schema (pg-migrations). */
export async function pgPlatformStorage(): Promise<Storage> {
  const s = new PgStorage(await freshPgDatabase());
  await migrate(s, pgPlatformMigrations, 'platform');
  return s;
}

/**
 * Both storages as describe.each rows: `name`, `skip` (PostgreSQL not installed), `open`, and `another`:
 * a second storage over the same database, as another platform process has (PostgreSQL: its own pool
 * and listen connection; SQLite in memory: the same storage, a process has one).
 */
export const platformStorageKinds = [
  {
    name: 'sqlite',
    skip: false,
    open: async (): Promise<Storage> => new SqliteStorage(openSqlite(':memory:', platformMigrations, 'platform')),
    another: async (s: Storage): Promise<Storage> => s,
  },
  {
    name: 'postgres',
    skip: !pgInstalled,
    open: pgPlatformStorage,
    another: async (s: Storage): Promise<Storage> => new PgStorage((s as PgStorage).pool.options.connectionString!),
  },
] as const;
