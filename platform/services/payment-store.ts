// Fees of cases and the simulated payment provider (便民缴费) on the reference platform. A fee is paid
// through an order: created for an unpaid fee (an open order that has not expired is answered again,
// never doubled), pending until it is paid or cancelled, expired once past its expiry unpaid (told on
// read, with the injected clock). Paying an order marks its fee paid, in one transaction. There is no
// real money path: the provider is a developer-page control and a page at the QR's URL that says it is
// a simulation.
//
// Over the platform's Storage: each method works in the caller's transaction when given one (a route's
// `ctx.tx`), else in its own. Every end of an order (paid, cancelled, or found expired when `order()`
// reads it past its expiry) is announced as `paymentChanged` (order id, state, time: nothing personal,
// no amount) with `tx.notify` on PAYMENT_CHANNEL, which the storage delivers only once that
// transaction committed (a refused pay rolled back announces nothing), to every platform process
// listening; `listen` is each process's one subscription, which feeds its event stream. An order found
// expired is written down as `expired` (the row's state, beside pending, paid and cancelled) so that it
// is announced once.
import { randomUUID } from 'node:crypto';
import { paymentChangedEventSchema, type CaseFee, type OrderState, type PaymentChangedEvent, type PaymentOrder } from '../../domain/payments.ts';
import { PlatformError } from '../http/platform-error.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import type { RecordsStore } from './records-store.ts';

/** The notification channel of the payment orders' ends. */
export const PAYMENT_CHANNEL = 'payments';

/** How long a payment QR can be paid. */
export const ORDER_LIFETIME_MS = 15 * 60 * 1000;

export interface FeeInput {
  readonly name: string;
  readonly amountFen: number;
  readonly unit: string;
  readonly basis: string;
  readonly note: string | null;
}

interface FeeBody extends FeeInput {
  readonly itemName: string;
  readonly deptName: string;
}

interface FeeRow {
  fee_id: string;
  case_number: string;
  body: string;
  paid_at: number | null;
}

interface OrderRow {
  order_id: string;
  fee_id: string;
  amount_fen: number;
  state: string;
  created_at: number;
  expires_at: number;
  settled_at: number | null;
  receipt_number: string | null;
}

export type FeesQuery = { readonly caseNumber: string; readonly queryCode: string } | { readonly idNumber: string };

export class PaymentStore {
  readonly #storage: Storage;
  readonly #now: () => number;
  readonly #records: RecordsStore;
  #publicUrl = 'http://127.0.0.1/';

  constructor(storage: Storage, now: () => number, records: RecordsStore) {
    this.#storage = storage;
    this.#now = now;
    this.#records = records;
  }

  /**
   * This process's subscription: `onEvent` is told each end of an order any process committed.
   * Returns the unsubscribe. A payload that is not a payment event throws in the storage's delivery,
   * which reports it and goes on.
   */
  listen(onEvent: (event: PaymentChangedEvent) => void): Promise<() => Promise<void>> {
    return this.#storage.listen(PAYMENT_CHANNEL, (payload) => onEvent(paymentChangedEventSchema.parse(JSON.parse(payload))));
  }

  /** Where the platform is reached from outside (its listening address): the payment QR points there. */
  setPublicUrl(url: string): void {
    this.#publicUrl = url.endsWith('/') ? url : `${url}/`;
  }

