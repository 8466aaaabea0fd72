// The call display's board against the real reference platform over HTTP (seeded hall), with the
// platform's own queue events handed to a hand-driven stand-in for the event stream: the board read
// at a resync, live calls and recalls, replays ignored, the newest few of the missed calls said after
// a reconnect, the screen's windows only, the counts, and "not heard for a while" on the clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configSchema, type ConfigInput } from '../../../../config/schema/index.ts';
import type { DisplayAnnouncement, DisplayState } from '../../../../main/contract/index.ts';
import { DisplayBoard, MISSED_GATHER_MS } from '../../../../main/core/display/display-board.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { PlatformClient, type Credentials } from '../../../../main/platform-client/client.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { seedReferencePlatform } from '../../../../platform/seeding.ts';
import type { QueueEvent } from '../../../../platform/queue/index.ts';
import { flushMicrotasks, ManualClock } from '../../../support/manual-clock.ts';
import { FakePlatformEvents } from '../../../support/fake-platform-events.ts';
import { clientWhileUp } from '../../../support/client-while-up.ts';
import { settled } from '../../../support/settled.ts';

const DATE = '2026-11-24';
let platform: RunningPlatform;
let clock: ManualClock;
let creds: Credentials;
let up: boolean;
let events: FakePlatformEvents;
let states: DisplayState[];
let said: DisplayAnnouncement[];
let forward: boolean;

function board(display: ConfigInput['display'] = {}): DisplayBoard {
  const config = configSchema.parse({ terminal: { id: 'd1', role: 'display', hallName: '明湖区政务服务中心' }, display });
  const client = clientWhileUp({ baseUrl: platform.url, clock, up: () => up, credentials: () => creds ?? null });
  const b = new DisplayBoard({ client, events, config, clock, log: new EventLog(clock).for('display'), volume: () => 0.8, onChange: (s) => states.push(s), onAnnounce: (a) => said.push(a) });
  b.start();
  return b;
}

