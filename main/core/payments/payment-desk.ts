// Paying a fee at the kiosk (便民缴费): the fees of a case (found by the ID card, by number and query
// code, or a case already looked up in this visit), a payment order for one unpaid fee, and the order
// followed until it ends. The order is followed live through the platform's event stream: a
// `paymentChanged` event for it makes the desk ask the platform for the order at once (the event says
// only id and state; the order read back has the receipt number and times), so the screen changes
// within one round trip. Polling stays as the fallback, on the injected clock: every `pollMs` (3 s)
// while the stream is not connected (or there is none), and every `safetyPollMs` (15 s) while it is,
// as a safety net for an event lost on the way, and at the order's expiry (the platform tells an
// expiry only when the order is read); a `resync` (events may have been missed) asks at once.
// Only while a screen follows it: `stop()` (the screen went away), the end of the visit or the card
// lifted end the following and cancel an order still unpaid, so nobody pays a QR no one is watching.
// A paid order prints its receipt (缴费凭证) on the ticket printer; a printer failure is told with the
// state, and the receipt can be printed again. Everything needs the platform: offline is said
// plainly, and nothing is started (no order, no following) when it cannot be reached.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../domain/clock.ts';
import { kioskError, type KioskError } from '../../../domain/errors.ts';
import type { CaseFee, PaymentOrder } from '../../../domain/payments.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { OrderChange, ReceiptOutcome } from '../../contract/payments.ts';
import { isTransient, platformCodeOf } from '../../platform-client/client.ts';
import type { PrinterDevice } from '../devices/printer-device.ts';
import type { PlatformEvents } from '../link/platform-events.ts';
import type { PlatformSession } from '../link/platform-session.ts';
import type { Logger } from '../system/event-log.ts';

/** How often a followed order is asked for without the event stream: modest, so a hall of kiosks does not hammer the platform. */
export const DEFAULT_POLL_MS = 3000;
/**
 * How often it is asked for while the event stream is connected: only a safety net (an event lost
 * between platform and kiosk without the stream noticing), so a screen is never stuck for long, at a
 * fifth of the platform load.
 */
export const DEFAULT_SAFETY_POLL_MS = 15_000;

type CaseAccess = { readonly idNumber: string } | { readonly caseNumber: string; readonly queryCode: string };

export interface PaymentDeskOptions {
  readonly session: PlatformSession;
  /** The ID number of the card on the reader now, if any (never logged). */
  /** The card on the reader for a real-name use: its number, null for none, refused when expired. */
  readonly idNumber: () => Result<string | null>;
  /** How to ask the platform for a case already looked up in this visit (CaseDesk.accessTo). */
  readonly caseAccess: (caseNumber: string) => CaseAccess | null;
  readonly printer: () => PrinterDevice | null;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Logger;
  readonly onChange: (change: OrderChange) => void;
  /** The platform's live events; without them the order is polled every `pollMs` as before. */
  readonly events?: Pick<PlatformEvents, 'on' | 'onResync' | 'onChange' | 'state'>;
  /** Without the event stream (none, or not connected). Default DEFAULT_POLL_MS. */
  readonly pollMs?: number;
  /** With the event stream connected. Default DEFAULT_SAFETY_POLL_MS. */
  readonly safetyPollMs?: number;
}

interface Followed {
  order: PaymentOrder;
  readonly fee: CaseFee;
  timer: unknown;
  /** The waiting poll was set at the safety pace (the stream was connected then). */
  slow: boolean;
  /** A read of the order is on its way. */
  asking: boolean;
  /** Something said the order may have changed while it was: ask again when it is back. */
  askAgain: boolean;
}

export class PaymentDesk {
  readonly #o: PaymentDeskOptions;
  /** The fees this visit was shown: only these can be paid. */
  readonly #fees = new Map<string, CaseFee>();
  /** Those of them shown for the card on the reader: gone when it is lifted. */
  readonly #byCard = new Set<string>();
  /** Orders paid in this visit: their receipts can be printed again. */
  readonly #paid = new Map<string, { readonly order: PaymentOrder; readonly fee: CaseFee }>();
  #followed: Followed | null = null;

  constructor(options: PaymentDeskOptions) {
    this.#o = options;
    const events = options.events;
    if (!events) return;
    events.on('paymentChanged', (e) => {
      if (this.#followed?.order.orderId === e.orderId) this.#askNow();
    });
    // Events may have been missed: ask for the followed order rather than trust nothing happened.
    events.onResync(() => this.#askNow());
    // The stream lost: back to polling at the fallback pace from now (not at the end of a long wait).
    events.onChange((s) => {
      const f = this.#followed;
      if (s.state !== 'connected' && f && f.timer != null && f.slow) {
        this.#o.clock.clearTimeout(f.timer);
        this.#schedule();
      }
    });
  }

  /** The fees of the card on the reader's cases, or of the number typed when the card cannot be read. */
  lookup(typed: string | undefined): Promise<Result<{ fees: CaseFee[] }>> {
    const card = this.#o.idNumber();
    if (!card.ok) return Promise.resolve(err(card.error));
    const idNumber = card.value ?? typed ?? null;
    if (idNumber === null) return Promise.resolve(err(kioskError('idcard.noCard', 'put the ID card on the reader (or type its number) to find your fees')));
    return this.#fetch({ idNumber }).then((r) => {
      if (r.ok) for (const f of r.value.fees) this.#byCard.add(f.feeId);
      return r;
    });
  }

