// The two storages of the platform for a suite that builds a service directly over one (issue 17), the
// one list of them: `describe.each(storageKinds)`, each kind opening a fresh, migrated database (a
// SQLite file in a temporary folder; a database in the file's throwaway PostgreSQL cluster, skipped
// without PostgreSQL installed, a failure under CI=true: test/support/pg-cluster.ts), and `another`: a
// second storage over the same database, as another platform process has (PostgreSQL: its own pool and
// listen connection; SQLite: the same storage, a process has one). `closeStorageKinds` in the file's
// afterAll closes every storage opened here and stops the cluster. `until` waits for a notification to arrive (PostgreSQL delivers it over a
// connection), with a deadline so a missing one fails the test instead of hanging it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../lib/sqlite.ts';
import { platformMigrations } from '../../platform/store/migrations/index.ts';
import { PgStorage } from '../../platform/store/pg-storage.ts';
import { SqliteStorage } from '../../platform/store/sqlite-storage.ts';
import type { Storage } from '../../platform/store/storage.ts';
import { pgInstalled, stopPgCluster } from './pg-cluster.ts';
import { pgPlatformStorage } from './platform-storage.ts';

let folder: string | null = null;
let files = 0;
const opened: Storage[] = [];

export interface StorageKind {
  readonly name: 'sqlite' | 'postgres';
  readonly skip: boolean;
  open(): Promise<Storage>;
  another(storage: Storage): Promise<Storage>;
}

export const storageKinds: readonly StorageKind[] = [
  {
    name: 'sqlite',
    skip: false,
    open: async () => {
      folder ??= mkdtempSync(join(tmpdir(), 'storage-kinds-'));
      const s = new SqliteStorage(openSqlite(join(folder, `p${++files}.db`), platformMigrations, 'platform'));
      opened.push(s);
      return s;
    },
    another: async (s) => s,
  },
  {
    name: 'postgres',
    skip: !pgInstalled,
    open: async () => {
      const s = await pgPlatformStorage();
      opened.push(s);
      return s;
    },
    another: async (s) => {
      const second = new PgStorage((s as PgStorage).pool.options.connectionString!);
      opened.push(second);
      return second;
    },
  },
];

export async function closeStorageKinds(): Promise<void> {
  for (const s of opened.splice(0)) await s.close();
  await stopPgCluster();
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
}

/** Resolves once `cond` holds; throws after `ms` (a notification that never came). */
export async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
