// The payment orders' events (`paymentChanged`): paid, cancelled, or found expired when read past its
// expiry, each announced once and only after the change committed (none for a refused pay, none for a
// rolled-back one), with the order's id, state and time only; and carried on the live stream.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paymentChangedEventSchema, type PaymentChangedEvent } from '../../domain/payments.ts';
import type { Platform } from '../../platform/app.ts';
import { sampleCases, sampleFees } from '../../platform/seed/index.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform } from '../../platform/server.ts';
import { ORDER_LIFETIME_MS, PaymentStore } from '../../platform/services/payment-store.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { listenSse } from '../support/sse-listen.ts';
import { platformCodeRejected } from '../support/platform-code.ts';
import { closeTestPlatforms, createTestPlatform, platformDatabase } from '../support/platform-database.ts';
import { deliveredOver } from '../support/settled.ts';

const DAY = '2026-11-24';
const unpaid = sampleFees(DAY).filter((f) => f.paidAt === null);
const reissue = sampleCases(DAY).find((c) => c.caseNumber === unpaid.find((f) => f.name.includes('丢失补领'))?.caseNumber)!;

let clock: ManualClock;
let platform: Platform;
let events: PaymentChangedEvent[];
let store: PaymentStore;

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await createTestPlatform({ clock, version: 't', idSecret: 'a'.repeat(64) }, { seedDay: DAY });
  events = [];
  // Over the platform's own storage, with the events caught here.
  store = new PaymentStore(platform.storage, () => clock.now(), platform.records);
  await store.listen((e) => events.push(e));
  delivered = await deliveredOver(platform.storage);
});
afterEach(closeTestPlatforms);

const feeId = async () => (await store.fees({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode }))[0]!.feeId;
const codeOf = platformCodeRejected;
/** Resolves once whatever was committed has been delivered (a mark notified after it came back: test/support/settled.ts). */
let delivered: () => Promise<void>;
/** The next turn: what SQLite's storage would deliver by now (inside a transaction, where no mark can be sent). */
const tick = () => new Promise((r) => setImmediate(r));

describe('paymentChanged', () => {
  it('announces a payment once, after its transaction committed, with nothing but id, state and time', async () => {
    const order = await store.createOrder(await feeId(), 'k1');
    await delivered();
    expect(events).toEqual([]); // a new order is not an end
    clock.advance(60_000);
    // As the route layer runs a handler: inside a transaction.
    await platform.storage.transaction(async (tx) => {
      await store.settle(order.orderId, 'pay', tx);
      await tick();
      expect(events).toEqual([]);
    });
    // Committed, but on SQLite delivered only once the writing code is over (PostgreSQL's comes over its listen connection whenever it arrives).
    if (platform.storage.dialect === 'sqlite') expect(events).toEqual([]);
    await delivered();
    expect(events).toEqual([{ type: 'paymentChanged', at: new Date(clock.now()).toISOString(), orderId: order.orderId, state: 'paid' }]);
    expect(paymentChangedEventSchema.parse(events[0])).toEqual(events[0]);
    // Paid again (the same answer) and a refused cancel: nothing more.
    await store.settle(order.orderId, 'pay');
    expect(await codeOf(store.settle(order.orderId, 'cancel'))).toBe('payment.alreadyPaid');
    await delivered();
    expect(events).toHaveLength(1);
  });

  it('announces a cancel once; a refused pay and a rolled-back one announce nothing', async () => {
    const first = await store.createOrder(await feeId(), 'k1');
    await store.settle(first.orderId, 'cancel');
    await store.settle(first.orderId, 'cancel');
    expect(await codeOf(store.settle(first.orderId, 'pay'))).toBe('payment.closed');
    await delivered();
    expect(events.map((e) => [e.orderId, e.state])).toEqual([[first.orderId, 'cancelled']]);

    const second = await store.createOrder(await feeId(), 'k1');
    await expect(
      platform.storage.transaction(async (tx) => {
        await store.settle(second.orderId, 'pay', tx);
        throw new Error('after the handler');
      }),
    ).rejects.toThrow('after the handler');
    await delivered();
    expect(events).toHaveLength(1);
    expect((await store.order(second.orderId)).state).toBe('pending');
  });

  it('announces an order found expired once, however often it is read; paying it then announces nothing more', async () => {
    const order = await store.createOrder(await feeId(), 'k1');
    clock.advance(ORDER_LIFETIME_MS);
    expect((await store.order(order.orderId)).state).toBe('expired');
    expect((await store.order(order.orderId)).state).toBe('expired');
    expect(await codeOf(store.settle(order.orderId, 'pay'))).toBe('payment.expired');
    await delivered();
    expect(events).toEqual([{ type: 'paymentChanged', at: new Date(clock.now()).toISOString(), orderId: order.orderId, state: 'expired' }]);
    // Expired, it is still not an open order, and the fee gets a new one.
    expect(await store.openOrders()).toEqual([]);
    expect((await store.createOrder(await feeId(), 'k1')).orderId).not.toBe(order.orderId);
  });

  it('is carried on the live stream (queue.events) to the terminals, without the amount', async () => {
    const running = await startPlatform({ clock, version: 't', ...(await platformDatabase()) });
    try {
      await seedReferencePlatform(running.platform, DAY);
      const credential = await running.platform.auth.enrol(await running.platform.auth.issueEnrolmentCode('k1', 'kiosk'), 'k1', 'kiosk');
      const s = await listenSse(`${running.url}api/v1/queue/events`, { 'x-terminal-id': 'k1', authorization: `Bearer ${credential}` });
      const p = running.platform.payments;
      const order = await p.createOrder((await p.fees({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode }))[0]!.feeId, 'k1');
      await p.settle(order.orderId, 'pay');
      for (let i = 0; i < 200 && !s.events().some((e) => e.event === 'paymentChanged'); i++) await new Promise((r) => setTimeout(r, 5));
      const sent = s.events().filter((e) => e.event === 'paymentChanged');
      expect(sent.map((e) => JSON.parse(e.data) as unknown)).toEqual([{ type: 'paymentChanged', at: new Date(clock.now()).toISOString(), orderId: order.orderId, state: 'paid' }]);
      s.close();
    } finally {
      await running.close();
    }
  });
});
