// Several halls in one platform (issue 17), over real HTTP, on SQLite and (project platform-pg) on
// PostgreSQL: each hall numbers on its own (A001 in each), a terminal of one hall cannot see, call or
// act on another's tickets, windows or help calls, settings and notices are a hall's, the event stream
// carries a hall's events to that hall's listeners only, and the supervision figures are a hall's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zhangWei } from '../../devices/idcard/test-identities.ts';
import type { Result } from '../../domain/result.ts';
import { businessCategories, staff, windows } from '../../platform/seed/index.ts';
import { seedHall } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { HallError } from '../../platform/services/halls.ts';
import { enrolledClient } from '../support/enrolled-client.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { platformDatabase } from '../support/platform-database.ts';
import { listenSse } from '../support/sse-listen.ts';

let clock: ManualClock;
let platform: RunningPlatform;
const EAST = 'east';
const allDay = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
const config = { categories: businessCategories.map((c) => ({ ...c, hours: allDay, slotQuotas: [] })), windows, staff };
const general = businessCategories.find((c) => c.prefix === 'A')!;
const window = windows.find((w) => w.categoryIds.includes(general.id) && w.staffId !== null)!;

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ ...(await platformDatabase()), clock, version: 't' });
  expect(await seedHall(platform.platform, { id: EAST, name: '东区政务服务大厅' })).toBe(true);
  for (const hall of ['default', EAST]) {
    const r = await platform.platform.queues.of(hall).configure(config);
    if (!r.ok) throw new Error(r.error.message);
  }
});
afterEach(() => platform.close());

/** The platform's refusal code of a client result (null when it succeeded). */
function refusal(r: Result<unknown>): unknown {
  return r.ok ? null : (r.error.details as { platformCode?: string } | undefined)?.platformCode;
}

function valueOf<T>(r: Result<{ notModified: true } | { notModified: false; value: T; etag?: string | null }>): T {
  if (!r.ok) throw new Error(r.error.message);
  if (r.value.notModified) throw new Error('not modified');
  return r.value.value;
}

let keys = 0;
const key = () => `halls-test-${String(++keys).padStart(4, '0')}`;