  /** The provider's page for an order, which the QR carries. */
  payUrl(orderId: string): string {
    return new URL(`pay/${encodeURIComponent(orderId)}`, this.#publicUrl).toString();
  }

  /** The fees of a case, in the order given; `paidAt` (epoch ms) for one already paid. Nothing is written when one is refused. */
  async addFees(caseNumber: string, fees: readonly (FeeInput & { readonly paidAt?: number | null })[], q?: Transaction): Promise<string[]> {
    for (const f of fees) {
      if (!Number.isInteger(f.amountFen) || f.amountFen <= 0) throw new Error(`fee ${f.name} of ${caseNumber}: an amount is whole fen above 0, not ${f.amountFen}`);
    }
    return within(this.#storage, q, async (tx) => {
      const c = await this.#records.caseBody(caseNumber, tx);
      if (!c) throw new Error(`no case ${caseNumber} to add fees to`);
      const ids: string[] = [];
      for (const [i, f] of fees.entries()) {
        const feeId = `${caseNumber}-F${i + 1}`;
        const body: FeeBody = { name: f.name, amountFen: f.amountFen, unit: f.unit, basis: f.basis, note: f.note, itemName: c.itemName, deptName: c.deptName };
        await tx.run(
          `INSERT INTO case_fees (fee_id, case_number, seq, body, paid_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (fee_id) DO UPDATE SET case_number = excluded.case_number, seq = excluded.seq, body = excluded.body, paid_at = excluded.paid_at, order_id = NULL`,
          [feeId, caseNumber, i + 1, JSON.stringify(body), f.paidAt ?? null],
        );
        ids.push(feeId);
      }
      return ids;
    });
  }

  /** By case number and query code (a wrong code is refused like an unknown case), or every fee of a person's cases. */
  async fees(fq: FeesQuery, q?: Transaction): Promise<CaseFee[]> {
    return within(this.#storage, q, async (tx) => {
      const numbers = 'idNumber' in fq ? (await this.#records.casesOf(fq.idNumber, tx)).map((c) => c.caseNumber) : [(await this.#records.case(fq.caseNumber, fq.queryCode, tx)).caseNumber];
      const out: CaseFee[] = [];
      for (const n of numbers) {
        const rows = await tx.query<FeeRow>('SELECT fee_id, case_number, body, paid_at FROM case_fees WHERE case_number = ? ORDER BY seq', [n]);
        out.push(...rows.map(feeOf));
      }
      return out;
    });
  }

