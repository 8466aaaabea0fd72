// The reference platform's fees and simulated payment provider (便民缴费): the seed's fees true to their
// items, the order lifecycle (pending -> paid | cancelled, expired past its expiry with the injected
// clock), an open order reused rather than doubled, an expired order refused, the idempotent create,
// and the public "模拟支付" page at the QR's URL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weiXiuying } from '../../devices/idcard/test-identities.ts';
import { HEADERS } from '../../domain/api/define.ts';
import { serviceItems } from '../../platform/seed/data.ts';
import { sampleCases, sampleFees } from '../../platform/seed/index.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { ORDER_LIFETIME_MS } from '../../platform/services/payment-store.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { platformDatabase } from '../support/platform-database.ts';

const DAY = '2026-11-24';
const cases = sampleCases(DAY);
const fees = sampleFees(DAY);
const unpaid = fees.filter((f) => f.paidAt === null);
const reissue = cases.find((c) => c.caseNumber === unpaid.find((f) => f.name.includes('丢失补领'))?.caseNumber)!;

let clock: ManualClock;
let running: RunningPlatform;
let headers: Record<string, string>;

beforeEach(async () => {
  clock = new ManualClock();
  running = await startPlatform({ ...(await platformDatabase()), clock, version: 'test' });
  await seedReferencePlatform(running.platform, DAY);
  const code = await running.platform.auth.issueEnrolmentCode('k1', 'kiosk');
  const credential = await running.platform.auth.enrol(code, 'k1', 'kiosk');
  headers = { [HEADERS.terminalId]: 'k1', [HEADERS.authorization]: `Bearer ${credential}` };
});
afterEach(async () => {
  await running.close();
});

let keySeq = 0;
const post = (url: string, payload: unknown, key: string | null = `key-0000${++keySeq}`) =>
  running.platform.app.inject({ method: 'POST', url, headers: { ...headers, ...(key ? { [HEADERS.idempotencyKey]: key } : {}) }, payload: payload as object });
const get = (url: string) => running.platform.app.inject({ method: 'GET', url, headers });

async function feesOf(body: object) {
  const r = await post('/api/v1/payments/fees', body, null);
  return { status: r.statusCode, body: r.json() as { fees: { feeId: string; status: string; amountFen: number; name: string; basis: string }[]; error?: { code: string } } };
}

async function order(feeId: string, key?: string) {
  const r = await post('/api/v1/payments/orders', { feeId }, key);
  return { status: r.statusCode, body: r.json() as { orderId: string; state: string; expiresAt: string; payUrl: string; amountFen: number; error?: { code: string } } };
}

describe('seeded fees', () => {
  it('are the items’ own fee items in fen with their basis; delivered and ready cases have paid, refused ones owe nothing', () => {
    expect(unpaid.length).toBeGreaterThanOrEqual(3);
    for (const f of fees) {
      const c = cases.find((x) => x.caseNumber === f.caseNumber)!;
      const item = serviceItems.find((i) => i.id === c.itemId)!;
      const source = item.fees.find((x) => x.name === f.name)!;
      expect(source, `${f.name} is a fee of ${item.name}`).toBeDefined();
      expect(f.amountFen).toBe(Math.round(source.amount * 100));
      expect(Number.isInteger(f.amountFen)).toBe(true);
      expect(f.basis).toBe(source.basis);
      expect(f.paidAt !== null).toBe(c.status === 'delivered' || c.status === 'ready');
      expect(c.status).not.toBe('rejected');
    }
    // The simulated card 韦秀英 owes a first passport's 工本费.
    const hers = cases.filter((c) => c.applicant.idNumber === weiXiuying.idNumber).map((c) => c.caseNumber);
    expect(unpaid.filter((f) => hers.includes(f.caseNumber)).map((f) => [f.name, f.amountFen])).toEqual([['普通护照工本费', 12000]]);
  });

  it('are found by case number and query code (a wrong code is refused like an unknown case), or by ID number', async () => {
    const byNumber = await feesOf({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode });
    expect(byNumber.status).toBe(200);
    expect(byNumber.body.fees.map((f) => [f.name, f.amountFen, f.status])).toEqual([['居民身份证工本费（丢失补领）', 4000, 'unpaid']]);
    const wrong = await feesOf({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode === '000000' ? '111111' : '000000' });
    expect([wrong.status, wrong.body.error?.code]).toEqual([404, 'case.notFound']);
    const byCard = await feesOf({ idNumber: weiXiuying.idNumber });
    expect(byCard.body.fees.map((f) => f.name)).toEqual(['普通护照工本费']);
  });

  it('refuses a request that gives both ways, or neither, naming what was wrong', async () => {
    for (const body of [{}, { caseNumber: reissue.caseNumber }, { caseNumber: reissue.caseNumber, queryCode: reissue.queryCode, idNumber: weiXiuying.idNumber }]) {
      const r = await feesOf(body);
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain('give either caseNumber and queryCode, or idNumber');
    }
  });
});

