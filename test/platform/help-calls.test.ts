// Help calls (帮办代办) on the reference platform, on SQLite and PostgreSQL: the lifecycle and its
// refusals, one open call per kiosk, and the events, notified only once the change committed (never
// for a rolled-back one) and carrying the call as that change left it.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { HelpEvent } from '../../domain/help.ts';
import { HELP_CHANNEL, HelpCalls } from '../../platform/services/help-calls.ts';
import type { Storage } from '../../platform/store/storage.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { platformCodeRejected } from '../support/platform-code.ts';
import { closeStorageKinds, storageKinds, until } from '../support/storage-kinds.ts';

afterAll(closeStorageKinds, 60_000);

describe.each(storageKinds)('HelpCalls over $name', ({ open, skip }) => {
  let storage: Storage;
  let clock: ManualClock;
  let events: HelpEvent[];
  let help: HelpCalls;
  let ids: number;

  beforeEach(async () => {
    if (skip) return;
    storage = await open();
    clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    // This test's own list: a notification of an earlier test's storage arriving late goes to that test's.
    const mine: HelpEvent[] = [];
    events = mine;
    ids = 0;
    help = new HelpCalls({ storage, now: () => clock.now(), newId: () => `call-${++ids}` });
    await help.listen((e) => mine.push(e));
  }, 120_000);

  const codeOf = platformCodeRejected;
  const T = { timeout: 60_000 };

  it.skipIf(skip)('goes waiting, acknowledged (by whom, when), resolved, with the times of each step', T, async () => {
    const call = await help.call('k1', 'reading', '一楼 A 区');
    expect(call).toMatchObject({ id: 'call-1', terminalId: 'k1', place: '一楼 A 区', reason: 'reading', state: 'waiting', createdAt: '2026-11-24T02:00:00.000Z' });
    clock.advance(60_000);
    expect(await help.acknowledge('call-1', '王芳')).toMatchObject({ state: 'acknowledged', acknowledgedBy: '王芳', acknowledgedAt: '2026-11-24T02:01:00.000Z' });
    // The first acknowledgement stands.
    expect((await help.acknowledge('call-1', '李娜')).acknowledgedBy).toBe('王芳');
    clock.advance(60_000);
    expect(await help.resolve('call-1')).toMatchObject({ state: 'resolved', resolvedAt: '2026-11-24T02:02:00.000Z' });
    expect(await codeOf(help.cancel('call-1', 'k1'))).toBe('help.closed');
    expect(await codeOf(help.acknowledge('call-1', '李娜'))).toBe('help.closed');
    await until(() => events.length >= 3, 'three help events');
    expect(events.map((e) => [e.type, e.call.state, e.at])).toEqual([
      ['helpCalled', 'waiting', '2026-11-24T02:00:00.000Z'],
      ['helpAcknowledged', 'acknowledged', '2026-11-24T02:01:00.000Z'],
      ['helpResolved', 'resolved', '2026-11-24T02:02:00.000Z'],
    ]);
    // Each event carries the call as its change left it, not as it is now.
    expect(events[1]!.call).toMatchObject({ state: 'acknowledged', acknowledgedBy: '王芳', resolvedAt: null });
  });

  it.skipIf(skip)('keeps one open call per kiosk: calling again answers it; after a cancel a new call is new', T, async () => {
    const a = await help.call('k1', 'reading', '');
    expect((await help.call('k1', 'other', '')).id).toBe(a.id);
    clock.advance(1000);
    expect((await help.call('k2', 'other', '')).id).not.toBe(a.id);
    expect((await help.cancel(a.id, 'k1')).state).toBe('cancelled');
    // Cancelling again answers it as it is.
    expect((await help.cancel(a.id, 'k1')).state).toBe('cancelled');
    expect(await codeOf(help.resolve(a.id))).toBe('help.closed');
    clock.advance(1000);
    expect((await help.call('k1', 'other', '')).id).not.toBe(a.id);
    expect((await help.open()).map((c) => c.terminalId)).toEqual(['k2', 'k1']);
  });

  it.skipIf(skip)("lets a kiosk cancel and read only its own calls; an unknown call is help.notFound", T, async () => {
    const a = await help.call('k1', 'reading', '');
    expect(await codeOf(help.cancel(a.id, 'k2'))).toBe('help.notFound');
    expect(await codeOf(help.get(a.id, 'k2'))).toBe('help.notFound');
    expect(await codeOf(help.acknowledge('nope', 'x'))).toBe('help.notFound');
    expect((await help.get(a.id, 'k1')).state).toBe('waiting');
  });

  it.skipIf(skip)('announces a change only after its transaction committed, and never one rolled back', T, async () => {
    await storage.transaction(async (tx) => {
      await help.call('k1', 'reading', '', tx);
      // Still inside the transaction: nothing may be announced yet.
      await new Promise((r) => setImmediate(r));
      expect(events).toEqual([]);
    });
    await until(() => events.length === 1, 'the committed call');
    expect(events.map((e) => e.type)).toEqual(['helpCalled']);

    await expect(
      storage.transaction(async (tx) => {
        await help.acknowledge('call-1', '王芳', tx);
        throw new Error('the route layer failed after the handler');
      }),
    ).rejects.toThrow('after the handler');
    expect((await help.get('call-1')).state).toBe('waiting');
    // A later committed change arrives; the rolled-back one never did (notifications keep commit order).
    clock.advance(1000);
    await help.resolve('call-1');
    await until(() => events.length === 2, 'the committed resolve');
    expect(events.map((e) => e.type)).toEqual(['helpCalled', 'helpResolved']);
  });

  it.skipIf(skip)('carries nothing about the citizen: the kiosk, its place, the reason, staff and times only', T, async () => {
    await help.call('k1', 'fillingForm', '二楼');
    await until(() => events.length === 1, 'the call');
    expect(Object.keys(events[0]!.call).sort()).toEqual(['acknowledgedAt', 'acknowledgedBy', 'cancelledAt', 'createdAt', 'id', 'place', 'reason', 'resolvedAt', 'state', 'terminalId']);
  });

  it.skipIf(skip)('skips a notification on its channel that is not a help event, and goes on', T, async () => {
    const seen: string[] = [];
    await storage.listen(HELP_CHANNEL, (p) => seen.push(p));
    await storage.notify(HELP_CHANNEL, JSON.stringify({ type: 'helpExploded' }));
    await help.call('k1', 'reading', '');
    await until(() => events.length === 1 && seen.length === 2, 'the call after the stray notification');
    expect(events.map((e) => e.type)).toEqual(['helpCalled']);
  });
});