// Each call resolves once its events reached the subscribers (test/support/settled.ts).
const q = () => settled(platform.platform.queue);
async function issue(categoryId = 'general') {
  const r = await q().issueTicket({ categoryId, channel: 'kiosk', terminalId: 'k1' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
async function call(windowId: string) {
  const r = await q().callNext(windowId);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const finish = async (windowId: string) => await q().finish({ windowId });
const last = () => states.at(-1)!;

beforeEach(async () => {
  clock = new ManualClock(Date.parse(`${DATE}T10:00:00+08:00`));
  platform = await startPlatform({ clock, version: 't' });
  await seedReferencePlatform(platform.platform, DATE);
  up = true;
  const enrol = new PlatformClient({ baseUrl: platform.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, credentials: () => null });
  const r = await enrol.call('terminals.enrol', { body: { code: await platform.platform.auth.issueEnrolmentCode('d1', 'display'), terminalId: 'd1', role: 'display', version: 't' } });
  if (!r.ok || r.value.notModified) throw new Error('enrol');
  creds = { terminalId: 'd1', credential: r.value.value.credential };
  events = new FakePlatformEvents();
  states = [];
  said = [];
  forward = true;
  // The platform's own events, as the stream would bring them.
  q().subscribe((e: QueueEvent) => forward && events.deliver(e));
});
afterEach(async () => {
  await platform.close();
});

describe('DisplayBoard', () => {
  it('waits for its first board, which it reads at the stream’s resync without announcing the calls made before it', async () => {
    const a = await issue();
    await call('w01');
    const b = board();
    expect(b.state()).toMatchObject({ status: 'waiting', calls: [], counts: [] });
    events.resync();
    await flushMicrotasks();
    await b.resync();
    expect(b.state().status).toBe('ready');
    expect(b.state().calls.map((c) => c.number)).toEqual([a.number]);
    expect(b.state().closedWindows.map((w) => w.id)).toEqual(expect.arrayContaining(['w06', 'w21']));
    expect(b.state().counts.find((c) => c.categoryId === 'general')).toMatchObject({ name: '综合受理', prefix: 'A', waiting: 0 });
    await clock.advanceAsync(MISSED_GATHER_MS);
    expect(said).toEqual([]);
  });

  it('shows and announces a live call at once, a recall again on top, and ignores a replayed event', async () => {
    const b = board();
    await b.resync();
    const a = await issue();
    const c = await issue();
    await call('w01');
    await call('w02');
    expect(b.state().calls.map((x) => [x.number, x.windowId])).toEqual([[c.number, 'w02'], [a.number, 'w01']]);
    await q().recall({ windowId: 'w01' });
    expect(b.state().calls.map((x) => [x.number, x.recall])).toEqual([[a.number, true], [c.number, false]]);
    expect(said.map((s) => [s.call.number, s.cause, s.call.recall])).toEqual([[a.number, 'live', false], [c.number, 'live', false], [a.number, 'live', true]]);
    expect(said.map((s) => s.seq)).toEqual([1, 2, 3]);
    // The same recall event again (a replay): no change, nothing said.
    const replay = { type: 'ticketCalled', at: b.state().calls[0]!.at, ticketId: a.id, number: a.number, categoryId: 'general', windowId: 'w01', windowNumber: b.state().calls[0]!.windowNumber, windowName: 'x', area: b.state().calls[0]!.area, recall: true, callCount: 2 };
    events.deliver(replay);
    expect(said).toHaveLength(3);
    // The counts came with the calls: nobody of general is waiting now.
    expect(b.state().counts.find((x) => x.categoryId === 'general')).toMatchObject({ waiting: 0, lastCalled: c.number });
  });

  it('after a reconnect says only the newest missed calls (backlogSaid), oldest of them first, and shows them all', async () => {
    const b = board({ backlogSaid: 2, historyLength: 8 });
    await b.resync();
    events.set('connecting');
    forward = false;
    const missed = [];
    for (const w of ['w01', 'w02', 'w03', 'w04']) {
      missed.push(await issue());
      clock.advance(1000);
      await call(w);
    }
    clock.advance(5000);
    forward = true;
    events.set('connected');
    events.resync();
    await b.resync();
    expect(b.state().calls.map((c) => c.number)).toEqual(missed.map((t) => t.number).reverse());
    expect(said).toEqual([]);
    await clock.advanceAsync(MISSED_GATHER_MS);
    expect(said.map((s) => [s.call.number, s.cause])).toEqual([[missed[2]!.number, 'missed'], [missed[3]!.number, 'missed']]);
    expect(b.state().link).toMatchObject({ state: 'connected', reconnects: 1, stale: false });
  });

  it('treats events replayed after a reconnect (stamped before it) as missed, not live', async () => {
    const b = board({ backlogSaid: 1 });
    await b.resync();
    const held: QueueEvent[] = [];
    events.set('connecting');
    forward = false;
    const sub = q().subscribe((e) => held.push(e));
    const t1 = await issue();
    await call('w01');
    clock.advance(1000);
    const t2 = await issue();
    await call('w02');
    sub();
    clock.advance(10_000);
    events.set('connected');
    forward = true;
    for (const e of held) events.deliver(e);
    expect(b.state().calls.map((c) => c.number)).toEqual([t2.number, t1.number]);
    await clock.advanceAsync(MISSED_GATHER_MS);
    expect(said.map((s) => [s.call.number, s.cause])).toEqual([[t2.number, 'missed']]);
    // A call after the reconnection is live again.
    await finish('w01');
    const t3 = await issue();
    await call('w01');
    expect(said.at(-1)).toMatchObject({ cause: 'live', call: { number: t3.number } });
  });

  it('keeps only the calls and businesses of its windows (show.windows / show.areas)', async () => {
    const b = board({ show: { windows: ['w01'] } });
    await b.resync();
    const a = await issue();
    await issue();
    await call('w02');
    expect(b.state().calls).toEqual([]);
    expect(said).toEqual([]);
    await finish('w02');
    const next = await call('w01');
    expect(b.state().calls.map((c) => c.number)).toEqual([next.number]);
    const w01 = (await q().configuration()).windows.find((w) => w.id === 'w01')!;
    expect(b.state().counts.map((c) => c.categoryId).sort()).toEqual([...w01.categoryIds].sort());
    expect(a.number).not.toBe(next.number);
    const byArea = board({ show: { areas: [w01.area] } });
    await byArea.resync();
    expect(byArea.state().calls.map((c) => c.windowId)).toContain('w01');
    expect(byArea.state().calls.every((c) => c.area === w01.area)).toBe(true);
    const elsewhere = (await q().configuration()).windows.find((w) => w.area !== w01.area && w.staffId !== null)!;
    const away = await issue(elsewhere.categoryIds[0]);
    const other = await q().callNext(elsewhere.id);
    expect(other.ok && other.value.number).toBe(away.number);
    expect(byArea.state().calls.map((c) => c.number)).not.toContain(away.number);
  });

  it('says it has not heard from the platform after staleSeconds, and when it last did; back when the stream is', async () => {
    const b = board({ staleSeconds: 20 });
    await b.resync();
    const lost = clock.now();
    events.set('connecting');
    await clock.advanceAsync(19_000);
    expect(last().link).toMatchObject({ state: 'connecting', stale: false });
    await clock.advanceAsync(1000);
    expect(last().link).toMatchObject({ state: 'connecting', stale: true, lastHeardAt: new Date(lost).toISOString() });
    events.set('connected');
    expect(last().link).toMatchObject({ state: 'connected', stale: false, reconnects: 1 });
  });

  it('clears yesterday’s calls by itself when the hall’s day turns, and reads the new day’s board', async () => {
    const b = board();
    await b.resync();
    await issue();
    await call('w01');
    expect(b.state().calls).toHaveLength(1);
    await clock.advanceAsync(14 * 3600_000 + 60_000);
    await vi.waitFor(() => expect(b.state()).toMatchObject({ businessDate: '2026-11-25', calls: [] }));
    b.stop();
  });

  it('keeps what it shows when the board cannot be read, with the reason', async () => {
    const b = board();
    await b.resync();
    await issue();
    await call('w01');
    up = false;
    const r = await b.resync();
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.offline' } });
    expect(b.state().calls).toHaveLength(1);
    // It tries again by itself after a back-off, and takes the board once the platform answers.
    up = true;
    await finish('w01');
    await issue();
    forward = false;
    const missed = await call('w01');
    await clock.advanceAsync(2000);
    await vi.waitFor(() => expect(b.state().calls[0]!.number).toBe(missed.number));
  });
});
