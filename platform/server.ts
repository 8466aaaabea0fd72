// Starts the reference platform on a port: its own SQLite database, seeded on first start, the Hall
// Platform API on Fastify. The terminal runs it in-process when no platform URL is configured; tests
// and `npm run platform` run it too.
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../domain/clock.ts';
import { keyFile, sealedBox } from '../lib/sealed-box.ts';
import type { Db } from '../lib/sqlite.ts';
import { createPlatform, preparePlatform, type Platform } from './app.ts';
import { openPlatformDatabase } from './store/database.ts';

export interface PlatformOptions {
  readonly clock: Clock;
  readonly version: string;
  /** The platform's database file; ':memory:' (the default) for a throw-away platform. */
  readonly dbPath?: string;
  /** Fills an empty database (catalogue, forms, queue set-up, samples); awaited before listening, so it
   *  may load its data first (only a new database pays for it). */
  readonly seed?: (platform: Platform) => void | Promise<void>;
  readonly idSecret?: string;
  readonly timeZone?: string;
  /** Hours a form's PDF stays downloadable by its QR (default 72). */
  readonly formDownloadHours?: number;
  /** The key file that seals personal fields at rest; default: beside a file database (`<db>.key`), a random key for ':memory:'. */
  readonly keyPath?: string;
  /** Where the platform logs, requests included (a pino logger from lib/log-files.ts, redacted); none: no log. */
  readonly logger?: FastifyBaseLogger;
}

export interface RunningPlatform {
  readonly url: string;
  readonly platform: Platform;
  close(): Promise<void>;
}

/** Listens on loopback by default; port 0 picks a free one. */
export async function startPlatform(options: PlatformOptions & { port?: number; host?: string }): Promise<RunningPlatform> {
  const db = openPlatformDatabase(options.dbPath ?? ':memory:');
  try {
    const idSecret = options.idSecret ?? secretFromDb(db);
    const platform = createPlatform({
      db,
      clock: options.clock,
      version: options.version,
      idSecret,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.formDownloadHours === undefined ? {} : { formDownloadHours: options.formDownloadHours }),
      ...(options.logger ? { logger: options.logger } : {}),
      box: sealedBox(!options.dbPath || options.dbPath === ':memory:' ? randomBytes(32) : keyFile(options.keyPath ?? `${options.dbPath}.key`)),
    });
    await preparePlatform(platform);
    if (options.seed && (await platform.catalogue.version()) === 0) await options.seed(platform);
    const address = await platform.app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
    platform.payments.setPublicUrl(address);
    return {
      url: `${address}/`,
      platform,
      async close() {
        await platform.app.close();
        db.close();
      },
    };
  } catch (e) {
    db.close();
    throw e;
  }
}

/** The key for ID-number hashes, made once per platform database and kept in it. */
function secretFromDb(db: Db): string {
  db.prepare('INSERT OR IGNORE INTO platform_secrets (name, value) VALUES (?, ?)').run('idHash', randomBytes(32).toString('hex'));
  return (db.prepare<[string], { value: string }>('SELECT value FROM platform_secrets WHERE name = ?').get('idHash'))!.value;
}
