// `npm run platform`: the reference platform on its own, so that several terminals share one queue.
//   npm run platform -- [--port=5790] [--database=sqlite:var/platform.db | --database=postgres://user@host/db --key=FILE]
//                       [--processes=N] [--logs=DIR] [--public] [--enrol=TERMINAL_ID:ROLE ...] [--scope=HALL:FILE ...]
// --database: the platform's database as a URL (platform/store/storage.ts parseDatabaseUrl); the old
// --db=<file> still names a SQLite file; default sqlite:var/platform.db. On PostgreSQL --key names the
// file of the key that seals personal fields (made on first start; the same file for every process).
// --processes=N (PostgreSQL only): N worker processes behind the one port (platform/cluster.ts); the
// primary migrates, seeds and prints the enrolment codes once, then the workers serve. On SQLite it is
// refused: each process would have its own event stream and its own writer.
// Its log (requests included, redacted) goes to rotated JSON-lines files in --logs (default `logs`
// beside the database file, or beside the key on PostgreSQL; one file set per worker).
// --enrol prints a one-time enrolment code for each terminal (put it in that terminal's
// platform.enrolmentCode); the database keeps the catalogue, queue and records across restarts.
// --scope sets the items a hall offers (its catalogue scope, services/catalogue-store.ts) from FILE:
// one item id a line (blank lines and lines starting with # left out), the whole list, once at start
// (in the primary with --processes); an id the catalogue does not have refuses it (exit 2, the scope
// kept as it was). A hall never given a scope offers every item.
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { systemClock } from '../domain/clock.ts';
import { redact } from '../domain/log-redaction.ts';
import { openJsonLog } from '../lib/log-files.ts';
import { businessDateOf, DEFAULT_TIME_ZONE } from '../domain/hall-time.ts';
import pkg from '../package.json' with { type: 'json' };
import { checkProcesses, runCluster } from './cluster.ts';
import { seedReferencePlatform } from './seeding.ts';
import { startPlatform, type PlatformOptions } from './server.ts';
import { parseDatabaseUrl, redact as redactUrl, type DatabaseUrl } from './store/storage.ts';

