// Window actions over the ticket state machine: callNext order, recall, start, skip, hold and call
// back, transfer, finish; every action refused in a wrong state, at the wrong window, or when the
// window is closed or busy.
import { afterEach, describe, expect, it } from 'vitest';
import { transitions, ticketStates, type CounterAction, type TicketState } from '../../../platform/queue/index.ts';
import { queueEventSchemas } from '../../../domain/queue.ts';
import { cleanUp, code, idNumber, issue, openQueue, value, type Harness } from './support.ts';

afterEach(cleanUp);

const ELDER = idNumber('19500101', 111);

describe('callNext', () => {
  it('calls priority tickets first, then by the window preference, then in issue order', async () => {
    const h = await openQueue();
    const a1 = await issue(h, 'general');
    const b1 = await issue(h, 'social');
    const a2 = await issue(h, 'general', { priority: 'onlineApplication' }); // rank 1 in general
    const a3 = await issue(h, 'general', { priority: 'appointment' }); // rank 0 in general
    const b2 = await issue(h, 'social', { priority: 'appointment' });
    const a4 = await issue(h, 'general');
    // w02 serves social first, then general.
    const order = [];
    for (let i = 0; i < 6; i++) {
      const t = value(await h.queue.callNext('w02'));
      order.push(t.number);
      value(await h.queue.finish({ windowId: 'w02' }));
    }
    expect(order).toEqual([b2.number, a3.number, a2.number, b1.number, a1.number, a4.number]);
    expect(code(await h.queue.callNext('w02'))).toBe('queue.noWaiting');
  });

  it('calls a green ticket before normal ones at a window that serves both', async () => {
    const h = await openQueue();
    const a1 = await issue(h, 'general');
    const v1 = await issue(h, 'green', { idNumber: ELDER });
    expect(value(await h.queue.callNext('w01')).number).toBe(v1.number);
    value(await h.queue.finish({ windowId: 'w01' }));
    expect(value(await h.queue.callNext('w01')).number).toBe(a1.number);
  });

  it('records the window and staff, and counts the call', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    const called = value(await h.queue.callNext('w01'));
    expect(called).toMatchObject({ state: 'called', windowId: 'w01', staffId: 'ST0001', callCount: 1, waitingAhead: null });
    expect(called.calledAt).toBe(new Date(h.clock.now()).toISOString());
  });

  it('needs staff on duty, a known window, and a free window', async () => {
    const h = await openQueue();
    await issue(h, 'social');
    await issue(h, 'social');
    expect(code(await h.queue.callNext('w03'))).toBe('queue.windowClosed');
    expect(code(await h.queue.callNext('w99'))).toBe('queue.unknownWindow');
    value(await h.queue.callNext('w02'));
    const busy = await h.queue.callNext('w02');
    expect(busy.ok ? null : busy.error).toMatchObject({ code: 'queue.windowBusy', details: { number: 'B001' } });
    value(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    expect(value(await h.queue.callNext('w03')).number).toBe('B002');
  });
});

describe('recall, start, finish', () => {
  it('recalls the current ticket, starts and finishes it; the finished ticket names window and staff', async () => {
    const h = await openQueue();
    const t = await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    expect(value(await h.queue.recall({ windowId: 'w01' }))).toMatchObject({ id: t.id, state: 'called', callCount: 2 });
    expect(value(await h.queue.startServing({ windowId: 'w01', ticketId: t.id })).state).toBe('serving');
    h.clock.advance(5 * 60_000);
    const done = value(await h.queue.finish({ windowId: 'w01' }));
    expect(done).toMatchObject({ state: 'finished', windowId: 'w01', staffId: 'ST0001', finishedAt: new Date(h.clock.now()).toISOString() });
    expect(value(await h.queue.windowStatus('w01')).current).toBeNull();
  });

  it('finishes straight from called', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    expect(value(await h.queue.finish({ windowId: 'w01' })).state).toBe('finished');
  });
});

