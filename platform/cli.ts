// `npm run platform`: the reference platform on its own, so that several terminals share one queue.
//   npm run platform -- [--port=5790] [--db=var/platform.db] [--logs=var/logs] [--public] [--enrol=TERMINAL_ID:ROLE ...]
// Its log (requests included, redacted) goes to rotated JSON-lines files in --logs (default `logs` beside the database).
// --enrol prints a one-time enrolment code for each terminal (put it in that terminal's
// platform.enrolmentCode); the database keeps the catalogue, queue and records across restarts.
import { dirname, join } from 'node:path';
import { systemClock } from '../domain/clock.ts';
import { redact } from '../domain/log-redaction.ts';
import { openJsonLog } from '../lib/log-files.ts';
import { businessDateOf, DEFAULT_TIME_ZONE } from '../domain/hall-time.ts';
import pkg from '../package.json' with { type: 'json' };
import { seedReferencePlatform } from './seeding.ts';
import { startPlatform } from './server.ts';

const args = process.argv.slice(2);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const problems: string[] = [];
const port = Number(value('port') ?? 5790);
if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`--port must be a whole number from 0 to 65535, got "${value('port')}"`);
const enrol = args.filter((a) => a.startsWith('--enrol=')).map((a) => a.slice('--enrol='.length));
for (const e of enrol) {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}:(kiosk|counter|display)$/.test(e)) problems.push(`--enrol takes TERMINAL_ID:ROLE (role kiosk, counter or display), got "${e}"`);
}
const unknown = args.filter((a) => !/^--(port|db|logs|enrol)=/.test(a) && a !== '--public');
if (unknown.length) problems.push(`unknown arguments: ${unknown.join(' ')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(2);
}

const timeZone = process.env['HALL_TIME_ZONE'] ?? DEFAULT_TIME_ZONE;
const dbPath = value('db') ?? 'var/platform.db';
const logs = await openJsonLog({ dir: value('logs') ?? join(dirname(dbPath), 'logs'), name: 'platform', level: 'info', maxSizeMb: 20, keepFiles: 14, redact });
const running = await startPlatform({
  logger: logs.logger,
  clock: systemClock,
  version: pkg.version,
  port,
  host: args.includes('--public') ? '0.0.0.0' : '127.0.0.1',
  dbPath,
  timeZone,
  seed: (p) => seedReferencePlatform(p, businessDateOf(systemClock.now(), timeZone)),
});
console.log(`Reference platform listening on ${running.url}api/v1/ (database ${value('db') ?? 'var/platform.db'})`);
for (const e of enrol) {
  const [terminalId, role] = e.split(':') as [string, string];
  console.log(`enrolment code for ${terminalId} (${role}): ${await running.platform.auth.issueEnrolmentCode(terminalId, role)}`);
}
const stop = () => void running.close().then(() => logs.close()).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