const args = process.argv.slice(2);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const problems: string[] = [];
const port = Number(value('port') ?? 5790);
if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`--port must be a whole number from 0 to 65535, got "${value('port')}"`);
const enrol = args.filter((a) => a.startsWith('--enrol=')).map((a) => a.slice('--enrol='.length));
for (const e of enrol) {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}:(kiosk|counter|display)$/.test(e)) problems.push(`--enrol takes TERMINAL_ID:ROLE (role kiosk, counter or display), got "${e}"`);
}
const scopes: { hall: string; file: string; itemIds: string[] }[] = [];
for (const a of args.filter((x) => x.startsWith('--scope='))) {
  const m = /^--scope=([A-Za-z0-9][A-Za-z0-9_-]{0,63}):(.+)$/.exec(a);
  if (!m) {
    problems.push(`--scope takes HALL:FILE (a hall id of A-Z a-z 0-9 _ -, a file of item ids one a line), got "${a.slice('--scope='.length)}"`);
    continue;
  }
  try {
    const itemIds = readFileSync(m[2]!, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    scopes.push({ hall: m[1]!, file: m[2]!, itemIds });
  } catch (e) {
    problems.push(`--scope=${m[1]}:${m[2]}: cannot read the file (${e instanceof Error ? e.message : String(e)})`);
  }
}
const unknown = args.filter((a) => !/^--(port|db|database|key|processes|logs|enrol|scope)=/.test(a) && a !== '--public');
if (unknown.length) problems.push(`unknown arguments: ${unknown.join(' ')}`);
if (value('db') !== undefined && value('database') !== undefined) problems.push('give --database=<url> or the older --db=<file>, not both');
let database: DatabaseUrl = { dialect: 'sqlite', path: 'var/platform.db' };
try {
  const url = value('database');
  if (url !== undefined) database = parseDatabaseUrl(url);
  else if (value('db') !== undefined) database = { dialect: 'sqlite', path: value('db')! };
} catch (e) {
  problems.push(`--database: ${e instanceof Error ? e.message : String(e)}`);
}
let processes = 1;
try {
  processes = checkProcesses(Number(value('processes') ?? 1));
} catch (e) {
  problems.push(e instanceof Error ? e.message : String(e));
}
const keyPath = value('key');
if (database.dialect === 'postgres' && keyPath === undefined) {
  problems.push('--database=postgres://... needs --key=<file>: the key that seals personal fields, read by every process of the platform (made on first start)');
}
if (database.dialect === 'sqlite' && processes > 1) {
  problems.push(`--processes=${processes} needs --database=postgres://...: on SQLite each process would keep its own event stream (a display on one would not hear a call made on another) and fight for the one writer`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(2);
}

const timeZone = process.env['HALL_TIME_ZONE'] ?? DEFAULT_TIME_ZONE;
const shown = database.dialect === 'sqlite' ? database.path : redactUrl(database.url);
const base: PlatformOptions = {
  clock: systemClock,
  version: pkg.version,
  timeZone,
  ...(database.dialect === 'sqlite' ? { dbPath: database.path } : { database: database.url }),
  ...(keyPath === undefined ? {} : { keyPath }),
};
const logDir = value('logs') ?? join(dirname(database.dialect === 'sqlite' ? database.path : keyPath!), 'logs');
const host = args.includes('--public') ? '0.0.0.0' : '127.0.0.1';
const seed = (p: Parameters<typeof seedReferencePlatform>[0]) => seedReferencePlatform(p, businessDateOf(systemClock.now(), timeZone));

/** Prints each --enrol terminal's one-time code. */
async function printEnrolmentCodes(running: Awaited<ReturnType<typeof startPlatform>>): Promise<void> {
  for (const e of enrol) {
    const [terminalId, role] = e.split(':') as [string, string];
    console.log(`enrolment code for ${terminalId} (${role}): ${await running.platform.auth.issueEnrolmentCode(terminalId, role)}`);
  }
}

/** Sets each --scope hall's items; false (said why) when one is refused. */
async function setScopes(running: Awaited<ReturnType<typeof startPlatform>>): Promise<boolean> {
  for (const s of scopes) {
    try {
      const c = await running.platform.catalogue.setScope(s.hall, s.itemIds);
      console.log(`hall ${s.hall} offers ${new Set(s.itemIds).size} items (${s.file}): ${c.added.length} added, ${c.removed.length} taken out, catalogue version ${c.version}`);
    } catch (e) {
      console.error(`--scope=${s.hall}:${s.file}: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }
  return true;
}

if (processes === 1) {
  const logs = await openJsonLog({ dir: logDir, name: 'platform', level: 'info', maxSizeMb: 20, keepFiles: 14, redact });
  const running = await startPlatform({ ...base, logger: logs.logger, port, host, seed });
  console.log(`Reference platform listening on ${running.url}api/v1/ (database ${shown})`);
  if (!(await setScopes(running))) {
    await running.close();
    await logs.close();
    process.exit(2);
  }
  await printEnrolmentCodes(running);
  const stop = () => void running.close().then(() => logs.close()).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  await runCluster({
    processes,
    // Once, in the primary: migrations, the ID-hash secret, the seed and the enrolment codes, on a
    // loopback port of its own that is closed again before the workers start.
    prepare: async () => {
      const once = await startPlatform({ ...base, port: 0, seed });
      try {
        if (!(await setScopes(once))) throw new Error('a --scope was refused (said above)');
        await printEnrolmentCodes(once);
      } finally {
        await once.close();
      }
    },
    serve: async () => {
      const logs = await openJsonLog({ dir: logDir, name: `platform-worker${cluster.worker?.id ?? 0}`, level: 'info', maxSizeMb: 20, keepFiles: 14, redact });
      const running = await startPlatform({ ...base, logger: logs.logger, port, host });
      return { close: () => running.close().then(() => logs.close()) };
    },
  });
  if (cluster.isPrimary) console.log(`Reference platform: ${processes} processes on http://${host}:${port}/api/v1/ (database ${shown})`);
}
