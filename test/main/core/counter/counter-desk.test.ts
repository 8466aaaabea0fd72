// The window terminal's desk against the real reference platform over HTTP (the seed hall's queue
// set-up, staff with their demo PINs), the event stream stood in by a hand-driven emitter, a manual
// clock, a recording pad: sign-in (PIN, card), the actions and their refusals, a press whose answer
// was lost sent again with the same key (nothing called twice), the window followed by its events,
// skipped numbers, the pad's caller keys and display, the idle pause, help calls.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../domain/result.ts';
import type { CounterState } from '../../../../main/contract/index.ts';
import { CounterDesk, type CallerPad } from '../../../../main/core/counter/counter-desk.ts';
import { QueueSetupCache } from '../../../../main/core/queue/queue-setup-cache.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { PlatformClient, type Credentials } from '../../../../main/platform-client/client.ts';
import { openDatabase, QueueSetupRepo } from '../../../../main/store/index.ts';
import { businessCategories, staff, windows } from '../../../../platform/seed/index.ts';
import { seedPinOf, seedStaffCards } from '../../../../platform/seed/staff-credentials.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { FakePlatformEvents } from '../../../support/fake-platform-events.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const WINDOW = 'w02';
const staffOf = (windowId: string) => windows.find((w) => w.id === windowId)!.staffId!;
const STAFF = staffOf(WINDOW);

let platform: RunningPlatform;
let clock: ManualClock;
let creds: Credentials;
/** up: answers arrive; lost: the platform gets the request, the answer never comes back; down: nothing reaches it. */
let net: 'up' | 'lost' | 'down';
let events: FakePlatformEvents;
let states: CounterState[];
let keys: string[];
let pad: { shown: string[]; beeps: number };
let transfers: number;
let desk: CounterDesk;

const refused = (what: string) => Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' }, what });

function makeDesk(idlePauseMinutes = 15): CounterDesk {
  const client = new PlatformClient({
    baseUrl: platform.url,
    fetch: async (u, i) => {
      if (net === 'down') throw refused('down');
      const res = await fetch(u, i);
      if (net === 'lost') {
        await res.text();
        throw refused('lost');
      }
      return res;
    },
    clock,
    timeoutMs: 3000,
    credentials: () => creds ?? null,
  });
  const db = openDatabase(':memory:');
  const setup = new QueueSetupCache({ client, repo: new QueueSetupRepo(db), clock, log: new EventLog(clock).for('queue') });
  const callerPad: CallerPad = {
    showNumber: (n) => (pad.shown.push(n), Promise.resolve(ok(undefined))),
    beep: () => (pad.beeps++, Promise.resolve(ok(undefined))),
  };
  let n = 0;
  return new CounterDesk({
    windowId: WINDOW,
    idlePauseMinutes,
    client,
    events,
    setup,
    pad: () => callerPad,
    clock,
    log: new EventLog(clock).for('counter'),
    newKey: () => (keys.push(`press-${++n}-key`), keys.at(-1)!),
    onChange: (s) => states.push(s),
    onTransferRequested: () => transfers++,
  });
}

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ clock, version: 't' });
  const q = await platform.platform.queue.configure({ categories: businessCategories, windows, staff });
  if (!q.ok) throw new Error(q.error.message);
  for (const s of staff) await platform.platform.staffDuty.setCredentials(s.id, seedPinOf(s.id), seedStaffCards.find((c) => c.staffId === s.id)?.idNumber ?? null);
  net = 'up';
  const code = await platform.platform.auth.issueEnrolmentCode('c1', 'counter');
  const enrol = await new PlatformClient({ baseUrl: platform.url, fetch, clock, timeoutMs: 3000, credentials: () => null }).call('terminals.enrol', { body: { code, terminalId: 'c1', role: 'counter', version: 't' } });
  if (!enrol.ok || enrol.value.notModified) throw new Error('enrol');
  creds = { terminalId: 'c1', credential: enrol.value.value.credential };
  events = new FakePlatformEvents();
  states = [];
  keys = [];
  pad = { shown: [], beeps: 0 };
  transfers = 0;
  desk = makeDesk();
  await desk.start();
});
afterEach(async () => {
  desk.stop();
  await platform.close();
});

