// Fees of cases and the simulated payment provider (便民缴费) on the reference platform. A fee is paid
// through an order: created for an unpaid fee (an open order that has not expired is answered again,
// never doubled), pending until it is paid or cancelled, expired once past its expiry unpaid (told on
// read, with the injected clock). Paying an order marks its fee paid, in one transaction. There is no
// real money path: the provider is a developer-page control and a page at the QR's URL that says it is
// a simulation.
//
// Every end of an order (paid, cancelled, or found expired when `order()` reads it past its expiry) is
// announced on the event stream as `paymentChanged` (order id, state, time: nothing personal, no
// amount) only once it committed, like the help calls: the route layer wraps a handler in its
// idempotency transaction, so the event is sent after it, and only if the committed row shows the
// change (a refused pay rolled back announces nothing). An order found expired is written down as
// `expired` (the row's state, beside pending, paid and cancelled) so that it is announced once.
import { randomUUID } from 'node:crypto';
import type { CaseFee, OrderState, PaymentChangedEvent, PaymentOrder } from '../../domain/payments.ts';
import type { Db } from '../../lib/sqlite.ts';
import { PlatformError } from '../http/platform-error.ts';
import type { RecordsStore } from './records-store.ts';

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
  readonly #db: Db;
  readonly #now: () => number;
  readonly #records: RecordsStore;
  readonly #emit: (event: PaymentChangedEvent) => void;
  #publicUrl = 'http://127.0.0.1/';
  /** Ends written but not yet announced. */
  #pending: { orderId: string; state: OrderState; at: number }[] = [];
  #flushScheduled = false;

  /** `emit` is told each end of an order once it is committed. */
  constructor(db: Db, now: () => number, records: RecordsStore, emit: (event: PaymentChangedEvent) => void = () => {}) {
    this.#db = db;
    this.#now = now;
    this.#records = records;
    this.#emit = emit;
  }

  /** Where the platform is reached from outside (its listening address): the payment QR points there. */
  setPublicUrl(url: string): void {
    this.#publicUrl = url.endsWith('/') ? url : `${url}/`;
  }

  /** The provider's page for an order, which the QR carries. */
  payUrl(orderId: string): string {
    return new URL(`pay/${encodeURIComponent(orderId)}`, this.#publicUrl).toString();
  }

  /** The fees of a case, in the order given; `paidAt` (epoch ms) for one already paid. */
  addFees(caseNumber: string, fees: readonly (FeeInput & { readonly paidAt?: number | null })[]): string[] {
    const c = this.#records.caseBody(caseNumber);
    if (!c) throw new Error(`no case ${caseNumber} to add fees to`);
    const insert = this.#db.prepare('INSERT OR REPLACE INTO case_fees (fee_id, case_number, seq, body, paid_at) VALUES (?, ?, ?, ?, ?)');
    return fees.map((f, i) => {
      if (!Number.isInteger(f.amountFen) || f.amountFen <= 0) throw new Error(`fee ${f.name} of ${caseNumber}: an amount is whole fen above 0, not ${f.amountFen}`);
      const feeId = `${caseNumber}-F${i + 1}`;
      const body: FeeBody = { name: f.name, amountFen: f.amountFen, unit: f.unit, basis: f.basis, note: f.note, itemName: c.itemName, deptName: c.deptName };
      insert.run(feeId, caseNumber, i + 1, JSON.stringify(body), f.paidAt ?? null);
      return feeId;
    });
  }

  /** By case number and query code (a wrong code is refused like an unknown case), or every fee of a person's cases. */
  fees(q: FeesQuery): CaseFee[] {
    const numbers = 'idNumber' in q ? this.#records.casesOf(q.idNumber).map((c) => c.caseNumber) : [this.#records.case(q.caseNumber, q.queryCode).caseNumber];
    const select = this.#db.prepare<[string], FeeRow>('SELECT fee_id, case_number, body, paid_at FROM case_fees WHERE case_number = ? ORDER BY seq');
    return numbers.flatMap((n) => select.all(n).map(feeOf));
  }

  fee(feeId: string): CaseFee | null {
    const row = this.#db.prepare<[string], FeeRow>('SELECT fee_id, case_number, body, paid_at FROM case_fees WHERE fee_id = ?').get(feeId);
    return row ? feeOf(row) : null;
  }

  /** An order for an unpaid fee: the open one that has not expired, else a new one. */
  createOrder(feeId: string, terminalId: string | null): PaymentOrder {
    return this.#db.transaction(() => {
      const fee = this.fee(feeId);
      if (!fee) throw new PlatformError('payment.feeNotFound', `no fee ${feeId}`);
      if (fee.status === 'paid') throw new PlatformError('payment.alreadyPaid', `the fee ${feeId} is paid already`);
      const now = this.#now();
      const open = this.#db
        .prepare<[string, number], OrderRow>("SELECT * FROM payment_orders WHERE fee_id = ? AND state = 'pending' AND expires_at > ? ORDER BY created_at DESC LIMIT 1")
        .get(feeId, now);
      if (open) return this.#orderOf(open);
      const orderId = `PO${randomUUID().replaceAll('-', '').toUpperCase()}`;
      this.#db
        .prepare("INSERT INTO payment_orders (order_id, fee_id, amount_fen, state, created_at, expires_at, terminal_id) VALUES (?, ?, ?, 'pending', ?, ?, ?)")
        .run(orderId, feeId, fee.amountFen, now, now + ORDER_LIFETIME_MS, terminalId);
      return this.order(orderId);
    })();
  }

  /** One order; a pending one read past its expiry is written down expired (and announced, once). */
  order(orderId: string): PaymentOrder {
    const row = this.#db.prepare<[string], OrderRow>('SELECT * FROM payment_orders WHERE order_id = ?').get(orderId);
    if (!row) throw new PlatformError('payment.orderNotFound', `no payment order ${orderId}`);
    const now = this.#now();
    if (row.state === 'pending' && now >= row.expires_at) {
      const r = this.#db.prepare("UPDATE payment_orders SET state = 'expired' WHERE order_id = ? AND state = 'pending'").run(orderId);
      if (r.changes === 1) this.#announce(orderId, 'expired', now);
      row.state = 'expired';
    }
    return this.#orderOf(row);
  }

  /** Pending and not expired, newest first. */
  openOrders(): PaymentOrder[] {
    return this.#db
      .prepare<[number], OrderRow>("SELECT * FROM payment_orders WHERE state = 'pending' AND expires_at > ? ORDER BY created_at DESC, rowid DESC")
      .all(this.#now())
      .map((r) => this.#orderOf(r));
  }

  /** The simulated provider: pay (the fee becomes paid) or cancel a pending order. Again: the same answer. */
  settle(orderId: string, action: 'pay' | 'cancel'): PaymentOrder {
    return this.#db.transaction(() => {
      const order = this.order(orderId);
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
        const fee = this.fee(order.feeId);
        if (fee?.status === 'paid') throw new PlatformError('payment.alreadyPaid', `the fee ${order.feeId} was paid by another order`);
        const receipt = `SIM${new Date(now).toISOString().slice(0, 10).replaceAll('-', '')}${orderId.slice(2, 12)}`;
        this.#db.prepare("UPDATE payment_orders SET state = 'paid', settled_at = ?, receipt_number = ? WHERE order_id = ?").run(now, receipt, orderId);
        this.#db.prepare('UPDATE case_fees SET paid_at = ?, order_id = ? WHERE fee_id = ?').run(now, orderId, order.feeId);
      } else {
        this.#db.prepare("UPDATE payment_orders SET state = 'cancelled', settled_at = ? WHERE order_id = ?").run(now, orderId);
      }
      this.#announce(orderId, wanted, now);
      return this.order(orderId);
    })();
  }

  /** An end of an order written now, announced once committed. */
  #announce(orderId: string, state: OrderState, at: number): void {
    this.#pending.push({ orderId, state, at });
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    // The writing transaction (better-sqlite3: synchronous) ends before any microtask runs.
    queueMicrotask(() => this.#flush());
  }

  #flush(): void {
    if (this.#db.inTransaction) {
      queueMicrotask(() => this.#flush());
      return;
    }
    this.#flushScheduled = false;
    const pending = this.#pending;
    this.#pending = [];
    const select = this.#db.prepare<[string], OrderRow>('SELECT * FROM payment_orders WHERE order_id = ?');
    for (const { orderId, state, at } of pending) {
      const r = select.get(orderId);
      // Rolled back after all (this change never committed): nothing to announce.
      if (!r || r.state !== state || (state !== 'expired' && r.settled_at !== at)) continue;
      this.#emit({ type: 'paymentChanged', at: new Date(at).toISOString(), orderId, state });
    }
  }

  #orderOf(row: OrderRow): PaymentOrder {
    const fee = this.fee(row.fee_id)!;
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