  async fee(feeId: string, q?: Transaction): Promise<CaseFee | null> {
    return within(this.#storage, q, async (tx) => {
      const row = await tx.one<FeeRow>('SELECT fee_id, case_number, body, paid_at FROM case_fees WHERE fee_id = ?', [feeId]);
      return row ? feeOf(row) : null;
    });
  }

  /** An order for an unpaid fee: the open one that has not expired, else a new one. */
  async createOrder(feeId: string, terminalId: string | null, q?: Transaction): Promise<PaymentOrder> {
    return within(this.#storage, q, async (tx) => {
      const fee = await this.fee(feeId, tx);
      if (!fee) throw new PlatformError('payment.feeNotFound', `no fee ${feeId}`);
      if (fee.status === 'paid') throw new PlatformError('payment.alreadyPaid', `the fee ${feeId} is paid already`);
      const now = this.#now();
      const open = await tx.one<OrderRow>("SELECT * FROM payment_orders WHERE fee_id = ? AND state = 'pending' AND expires_at > ? ORDER BY created_at DESC LIMIT 1", [feeId, now]);
      if (open) return this.#orderOf(tx, open);
      const orderId = `PO${randomUUID().replaceAll('-', '').toUpperCase()}`;
      await tx.run("INSERT INTO payment_orders (order_id, fee_id, amount_fen, state, created_at, expires_at, terminal_id) VALUES (?, ?, ?, 'pending', ?, ?, ?)", [
        orderId,
        feeId,
        fee.amountFen,
        now,
        now + ORDER_LIFETIME_MS,
        terminalId,
      ]);
      return this.order(orderId, tx);
    });
  }

  /** One order; a pending one read past its expiry is written down expired (and announced, once). */
  async order(orderId: string, q?: Transaction): Promise<PaymentOrder> {
    return within(this.#storage, q, async (tx) => {
      const row = await tx.one<OrderRow>('SELECT * FROM payment_orders WHERE order_id = ?', [orderId]);
      if (!row) throw new PlatformError('payment.orderNotFound', `no payment order ${orderId}`);
      const now = this.#now();
      if (row.state === 'pending' && now >= row.expires_at) {
        const r = await tx.run("UPDATE payment_orders SET state = 'expired' WHERE order_id = ? AND state = 'pending'", [orderId]);
        if (r.changes === 1) await this.#announce(tx, orderId, 'expired', now);
        row.state = 'expired';
      }
      return this.#orderOf(tx, row);
    });
  }

  /** Pending and not expired, newest first. */
  async openOrders(q?: Transaction): Promise<PaymentOrder[]> {
    return within(this.#storage, q, async (tx) => {
      const rows = await tx.query<OrderRow>("SELECT * FROM payment_orders WHERE state = 'pending' AND expires_at > ? ORDER BY created_at DESC, order_id DESC", [this.#now()]);
      const out: PaymentOrder[] = [];
      for (const r of rows) out.push(await this.#orderOf(tx, r));
      return out;
    });
  }

  /** The simulated provider: pay (the fee becomes paid) or cancel a pending order. Again: the same answer. */
  async settle(orderId: string, action: 'pay' | 'cancel', q?: Transaction): Promise<PaymentOrder> {
    return within(this.#storage, q, async (tx) => {
      const order = await this.order(orderId, tx);
      const wanted: OrderState = action === 'pay' ? 'paid' : 'cancelled';
      if (order.state === wanted) return order;
      switch (order.state) {
        case 'expired':
          if (action === 'cancel') return order;
          throw new PlatformError('payment.expired', `order ${orderId} expired at ${order.expiresAt}: ask for a new QR`);
        case 'cancelled':
          throw new PlatformError('payment.closed', `order ${orderId} was cancelled`);
        case 'paid':
          throw new PlatformError('payment.alreadyPaid', `order ${orderId} is paid: it cannot be cancelled`);
        case 'pending':
          break;
        default:
          return order.state satisfies never;
      }
      const now = this.#now();
      if (action === 'pay') {
        const fee = await this.fee(order.feeId, tx);
        if (fee?.status === 'paid') throw new PlatformError('payment.alreadyPaid', `the fee ${order.feeId} was paid by another order`);
        const receipt = `SIM${new Date(now).toISOString().slice(0, 10).replaceAll('-', '')}${orderId.slice(2, 12)}`;
        await tx.run("UPDATE payment_orders SET state = 'paid', settled_at = ?, receipt_number = ? WHERE order_id = ?", [now, receipt, orderId]);
        await tx.run('UPDATE case_fees SET paid_at = ?, order_id = ? WHERE fee_id = ?', [now, orderId, order.feeId]);
      } else {
        await tx.run("UPDATE payment_orders SET state = 'cancelled', settled_at = ? WHERE order_id = ?", [now, orderId]);
      }
      await this.#announce(tx, orderId, wanted, now);
      return this.order(orderId, tx);
    });
  }

  /** An end of an order written now: notified, so delivered once committed. */
  async #announce(tx: Transaction, orderId: string, state: OrderState, at: number): Promise<void> {
    const event: PaymentChangedEvent = { type: 'paymentChanged', at: new Date(at).toISOString(), orderId, state };
    await tx.notify(PAYMENT_CHANNEL, JSON.stringify(event));
  }

  async #orderOf(tx: Transaction, row: OrderRow): Promise<PaymentOrder> {
    const fee = (await this.fee(row.fee_id, tx))!;
    const state: OrderState = row.state === 'pending' && this.#now() >= row.expires_at ? 'expired' : (row.state as OrderState);
    return {
      orderId: row.order_id,
      feeId: row.fee_id,
      caseNumber: fee.caseNumber,
      name: fee.name,
      amountFen: row.amount_fen,
      state,
      createdAt: new Date(row.created_at).toISOString(),
      expiresAt: new Date(row.expires_at).toISOString(),
      settledAt: row.settled_at === null ? null : new Date(row.settled_at).toISOString(),
      payUrl: this.payUrl(row.order_id),
      receiptNumber: row.receipt_number,
    };
  }
}

function feeOf(row: FeeRow): CaseFee {
  const b = JSON.parse(row.body) as FeeBody;
  return {
    feeId: row.fee_id,
    caseNumber: row.case_number,
    itemName: b.itemName,
    deptName: b.deptName,
    name: b.name,
    amountFen: b.amountFen,
    unit: b.unit,
    basis: b.basis,
    note: b.note,
    status: row.paid_at === null ? 'unpaid' : 'paid',
    paidAt: row.paid_at === null ? null : new Date(row.paid_at).toISOString(),
  };
}
