// The terminal side of the outbox crash test: a process that makes evaluations and delivers them,
// to be killed (SIGKILL) at any moment and started again. Usage: node outbox-crash-child.ts DIR PORT TOTAL
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../../domain/clock.ts';
import { EventLog } from '../../main/core/system/event-log.ts';
import { Outbox } from '../../main/core/link/outbox.ts';
import { PlatformClient, type Credentials } from '../../main/platform-client/client.ts';
import { keyFile, openDatabase, OutboxRepo, sealedBox } from '../../main/store/index.ts';

const [dir, port, totalArg] = process.argv.slice(2);
const total = Number(totalArg);
const creds = JSON.parse(readFileSync(join(dir!, 'credentials.json'), 'utf8')) as Credentials;
const db = openDatabase(join(dir!, 'terminal.db'));
const repo = new OutboxRepo(db, sealedBox(keyFile(join(dir!, 'keys', 'outbox.key'))));
const client = new PlatformClient({ baseUrl: `http://127.0.0.1:${port}/`, fetch: (u, i) => fetch(u, i), clock: systemClock, timeoutMs: 1000, credentials: () => creds });
const outbox = new Outbox({ repo, client, clock: systemClock, log: new EventLog(systemClock).for('outbox'), baseDelayMs: 20, maxDelayMs: 200 });
outbox.start();

const made = () => (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
for (let i = made() + 1; i <= total; i++) {
  outbox.enqueue('evaluation', 'evaluations.create', {
    ticketId: `T${String(i).padStart(4, '0')}`,
    stage: 'finish',
    level: 'satisfied',
    windowId: 'w-01',
    staffId: 'ZH0001',
    channel: 'hallPad',
    ratedAt: '20261124T093000',
    areaCode: '110105',
  });
  process.stdout.write(`made ${i}\n`);
  await new Promise((r) => setTimeout(r, 2));
}
for (;;) {
  await outbox.drain();
  if (outbox.counts().pending === 0) break;
  await new Promise((r) => setTimeout(r, 20));
}
const c = outbox.counts();
process.stdout.write(`done ${JSON.stringify(c)}\n`);
outbox.stop();
db.close();
