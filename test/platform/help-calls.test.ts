// Help calls (帮办代办) on the reference platform: the lifecycle and its refusals, one open call per
// kiosk, and the events, announced only after the change committed (never for a rolled-back one).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HelpEvent } from '../../domain/help.ts';
import { HelpCalls } from '../../platform/services/help-calls.ts';
import { openPlatformDatabase } from '../../platform/store/database.ts';
import type { Db } from '../../lib/sqlite.ts';
import { flushMicrotasks, ManualClock } from '../support/manual-clock.ts';
import { platformCodeThrown } from '../support/platform-code.ts';

let db: Db;
let clock: ManualClock;
let events: HelpEvent[];
let help: HelpCalls;
let ids: number;

beforeEach(() => {
  db = openPlatformDatabase(':memory:');
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  events = [];
  ids = 0;
  help = new HelpCalls({ db, now: () => clock.now(), emit: (e) => events.push(e), newId: () => `call-${++ids}` });
});
afterEach(() => db.close());

const codeOf = platformCodeThrown;

describe('HelpCalls', () => {
  it('goes waiting, acknowledged (by whom, when), resolved, with the times of each step', async () => {
    const call = help.call('k1', 'reading', '一楼 A 区');
    expect(call).toMatchObject({ id: 'call-1', terminalId: 'k1', place: '一楼 A 区', reason: 'reading', state: 'waiting', createdAt: '2026-11-24T02:00:00.000Z' });
    clock.advance(60_000);
    expect(help.acknowledge('call-1', '王芳')).toMatchObject({ state: 'acknowledged', acknowledgedBy: '王芳', acknowledgedAt: '2026-11-24T02:01:00.000Z' });
    // The first acknowledgement stands.
    expect(help.acknowledge('call-1', '李娜').acknowledgedBy).toBe('王芳');
    clock.advance(60_000);
    expect(help.resolve('call-1')).toMatchObject({ state: 'resolved', resolvedAt: '2026-11-24T02:02:00.000Z' });
    expect(codeOf(() => help.cancel('call-1', 'k1'))).toBe('help.closed');
    expect(codeOf(() => help.acknowledge('call-1', '李娜'))).toBe('help.closed');
    await flushMicrotasks();
    expect(events.map((e) => [e.type, e.call.state])).toEqual([
      ['helpCalled', 'waiting'],
      ['helpAcknowledged', 'acknowledged'],
      ['helpResolved', 'resolved'],
    ]);
  });

  it('keeps one open call per kiosk: calling again answers it; after a cancel a new call is new', () => {
    const a = help.call('k1', 'reading', '');
    expect(help.call('k1', 'other', '').id).toBe(a.id);
    expect(help.call('k2', 'other', '').id).not.toBe(a.id);
    expect(help.cancel(a.id, 'k1').state).toBe('cancelled');
    // Cancelling again answers it as it is.
    expect(help.cancel(a.id, 'k1').state).toBe('cancelled');
    expect(codeOf(() => help.resolve(a.id))).toBe('help.closed');
    expect(help.call('k1', 'other', '').id).not.toBe(a.id);
    expect(help.open().map((c) => c.terminalId)).toEqual(['k2', 'k1']);
  });

  it("lets a kiosk cancel and read only its own calls; an unknown call is help.notFound", () => {
    const a = help.call('k1', 'reading', '');
    expect(codeOf(() => help.cancel(a.id, 'k2'))).toBe('help.notFound');
    expect(codeOf(() => help.get(a.id, 'k2'))).toBe('help.notFound');
    expect(codeOf(() => help.acknowledge('nope', 'x'))).toBe('help.notFound');
    expect(help.get(a.id, 'k1').state).toBe('waiting');
  });

  it('announces a change only after its transaction committed, and never one rolled back', async () => {
    const tx = db.transaction(() => {
      help.call('k1', 'reading', '');
      // Still inside the transaction: nothing may be announced yet.
      expect(db.inTransaction).toBe(true);
    });
    tx.immediate();
    expect(events).toEqual([]);
    await flushMicrotasks();
    expect(events.map((e) => e.type)).toEqual(['helpCalled']);

    const rolledBack = db.transaction(() => {
      help.acknowledge('call-1', '王芳');
      throw new Error('the route layer failed after the handler');
    });
    expect(() => rolledBack.immediate()).toThrow('after the handler');
    await flushMicrotasks();
    expect(events.map((e) => e.type)).toEqual(['helpCalled']);
    expect(help.get('call-1').state).toBe('waiting');
  });

  it('carries nothing about the citizen: the kiosk, its place, the reason, staff and times only', async () => {
    help.call('k1', 'fillingForm', '二楼');
    await flushMicrotasks();
    expect(Object.keys(events[0]!.call).sort()).toEqual(['acknowledgedAt', 'acknowledgedBy', 'cancelledAt', 'createdAt', 'id', 'place', 'reason', 'resolvedAt', 'state', 'terminalId']);
  });
});
