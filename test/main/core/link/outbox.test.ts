// The outbox against the real reference platform over HTTP: order, retries with backoff while the
// platform is away, exactly-once delivery through idempotency keys, refusals set aside, restarts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationInput } from '../../../../domain/evaluation.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { Outbox } from '../../../../main/core/link/outbox.ts';
import { PlatformClient, type Credentials } from '../../../../main/platform-client/client.ts';
import { keyFile, openDatabase, OutboxRepo, sealedBox, type Db } from '../../../../main/store/index.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

let dir: string;
let clock: ManualClock;
let platform: RunningPlatform | null;
let port: number;
let creds: Credentials;
let db: Db;

const rating = (ticket: number, over: Partial<EvaluationInput> = {}): EvaluationInput => ({
  ticketId: `T${String(ticket).padStart(4, '0')}`,
  stage: 'finish',
  level: 'verySatisfied',
  windowId: 'w-01',
  staffId: 'ZH0001',
  channel: 'hallPad',
  ratedAt: '20261124T093000',
  areaCode: '110105',
  ...over,
});

async function up() {
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port });
  port = Number(new URL(platform.url).port);
}
async function down() {
  await platform?.close();
  platform = null;
}

function makeOutbox(database = db) {
  const client = new PlatformClient({ baseUrl: `http://127.0.0.1:${port}/`, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 2000, credentials: () => creds });
  const repo = new OutboxRepo(database, sealedBox(keyFile(join(dir, 'keys', 'outbox.key'))));
  return new Outbox({ repo, client, clock, log: new EventLog(clock).for('outbox'), random: () => 0.5 });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-outbox-'));
  clock = new ManualClock();
  port = 0;
  await up();
  const code = await platform!.platform.auth.issueEnrolmentCode('k1', 'kiosk');
  const r = await new PlatformClient({ baseUrl: platform!.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 2000, credentials: () => null }).call('terminals.enrol', {
    body: { code, terminalId: 'k1', role: 'kiosk', version: '1' },
  });
  if (!r.ok || r.value.notModified) throw new Error('enrolment failed');
  creds = { terminalId: 'k1', credential: r.value.value.credential };
  db = openDatabase(join(dir, 'terminal.db'));
});
afterEach(async () => {
  db.close();
  await down();
  rmSync(dir, { recursive: true, force: true });
});

