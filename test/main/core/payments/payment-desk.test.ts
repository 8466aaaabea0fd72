// Paying a fee through the terminal core against the real reference platform (both on one injected
// clock): the fees by card, by number and query code, of a case of this visit; an order followed by
// polling until paid (the receipt printed, or the printer's refusal told and printed again), cancelled
// or expired; the polling stopped when the screen goes (an unpaid order voided), when the card is
// lifted and when the visit ends; the platform away said plainly with nothing started. With the
// platform's event stream (stood in by a hand-driven emitter): an event for the followed order fetched
// at once, a resync too, polling only as a safety net while connected and as before while it is not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weiXiuying } from '../../../../devices/idcard/test-identities.ts';
import { encodePaymentReceiptSlip, printerProfiles, type PaymentReceiptSlip } from '../../../../devices/printer/index.ts';
import { kioskError } from '../../../../domain/errors.ts';
import { err, ok } from '../../../../domain/result.ts';
import type { PaymentChangedEvent } from '../../../../domain/payments.ts';
import type { PlatformEventStream } from '../../../../main/contract/index.ts';
import type { OrderChange } from '../../../../main/contract/payments.ts';
import type { PrinterDevice } from '../../../../main/core/devices/printer-device.ts';
import { DEFAULT_POLL_MS, DEFAULT_SAFETY_POLL_MS, PaymentDesk } from '../../../../main/core/payments/payment-desk.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { parseConfig } from '../../../../config/load.ts';
import { sampleCases, sampleFees } from '../../../../platform/seed/index.ts';
import { ORDER_LIFETIME_MS } from '../../../../platform/services/payment-store.ts';
import { BUSINESS_DATE, openDesks, type CoreDesks } from '../cases/support.ts';
import { FakePlatformEvents } from '../../../support/fake-platform-events.ts';

const cases = sampleCases(BUSINESS_DATE);
const owed = sampleFees(BUSINESS_DATE).filter((f) => f.paidAt === null);
const reissue = cases.find((c) => c.caseNumber === owed.find((f) => f.name.includes('丢失补领'))!.caseNumber)!;

let d: CoreDesks;
let desk: PaymentDesk;
let events: FakePlatformEvents | undefined;
let makeDesk: (events?: FakePlatformEvents) => PaymentDesk;
let changes: OrderChange[];
let receipts: PaymentReceiptSlip[];
let paper: 'ok' | 'out';
let waiting: ((c: OrderChange) => void) | null;

beforeEach(async () => {
  d = await openDesks();
  changes = [];
  receipts = [];
  paper = 'ok';
  waiting = null;
  const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: '澄州市澜溪区政务服务中心' } });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const printer = {
    printPaymentReceipt: async (slip: PaymentReceiptSlip) => {
      if (paper === 'out') return err(kioskError('printer.paperOut', 'no paper'));
      const bytes = encodePaymentReceiptSlip(slip, printerProfiles['generic-80']);
      if (!bytes.ok) return bytes;
      receipts.push(slip);
      return ok({});
    },
  } as unknown as PrinterDevice;
  makeDesk = (e) => new PaymentDesk({
    ...(e ? { events: e } : {}),
    session: d.session,
    idNumber: () => ok(d.card),
    caseAccess: (n) => d.cases.accessTo(n),
    printer: () => printer,
    config: parsed.config,
    clock: d.clock,
    log: new EventLog(d.clock).for('payments'),
    onChange: (c) => {
      changes.push(c);
      waiting?.(c);
    },
  });
  events = undefined;
  desk = makeDesk();
});
afterEach(async () => {
  await desk.forgetVisit();
  await d.close();
});

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
/** Moves the clock one polling interval and waits for the desk to tell a change. */
const nextChange = (ms = DEFAULT_POLL_MS) =>
  new Promise<OrderChange>((resolve) => {
    waiting = resolve;
    d.clock.advance(ms);
  });
/** Lets a poll started by the clock finish (it asks over HTTP). */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

describe('the fees of a case', () => {
  it('by number and query code, by the card, and of a case looked up in this visit', async () => {
    const byNumber = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees;
    expect(byNumber.map((f) => [f.name, f.amountFen, f.status])).toEqual([['居民身份证工本费（丢失补领）', 4000, 'unpaid']]);
    expect(codeOf(await desk.query(reissue.caseNumber, reissue.queryCode === '000000' ? '111111' : '000000'))).toBe('case.notFound');
    expect(codeOf(await desk.lookup(undefined))).toBe('idcard.noCard');
    d.card = weiXiuying.idNumber;
    expect(value(await desk.lookup(undefined)).fees.map((f) => f.name)).toEqual(['普通护照工本费']);
    // A case of this visit (the case detail screen): only once it was looked up.
    expect(codeOf(await desk.caseFees(reissue.caseNumber))).toBe('case.notFound');
    value(await d.cases.query(reissue.caseNumber, reissue.queryCode));
    expect(value(await desk.caseFees(reissue.caseNumber)).fees.map((f) => f.feeId)).toEqual(byNumber.map((f) => f.feeId));
  });
});

