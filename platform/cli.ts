// `npm run platform`: the reference platform on its own, so that several terminals share one queue.
//   npm run platform -- [--port=5790] [--database=sqlite:var/platform.db | --database=postgres://user@host/db --key=FILE]
//                       [--processes=N] [--logs=DIR] [--public] [--hall=HALL_ID:NAME ...] [--enrol=TERMINAL_ID:ROLE[@HALL_ID] ...] [--scope=HALL_ID:FILE ...]
// --database: the platform's database as a URL (platform/store/storage.ts parseDatabaseUrl); the old
// --db=<file> still names a SQLite file; default sqlite:var/platform.db. On PostgreSQL --key names the
// file of the key that seals personal fields (made on first start; the same file for every process).
// --processes=N (PostgreSQL only): N worker processes behind the one port (platform/cluster.ts); the
// primary migrates, seeds and prints the enrolment codes once, then the workers serve. On SQLite it is
// refused: each process would have its own event stream and its own writer.
// Its log (requests included, redacted) goes to rotated JSON-lines files in --logs (default `logs`
// beside the database file, or beside the key on PostgreSQL; one file set per worker).
// --enrol prints a one-time enrolment code for each terminal (put it in that terminal's
// platform.enrolmentCode), enrolling it into the hall after @ (default `default`); the database keeps
// the catalogue, queue and records across restarts. --hall adds a hall (several halls in one platform,
// issue 17) with the seed hall's queue set-up (seeding.ts seedHall); a hall that exists is kept as it
// is. An --enrol into a hall that neither exists nor is added is refused (exit 2) before any code is made.
// --scope sets the items a hall offers (its catalogue scope, services/catalogue-store.ts) from FILE:
// one item id a line (blank lines and lines starting with # left out), the whole list, once at start
// (in the primary with --processes), after the --hall halls are added and before any code is made; a
// hall the platform does not have, or an id the catalogue does not have, refuses it (exit 2, the scope
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
import { seedHall, seedReferencePlatform } from './seeding.ts';
import { checkHallId, DEFAULT_HALL, type Hall } from './services/halls.ts';
import { startPlatform, type PlatformOptions } from './server.ts';
import { parseDatabaseUrl, redact as redactUrl, type DatabaseUrl } from './store/storage.ts';

const args = process.argv.slice(2);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const problems: string[] = [];
const port = Number(value('port') ?? 5790);
if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`--port must be a whole number from 0 to 65535, got "${value('port')}"`);
/** What is wrong with a hall id (services/halls.ts checkHallId), or null. */
const hallIdProblem = (id: string): string | null => {
  try {
    checkHallId(id);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};
const enrolArgs = args.filter((a) => a.startsWith('--enrol=')).map((a) => a.slice('--enrol='.length));
const enrol: { terminalId: string; role: string; hall: string }[] = [];
for (const e of enrolArgs) {
  const m = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63}):(kiosk|counter|display)(?:@(.*))?$/.exec(e);
  if (!m) problems.push(`--enrol takes TERMINAL_ID:ROLE or TERMINAL_ID:ROLE@HALL_ID (role kiosk, counter or display), got "${e}"`);
  else if (m[3] !== undefined && hallIdProblem(m[3])) problems.push(`--enrol "${e}": ${hallIdProblem(m[3])}`);
  else enrol.push({ terminalId: m[1]!, role: m[2]!, hall: m[3] ?? DEFAULT_HALL });
}
const newHalls: Hall[] = [];
for (const h of args.filter((a) => a.startsWith('--hall=')).map((a) => a.slice('--hall='.length))) {
  const m = /^([^:]*):(.*)$/.exec(h);
  if (!m) problems.push(`--hall takes HALL_ID:NAME, got "${h}"`);
  else if (hallIdProblem(m[1]!) || m[2]!.trim() === '' || m[2]!.length > 100) {
    problems.push(`--hall "${h}": ${hallIdProblem(m[1]!) ?? 'a name of 1 to 100 characters is needed after the colon'}`);
  } else newHalls.push({ id: m[1]!, name: m[2]!.trim() });
}
const scopes: { hall: string; file: string; itemIds: string[] }[] = [];
for (const a of args.filter((x) => x.startsWith('--scope='))) {
  const m = /^--scope=([^:]*):(.+)$/.exec(a);
  if (!m || hallIdProblem(m[1]!)) {
    problems.push(`--scope takes HALL:FILE (a file of item ids one a line), got "${a.slice('--scope='.length)}"${m ? `: ${hallIdProblem(m[1]!)}` : ''}`);
    continue;
  }
  try {
    const itemIds = readFileSync(m[2]!, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    scopes.push({ hall: m[1]!, file: m[2]!, itemIds });
  } catch (e) {
    problems.push(`--scope=${m[1]}:${m[2]}: cannot read the file (${e instanceof Error ? e.message : String(e)})`);
  }
}
const unknown = args.filter((a) => !/^--(port|db|database|key|processes|logs|enrol|hall|scope)=/.test(a) && a !== '--public');
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

/**
 * Adds the --hall halls, sets the --scope halls' items, then prints each --enrol terminal's one-time
 * code. An --enrol or --scope naming a hall the platform does not have, or a scope refused: said why,
 * no code made, false (the caller exits 2).
 */
async function prepareHalls(running: Awaited<ReturnType<typeof startPlatform>>): Promise<boolean> {
  for (const h of newHalls) {
    const created = await seedHall(running.platform, h);
    console.log(`hall ${h.id}${created ? ` (${h.name}) added with the seed hall's queue set-up` : ' exists: kept as it is'}`);
  }
  const known = new Set((await running.platform.halls.list()).map((h) => h.id));
  const missing = enrol.filter((e) => !known.has(e.hall));
  if (missing.length) {
    for (const e of missing) console.error(`--enrol=${e.terminalId}:${e.role}@${e.hall}: no hall "${e.hall}" in this platform (halls: ${[...known].join(', ')}); add it with --hall=${e.hall}:NAME`);
    return false;
  }
  if (!(await setScopes(running))) return false;
  for (const { terminalId, role, hall } of enrol) {
    const code = await running.platform.auth.issueEnrolmentCode(terminalId, role, { hall });
    console.log(`enrolment code for ${terminalId} (${role}${hall === DEFAULT_HALL ? '' : ` in hall ${hall}`}): ${code}`);
  }
  return true;
}

/** Sets each --scope hall's items; false (said why: a hall that does not exist, an unknown item) when one is refused. */
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
  if (!(await prepareHalls(running))) {
    await running.close();
    await logs.close();
    process.exit(2);
  }
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
        if (!(await prepareHalls(once))) throw new Error('a --hall, --scope or --enrol was refused (said above)');
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
