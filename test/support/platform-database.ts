// The database a platform test runs on, from the environment (issue 17): PLATFORM_TEST_DATABASE unset
// or `sqlite`, a throw-away SQLite platform (`:memory:`, as the suites always ran); `postgres`, a fresh
// database of the file's throwaway PostgreSQL cluster for each platform started (test/support/pg-cluster.ts;
// without PostgreSQL installed the file's tests fail saying so, since the project asked for it). The
// vitest project `platform-pg` (vitest.config.ts) sets it over the platform's suites that use this.
// `...(await platformDatabase())` goes into startPlatform's options; a suite that builds its platform
// with createPlatform takes `createTestPlatform(deps)` (`closeTestPlatforms` in afterEach), one that builds
// a service over a storage `platformStorage()`, and one that opens a database again (a restart, another
// process, a worker thread) `freshDatabaseUrl()` with `openPlatformStorage(url)` (platform-storage.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { MISSING_POSTGRES } from '../../lib/pg-cluster.ts';
import { sealedBox } from '../../lib/sealed-box.ts';
import { createPlatform, preparePlatform, type Platform, type PlatformDeps } from '../../platform/app.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import type { Storage } from '../../platform/store/storage.ts';
import { freshPgDatabase, onPgClusterStop, pgInstalled, stopPgCluster } from './pg-cluster.ts';
import { freshPgPlatformDatabase, openPlatformStorage } from './platform-storage.ts';

const kind = process.env['PLATFORM_TEST_DATABASE'] ?? 'sqlite';
if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`PLATFORM_TEST_DATABASE must be sqlite or postgres, got "${kind}"`);

/** Which storage this run's platforms are on. */
export const platformTestDatabase: 'sqlite' | 'postgres' = kind;

let keys: string | null = null;
let files: string | null = null;
let count = 0;
afterAll(async () => {
  await stopPgCluster();
  for (const dir of [keys, files]) if (dir) rmSync(dir, { recursive: true, force: true });
  keys = files = null;
});

function needPostgres(): void {
  if (!pgInstalled) throw new Error(`PLATFORM_TEST_DATABASE=postgres: ${MISSING_POSTGRES}`);
}

/** startPlatform's database options for one platform: none (SQLite in memory) or a fresh PostgreSQL database with its key file. */
export async function platformDatabase(): Promise<{ database?: string; keyPath?: string }> {
  if (kind === 'sqlite') return {};
  needPostgres();
  keys ??= mkdtempSync(join(tmpdir(), 'platform-test-keys-'));
  return { database: await freshPgPlatformDatabase(), keyPath: join(keys, 'platform.key') };
}

/**
 * A new, empty database of this run's kind as a URL: a SQLite file in the test file's temporary folder
 * (`sqlite:<path>`), or a fresh database of its throwaway cluster. openPlatformStorage(url) opens it,
 * as often as a test restarts or adds processes.
 */
export async function freshDatabaseUrl(): Promise<string> {
  if (kind === 'sqlite') {
    files ??= mkdtempSync(join(tmpdir(), 'platform-test-db-'));
    return `sqlite:${join(files, `p${++count}.db`)}`;
  }
  needPostgres();
  return freshPgPlatformDatabase();
}

/** A fresh storage of this run's kind with the platform's schema: SQLite in memory, or a fresh PostgreSQL database. */
export async function platformStorage(): Promise<Storage> {
  if (kind === 'sqlite') return openPlatformStorage('sqlite::memory:');
  return openPlatformStorage(await freshDatabaseUrl());
}

const made: Platform[] = [];
/** One sealing key for the file's test platforms (unless a test gives its own), so a seeded copy opens with it. */
const box = sealedBox(randomBytes(32));
/** PostgreSQL: the seeded template databases of this file's cluster, by what the seed depended on. */
const seededTemplates = new Map<string, Promise<string>>();
onPgClusterStop(() => seededTemplates.clear());

/**
 * createPlatform over a fresh storage of this run's kind, prepared (its subscriptions listening), and
 * with `seedDay` the reference seed of that business day (seedReferencePlatform). On PostgreSQL the
 * seed runs once per file and clock time, secret, zone and calendar into a template database, and each
 * platform (not given a box of its own) gets a copy (bench/pg-test-database.ts: 0.12x the time of
 * seeding, whose staff scrypt hashes and few hundred rows over a socket took up to seconds per test
 * under load); on SQLite it runs each time. closeTestPlatforms ends the platform.
 */
export async function createTestPlatform(deps: Omit<PlatformDeps, 'db' | 'storage'>, options: { seedDay?: string } = {}): Promise<Platform> {
  const full = { box, ...deps };
  const seedDay = options.seedDay;
  let copied = false;
  let storage: Storage;
  if (kind === 'postgres' && seedDay !== undefined && deps.box === undefined) {
    const key = JSON.stringify([seedDay, deps.clock.now(), deps.idSecret, deps.timeZone ?? null, deps.isWorkingDay?.toString() ?? null]);
    let template = seededTemplates.get(key);
    if (!template) {
      template = seededTemplate(full, seedDay);
      seededTemplates.set(key, template);
    }
    storage = await openPlatformStorage(await freshPgDatabase(await template));
    copied = true;
  } else {
    storage = await platformStorage();
  }
  let platform: Platform;
  try {
    platform = createPlatform({ ...full, storage });
  } catch (e) {
    await storage.close();
    throw e;
  }
  made.push(platform);
  await preparePlatform(platform);
  if (seedDay !== undefined && !copied) await seedReferencePlatform(platform, seedDay);
  return platform;
}

/** A PostgreSQL database seeded for `seedDay` by a platform of `deps`, closed again so it can be copied: its name. */
async function seededTemplate(deps: Omit<PlatformDeps, 'db' | 'storage'>, seedDay: string): Promise<string> {
  const url = await freshPgPlatformDatabase();
  const storage = await openPlatformStorage(url);
  const platform = createPlatform({ ...deps, storage });
  try {
    await preparePlatform(platform);
    await seedReferencePlatform(platform, seedDay);
  } finally {
    await platform.app.close();
    await storage.close();
  }
  return new URL(url).pathname.slice(1);
}

/** Closes every platform createTestPlatform made since the last call (the app, then its storage): the file's afterEach. */
export async function closeTestPlatforms(): Promise<void> {
  for (const p of made.splice(0)) {
    await p.app.close();
    await p.storage.close();
  }
}