describe('skip and call back', () => {
  it('never calls a skipped ticket again unless it is called back explicitly', async () => {
    const h = await openQueue();
    const a1 = await issue(h, 'general');
    const a2 = await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    expect(value(await h.queue.skip({ windowId: 'w01' })).state).toBe('skipped');
    expect(value(await h.queue.callNext('w01')).id).toBe(a2.id);
    value(await h.queue.finish({ windowId: 'w01' }));
    expect(code(await h.queue.callNext('w01'))).toBe('queue.noWaiting');
    // Any window serving the category may call it back; one that does not serve it may not.
    expect(code(await h.queue.callBack({ windowId: 'w03', ticketId: a1.id }))).toBe('queue.windowClosed');
    value(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    expect(code(await h.queue.callBack({ windowId: 'w03', ticketId: a1.id }))).toBe('queue.wrongWindow');
    expect(value(await h.queue.callBack({ windowId: 'w02', ticketId: a1.id }))).toMatchObject({ state: 'called', windowId: 'w02', callCount: 2 });
  });

  it('holds a ticket, frees the window, and calls it back at the same window only', async () => {
    const h = await openQueue();
    const a1 = await issue(h, 'general');
    const a2 = await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    value(await h.queue.startServing({ windowId: 'w01' }));
    expect(value(await h.queue.hold({ windowId: 'w01' })).state).toBe('held');
    expect(value(await h.queue.windowStatus('w01'))).toMatchObject({ current: null, held: [{ id: a1.id, state: 'held' }] });
    expect(value(await h.queue.callNext('w01')).id).toBe(a2.id);
    // Busy with a2: finish it first.
    expect(code(await h.queue.callBack({ windowId: 'w01', ticketId: a1.id }))).toBe('queue.windowBusy');
    value(await h.queue.finish({ windowId: 'w01' }));
    expect(code(await h.queue.callBack({ windowId: 'w02', ticketId: a1.id }))).toBe('queue.wrongWindow');
    expect(value(await h.queue.callBack({ windowId: 'w01', ticketId: a1.id })).state).toBe('called');
    expect(value(await h.queue.finish({ windowId: 'w01' })).state).toBe('finished');
  });
});

describe('transfer', () => {
  async function threeWaiting(h: Harness) {
    const b1 = await issue(h, 'social');
    h.clock.advance(60_000);
    const a1 = await issue(h, 'general');
    h.clock.advance(60_000);
    const b2 = await issue(h, 'social');
    return { a1, b1, b2 };
  }

  it('keeps the place by issue time by default: the successor waits in the new category with the same number', async () => {
    const h = await openQueue();
    const { a1, b2 } = await threeWaiting(h);
    // w01 serves general only (and green): it calls A001 and transfers it to social.
    expect(value(await h.queue.callNext('w01')).id).toBe(a1.id);
    const moved = value(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'social' }));
    expect(moved).toMatchObject({
      number: a1.number,
      categoryId: 'social',
      state: 'waiting',
      origin: 'transfer',
      transferredFrom: a1.id,
      issuedAt: a1.issuedAt,
      waitingAhead: 1, // B001 only: it was issued before A001
    });
    expect(value(await h.queue.getTicket(a1.id))).toMatchObject({ state: 'transferred', transferredTo: moved.id });
    const order = [];
    for (let i = 0; i < 3; i++) {
      order.push(value(await h.queue.callNext('w02')).number);
      value(await h.queue.finish({ windowId: 'w02' }));
    }
    expect(order).toEqual(['B001', 'A001', b2.number]);
  });

  it('goes behind everyone waiting with position "end"', async () => {
    const h = await openQueue();
    const { a1 } = await threeWaiting(h);
    value(await h.queue.callNext('w01'));
    const moved = value(await h.queue.transfer({ windowId: 'w01', ticketId: a1.id, toCategoryId: 'social', position: 'end' }));
    expect(moved.waitingAhead).toBe(2);
  });

  it('carries a priority over to the rule of the same code or basis in the new category', async () => {
    const h = await openQueue();
    await issue(h, 'social');
    await issue(h, 'general', { priority: 'appointment' });
    value(await h.queue.callNext('w01'));
    const moved = value(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'social' }));
    expect(moved.priority?.code).toBe('appointment');
    expect(moved.waitingAhead).toBe(0);
  });

  it('refuses an unknown or the same category', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    expect(code(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'nope' }))).toBe('queue.unknownCategory');
    expect(code(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'general' }))).toBe('queue.badState');
  });
});