describe('outbox', () => {
  it('delivers in order and keeps the platform answer', async () => {
    const outbox = makeOutbox();
    const keys = [1, 2, 3].map((i) => outbox.enqueue('evaluation', 'evaluations.create', rating(i)));
    await outbox.drain();
    expect(outbox.counts()).toMatchObject({ pending: 0, delivered: 3, refused: 0 });
    expect((await platform!.platform.records.evaluations()).map((e) => e.evaluation.ticketId)).toEqual(['T0001', 'T0002', 'T0003']);
    const repo = new OutboxRepo(db, sealedBox(keyFile(join(dir, 'keys', 'outbox.key'))));
    expect(repo.response(keys[0]!)).toMatchObject({ state: 'delivered', response: { id: expect.any(String) } });
  });

  it('waits with growing backoff while the platform is away, then delivers everything once', async () => {
    const outbox = makeOutbox();
    outbox.start();
    await down();
    outbox.enqueue('evaluation', 'evaluations.create', rating(1));
    outbox.enqueue('evaluation', 'evaluations.create', rating(2));
    await outbox.drain();
    expect(outbox.counts().pending).toBe(2);
    await clock.advanceAsync(1000);
    await outbox.drain();
    expect((db.prepare('SELECT attempts FROM outbox WHERE seq = 1').get() as { attempts: number }).attempts).toBe(2);
    await up();
    // Real I/O under a manual clock: move time in steps no longer than the request timeout, and let
    // each attempt finish before moving on.
    for (let step = 0; step < 10 && outbox.counts().pending > 0; step++) {
      await clock.advanceAsync(1000);
      await outbox.drain();
    }
    expect(outbox.counts()).toMatchObject({ pending: 0, delivered: 2 });
    expect(await platform!.platform.records.evaluationCount()).toBe(2);
    outbox.stop();
  });

  it('is delivered exactly once when the terminal dies after sending but before recording it', async () => {
    const outbox = makeOutbox();
    const key = outbox.enqueue('evaluation', 'evaluations.create', rating(7));
    // The platform takes the item...
    const client = new PlatformClient({ baseUrl: platform!.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 2000, credentials: () => creds });
    const first = await client.call('evaluations.create', { body: rating(7), idempotencyKey: key });
    expect(first.ok).toBe(true);
    // ...and the terminal restarts with the item still pending: it sends it again.
    db.close();
    db = openDatabase(join(dir, 'terminal.db'));
    const again = makeOutbox(db);
    expect(again.counts().pending).toBe(1);
    await again.drain();
    expect(again.counts()).toMatchObject({ pending: 0, delivered: 1, refused: 0 });
    expect(await platform!.platform.records.evaluationCount()).toBe(1);
  });

  it('backs off exponentially with jitter, capped, and keeps later items behind the head', async () => {
    const attempts: number[] = [];
    const away = { call: async () => (attempts.push(clock.now()), { ok: false, error: { code: 'platform.offline', message: 'away' } }) };
    const repo = new OutboxRepo(db, sealedBox(keyFile(join(dir, 'keys', 'outbox.key'))));
    const outbox = new Outbox({ repo, client: away as never, clock, log: new EventLog(clock).for('o'), random: () => 0.5, baseDelayMs: 1000, maxDelayMs: 8000 });
    outbox.start();
    outbox.enqueue('evaluation', 'evaluations.create', rating(1));
    outbox.enqueue('evaluation', 'evaluations.create', rating(2));
    for (let i = 0; i < 8; i++) {
      await outbox.drain();
      await clock.advanceAsync(8000);
    }
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    // 1000 * 2^n, three quarters of it with jitter 0.5, capped at 8000 -> 6000.
    expect(gaps.slice(0, 5)).toEqual([750, 1500, 3000, 6000, 6000]);
    expect(outbox.counts().pending).toBe(2);
    outbox.stop();
  });

  it('sets a refused item aside and goes on with the rest', async () => {
    const outbox = makeOutbox();
    outbox.enqueue('evaluation', 'evaluations.create', rating(1));
    outbox.enqueue('evaluation', 'evaluations.create', rating(1, { level: 'satisfied' })); // a second rating of the same ticket
    outbox.enqueue('evaluation', 'evaluations.create', rating(2));
    await outbox.drain();
    expect(outbox.counts()).toMatchObject({ pending: 0, delivered: 2, refused: 1 });
  });

  it('keeps only the latest pending heartbeat', async () => {
    const outbox = makeOutbox();
    await down();
    const hb = (n: number) => ({ version: '1', role: 'kiosk', devices: [], outboxDepth: n, catalogueVersion: null, sentAt: new Date(clock.now()).toISOString() });
    outbox.enqueue('heartbeat', 'terminals.heartbeat', hb(1), { replacePending: true });
    outbox.enqueue('heartbeat', 'terminals.heartbeat', hb(2), { replacePending: true });
    expect(outbox.counts().pending).toBe(1);
  });

  it('never writes the body in clear', async () => {
    const outbox = makeOutbox();
    await down();
    outbox.enqueue('submission', 'submissions.create', { formId: 'f', formVersion: 1, values: { idNumber: '110105199001011234' }, submittedAt: '2026-11-24T10:00:00+08:00' });
    const raw = db.prepare('SELECT body FROM outbox').get() as { body: Buffer };
    expect(raw.body.includes(Buffer.from('110105199001011234'))).toBe(false);
    expect(raw.body.includes(Buffer.from('idNumber'))).toBe(false);
  });
});
