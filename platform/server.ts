// Starts the reference platform on a port over its storage: a SQLite file (the default, ':memory:' when
// none is named) or a PostgreSQL database (`database: 'postgres://...'`, migrated at start; no SQLite
// handle at all), seeded on first start, the Hall Platform API on Fastify. The terminal runs it
// in-process when no platform URL is configured; tests, `npm run platform` and its cluster run it too.
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../domain/clock.ts';
import { keyFile, sealedBox, type SealedBox } from '../lib/sealed-box.ts';
import { createPlatform, preparePlatform, type Platform } from './app.ts';
import { openPlatformDatabase } from './store/database.ts';
import { SqliteStorage } from './store/sqlite-storage.ts';
import { parseDatabaseUrl, StorageError, type Storage } from './store/storage.ts';

export interface PlatformOptions {
  readonly clock: Clock;
  readonly version: string;
  /** The platform's database as a URL (store/storage.ts parseDatabaseUrl): `sqlite:<path>` or `postgres://user@host:port/db`. Give this or `dbPath`, not both. */
  readonly database?: string;
  /** The platform's SQLite file; ':memory:' (the default when neither this nor `database` is given) for a throw-away platform. */
  readonly dbPath?: string;
  /** Fills an empty database (catalogue, forms, queue set-up, samples); awaited before listening, so it
   *  may load its data first (only a new database pays for it). */
  readonly seed?: (platform: Platform) => void | Promise<void>;
  readonly idSecret?: string;
  readonly timeZone?: string;
  /** Hours a form's PDF stays downloadable by its QR (default 72). */
  readonly formDownloadHours?: number;
  /**
   * The key file that seals personal fields at rest. SQLite: default beside the file (`<db>.key`), a
   * random key for ':memory:'. PostgreSQL: required (no file to put it beside), the same file for
   * every process of one platform.
   */
  readonly keyPath?: string;
  /** Where the platform logs, requests included (a pino logger from lib/log-files.ts, redacted); none: no log. */
  readonly logger?: FastifyBaseLogger;
  /** PostgreSQL only: connections in this process's pool (default 10). */
  readonly poolSize?: number;
}

export interface RunningPlatform {
  readonly url: string;
  readonly platform: Platform;
  close(): Promise<void>;
}

/** Where the platform's data is: the storage, opened and migrated, and its sealing key. */
interface Opened {
  readonly storage: Storage;
  readonly box: SealedBox;
}

/** The storage `options` name (migrated), or a clear error naming what was wrong; nothing opened is left open on an error. */
async function openStorage(options: PlatformOptions): Promise<Opened> {
  if (options.database !== undefined && options.dbPath !== undefined) {
    throw new StorageError('startPlatform takes the database as `database` (a URL) or `dbPath` (a SQLite file), not both');
  }
  const target = options.database !== undefined ? parseDatabaseUrl(options.database) : ({ dialect: 'sqlite', path: options.dbPath ?? ':memory:' } as const);
  if (target.dialect === 'sqlite') {
    const db = openPlatformDatabase(target.path);
    try {
      const box = sealedBox(target.path === ':memory:' ? randomBytes(32) : keyFile(options.keyPath ?? `${target.path}.key`));
      return { storage: new SqliteStorage(db), box };
    } catch (e) {
      db.close();
      throw e;
    }
  }
  if (options.keyPath === undefined) {
    throw new StorageError('a platform on PostgreSQL needs keyPath: the file of the key that seals personal fields (the same file for every process of the platform; made on first start)');
  }
  const box = sealedBox(keyFile(options.keyPath));
  // Loaded only here: a platform on SQLite (the terminal's embedded one at every start) never loads pg
  // (27 modules) or the PostgreSQL migrations.
  const [{ PgStorage }, { migrate }, { pgPlatformMigrations }] = await Promise.all([
    import('./store/pg-storage.ts'),
    import('./store/migrate.ts'),
    import('./store/pg-migrations/index.ts'),
  ]);
  const storage = new PgStorage(target.url, options.poolSize === undefined ? {} : { max: options.poolSize });
  try {
    await migrate(storage, pgPlatformMigrations, 'platform');
    return { storage, box };
  } catch (e) {
    await storage.close();
    throw e;
  }
}

/** Listens on loopback by default; port 0 picks a free one. */
export async function startPlatform(options: PlatformOptions & { port?: number; host?: string }): Promise<RunningPlatform> {
  const { storage, box } = await openStorage(options);
  try {
    const idSecret = options.idSecret ?? (await secretOf(storage));
    const platform = createPlatform({
      storage,
      clock: options.clock,
      version: options.version,
      idSecret,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.formDownloadHours === undefined ? {} : { formDownloadHours: options.formDownloadHours }),
      ...(options.logger ? { logger: options.logger } : {}),
      box,
    });
    try {
      await preparePlatform(platform);
      if (options.seed && (await platform.catalogue.version()) === 0) await options.seed(platform);
      const address = await platform.app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
      platform.payments.setPublicUrl(address);
      return {
        url: `${address}/`,
        platform,
        async close() {
          await platform.app.close();
          await storage.close();
        },
      };
    } catch (e) {
      await platform.app.close();
      throw e;
    }
  } catch (e) {
    await storage.close();
    throw e;
  }
}

/** The key for ID-number hashes, made once per platform database and kept in it (two processes starting at once keep the first). */
async function secretOf(storage: Storage): Promise<string> {
  return storage.transaction(async (tx) => {
    await tx.run('INSERT INTO platform_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', ['idHash', randomBytes(32).toString('hex')]);
    return (await tx.one<{ value: string }>('SELECT value FROM platform_secrets WHERE name = ?', ['idHash']))!.value;
  });
}