// 转移到指定窗口: the successor waits reserved for the named window (w01 general+green, w02
// social+general, w03 social and closed): only that window calls it, before its other tickets.
describe('transfer to a window', () => {
  it('reserves the successor for that window: it calls it first, ahead of priority tickets; the others never take it', async () => {
    const h = await openQueue();
    const a1 = await issue(h, 'general');
    const a2 = await issue(h, 'general');
    expect(value(await h.queue.callNext('w01')).id).toBe(a1.id);
    const b1 = await issue(h, 'social', { priority: 'appointment' });
    h.events.length = 0;
    const moved = value(await h.queue.transfer({ windowId: 'w01', toWindowId: 'w02' }));
    expect(moved).toMatchObject({ number: a1.number, categoryId: 'general', state: 'waiting', origin: 'transfer', transferredFrom: a1.id, reservedFor: 'w02', waitingAhead: 0 });
    expect(value(await h.queue.getTicket(a2.id)).reservedFor).toBeNull();
    // The transfer is announced with the reservation, as the hall's event schema reads it.
    const announced = h.events.find((e) => e.type === 'ticketTransferred');
    expect(queueEventSchemas.ticketTransferred.parse(announced).ticket).toMatchObject({ id: moved.id, reservedFor: 'w02' });
    // w01 serves general too, but takes A002 and then finds nobody: A001 waits for w02 only.
    expect(value(await h.queue.callNext('w01')).id).toBe(a2.id);
    value(await h.queue.finish({ windowId: 'w01' }));
    expect(code(await h.queue.callNext('w01'))).toBe('queue.noWaiting');
    // w02 calls the reserved A001 before B001's appointment priority, then B001.
    expect(value(await h.queue.callNext('w02')).id).toBe(moved.id);
    value(await h.queue.finish({ windowId: 'w02' }));
    expect(value(await h.queue.callNext('w02')).id).toBe(b1.id);
  });

  it('moves to another business and a window at once; the window must serve it and be open', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    const notServing = await h.queue.transfer({ windowId: 'w01', toWindowId: 'w03' });
    expect(notServing.ok ? null : notServing.error).toMatchObject({ code: 'queue.windowNotServing', details: { windowNumber: '3', categoryId: 'general' } });
    const closed = await h.queue.transfer({ windowId: 'w01', toCategoryId: 'social', toWindowId: 'w03' });
    expect(closed.ok ? null : closed.error).toMatchObject({ code: 'queue.targetWindowClosed', details: { windowNumber: '3' } });
    expect(code(await h.queue.transfer({ windowId: 'w01', toWindowId: 'w99' }))).toBe('queue.unknownWindow');
    expect(code(await h.queue.transfer({ windowId: 'w01', toWindowId: 'w01' }))).toBe('queue.badState');
    expect(code(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'nope', toWindowId: 'w02' }))).toBe('queue.unknownCategory');
    // Nothing was half done: the ticket is still called at w01.
    expect(value(await h.queue.windowStatus('w01')).current).toMatchObject({ state: 'called', reservedFor: null });
    value(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    const moved = value(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'social', toWindowId: 'w03', position: 'end' }));
    expect(moved).toMatchObject({ categoryId: 'social', reservedFor: 'w03' });
    expect(code(await h.queue.callNext('w02'))).toBe('queue.noWaiting');
    expect(value(await h.queue.callNext('w03')).id).toBe(moved.id);
  });

  it('is called back at its window only, and released to every window of its business when that window closes', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    const moved = value(await h.queue.transfer({ windowId: 'w01', toWindowId: 'w02' }));
    value(await h.queue.callNext('w02'));
    value(await h.queue.skip({ windowId: 'w02' }));
    expect(code(await h.queue.callBack({ windowId: 'w01', ticketId: moved.id }))).toBe('queue.wrongWindow');
    await issue(h, 'general');
    const other = value(await h.queue.callNext('w02'));
    value(await h.queue.transfer({ windowId: 'w02', toWindowId: 'w01' }));
    // w01 now has the transferred ticket reserved; w01's staff sign out: it is anyone's again.
    value(await h.queue.setWindowStaff({ windowId: 'w01', staffId: null }));
    const freed = value(await h.queue.callNext('w02'));
    expect(freed).toMatchObject({ number: other.number, reservedFor: null });
    value(await h.queue.finish({ windowId: 'w02' }));
    expect(value(await h.queue.callBack({ windowId: 'w02', ticketId: moved.id })).id).toBe(moved.id);
  });
});

