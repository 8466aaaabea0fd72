// Window staff on the reference platform (上岗, 离岗, 暂停服务): PINs kept only as salted scrypt hashes,
// staff cards as keyed hashes; five wrong PINs lock the staff number for 15 minutes (the clock moved
// by hand); one window at a time; sign-out refused with a citizen at the window; a paused window
// refuses call next and call back; the routes answer counter terminals only; the event says who and
// whether paused, never a PIN or card.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WindowDutyChangedEvent } from '../../domain/staff.ts';
import type { Platform } from '../../platform/app.ts';
import { unwrap } from '../../platform/http/platform-error.ts';
import { staff, windows } from '../../platform/seed/index.ts';
import { seedPinOf, seedStaffCards } from '../../platform/seed/staff-credentials.ts';
import { hashPin, pinMatches, StaffDuty } from '../../platform/services/staff-duty.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { platformCodeRejected } from '../support/platform-code.ts';
import { closeTestPlatforms, createTestPlatform } from '../support/platform-database.ts';
import { deliveredOver } from '../support/settled.ts';

let clock: ManualClock;
let platform: Platform;

const W = 'w02';
const staffAt = (id: string) => windows.find((w) => w.id === id)!.staffId!;
const S = staffAt(W);

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  // The reference seed: the hall's queue set-up (seed businesses, windows, staff) and every staff
  // member's PIN and, for a few, card (seedPinOf, seedStaffCards); on PostgreSQL a copy of it.
  platform = await createTestPlatform({ clock, version: 't', idSecret: 'test-secret-0123456789' }, { seedDay: '2026-11-24' });
});
afterEach(closeTestPlatforms);

const codeOf = platformCodeRejected;
const detailsOf = async (f: () => Promise<unknown>): Promise<unknown> => {
  try {
    await f();
  } catch (e) {
    return (e as { details?: unknown }).details;
  }
  return undefined;
};

describe('staff PINs and cards', () => {
  it('keeps PINs as salted scrypt hashes: never in clear, two hashes of one PIN differ, both verify', async () => {
    const a = hashPin('200288');
    const b = hashPin('200288');
    expect(a).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(pinMatches('200288', a) && pinMatches('200288', b)).toBe(true);
    expect(pinMatches('200289', a)).toBe(false);
    expect(pinMatches('200288', 'md5$abc')).toBe(false);
    const rows = await platform.storage.query<{ pin_hash: string; card_hash: string | null }>('SELECT pin_hash, card_hash FROM staff_credentials');
    expect(rows).toHaveLength(staff.length);
    const dump = JSON.stringify(rows);
    for (const s of staff) expect(dump).not.toContain(seedPinOf(s.id));
    for (const c of seedStaffCards) expect(dump).not.toContain(c.idNumber.slice(-6));
    expect(rows.filter((r) => r.card_hash !== null)).toHaveLength(seedStaffCards.length);
  });

  it('signs in by PIN or card and answers who is on the window', async () => {
    const duty = await platform.staffDuty.signIn(W, { staffId: S, pin: seedPinOf(S) });
    expect(duty).toMatchObject({ window: { id: W }, staff: { id: S }, paused: false });
    const card = seedStaffCards[0]!;
    const own = windows.find((w) => w.staffId === card.staffId)!;
    expect((await platform.staffDuty.signIn(own.id, { idNumber: card.idNumber })).staff?.id).toBe(card.staffId);
    expect(await codeOf(async () => await platform.staffDuty.signIn(W, { idNumber: '110105199003071239' }))).toBe('staff.unknownCard');
    expect(await codeOf(async () => await platform.staffDuty.signIn(W, { staffId: 'ZZ9999', pin: '1234' }))).toBe('staff.unknown');
    expect(await codeOf(async () => await platform.staffDuty.signIn('w999', { staffId: S, pin: seedPinOf(S) }))).toBe('queue.unknownWindow');
  });

  it('counts wrong PINs down, locks the staff number on the fifth for 15 minutes, and lets them in after', async () => {
    expect(await codeOf(async () => await platform.staffDuty.signIn(W, { staffId: S, pin: '000000' }))).toBe('staff.wrongPin');
    // A right PIN starts the count again: then four wrong in a row tell the tries left.
    await platform.staffDuty.signIn(W, { staffId: S, pin: seedPinOf(S) });
    const lefts: number[] = [];
    for (let i = 0; i < 4; i++) lefts.push(((await detailsOf(async () => await platform.staffDuty.signIn(W, { staffId: S, pin: '000000' }))) as { attemptsLeft: number }).attemptsLeft);
    expect(lefts).toEqual([4, 3, 2, 1]);
    expect(await codeOf(async () => await platform.staffDuty.signIn(W, { staffId: S, pin: '000000' }))).toBe('staff.locked');
    // Locked: even the right PIN is refused, saying until when.
    expect(await detailsOf(async () => await platform.staffDuty.signIn(W, { staffId: S, pin: seedPinOf(S) }))).toEqual({ until: new Date(clock.now() + 15 * 60_000).toISOString() });
    clock.advance(14 * 60_000);
    expect(await codeOf(async () => await platform.staffDuty.signIn(W, { staffId: S, pin: seedPinOf(S) }))).toBe('staff.locked');
    clock.advance(60_000);
    expect((await platform.staffDuty.signIn(W, { staffId: S, pin: seedPinOf(S) })).staff?.id).toBe(S);
    // The count starts again from nothing.
    expect((await detailsOf(async () => await platform.staffDuty.signIn(W, { staffId: S, pin: '000000' })) as { attemptsLeft: number }).attemptsLeft).toBe(4);
  });
});

