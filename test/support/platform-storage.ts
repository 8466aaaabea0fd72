// The platform's storage for suites that run on both (describe.each): SQLite in memory, or a fresh
// PostgreSQL database of the file's throwaway cluster, each with the platform's schema. And
// `openPlatformStorage(url)`: a storage over a database named by its URL, as another platform process
// (or a restart) opens it. No vitest import: worker threads (test/platform/queue/issue-worker.ts) load it.
import { openSqlite } from '../../lib/sqlite.ts';
import { openPlatformDatabase } from '../../platform/store/database.ts';
import { migrate } from '../../platform/store/migrate.ts';
import { platformMigrations } from '../../platform/store/migrations/index.ts';
import { pgPlatformMigrations } from '../../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../../platform/store/pg-storage.ts';
import { SqliteStorage } from '../../platform/store/sqlite-storage.ts';
import { parseDatabaseUrl, type Storage } from '../../platform/store/storage.ts';
import { freshPgDatabase, onPgClusterStop, pgInstalled } from './pg-cluster.ts';

let template: Promise<string> | null = null;
onPgClusterStop(() => (template = null));

/**
 * A fresh database of the file's PostgreSQL cluster with the platform's schema: a copy of a template
 * migrated once per cluster (CREATE DATABASE ... TEMPLATE; bench/pg-test-database.ts: 0.67x the time
 * of a new database migrated step by step); its URL.
 */
export async function freshPgPlatformDatabase(): Promise<string> {
  template ??= (async () => {
    const url = await freshPgDatabase();
    const s = new PgStorage(url);
    try {
      await migrate(s, pgPlatformMigrations, 'platform');
    } finally {
      await s.close();
    }
    return new URL(url).pathname.slice(1);
  })();
  return freshPgDatabase(await template);
}

/** A fresh PostgreSQL database with the platform's schema (pg-migrations). */
export async function pgPlatformStorage(): Promise<Storage> {
  return new PgStorage(await freshPgPlatformDatabase());
}

/**
 * A storage over the database `url` names (store/storage.ts parseDatabaseUrl), with the platform's
 * schema: `sqlite:<file>` opened with the platform's migrations (its own handle, closed with it),
 * `postgres://...` a pool of its own, migrated (each step once, whoever comes first).
 */
export async function openPlatformStorage(url: string): Promise<Storage> {
  const target = parseDatabaseUrl(url);
  if (target.dialect === 'sqlite') return new SqliteStorage(openPlatformDatabase(target.path));
  const s = new PgStorage(target.url);
  try {
    await migrate(s, pgPlatformMigrations, 'platform');
  } catch (e) {
    await s.close();
    throw e;
  }
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