describe('wrong state, wrong window', () => {
  type Act = (h: Harness, ticketId: string) => Promise<{ ok: boolean; error?: { code: string } }>;
  const acts: Record<Exclude<CounterAction, 'call'>, Act> = {
    recall: async (h, id) => await h.queue.recall({ windowId: 'w01', ticketId: id }),
    start: async (h, id) => await h.queue.startServing({ windowId: 'w01', ticketId: id }),
    skip: async (h, id) => await h.queue.skip({ windowId: 'w01', ticketId: id }),
    hold: async (h, id) => await h.queue.hold({ windowId: 'w01', ticketId: id }),
    callBack: async (h, id) => await h.queue.callBack({ windowId: 'w01', ticketId: id }),
    transfer: async (h, id) => await h.queue.transfer({ windowId: 'w01', ticketId: id, toCategoryId: 'social' }),
    finish: async (h, id) => await h.queue.finish({ windowId: 'w01', ticketId: id }),
  };

  /** A ticket of category general brought to `state` at window w01. */
  async function ticketIn(h: Harness, state: TicketState): Promise<string> {
    const t = await issue(h, 'general');
    if (state === 'waiting') return t.id;
    value(await h.queue.callNext('w01'));
    if (state === 'called') return t.id;
    if (state === 'serving') return value(await h.queue.startServing({ windowId: 'w01' })).id;
    if (state === 'held') return value(await h.queue.hold({ windowId: 'w01' })).id;
    if (state === 'skipped') return value(await h.queue.skip({ windowId: 'w01' })).id;
    if (state === 'finished') return value(await h.queue.finish({ windowId: 'w01' })).id;
    value(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'social' }));
    return t.id;
  }

  for (const [action, act] of Object.entries(acts) as [Exclude<CounterAction, 'call'>, Act][]) {
    for (const state of ticketStates) {
      const allowed = (transitions[action].from as readonly TicketState[]).includes(state);
      it(`${action} from ${state}: ${allowed ? 'allowed' : 'queue.badState'}`, async () => {
        const h = await openQueue();
        const id = await ticketIn(h, state);
        const r = await act(h, id);
        if (allowed) expect(r.ok).toBe(true);
        else expect(r).toMatchObject({ ok: false, error: { code: 'queue.badState', details: { state, action } } });
      });
    }
  }

  it('refuses an action on another window’s ticket, and on a ticket that does not exist', async () => {
    const h = await openQueue();
    const t = await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    expect(code(await h.queue.finish({ windowId: 'w02', ticketId: t.id }))).toBe('queue.wrongWindow');
    expect(code(await h.queue.finish({ windowId: 'w02' }))).toBe('queue.notFound');
    expect(code(await h.queue.finish({ windowId: 'w01', ticketId: 'nope' }))).toBe('queue.notFound');
    expect(code(await h.queue.getTicket('nope'))).toBe('queue.notFound');
  });

  it('will not close a window that has a ticket', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    expect(code(await h.queue.setWindowStaff({ windowId: 'w01', staffId: null }))).toBe('queue.windowBusy');
    value(await h.queue.finish({ windowId: 'w01' }));
    value(await h.queue.setWindowStaff({ windowId: 'w01', staffId: null }));
    expect(code(await h.queue.callNext('w01'))).toBe('queue.windowClosed');
    expect(code(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0002' }))).toBe('queue.invalidConfig');
    expect(code(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'XX9999' }))).toBe('queue.invalidConfig');
  });
});