describe('an order followed', () => {
  it('polls until paid, prints the receipt, and stops polling', async () => {
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    expect(codeOf(await desk.start('not-shown'))).toBe('payment.notFound');
    const order = value(await desk.start(fee.feeId));
    expect(order).toMatchObject({ state: 'pending', amountFen: 4000 });
    // Started again (the screen shown again): the same open order.
    expect(value(await desk.start(fee.feeId)).orderId).toBe(order.orderId);
    // Nothing changes: no event, still following.
    d.clock.advance(DEFAULT_POLL_MS);
    await settle();
    expect(changes).toEqual([]);
    expect(desk.following).toBe(true);
    await d.platform.platform.payments.settle(order.orderId, 'pay');
    const paid = await nextChange();
    expect(paid).toMatchObject({ order: { orderId: order.orderId, state: 'paid' }, receipt: { printed: true } });
    expect(receipts.map((r) => [r.order.orderId, r.fee.name, r.order.receiptNumber !== null])).toEqual([[order.orderId, fee.name, true]]);
    expect(desk.following).toBe(false);
    const pendingTimers = d.clock.pending;
    d.clock.advance(DEFAULT_POLL_MS * 5);
    await settle();
    expect(changes).toHaveLength(1);
    expect(d.clock.pending).toBeLessThanOrEqual(pendingTimers);
    // Paid: not again.
    expect(codeOf(await desk.start(fee.feeId))).toBe('payment.alreadyPaid');
  });

  it('with the paper out: paid, the refusal told, and the receipt printed again', async () => {
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    const order = value(await desk.start(fee.feeId));
    paper = 'out';
    await d.platform.platform.payments.settle(order.orderId, 'pay');
    expect(await nextChange()).toMatchObject({ order: { state: 'paid' }, receipt: { printed: false, code: 'printer.paperOut' } });
    expect(codeOf(await desk.printReceipt(order.orderId))).toBe('printer.paperOut');
    paper = 'ok';
    expect(codeOf(await desk.printReceipt(order.orderId))).toBe('ok');
    expect(receipts).toHaveLength(1);
    expect(codeOf(await desk.printReceipt('PO-unknown'))).toBe('payment.notFound');
  });

  it('expires with the clock: told once, no receipt, and a new start gives a new order', async () => {
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    const order = value(await desk.start(fee.feeId));
    // Most of its life at once (a poll on the way meets the clock jump as a timeout, and asks again), then the last tick.
    d.clock.advance(ORDER_LIFETIME_MS - DEFAULT_POLL_MS);
    await settle();
    expect(changes).toEqual([]);
    const expired = await nextChange();
    expect(expired).toMatchObject({ order: { orderId: order.orderId, state: 'expired' }, receipt: null });
    expect(desk.following).toBe(false);
    expect(receipts).toEqual([]);
    const next = value(await desk.start(fee.feeId));
    expect(next.orderId).not.toBe(order.orderId);
  });

  it('cancelled on the kiosk, or on the provider: told, and not followed any more', async () => {
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    const first = value(await desk.start(fee.feeId));
    expect(value(await desk.cancel(first.orderId)).state).toBe('cancelled');
    expect(changes.at(-1)).toMatchObject({ order: { state: 'cancelled' } });
    expect(desk.following).toBe(false);
    const second = value(await desk.start(fee.feeId));
    value(await desk.devSettle(second.orderId, 'cancel'));
    expect(await nextChange()).toMatchObject({ order: { orderId: second.orderId, state: 'cancelled' } });
    expect(value(await desk.devOrders()).orders).toEqual([]);
  });
});

describe('when the screen, the card or the visit goes', () => {
  it('stop() ends the polling and voids the unpaid order', async () => {
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    const order = value(await desk.start(fee.feeId));
    value(await desk.stop());
    expect(desk.following).toBe(false);
    expect((await d.platform.platform.payments.order(order.orderId)).state).toBe('cancelled');
    d.clock.advance(DEFAULT_POLL_MS * 3);
    await settle();
    expect(changes).toEqual([]);
  });

  it('paid on the phone just as the screen went: the receipt still prints', async () => {
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    const order = value(await desk.start(fee.feeId));
    await d.platform.platform.payments.settle(order.orderId, 'pay');
    value(await desk.stop());
    expect(receipts.map((r) => r.order.orderId)).toEqual([order.orderId]);
  });

  it('the card lifted voids the order of a fee it showed, but not one found by number; the visit end voids any', async () => {
    d.card = weiXiuying.idNumber;
    const hers = value(await desk.lookup(undefined)).fees[0]!;
    const byCard = value(await desk.start(hers.feeId));
    d.card = null;
    await desk.forgetCard();
    expect((await d.platform.platform.payments.order(byCard.orderId)).state).toBe('cancelled');
    expect(codeOf(await desk.start(hers.feeId))).toBe('payment.notFound');

    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    const byNumber = value(await desk.start(fee.feeId));
    await desk.forgetCard();
    expect(desk.following).toBe(true);
    await desk.forgetVisit();
    expect(desk.following).toBe(false);
    expect((await d.platform.platform.payments.order(byNumber.orderId)).state).toBe('cancelled');
  });
});

