// The database a platform test runs on, from the environment (issue 17): PLATFORM_TEST_DATABASE unset
// or `sqlite`, a throw-away SQLite platform (`:memory:`, as the suites always ran); `postgres`, a fresh
// database of the file's throwaway PostgreSQL cluster for each platform started (test/support/pg-cluster.ts;
// without PostgreSQL installed the file's tests fail saying so, since the project asked for it). The
// vitest project `platform-pg` (vitest.config.ts) sets it over the platform's suites that use this.
// `...(await platformDatabase())` goes into startPlatform's options.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { MISSING_POSTGRES } from '../../lib/pg-cluster.ts';
import { freshPgDatabase, pgInstalled, stopPgCluster } from './pg-cluster.ts';

const kind = process.env['PLATFORM_TEST_DATABASE'] ?? 'sqlite';
if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`PLATFORM_TEST_DATABASE must be sqlite or postgres, got "${kind}"`);

/** Which storage this run's platforms are on. */
export const platformTestDatabase: 'sqlite' | 'postgres' = kind;

let keys: string | null = null;
afterAll(async () => {
  await stopPgCluster();
  if (keys) rmSync(keys, { recursive: true, force: true });
  keys = null;
});

/** startPlatform's database options for one platform: none (SQLite in memory) or a fresh PostgreSQL database with its key file. */
export async function platformDatabase(): Promise<{ database?: string; keyPath?: string }> {
  if (kind === 'sqlite') return {};
  if (!pgInstalled) throw new Error(`PLATFORM_TEST_DATABASE=postgres: ${MISSING_POSTGRES}`);
  keys ??= mkdtempSync(join(tmpdir(), 'platform-test-keys-'));
  return { database: await freshPgDatabase(), keyPath: join(keys, 'platform.key') };
}
