// The PlatformClient against the reference platform: cases (query by number and code, by the ID card),
// ratings (好差评: idempotency, the status before rating, a kiosk's rating) and fees (便民缴费).
import { describe, expect, it } from 'vitest';
import { sampleCases } from '../../../platform/seed/index.ts';
import { BUSINESS_DATE, CASE, QUERY, evaluation, platformClientRig } from '../../support/platform-client-rig.ts';

const rig = platformClientRig();

describe('cases', () => {
  it('answers a wrong query code exactly like an unknown case', async () => {
    await rig.enrol();
    const wrong = await rig.client.call('cases.query', { body: { ...QUERY, queryCode: QUERY.queryCode === '000000' ? '111111' : '000000' } });
    const unknown = await rig.client.call('cases.query', { body: { ...QUERY, caseNumber: `${QUERY.caseNumber.slice(0, -4)}9999` } });
    for (const r of [wrong, unknown]) expect(r).toMatchObject({ ok: false, error: { details: { status: 404, platformCode: 'case.notFound' } } });
    expect(!wrong.ok && !unknown.ok && wrong.error.message).toBe(!unknown.ok && unknown.error.message);
  });

  it('finds the cases of the person whose ID card was read', async () => {
    await rig.enrol();
    const r = await rig.client.call('cases.lookup', { body: { idNumber: CASE.applicant.idNumber } });
    expect(r.ok && !r.value.notModified && r.value.value.cases.map((c) => c.caseNumber)).toContain(CASE.caseNumber);
  });
});

describe('idempotency', () => {
  it('a replayed key returns the first answer and creates nothing new', async () => {
    await rig.enrol();
    const first = await rig.client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000001' });
    const replay = await rig.client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000001' });
    expect(first.ok && replay.ok).toBe(true);
    if (!first.ok || !replay.ok || first.value.notModified || replay.value.notModified) return;
    expect(replay.value.value).toEqual(first.value.value);
    expect(replay.value.replayed).toBe(true);
    expect(await rig.running.platform.records.evaluationCount()).toBe(1);
  });

  it('a key reused for a different request is refused', async () => {
    await rig.enrol();
    await rig.client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000002' });
    const other = await rig.client.call('evaluations.create', { body: evaluation({ level: 'verySatisfied' }), idempotencyKey: 'key-000000002' });
    expect(other).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'idempotencyKeyReused' } } });
  });

  it('refuses a second rating of the same case and stage under a new key', async () => {
    await rig.enrol();
    await rig.client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000003' });
    const dup = await rig.client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000004' });
    expect(dup).toMatchObject({ ok: false, error: { details: { platformCode: 'evaluation.duplicate' } } });
    const otherStage = await rig.client.call('evaluations.create', { body: evaluation({ stage: 'accept' }), idempotencyKey: 'key-000000005' });
    expect(otherStage.ok).toBe(true);
  });

  it('demands a reason for a bad rating, naming the field', async () => {
    await rig.enrol();
    const r = await rig.client.call('evaluations.create', { body: evaluation({ level: 'dissatisfied' }), idempotencyKey: 'key-000000006' });
    expect(r).toMatchObject({ ok: false, error: { details: { platformCode: 'invalidRequest', details: { issues: [{ path: 'reasons' }] } } } });
    const withReason = await rig.client.call('evaluations.create', { body: evaluation({ level: 'dissatisfied', reasons: ['等候时间长'] }), idempotencyKey: 'key-000000007' });
    expect(withReason.ok).toBe(true);
  });
});

describe('好差评 status before rating', () => {
  it('says which stages of a case are rated, with the hall’s follow-up days; an unknown number has none', async () => {
    await rig.enrol();
    await rig.client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000010' });
    const r = await rig.client.call('evaluations.status', { body: { caseNumbers: [CASE.caseNumber, 'NOSUCHCASE0001'] } });
    expect(r.ok && !r.value.notModified && r.value.value).toEqual({
      followUpWorkingDays: 5,
      cases: [
        { caseNumber: CASE.caseNumber, rated: ['finish'] },
        { caseNumber: 'NOSUCHCASE0001', rated: [] },
      ],
    });
  });

  it('refuses an empty or oversized question before sending it', async () => {
    await rig.enrol();
    for (const caseNumbers of [[], Array.from({ length: 51 }, (_, i) => `C${i}`)]) {
      const r = await rig.client.call('evaluations.status', { body: { caseNumbers } });
      expect(r).toMatchObject({ ok: false });
    }
  });

  it('fuzz: an answer that is not JSON or not the status shape is a clear badResponse, never half-used', async () => {
    const good = { followUpWorkingDays: 5, cases: [{ caseNumber: 'C1', rated: ['accept'] }] };
    const bad: unknown[] = [
      'not json',
      '{"followUpWorkingDays":5,',
      null,
      [],
      {},
      { ...good, followUpWorkingDays: 0 },
      { ...good, followUpWorkingDays: 5.5 },
      { ...good, followUpWorkingDays: '5' },
      { ...good, cases: null },
      { ...good, cases: [{ caseNumber: 'C1', rated: ['done'] }] },
      { ...good, cases: [{ caseNumber: '', rated: [] }] },
      { ...good, cases: [{ caseNumber: 'C1' }] },
      { followUpWorkingDays: 5 },
    ];
    // A seeded walk that deletes, retypes or replaces fields of the good answer (deterministic).
    let seed = 13;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    // Every junk value is wrong for every field of the answer, so every edit makes it invalid.
    const junk = [null, -1, '', [], {}, true, 1e9];
    for (let i = 0; i < 60; i++) {
      const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown> & { cases: Record<string, unknown>[] };
      const target = next() < 0.5 ? (copy as Record<string, unknown>) : copy.cases[0]!;
      const keys = Object.keys(target);
      const key = keys[Math.floor(next() * keys.length)]!;
      if (next() < 0.3) delete target[key];
      else target[key] = junk[Math.floor(next() * junk.length)];
      bad.push(copy);
    }
    let checked = 0;
    for (const body of bad) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const lying = rig.clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));
      const r = await lying.call('evaluations.status', { body: { caseNumbers: ['C1'] } });
      expect(r, text).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      expect(!r.ok && r.error.message).toContain('evaluations.status');
      checked++;
    }
    expect(checked).toBe(bad.length);
    const honest = rig.clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify(good) }));
    expect(await honest.call('evaluations.status', { body: { caseNumbers: ['C1'] } })).toMatchObject({ ok: true, value: { value: good } });
  });
});

