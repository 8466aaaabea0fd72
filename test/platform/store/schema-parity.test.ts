// The platform's schema on PostgreSQL (platform/store/pg-migrations) against SQLite's after every
// migration (platform/store/migrations): the same tables, the same columns with the same types
// (SQLite INTEGER = bigint, TEXT = text) and nullability, the same named indexes. A SQLite migration
// without its PostgreSQL twin (or the reverse) fails here, naming what differs.
import { afterAll, describe, expect, it } from 'vitest';
import { openPlatformDatabase } from '../../../platform/store/database.ts';
import { migrate } from '../../../platform/store/migrate.ts';
import { pgPlatformMigrations } from '../../../platform/store/pg-migrations/index.ts';
import { PgStorage } from '../../../platform/store/pg-storage.ts';
import { freshPgDatabase, pgInstalled, stopPgCluster } from '../../support/pg-cluster.ts';

afterAll(stopPgCluster, 60_000);

type Schema = { columns: Record<string, string[]>; indexes: string[] };

function sqliteSchema(): Schema {
  const db = openPlatformDatabase(':memory:');
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    const columns: Record<string, string[]> = {};
    for (const { name } of tables) {
      const info = db.prepare<[], { name: string; type: string; notnull: number; pk: number }>(`SELECT name, type, "notnull", pk FROM pragma_table_info('${name}')`).all();
      const type = (t: string) => ({ INTEGER: 'bigint', TEXT: 'text' })[t] ?? `unmapped ${t}`;
      columns[name] = info.map((c) => `${c.name} ${type(c.type)}${c.notnull || c.pk ? ' not null' : ''}`).sort();
    }
    const indexes = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%' ORDER BY name")
      .all()
      .map((i) => i.name);
    return { columns, indexes };
  } finally {
    db.close();
  }
}

async function pgSchema(): Promise<Schema> {
  const s = new PgStorage(await freshPgDatabase());
  try {
    await migrate(s, pgPlatformMigrations, 'platform');
    const rows = await s.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
      `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY table_name, column_name`,
    );
    const columns: Record<string, string[]> = {};
    for (const r of rows) (columns[r.table_name] ??= []).push(`${r.column_name} ${r.data_type}${r.is_nullable === 'NO' ? ' not null' : ''}`);
    for (const list of Object.values(columns)) list.sort();
    // Constraint indexes (primary keys, UNIQUE columns) are SQLite's autoindexes: only named ones compared.
    const indexes = await s.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`,
    );
    return { columns, indexes: indexes.map((i) => i.indexname) };
  } finally {
    await s.close();
  }
}

describe.skipIf(!pgInstalled)('the PostgreSQL schema and the SQLite schema', () => {
  it('have the same tables, columns (type, nullability) and named indexes', { timeout: 120_000 }, async () => {
    const lite = sqliteSchema();
    const pg = await pgSchema();
    expect(Object.keys(pg.columns).sort()).toEqual(Object.keys(lite.columns).sort());
    for (const table of Object.keys(lite.columns)) expect({ table, columns: pg.columns[table] }).toEqual({ table, columns: lite.columns[table] });
    expect(pg.indexes).toEqual(lite.indexes);
    // The queue's tables are there (the numbering proof runs on them), with the hall in the counter's key.
    expect(lite.columns['queue_counters']).toContain('hall_id text not null');
  });
});