describe('the platform away', () => {
  it('is said as platform.offline, and nothing is started', async () => {
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    await d.platformDown();
    expect(codeOf(await desk.query(reissue.caseNumber, reissue.queryCode))).toBe('platform.offline');
    d.card = weiXiuying.idNumber;
    expect(codeOf(await desk.lookup(undefined))).toBe('platform.offline');
    expect(codeOf(await desk.start(fee.feeId))).toBe('platform.offline');
    expect(desk.following).toBe(false);
    expect(changes).toEqual([]);
  });

  it('while following: the polling goes on (no change told) until the platform answers again', async () => {
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    value(await desk.start(fee.feeId));
    await d.platformDown();
    d.clock.advance(DEFAULT_POLL_MS);
    await settle();
    await new Promise((r) => setTimeout(r, 0));
    expect(changes).toEqual([]);
    expect(desk.following).toBe(true);
  });
});

describe('followed live through the event stream', () => {
  /** A desk with the stream (connected unless said), and an order of the reissue fee followed. */
  const following = async (state: PlatformEventStream['state'] = 'connected') => {
    await desk.forgetVisit();
    events = new FakePlatformEvents();
    events.state = { ...events.state, state };
    desk = makeDesk(events);
    const fee = value(await desk.query(reissue.caseNumber, reissue.queryCode)).fees[0]!;
    return value(await desk.start(fee.feeId));
  };
  /** Waits for the desk to tell a change without moving the clock: it came from an event, not a poll. */
  const changeWithoutClock = (cause: () => void) =>
    new Promise<OrderChange>((resolve) => {
      waiting = resolve;
      cause();
    });
  const event = (orderId: string, state: PaymentChangedEvent['state']): PaymentChangedEvent => ({ type: 'paymentChanged', at: new Date(d.clock.now()).toISOString(), orderId, state });

  it('an event for the followed order: fetched at once, without waiting for a poll; another order’s event is ignored', async () => {
    const order = await following();
    events!.deliver(event('PO-someone-else', 'paid'));
    await settle();
    expect(changes).toEqual([]);
    await d.platform.platform.payments.settle(order.orderId, 'pay');
    const now = d.clock.now();
    const paid = await changeWithoutClock(() => events!.deliver(event(order.orderId, 'paid')));
    expect(paid).toMatchObject({ order: { orderId: order.orderId, state: 'paid' }, receipt: { printed: true } });
    expect(d.clock.now()).toBe(now);
    expect(desk.following).toBe(false);
    expect(d.clock.pending).toBe(0);
  });

  it('with the stream connected it polls only as a safety net, every 15 s', async () => {
    const order = await following();
    // Paid, but its event lost on the way: the 3 s poll is not there any more...
    await d.platform.platform.payments.settle(order.orderId, 'pay');
    d.clock.advance(DEFAULT_POLL_MS);
    await settle();
    expect(changes).toEqual([]);
    // ...the safety net catches it.
    expect(await nextChange(DEFAULT_SAFETY_POLL_MS - DEFAULT_POLL_MS)).toMatchObject({ order: { state: 'paid' } });
  });

  it('with the stream connected an order is read at its expiry, so the screen says expired at once', async () => {
    const order = await following();
    // A read off the 15 s beat (a resync at 7 s), so that no safety poll falls on the expiry itself.
    d.clock.advance(7000);
    await settle();
    events!.resync();
    await settle();
    d.clock.advance(ORDER_LIFETIME_MS - 7000 - 1);
    await settle();
    expect(changes).toEqual([]);
    expect(await nextChange(1)).toMatchObject({ order: { orderId: order.orderId, state: 'expired' }, receipt: null });
  });

  it('with the stream down it polls as before; lost while following, back to the 3 s pace from then', async () => {
    const down = await following('connecting');
    await d.platform.platform.payments.settle(down.orderId, 'cancel');
    expect(await nextChange()).toMatchObject({ order: { orderId: down.orderId, state: 'cancelled' } });

    const order = await following();
    d.clock.advance(1000);
    await settle();
    events!.set('connecting');
    await d.platform.platform.payments.settle(order.orderId, 'pay');
    expect(await nextChange()).toMatchObject({ order: { orderId: order.orderId, state: 'paid' } });
  });

  it('a resync (events may have been missed) fetches the followed order at once', async () => {
    const order = await following();
    await d.platform.platform.payments.settle(order.orderId, 'pay');
    const now = d.clock.now();
    expect(await changeWithoutClock(() => events!.resync())).toMatchObject({ order: { orderId: order.orderId, state: 'paid' } });
    expect(d.clock.now()).toBe(now);
    // Nothing followed any more: a resync asks nothing.
    events!.resync();
    await settle();
    expect(changes).toHaveLength(1);
  });
});