describe('halls', () => {
  it('seedHall keeps an existing hall as it is; enrolment into an unknown hall is refused', async () => {
    expect(await seedHall(platform.platform, { id: EAST, name: 'another name' })).toBe(false);
    expect(await platform.platform.halls.list()).toEqual([
      { id: 'default', name: '政务服务大厅' },
      { id: EAST, name: '东区政务服务大厅' },
    ]);
    await expect(platform.platform.auth.issueEnrolmentCode('k9', 'kiosk', { hall: 'west' })).rejects.toThrow(HallError);
    await expect(platform.platform.halls.create({ id: 'West Hall', name: 'x' })).rejects.toThrow('hall id "West Hall"');
  });

  it('numbers each hall on its own, and a hall-A terminal cannot see, call or act on hall B’s tickets', async () => {
    const kioskA = await enrolledClient(platform, clock, 'kiosk-a', 'kiosk');
    const kioskB = await enrolledClient(platform, clock, 'kiosk-b', 'kiosk', EAST);
    const counterA = await enrolledClient(platform, clock, 'counter-a', 'counter');
    const counterB = await enrolledClient(platform, clock, 'counter-b', 'counter', EAST);
    const issue = (c: typeof kioskA) => c.call('queue.issueTicket', { body: { categoryId: general.id, channel: 'kiosk' }, idempotencyKey: key() });
    const b1 = valueOf(await issue(kioskB));
    const a1 = valueOf(await issue(kioskA));
    const b2 = valueOf(await issue(kioskB));
    expect([a1.number, b1.number, b2.number]).toEqual(['A001', 'A001', 'A002']);
    // Counts are the hall's.
    const countsOf = async (c: typeof kioskA) => valueOf(await c.call('queue.counts')).counts.find((x) => x.categoryId === general.id)!.waiting;
    expect([await countsOf(kioskA), await countsOf(kioskB)]).toEqual([1, 2]);
    // Hall A reads none of hall B's tickets, by id either.
    expect(refusal(await kioskA.call('queue.getTicket', { params: { ticketId: b1.id } }))).toBe('queue.notFound');
    expect(valueOf(await kioskB.call('queue.getTicket', { params: { ticketId: b1.id } })).number).toBe('A001');
    // The same window id in each hall is that hall's window: A's call takes A's ticket, twice nothing more.
    const act = (c: typeof kioskA, body: Record<string, unknown>) => c.call('queue.windowAction', { params: { windowId: window.id }, body: body as never, idempotencyKey: key() });
    expect(valueOf(await act(counterA, { action: 'callNext' })).id).toBe(a1.id);
    expect(refusal(await act(counterA, { action: 'finish', ticketId: b1.id }))).toBe('queue.notFound');
    expect(valueOf(await act(counterA, { action: 'finish' })).id).toBe(a1.id);
    expect(refusal(await act(counterA, { action: 'callNext' }))).toBe('queue.noWaiting');
    expect(valueOf(await kioskB.call('queue.getTicket', { params: { ticketId: b1.id } })).state).toBe('waiting');
    // Hall A's window is free again while hall B's is busy with its own first ticket.
    expect(valueOf(await act(counterB, { action: 'callNext' })).id).toBe(b1.id);
    const boardA = valueOf(await counterA.call('queue.board', { query: {} }));
    const boardB = valueOf(await counterB.call('queue.board', { query: {} }));
    expect(boardA.calls.map((c) => c.ticketId)).toEqual([a1.id]);
    expect(boardB.calls.map((c) => c.ticketId)).toEqual([b1.id]);
    // Supervision's day figures are the hall's.
    const daily = async (c: typeof kioskA) => valueOf(await c.call('supervision.daily', { query: { date: '2026-11-24' } })).hall.calls;
    expect([await daily(counterA), await daily(counterB)]).toEqual([1, 1]);
    // A's terminals list shows A's, B's shows B's.
    const terminalsOf = async (c: typeof kioskA) => valueOf(await c.call('supervision.terminals')).terminals.map((t) => t.terminalId);
    expect(await terminalsOf(counterA)).toEqual(['counter-a', 'kiosk-a']);
    expect(await terminalsOf(counterB)).toEqual(['counter-b', 'kiosk-b']);
  });

  it('keeps settings, notices, staff duty and help calls per hall', async () => {
    const counterA = await enrolledClient(platform, clock, 'counter-a', 'counter');
    const counterB = await enrolledClient(platform, clock, 'counter-b', 'counter', EAST);
    const kioskB = await enrolledClient(platform, clock, 'kiosk-b', 'kiosk', EAST);
    valueOf(await counterB.call('terminals.updateSettings', { body: { idleTimeoutSeconds: 45 } }));
    expect(valueOf(await counterB.call('terminals.settings'))).toMatchObject({ settings: { idleTimeoutSeconds: 45 }, version: 1 });
    expect(valueOf(await counterA.call('terminals.settings'))).toEqual({ settings: {}, updatedAt: null, version: 0 });
    const notice = { id: 'n-east', title: '东区停车场维修', body: '请走北门', validFrom: '2026-11-24T00:00:00+08:00', validTo: null, priority: 1 };
    await platform.platform.notices.publish([notice], undefined, EAST);
    expect(valueOf(await counterB.call('notices.list')).notices.map((n) => n.id)).toEqual(['n-east']);
    expect(valueOf(await counterA.call('notices.list')).notices).toEqual([]);
    // Staff duty: signing out hall B's window leaves hall A's same window staffed.
    const outB = valueOf(await counterB.call('staff.signOut', { params: { windowId: window.id }, idempotencyKey: key() }));
    expect(outB.staff).toBeNull();
    expect(valueOf(await counterA.call('queue.windowStatus', { params: { windowId: window.id } })).staffId).toBe(window.staffId);
    expect(valueOf(await counterB.call('queue.windowStatus', { params: { windowId: window.id } })).staffId).toBeNull();
    // Help calls: hall A's staff neither see nor acknowledge hall B's.
    const call = valueOf(await kioskB.call('help.create', { body: { reason: 'reading', place: '东区 1 楼' }, idempotencyKey: key() }));
    expect(valueOf(await counterA.call('help.listOpen')).calls).toEqual([]);
    expect(valueOf(await counterB.call('help.listOpen')).calls.map((c) => c.id)).toEqual([call.id]);
    expect(refusal(await counterA.call('help.acknowledge', { params: { callId: call.id }, body: { staff: '马建国' }, idempotencyKey: key() }))).toBe('help.notFound');
    expect(valueOf(await counterB.call('help.acknowledge', { params: { callId: call.id }, body: { staff: '马建国' }, idempotencyKey: key() })).state).toBe('acknowledged');
  });

  it('streams a hall’s events to its own listeners only', async () => {
    const credentialOf = async (id: string) => {
      const code = await platform.platform.auth.issueEnrolmentCode(id, 'display', id.endsWith('b') ? { hall: EAST } : {});
      return platform.platform.auth.enrol(code, id, 'display');
    };
    const listen = async (id: string) => listenSse(`${platform.url}api/v1/queue/events`, { 'x-terminal-id': id, authorization: `Bearer ${await credentialOf(id)}` });
    const a = await listen('screen-a');
    const b = await listen('screen-b');
    const queueB = platform.platform.queues.of(EAST);
    const queueA = platform.platform.queues.of('default');
    const tb = await queueB.issueTicket({ categoryId: general.id, channel: 'kiosk', terminalId: 'kiosk-b', idNumber: zhangWei.idNumber });
    if (!tb.ok) throw new Error(tb.error.message);
    expect((await queueB.callNext(window.id)).ok).toBe(true);
    const ta = await queueA.issueTicket({ categoryId: general.id, channel: 'kiosk', terminalId: 'kiosk-a' });
    if (!ta.ok) throw new Error(ta.error.message);
    expect((await queueA.callNext(window.id)).ok).toBe(true);
    const called = (s: typeof a) => s.events().filter((e) => e.event === 'ticketCalled').map((e) => (JSON.parse(e.data) as { ticketId: string }).ticketId);
    for (let i = 0; i < 400 && (called(a).length === 0 || called(b).length === 0); i++) await new Promise((r) => setTimeout(r, 5));
    expect(called(a)).toEqual([ta.value.id]);
    expect(called(b)).toEqual([tb.value.id]);
    const all = (s: typeof a) => s.events().map((e) => e.data).join('\n');
    expect(all(a)).not.toContain(tb.value.id);
    expect(all(b)).not.toContain(ta.value.id);
    a.close();
    b.close();
  });
});
