// A fresh PostgreSQL database with the platform's schema (a copy of a template migrated once; the
// both-storages rows that use it are storage-kinds.ts's), and `openPlatformStorage(url)`: a storage over a database named by its URL, as another platform process
// (or a restart) opens it. No vitest import: worker threads (test/platform/queue/issue-worker.ts) load it.
import { openPlatformDatabase } from '../../platform/store/database.ts';
import { migrate } from '../../platform/store/migrate.ts';
import { pgPlatformMigrations } from '../../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../../platform/store/pg-storage.ts';
import { SqliteStorage } from '../../platform/store/sqlite-storage.ts';
import { parseDatabaseUrl, type Storage } from '../../platform/store/storage.ts';
import { freshPgDatabase, onPgClusterStop } from './pg-cluster.ts';

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
