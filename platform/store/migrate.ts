// Numbered migrations over the storage interface (PostgreSQL's schema, platform/store/pg-migrations),
// by the rules lib/sqlite.ts applies to a SQLite file: each migration once, in its own transaction,
// in order, versions numbered 1, 2, 3... by position; a database whose schema is newer than the
// software knows is refused, not misread. The applied versions are rows of `schema_migrations`.
// Several platform processes starting at once: on PostgreSQL each step holds a transaction-scoped
// advisory lock, so one applies it and the others find it applied.
import type { Migration } from '../../lib/sqlite.ts';
import { StorageError, type Storage, type Transaction } from './storage.ts';

/** The advisory lock key of schema changes (any fixed number; 'hall' in ASCII). */
const MIGRATION_LOCK = 0x68616c6c;

async function lock(tx: Transaction): Promise<void> {
  if (tx.dialect === 'postgres') await tx.one('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
}

async function applied(tx: Transaction): Promise<number[]> {
  const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  return rows.map((r) => r.version);
}

/** Brings the schema up to date; answers the versions applied now. `software` names the refusal's writer ("platform"). */
export async function migrate(storage: Storage, migrations: readonly Migration[], software: string): Promise<number[]> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new StorageError(`migration "${m.name}" is numbered ${m.version}, expected ${i + 1}`);
  });
  await storage.transaction(async (tx) => {
    await lock(tx);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  });
  const done: number[] = [];
  for (const m of migrations) {
    const ran = await storage.transaction(async (tx) => {
      await lock(tx);
      const versions = await applied(tx);
      const newest = versions.at(-1) ?? 0;
      if (newest > migrations.length) {
        throw new StorageError(
          `the database has schema version ${newest}, newer than this ${software} knows (${migrations.length}): ` +
            `it was written by a newer version of the ${software} software; update the software, do not drop the database`,
        );
      }
      if (versions.includes(m.version)) return false;
      try {
        await tx.exec(m.sql);
      } catch (e) {
        throw new StorageError(`migration ${m.version} (${m.name}) failed and was rolled back: ${(e as Error).message}`, { cause: e });
      }
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, Date.now()]);
      return true;
    });
    if (ran) done.push(m.version);
  }
  if (migrations.length === 0) {
    // Still refuse a newer schema when there is nothing to apply.
    const newest = await storage.one<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    if ((newest?.v ?? 0) > 0) throw new StorageError(`the database has schema version ${newest?.v}, newer than this ${software} knows (0)`);
  }
  return done;
}

export async function storageSchemaVersion(storage: Storage): Promise<number> {
  const row = await storage.one<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  return row?.v ?? 0;
}
