// Several platform processes over one PostgreSQL (issue 17, step 4): this test's own platform
// (startPlatform in-process: it seeds the database and issues the enrolment codes) and two
// `npm run platform` children on ports of their own, all on one database of a throwaway cluster.
// Tickets issued through different processes are numbered without duplicate or gap; a display's event
// stream on one process hears a call made through another (LISTEN/NOTIFY) and, reconnecting to a
// third with Last-Event-ID, resumes there without a resync; an Idempotency-Key replayed
// on another process gets the first answer, an offline ticket sent to two processes at once with its
// outbox key is imported once; after kill -9 of one child the others carry on.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADERS } from '../../domain/api/define.ts';
import { systemClock } from '../../domain/clock.ts';
import { businessDateOf } from '../../domain/hall-time.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { freshPgDatabase, pgInstalled, stopPgCluster } from '../support/pg-cluster.ts';
import { listenSse } from '../support/sse-listen.ts';
import { until } from '../support/storage-kinds.ts';
import { freePort, killWatched, startWatched } from '../support/watched-process.ts';

const cli = new URL('../../platform/cli.ts', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'across-processes-'));
const zone = 'Asia/Shanghai';
afterAll(async () => {
  killWatched();
  await stopPgCluster();
  rmSync(folder, { recursive: true, force: true });
});

interface Terminal {
  readonly id: string;
  readonly credential: string;
}

async function enrol(base: string, own: RunningPlatform, id: string, role: 'kiosk' | 'counter' | 'display'): Promise<Terminal> {
  const code = await own.platform.auth.issueEnrolmentCode(id, role);
  const r = await fetch(`${base}api/v1/terminals/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, terminalId: id, role, version: 't' }) });
  expect(r.status).toBe(201);
  return { id, credential: ((await r.json()) as { credential: string }).credential };
}

async function post(base: string, t: Terminal, path: string, body: unknown, key: string = randomUUID()): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(`${base}api/v1/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HEADERS.terminalId]: t.id, [HEADERS.authorization]: `Bearer ${t.credential}`, [HEADERS.idempotencyKey]: key },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