describe('payment orders', () => {
  const feeId = async () => (await running.platform.payments.fees({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode }))[0]!.feeId;

  it('pending, then paid: the fee is paid and a new order for it is refused', async () => {
    const o = await order(await feeId());
    expect(o.status).toBe(201);
    expect(o.body).toMatchObject({ state: 'pending', amountFen: 4000 });
    expect(Date.parse(o.body.expiresAt) - clock.now()).toBe(ORDER_LIFETIME_MS);
    expect(o.body.payUrl).toBe(`${running.url}pay/${o.body.orderId}`);
    const open = (await get('/api/v1/payments/orders')).json() as { orders: { orderId: string }[] };
    expect(open.orders.map((x) => x.orderId)).toEqual([o.body.orderId]);

    clock.advance(60_000);
    const paid = await post(`/api/v1/payments/orders/${o.body.orderId}/settle`, { action: 'pay' }, null);
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ state: 'paid', settledAt: new Date(clock.now()).toISOString() });
    expect((paid.json() as { receiptNumber: string }).receiptNumber).toMatch(/^SIM20261124/);
    // Again: the same answer, not an error.
    expect((await post(`/api/v1/payments/orders/${o.body.orderId}/settle`, { action: 'pay' }, null)).json()).toMatchObject({ state: 'paid' });
    expect((await feesOf({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode })).body.fees[0]).toMatchObject({ status: 'paid' });
    expect((await order(await feeId())).body.error?.code).toBe('payment.alreadyPaid');
    const cancel = await post(`/api/v1/payments/orders/${o.body.orderId}/settle`, { action: 'cancel' }, null);
    expect([cancel.statusCode, (cancel.json() as { error: { code: string } }).error.code]).toEqual([409, 'payment.alreadyPaid']);
    expect(((await get('/api/v1/payments/orders')).json() as { orders: unknown[] }).orders).toEqual([]);
  });

  it('reuses an open order that has not expired instead of doubling it; a replayed key answers the first order', async () => {
    const first = await order(await feeId(), "same-key-1");
    clock.advance(5 * 60_000);
    const second = await order(await feeId());
    expect(second.body.orderId).toBe(first.body.orderId);
    expect(second.body.expiresAt).toBe(first.body.expiresAt);
    const replay = await order(await feeId(), "same-key-1");
    expect(replay.body).toEqual(first.body);
  });

  it('expires past its expiry with the clock: it cannot be paid then, and a new order is a new QR', async () => {
    const first = await order(await feeId());
    clock.advance(ORDER_LIFETIME_MS - 1);
    expect((await get(`/api/v1/payments/orders/${first.body.orderId}`)).json()).toMatchObject({ state: 'pending' });
    clock.advance(1);
    expect((await get(`/api/v1/payments/orders/${first.body.orderId}`)).json()).toMatchObject({ state: 'expired' });
    const pay = await post(`/api/v1/payments/orders/${first.body.orderId}/settle`, { action: 'pay' }, null);
    expect([pay.statusCode, (pay.json() as { error: { code: string } }).error.code]).toEqual([409, 'payment.expired']);
    expect((await feesOf({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode })).body.fees[0]).toMatchObject({ status: 'unpaid' });
    const next = await order(await feeId());
    expect(next.body.orderId).not.toBe(first.body.orderId);
    expect(next.body.state).toBe('pending');
  });

  it('cancelled: it cannot be paid, and the fee stays owed', async () => {
    const o = await order(await feeId());
    expect((await post(`/api/v1/payments/orders/${o.body.orderId}/settle`, { action: 'cancel' }, null)).json()).toMatchObject({ state: 'cancelled' });
    const pay = await post(`/api/v1/payments/orders/${o.body.orderId}/settle`, { action: 'pay' }, null);
    expect((pay.json() as { error: { code: string } }).error.code).toBe('payment.closed');
    expect((await order(await feeId())).body.orderId).not.toBe(o.body.orderId);
  });

  it('refuses unknown fees and orders, and calls without the terminal’s credential', async () => {
    expect((await order('no-such-fee')).body.error?.code).toBe('payment.feeNotFound');
    expect(((await get('/api/v1/payments/orders/PO404')).json() as { error: { code: string } }).error.code).toBe('payment.orderNotFound');
    const anonymous = await running.platform.app.inject({ method: 'GET', url: '/api/v1/payments/orders' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('the 模拟支付 page at the QR’s URL', () => {
  it('says it is a simulation, confirms the payment, and refuses an expired order in plain words', async () => {
    const feeId = (await running.platform.payments.fees({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode }))[0]!.feeId;
    const o = await order(feeId);
    const path = new URL(o.body.payUrl).pathname;
    const page = await running.platform.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('模拟支付 — 确认支付');
    expect(page.body).toContain('不会扣款');
    expect(page.body).toContain('¥40.00');
    const confirmed = await running.platform.app.inject({ method: 'POST', url: `${path}/pay`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('状态：已支付');
    expect((await running.platform.payments.order(o.body.orderId)).state).toBe('paid');

    const other = (await running.platform.payments.fees({ idNumber: weiXiuying.idNumber }))[0]!.feeId;
    const late = await running.platform.payments.createOrder(other, 'k1');
    clock.advance(ORDER_LIFETIME_MS);
    const refused = await running.platform.app.inject({ method: 'POST', url: `/pay/${late.orderId}/pay` });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('订单已过期，不能支付');
    expect((await running.platform.app.inject({ method: 'GET', url: '/pay/PO404' })).statusCode).toBe(404);
  });
});