describe('staff on duty', () => {
  it('refuses a staff member on duty at another window, naming it; the window they stand at takes them', async () => {
    const other = staffAt('w03');
    expect(await codeOf(async () => await platform.staffDuty.signIn(W, { staffId: other, pin: seedPinOf(other) }))).toBe('staff.onDutyElsewhere');
    expect(await detailsOf(async () => await platform.staffDuty.signIn(W, { staffId: other, pin: seedPinOf(other) }))).toEqual({ windowNumber: '03' });
    await platform.staffDuty.signOut('w03');
    // Whoever was on w02 is replaced by the new sign-in.
    expect((await platform.staffDuty.signIn(W, { staffId: other, pin: seedPinOf(other) })).staff?.id).toBe(other);
    expect((await platform.queue.configuration()).windows.find((w) => w.id === W)?.staffId).toBe(other);
  });

  it('announces every change: who is on the window and whether it is paused, nothing more', async () => {
    const events: WindowDutyChangedEvent[] = [];
    const duty = new StaffDuty({ storage: platform.storage, now: () => clock.now(), idSecret: 'test-secret-0123456789', queueOf: (hall) => platform.queues.of(hall), emit: (e) => events.push(e), unwrap });
    const delivered = await deliveredOver(platform.storage);
    await duty.ready(); // listening (PostgreSQL: its LISTEN in place) before the first change
    await duty.signIn(W, { staffId: S, pin: seedPinOf(S) });
    await duty.pause(W);
    await duty.resume(W);
    await duty.signOut(W);
    // Notifications reach their listeners after the commit (PostgreSQL: over the listen connection).
    await delivered();
    expect(events.map(({ staffId, paused, windowNumber }) => ({ staffId, paused, windowNumber }))).toEqual([
      { staffId: S, paused: false, windowNumber: '02' },
      { staffId: S, paused: true, windowNumber: '02' },
      { staffId: S, paused: false, windowNumber: '02' },
      { staffId: null, paused: false, windowNumber: '02' },
    ]);
    expect(JSON.stringify(events)).not.toContain(seedPinOf(S));
  });

  it('refuses sign-out while a citizen is at the window; signed out, the window is closed', async () => {
    await platform.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
    expect((await platform.queue.callNext(W)).ok).toBe(true);
    expect(await codeOf(async () => await platform.staffDuty.signOut(W))).toBe('queue.windowBusy');
    expect((await platform.queue.finish({ windowId: W })).ok).toBe(true);
    expect(await platform.staffDuty.signOut(W)).toMatchObject({ staff: null, paused: false });
    expect(await codeOf(async () => await platform.staffDuty.pause(W))).toBe('queue.windowClosed');
  });
});

describe('the staff routes over HTTP', () => {
  async function enrolled(role: string, id: string): Promise<Record<string, string>> {
    const code = await platform.auth.issueEnrolmentCode(id, role);
    const credential = await platform.auth.enrol(code, id, role);
    return { 'x-terminal-id': id, authorization: `Bearer ${credential}`, 'content-type': 'application/json' };
  }
  const post = async (headers: Record<string, string>, url: string, body?: unknown, key?: string) => {
    const res = await platform.app.inject({ method: 'POST', url, headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) }, payload: JSON.stringify(body ?? {}) });
    return { status: res.statusCode, json: res.json() as { error?: { code: string; details?: unknown } } & Record<string, unknown> };
  };

  it('answers only terminals enrolled as counters', async () => {
    const kiosk = await enrolled('kiosk', 'k1');
    const r = await post(kiosk, `/api/v1/windows/${W}/sign-in`, { staffId: S, pin: seedPinOf(S) });
    expect(r.status).toBe(403);
    expect(r.json.error?.code).toBe('forbidden');
    const counter = await enrolled('counter', 'c1');
    const ok = await post(counter, `/api/v1/windows/${W}/sign-in`, { staffId: S, pin: seedPinOf(S) });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ staff: { id: S }, paused: false });
    const wrong = await post(counter, `/api/v1/windows/${W}/sign-in`, { staffId: S, pin: '12' });
    expect(wrong.json.error?.code).toBe('invalidRequest');
  });

  it('a paused window refuses call next and says so in its status; resumed, it calls again', async () => {
    const counter = await enrolled('counter', 'c1');
    const t = await platform.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
    if (!t.ok) throw new Error('issue');
    const paused = await post(counter, `/api/v1/windows/${W}/pause`);
    expect(paused.json).toMatchObject({ paused: true });
    const call = await post(counter, `/api/v1/queue/windows/${W}/actions`, { action: 'callNext' }, 'key-call-next-1');
    expect(call.status).toBe(409);
    expect(call.json.error?.code).toBe('queue.windowPaused');
    const status = await platform.app.inject({ method: 'GET', url: `/api/v1/queue/windows/${W}`, headers: counter });
    expect(status.json()).toMatchObject({ paused: true, staffId: S });
    await post(counter, `/api/v1/windows/${W}/resume`);
    const again = await post(counter, `/api/v1/queue/windows/${W}/actions`, { action: 'callNext' }, 'key-call-next-2');
    expect(again.status).toBe(200);
  });
});