describe.skipIf(!pgInstalled)('platform processes over one PostgreSQL', () => {
  it('number without duplicate or gap, hear each other\'s calls, replay each other\'s keys, and survive kill -9 of one', async () => {
    const database = await freshPgDatabase();
    const keyPath = join(folder, 'platform.key');
    const own = await startPlatform({ database, keyPath, clock: systemClock, version: 't', timeZone: zone, seed: (p) => seedReferencePlatform(p, businessDateOf(Date.now(), zone)) });
    try {
      // Open every day, all day, whatever the hour this test runs at.
      const config = await own.platform.queue.configuration();
      const allDay = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
      const configured = await own.platform.queue.configure({ ...config, categories: config.categories.map((c) => ({ ...c, hours: allDay })) });
      expect(configured.ok ? 'ok' : configured.error.message).toBe('ok');

      const children = [];
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        const c = startWatched(cli, [`--database=${database}`, `--key=${keyPath}`, `--port=${port}`, `--logs=${join(folder, `logs${i}`)}`], { env: { HALL_TIME_ZONE: zone } });
        await c.waitFor(/Reference platform listening/, 1, 60_000);
        children.push({ c, base: `http://127.0.0.1:${port}/` });
      }
      const bases = [own.url, ...children.map((c) => c.base)];
      const kiosk = await enrol(bases[1]!, own, 'kiosk-x', 'kiosk');
      const counter = await enrol(bases[2]!, own, 'counter-x', 'counter');
      const display = await enrol(bases[0]!, own, 'display-x', 'display');

      // Tickets of one business issued through all three processes at once: numbers 1..n, each once.
      const issued = await Promise.all(
        Array.from({ length: 30 }, (_, i) => post(bases[i % 3]!, kiosk, 'queue/tickets', { categoryId: 'general', channel: 'kiosk' })),
      );
      expect(issued.map((r) => r.status)).toEqual(issued.map(() => 201));
      const numbers = issued.map((r) => Number(String(r.body['number']).replace(/^\D+/, ''))).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => numbers[0]! + i));

      // A key replayed on another process: the first answer, no second ticket.
      const key = randomUUID();
      const first = await post(bases[1]!, kiosk, 'queue/tickets', { categoryId: 'tax', channel: 'kiosk' }, key);
      const again = await post(bases[2]!, kiosk, 'queue/tickets', { categoryId: 'tax', channel: 'kiosk' }, key);
      expect(first.status).toBe(201);
      expect(again.body['id']).toBe(first.body['id']);
      expect((await own.platform.queue.listTickets()).filter((t) => t.categoryId === 'tax')).toHaveLength(1);

      // An offline ticket (离线取号) the kiosk's outbox sends again to another process while the first
      // send is still in flight (its answer lost): imported once, both answered with that ticket. The
      // same number under another key (an overlapping reserved range) is refused, not imported twice.
      const offline = { categoryId: 'tax', number: 'G950', issuedAt: new Date(Date.now() - 1000).toISOString(), channel: 'kiosk' };
      const offlineKey = randomUUID();
      const both = await Promise.all([post(bases[1]!, kiosk, 'queue/offline-tickets', offline, offlineKey), post(bases[2]!, kiosk, 'queue/offline-tickets', offline, offlineKey)]);
      expect(both.map((r) => r.status)).toEqual([201, 201]);
      expect(both[1]!.body['id']).toBe(both[0]!.body['id']);
      const overlap = await post(bases[0]!, kiosk, 'queue/offline-tickets', offline);
      expect((overlap.body['error'] as { code: string } | undefined)?.code).toBe('queue.offlineNumberTaken');
      expect((await own.platform.queue.listTickets()).filter((t) => t.number === 'G950').map((t) => t.id)).toEqual([both[0]!.body['id']]);

      // A display on this process hears a call made through a child.
      const stream = await listenSse(`${bases[0]}api/v1/queue/events`, { [HEADERS.terminalId]: display.id, [HEADERS.authorization]: `Bearer ${display.credential}` });
      expect(stream.status).toBe(200);
      const window = (await own.platform.queue.configuration()).windows.find((w) => w.categoryIds[0] === 'general' && w.staffId !== null)!.id;
      const called = await post(bases[2]!, counter, `queue/windows/${window}/actions`, { action: 'callNext' });
      expect(called.status).toBe(200);
      await until(() => stream.events().some((e) => e.event === 'ticketCalled' && e.data.includes(String(called.body['id']))), 'the call on the display');
      stream.close();

      // The display reconnects to another process with the last id it saw: it resumes there (what it
      // missed meanwhile, in order, no resync), since the ids are the database's, not a process's.
      const lastSeen = stream.events().at(-1)!.id!;
      expect(lastSeen).toMatch(/^\d+\.\d+\.\d+$/);
      const missed = await post(bases[1]!, kiosk, 'queue/tickets', { categoryId: 'general', channel: 'kiosk' });
      expect(missed.status).toBe(201);
      const resumed = await listenSse(`${bases[2]}api/v1/queue/events`, {
        [HEADERS.terminalId]: display.id,
        [HEADERS.authorization]: `Bearer ${display.credential}`,
        'last-event-id': lastSeen,
      });
      await until(() => resumed.events().some((e) => e.event === 'ticketIssued' && e.data.includes(String(missed.body['id']))), 'the missed ticket on the resumed stream');
      expect(resumed.events().map((e) => e.event)).not.toContain('resync');
      expect(resumed.events()[0]!.event).not.toBe('ticketCalled');
      // And what it got after the id is what the first process sent after it, ids and all.
      const onFirst = await listenSse(`${bases[0]}api/v1/queue/events`, {
        [HEADERS.terminalId]: display.id,
        [HEADERS.authorization]: `Bearer ${display.credential}`,
        'last-event-id': lastSeen,
      });
      await until(() => onFirst.events().length >= resumed.events().length, 'the same catch-up on the first process');
      expect(onFirst.events().slice(0, resumed.events().length)).toEqual(resumed.events());
      resumed.close();
      onFirst.close();

      // kill -9 one child: the other and this process carry on, numbering on from where they were.
      children[0]!.c.p.kill('SIGKILL');
      await children[0]!.c.exited;
      const after = await post(bases[2]!, kiosk, 'queue/tickets', { categoryId: 'general', channel: 'kiosk' });
      expect(after.status).toBe(201);
      expect(Number(String(after.body['number']).replace(/^\D+/, ''))).toBe(numbers.at(-1)! + 2);
      expect((await post(bases[0]!, kiosk, 'queue/tickets', { categoryId: 'general', channel: 'kiosk' })).status).toBe(201);
    } finally {
      await own.close();
    }
  }, 120_000);
});