const issue = async (categoryId = 'general') => {
  const r = await platform.platform.queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'k1' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const ticketState = async (id: string) => {
  const r = await platform.platform.queue.getTicket(id);
  return r.ok ? r.value.state : null;
};

describe('CounterDesk', () => {
  it('starts on the sign-in screen with the window and its businesses from the set-up', () => {
    const s = desk.state();
    expect(s).toMatchObject({ windowId: WINDOW, windowNumber: '02', staff: null, paused: false, locked: false, current: null });
    expect(s.businesses.filter((b) => b.mine).map((b) => b.categoryId)).toEqual(windows.find((w) => w.id === WINDOW)!.categoryIds);
    expect(s.businesses.find((b) => b.categoryId === 'general')?.waiting).toBe(0);
  });

  it('signs in by PIN; a wrong PIN is refused with the tries left, under its own code', async () => {
    const wrong = await desk.signIn(STAFF, '000000');
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'staff.wrongPin', details: { attemptsLeft: 4 } });
    expect(desk.state().staff).toBeNull();
    const r = await desk.signIn(STAFF, seedPinOf(STAFF));
    expect(r.ok && r.value.staff).toMatchObject({ id: STAFF });
    // Actions before sign-in are refused.
    const other = makeDesk();
    const before = await other.act({ action: 'callNext' });
    expect(!before.ok && before.error.code).toBe('staff.notSignedIn');
  });

  it('signs in by staff card; a card of someone on duty elsewhere is refused naming their window', async () => {
    const card = seedStaffCards[0]!;
    const own = windows.find((w) => w.staffId === card.staffId)!;
    const elsewhere = await desk.cardPresented(card.idNumber);
    expect(!elsewhere.ok && elsewhere.error).toMatchObject({ code: 'staff.onDutyElsewhere', details: { windowNumber: own.number } });
    await platform.platform.staffDuty.signOut(own.id);
    const r = await desk.cardPresented(card.idNumber);
    expect(r.ok && r.value.staff?.id).toBe(card.staffId);
    const unknown = await makeDesk().cardPresented('110105199003071239');
    expect(!unknown.ok && unknown.error.code).toBe('staff.unknownCard');
  });

  it('calls next: the ticket at the window, the pad shows its number and beeps; finish frees the window', async () => {
    await desk.signIn(STAFF, seedPinOf(STAFF));
    const t = await issue();
    const r = await desk.act({ action: 'callNext' });
    expect(r.ok && r.value.current).toMatchObject({ id: t.id, number: t.number, state: 'called', categoryName: '综合受理' });
    expect(pad).toEqual({ shown: [t.number], beeps: 1 });
    expect((await desk.act({ action: 'start' })).ok).toBe(true);
    expect(await ticketState(t.id)).toBe('serving');
    const done = await desk.act({ action: 'finish' });
    expect(done.ok && done.value.current).toBeNull();
    expect(await ticketState(t.id)).toBe('finished');
    expect(states.at(-1)?.current).toBeNull();
  });

  it("offers the hall's other windows, and transfers to one of them: the successor waits reserved for it; a window not serving the business is refused under its own code", async () => {
    await desk.signIn(STAFF, seedPinOf(STAFF));
    const others = desk.state().otherWindows;
    const seedOthers = windows.filter((w) => w.id !== WINDOW);
    expect(others.map((w) => w.id).sort()).toEqual(seedOthers.map((w) => w.id).sort());
    expect(others.map((w) => Number(w.number))).toEqual([...others.map((w) => Number(w.number))].sort((a, b) => a - b));
    for (const w of others) expect(w.open).toBe(seedOthers.find((x) => x.id === w.id)!.staffId !== null);
    const t = await issue();
    await desk.act({ action: 'callNext' });
    const notServing = others.find((w) => w.open && !w.categoryIds.includes('general'))!;
    const refusedTransfer = await desk.act({ action: 'transfer', toWindowId: notServing.id, position: 'keep' });
    expect(!refusedTransfer.ok && refusedTransfer.error).toMatchObject({ code: 'queue.windowNotServing', details: { windowNumber: notServing.number } });
    expect(desk.state().current?.id).toBe(t.id);
    const target = others.find((w) => w.open && w.categoryIds.includes('general'))!;
    const r = await desk.act({ action: 'transfer', toWindowId: target.id, position: 'keep' });
    expect(r.ok && r.value.current).toBeNull();
    const successor = await platform.platform.queue.getTicket(t.id);
    const successorId = successor.ok ? successor.value.transferredTo : null;
    const moved = await platform.platform.queue.getTicket(successorId ?? '');
    expect(moved.ok && moved.value).toMatchObject({ number: t.number, categoryId: 'general', state: 'waiting', reservedFor: target.id });
  });

  it('a press whose answer was lost is sent again with the same key: one ticket called, not two', async () => {
    await desk.signIn(STAFF, seedPinOf(STAFF));
    const a = await issue();
    const b = await issue();
    net = 'lost';
    const lost = await desk.act({ action: 'callNext' });
    expect(!lost.ok && lost.error.code).toBe('platform.offline');
    expect(await ticketState(a.id)).toBe('called'); // it did reach the platform
    net = 'up';
    const again = await desk.act({ action: 'callNext' });
    expect(again.ok && again.value.current?.id).toBe(a.id);
    expect(await ticketState(b.id)).toBe('waiting');
    expect(keys).toHaveLength(1);
    // The next press is a new one: a fresh key.
    await desk.act({ action: 'recall' });
    expect(keys).toHaveLength(2);
  });

  it('a refusal is said under its own code and its key is not kept', async () => {
    await desk.signIn(STAFF, seedPinOf(STAFF));
    const none = await desk.act({ action: 'callNext' });
    expect(!none.ok && none.error.code).toBe('queue.noWaiting');
    const t = await issue();
    const r = await desk.act({ action: 'callNext' });
    expect(r.ok && r.value.current?.id).toBe(t.id);
    expect(keys).toHaveLength(2);
    const noCurrent = await makeDesk().act({ action: 'finish' });
    expect(!noCurrent.ok && noCurrent.error.code).toBe('staff.notSignedIn');
  });

  it('pause refuses call next on the platform until resumed', async () => {
    await desk.signIn(STAFF, seedPinOf(STAFF));
    await issue();
    const p = await desk.pause();
    expect(p.ok && p.value.paused).toBe(true);
    const r = await desk.act({ action: 'callNext' });
    expect(!r.ok && r.error.code).toBe('queue.windowPaused');
    await desk.resume();
    expect((await desk.act({ action: 'callNext' })).ok).toBe(true);
  });

  it('follows the window by its events: a call made elsewhere, counts, skipped numbers, a sign-out elsewhere', async () => {
    await desk.signIn(STAFF, seedPinOf(STAFF));
    const t = await issue();
    events.deliver({ type: 'countsChanged', at: new Date(clock.now()).toISOString(), counts: await platform.platform.queue.counts(['general']) });
    expect(states.at(-1)?.businesses.find((b) => b.categoryId === 'general')?.waiting).toBe(1);
    // The developer page calls at this window: the event makes the desk read the window.
    const called = await platform.platform.queue.callNext(WINDOW);
    expect(called.ok).toBe(true);
    events.deliver({ type: 'ticketCalled', at: '', ticketId: t.id, number: t.number, categoryId: 'general', windowId: WINDOW, windowNumber: '02', windowName: '', area: '', recall: false, callCount: 1 });
    await desk.refresh();
    expect(desk.state().current?.id).toBe(t.id);
    // Another window's call is not ours: no read.
    const reads = states.length;
    events.deliver({ type: 'ticketCalled', at: '', ticketId: 'x', number: 'A999', categoryId: 'general', windowId: 'w05', windowNumber: '05', windowName: '', area: '', recall: false, callCount: 1 });
    expect(states.length).toBe(reads);
    // Skipped here: listed to call back; called back anywhere: gone.
    await desk.act({ action: 'skip' });
    expect(desk.state().skipped.map((s) => s.number)).toEqual([t.number]);
    events.deliver({ type: 'ticketStateChanged', at: '', ticketId: t.id, number: t.number, categoryId: 'general', from: 'skipped', to: 'called', windowId: 'w03' });
    expect(desk.state().skipped).toEqual([]);
    // Signed out on the platform (another terminal, the developer page): back to the sign-in screen.
    await platform.platform.staffDuty.signOut(WINDOW);
    events.deliver({ type: 'windowDutyChanged', at: '', windowId: WINDOW, windowNumber: '02', staffId: null, paused: false });
    await desk.refresh();
    expect(desk.state().staff).toBeNull();
  });

  it("maps the pad's caller keys: call next, recall, skip, pause to hold, confirm to finish, transfer to the screen", async () => {
    await desk.signIn(STAFF, seedPinOf(STAFF));
    const a = await issue();
    await desk.padKey('callNext');
    expect(await ticketState(a.id)).toBe('called');
    await desk.padKey('recall');
    expect(desk.state().current?.callCount).toBe(2);
    await desk.padKey('pause');
    expect(await ticketState(a.id)).toBe('held');
    await desk.act({ action: 'callBack', ticketId: a.id });
    await desk.padKey('transfer');
    expect(transfers).toBe(1);
    await desk.padKey('requestRating');
    expect(await ticketState(a.id)).toBe('called');
    await desk.padKey('confirm');
    expect(await ticketState(a.id)).toBe('finished');
    const b = await issue();
    await desk.padKey('callNext');
    await desk.padKey('skip');
    expect(await ticketState(b.id)).toBe('skipped');
    expect(pad.shown).toEqual([a.number, a.number, a.number, b.number]);
  });

  it('pauses itself after the idle minutes with nobody at the window, and asks for a sign-in again', async () => {
    desk.stop();
    desk = makeDesk(10);
    await desk.start();
    await desk.signIn(STAFF, seedPinOf(STAFF));
    clock.advance(9 * 60_000);
    desk.activity();
    clock.advance(9 * 60_000);
    expect(desk.state().locked).toBe(false);
    // A citizen at the window keeps it open however long it takes.
    await issue();
    await desk.act({ action: 'callNext' });
    clock.advance(30 * 60_000);
    expect(desk.state().locked).toBe(false);
    await desk.act({ action: 'finish' });
    clock.advance(10 * 60_000);
    expect(desk.state()).toMatchObject({ locked: true, paused: true });
    const refusedAct = await desk.act({ action: 'callNext' });
    expect(!refusedAct.ok && refusedAct.error.code).toBe('staff.notSignedIn');
    await expect.poll(async () => await platform.platform.staffDuty.isPaused(WINDOW)).toBe(true);
    const back = await desk.signIn(STAFF, seedPinOf(STAFF));
    expect(back.ok && back.value).toMatchObject({ locked: false, paused: false });
    expect(await platform.platform.staffDuty.isPaused(WINDOW)).toBe(false);
  });

  it('lists help calls from the events, and acknowledges them as the signed-in staff', async () => {
    await desk.signIn(STAFF, seedPinOf(STAFF));
    const call = await platform.platform.help.call('k9', 'reading', '一楼 A 区');
    events.deliver({ type: 'helpCalled', at: call.createdAt, call });
    expect(desk.state().helpCalls.map((c) => c.id)).toEqual([call.id]);
    const r = await desk.acknowledgeHelp(call.id);
    const name = staff.find((s) => s.id === STAFF)!.name;
    expect(r.ok && r.value.helpCalls[0]).toMatchObject({ id: call.id, state: 'acknowledged', acknowledgedBy: name });
    await desk.resolveHelp(call.id);
    expect(desk.state().helpCalls).toEqual([]);
  });
});