describe('a kiosk rating of a case', () => {
  it('needs no window or staff: the platform books it to who accepted the case, and keeps the follow-up phone', async () => {
    await rig.enrol();
    const kiosk = evaluation({ channel: 'hallTablet', level: 'veryDissatisfied', reasons: ['slow'], followUpPhone: '13905891234' });
    delete kiosk.windowId;
    delete kiosk.staffId;
    const r = await rig.client.call('evaluations.create', { body: kiosk, idempotencyKey: 'key-000000020' });
    expect(r.ok).toBe(true);
    const [kept] = await rig.running.platform.records.evaluations();
    expect(kept!.evaluation.windowId).toMatch(/^w\d+$/);
    expect(kept!.evaluation.staffId).toMatch(/^LX\d{4}$/);
    expect(await rig.running.platform.records.followUpsDue()).toMatchObject([{ target: `case:${CASE.caseNumber}`, phone: '13905891234', level: 'veryDissatisfied' }]);
  });

  it('a rating pad must still say its window and staff', async () => {
    await rig.enrol();
    const pad = evaluation();
    delete pad.staffId;
    const r = await rig.client.call('evaluations.create', { body: pad, idempotencyKey: 'key-000000021' });
    expect(r).toMatchObject({ ok: false, error: { details: { platformCode: 'invalidRequest' } } });
  });
});

describe('paying a fee (便民缴费)', () => {
  it('reads a case’s fees, creates an order (a retry with the same key gets the same order), follows and settles it', async () => {
    await rig.enrol();
    const fees = await rig.client.call('payments.fees', { body: { caseNumber: CASE.caseNumber, queryCode: CASE.queryCode } });
    expect(fees.ok).toBe(true);
    const owed = (await rig.running.platform.payments.fees({ idNumber: sampleCases(BUSINESS_DATE).find((c) => c.itemName.includes('补领'))!.applicant.idNumber })).find((f) => f.status === 'unpaid')!;
    const made = await rig.client.call('payments.createOrder', { body: { feeId: owed.feeId }, idempotencyKey: 'pay-key-0001' });
    const again = await rig.client.call('payments.createOrder', { body: { feeId: owed.feeId }, idempotencyKey: 'pay-key-0001' });
    const order = made.ok && !made.value.notModified ? made.value.value : null;
    expect(order?.state).toBe('pending');
    expect(again.ok && !again.value.notModified && again.value.replayed).toBe(true);
    const paid = await rig.client.call('payments.settle', { params: { orderId: order!.orderId }, body: { action: 'pay' } });
    expect(paid.ok && !paid.value.notModified && paid.value.value.state).toBe('paid');
    const refused = await rig.client.call('payments.settle', { params: { orderId: order!.orderId }, body: { action: 'cancel' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'payment.alreadyPaid' } } });
  });

  it('refuses an answer that does not match the API (bad JSON, wrong shapes), naming the route', async () => {
    const answers = [
      'not json',
      JSON.stringify({ fees: [{ feeId: 'f', amountFen: 40.5 }] }),
      JSON.stringify({ fees: 'none' }),
      JSON.stringify({ orderId: 'PO1', state: 'refunded' }),
      JSON.stringify(null),
    ];
    for (const text of answers) {
      const lying = rig.clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));
      for (const r of [await lying.call('payments.fees', { body: { idNumber: '11010519491231002X' } }), await lying.call('payments.getOrder', { params: { orderId: 'PO1' } })]) {
        expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
        expect(r.ok ? '' : r.error.message).toMatch(/payments\.(fees|getOrder)/);
      }
    }
    // A wrong amount (fen must be whole) is refused too.
    const half = rig.clientOver(async () => ({
      status: 201,
      headers: { get: () => null },
      text: async () => JSON.stringify({ orderId: 'PO1', feeId: 'f', caseNumber: 'C', name: 'n', amountFen: 0.5, state: 'pending', createdAt: '2026-11-24T02:00:00.000Z', expiresAt: '2026-11-24T02:15:00.000Z', settledAt: null, payUrl: 'http://127.0.0.1/pay/PO1', receiptNumber: null }),
    }));
    expect(await half.call('payments.createOrder', { body: { feeId: 'f' }, idempotencyKey: 'pay-key-0002' })).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
  });
});