  query(caseNumber: string, queryCode: string): Promise<Result<{ fees: CaseFee[] }>> {
    return this.#fetch({ caseNumber, queryCode });
  }

  /** The fees of a case looked up in this visit (the case detail screen). */
  caseFees(caseNumber: string): Promise<Result<{ fees: CaseFee[] }>> {
    const access = this.#o.caseAccess(caseNumber);
    if (!access) return Promise.resolve(err(kioskError('case.notFound', 'only a case looked up in this visit shows its fees')));
    return this.#fetch(access).then((r) => (r.ok ? ok({ fees: r.value.fees.filter((f) => f.caseNumber === caseNumber) }) : r));
  }

  /** An order for a fee this visit was shown (the open one reused), then followed. */
  async start(feeId: string): Promise<Result<PaymentOrder>> {
    const fee = this.#fees.get(feeId);
    if (!fee) return err(kioskError('payment.notFound', 'only a fee shown in this visit can be paid'));
    if (this.#followed && this.#followed.fee.feeId !== feeId) await this.stop();
    const r = await this.#o.session.client.call('payments.createOrder', { body: { feeId }, idempotencyKey: randomUUID() });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'an order answered "not modified"'));
    const order = r.value.value;
    this.#unfollow();
    this.#followed = { order, fee, timer: null, slow: false, asking: false, askAgain: false };
    this.#o.log.info('payment order followed', { order: order.orderId, amountFen: order.amountFen });
    this.#schedule();
    return ok(order);
  }

  /** The screen went away: no more polling, and an unpaid order is cancelled (a paid one prints). */
  async stop(): Promise<Result<null>> {
    const f = this.#followed;
    if (!f) return ok(null);
    this.#unfollow();
    if (f.order.state !== 'pending') return ok(null);
    const r = await this.#settle(f.order.orderId, 'cancel');
    if (r.ok) return ok(null);
    if (r.error.code === 'payment.alreadyPaid') {
      // Paid on the phone just as the screen went: the platform has it; the receipt still comes out.
      const now = await this.#order(f.order.orderId);
      if (now.ok && now.value.state === 'paid') await this.#receipt(now.value, f.fee);
      return ok(null);
    }
    // Away or refused: the order runs out by itself at its expiry.
    this.#o.log.warn('an unpaid order could not be cancelled; it will expire', { order: f.order.orderId, code: r.error.code });
    return ok(null);
  }

  async cancel(orderId: string): Promise<Result<PaymentOrder>> {
    const f = this.#followed;
    if (!f || f.order.orderId !== orderId) return err(kioskError('payment.notFound', 'only the order on the screen can be cancelled'));
    const r = await this.#settle(orderId, 'cancel');
    if (!r.ok) {
      if (r.error.code === 'payment.alreadyPaid') await this.#poll();
      return r;
    }
    await this.#changed(r.value);
    return r;
  }

  async printReceipt(orderId: string): Promise<Result<null>> {
    const paid = this.#paid.get(orderId);
    if (!paid) return err(kioskError('payment.notFound', 'only an order paid in this visit has a receipt to print'));
    const r = await this.#print(paid.order, paid.fee);
    return r.ok ? ok(null) : r;
  }

  /** The developer page's simulated provider: the open orders. */
  async devOrders(): Promise<Result<{ orders: PaymentOrder[] }>> {
    const r = await this.#o.session.client.call('payments.openOrders', {});
    if (!r.ok) return r;
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'open orders answered "not modified"'));
    return ok({ orders: r.value.value.orders });
  }

  /** The developer page's simulated provider: pay or cancel an order (the kiosk learns it by its event, or polling). */
  devSettle(orderId: string, action: 'pay' | 'cancel'): Promise<Result<PaymentOrder>> {
    return this.#settle(orderId, action);
  }

  /** The card was lifted: the fees it showed go, and an order of one of them is let go (cancelled if unpaid). */
  async forgetCard(): Promise<void> {
    if (this.#followed && this.#byCard.has(this.#followed.fee.feeId)) await this.stop();
    for (const id of this.#byCard) this.#fees.delete(id);
    this.#byCard.clear();
  }

  /** The visit ended: nothing of it stays. */
  async forgetVisit(): Promise<void> {
    await this.stop();
    this.#fees.clear();
    this.#byCard.clear();
    this.#paid.clear();
  }

  /** For tests: is an order being followed (a poll scheduled)? */
  get following(): boolean {
    return this.#followed !== null;
  }

  async #fetch(body: CaseAccess): Promise<Result<{ fees: CaseFee[] }>> {
    const r = await this.#o.session.client.call('payments.fees', { body });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'fees answered "not modified"'));
    const fees = r.value.value.fees;
    for (const f of fees) this.#fees.set(f.feeId, f);
    return ok({ fees });
  }

  async #order(orderId: string): Promise<Result<PaymentOrder>> {
    const r = await this.#o.session.client.call('payments.getOrder', { params: { orderId } });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'an order answered "not modified"'));
    return ok(r.value.value);
  }

  async #settle(orderId: string, action: 'pay' | 'cancel'): Promise<Result<PaymentOrder>> {
    const r = await this.#o.session.client.call('payments.settle', { params: { orderId }, body: { action } });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'an order answered "not modified"'));
    return ok(r.value.value);
  }

  #schedule(): void {
    const f = this.#followed;
    if (!f) return;
    const live = this.#o.events?.state.state === 'connected';
    // The platform finds an order expired only when it is read: with the stream up, the read comes at
    // the expiry (by this kiosk's clock), and past it at the fallback pace until the platform agrees.
    const untilExpiry = Date.parse(f.order.expiresAt) - this.#o.clock.now();
    const slow = live && untilExpiry > 0;
    const ms = slow ? Math.min(this.#o.safetyPollMs ?? DEFAULT_SAFETY_POLL_MS, untilExpiry) : (this.#o.pollMs ?? DEFAULT_POLL_MS);
    f.slow = slow;
    f.timer = this.#o.clock.setTimeout(() => void this.#poll(), ms);
  }

  /** Ask for the followed order now (its event, a resync): the waiting poll is replaced, one read at a time. */
  #askNow(): void {
    const f = this.#followed;
    if (!f) return;
    if (f.asking) {
      f.askAgain = true;
      return;
    }
    if (f.timer != null) this.#o.clock.clearTimeout(f.timer);
    void this.#poll();
  }

  #unfollow(): void {
    if (this.#followed?.timer != null) this.#o.clock.clearTimeout(this.#followed.timer);
    this.#followed = null;
  }

  async #poll(): Promise<void> {
    const f = this.#followed;
    if (!f) return;
    f.timer = null;
    f.asking = true;
    f.askAgain = false;
    const r = await this.#order(f.order.orderId);
    f.asking = false;
    if (this.#followed !== f) return; // stopped while asking
    if (!r.ok) {
      // Away for a moment: ask again at the next tick; the screen keeps its countdown.
      this.#o.log.warn('payment state not read', { code: r.error.code });
      this.#schedule();
      return;
    }
    if (r.value.state === f.order.state) {
      if (f.askAgain) void this.#poll();
      else this.#schedule();
      return;
    }
    await this.#changed(r.value);
  }

  /** A new state: told, and an ended order is no longer followed; a paid one prints its receipt. */
  async #changed(order: PaymentOrder): Promise<void> {
    const f = this.#followed;
    if (!f || f.order.orderId !== order.orderId) return;
    f.order = order;
    if (order.state === 'pending') {
      this.#o.onChange({ order, receipt: null });
      this.#schedule();
      return;
    }
    this.#unfollow();
    this.#o.log.info('payment order ended', { order: order.orderId, state: order.state });
    const receipt = order.state === 'paid' ? await this.#receipt(order, f.fee) : null;
    this.#o.onChange({ order, receipt });
  }

  async #receipt(order: PaymentOrder, fee: CaseFee): Promise<ReceiptOutcome> {
    this.#paid.set(order.orderId, { order, fee });
    this.#fees.set(fee.feeId, { ...fee, status: 'paid', paidAt: order.settledAt });
    const r = await this.#print(order, fee);
    return r.ok ? { printed: true } : { printed: false, code: r.error.code };
  }

  async #print(order: PaymentOrder, fee: CaseFee): Promise<Result<null>> {
    const printer = this.#o.printer();
    if (!printer) return err(kioskError('device.notConfigured', 'this kiosk has no ticket printer'));
    const { config, clock } = this.#o;
    const r = await printer.printPaymentReceipt({ hallName: config.terminal.hallName, fee, order, printedAt: clock.now() }, { timeZone: config.queue.timeZone });
    if (!r.ok) this.#o.log.warn('payment receipt not printed', { order: order.orderId, code: r.error.code });
    return r.ok ? ok(null) : r;
  }
}

/** A platform failure: away stays as it is; the platform's refusals become the kiosk's words. */
function refusal(e: KioskError): KioskError {
  if (isTransient(e)) return e;
  switch (platformCodeOf(e)) {
    case 'case.notFound':
      return kioskError('case.notFound', 'no case with that number and query code');
    case 'payment.expired':
      return kioskError('payment.expired', e.message);
    case 'payment.closed':
      return kioskError('payment.closed', e.message);
    case 'payment.alreadyPaid':
      return kioskError('payment.alreadyPaid', e.message);
    case 'payment.orderNotFound':
    case 'payment.feeNotFound':
      return kioskError('payment.notFound', e.message);
    default:
      return e;
  }
}
