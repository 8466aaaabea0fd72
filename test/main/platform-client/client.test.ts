// The terminal's platform client against the real reference platform over HTTP on loopback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EvaluationInput } from '../../../domain/evaluation.ts';
import { appointmentSlotsSchema, bookingSchema } from '../../../domain/api/routes.ts';
import { dailySupervisionSchema, followUpRecordSchema } from '../../../domain/supervision.ts';
import { queueBoardSchema } from '../../../domain/queue.ts';
import { isTransient, PlatformClient, type Credentials, type HttpFetch } from '../../../main/platform-client/client.ts';
import { startPlatform, type RunningPlatform } from '../../../platform/server.ts';
import { seedReferencePlatform } from '../../../platform/seeding.ts';
import { seedPinOf } from '../../../platform/seed/staff-credentials.ts';
import { sampleCases } from '../../../platform/seed/index.ts';
import { ManualClock } from '../../support/manual-clock.ts';

let running: RunningPlatform;
let clock: ManualClock;
let creds: Credentials | null;
let client: PlatformClient;

const BUSINESS_DATE = '2026-11-24';
const CASE = sampleCases(BUSINESS_DATE)[0]!;
const QUERY = { caseNumber: CASE.caseNumber, queryCode: CASE.queryCode };

function evaluation(over: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    caseNumber: CASE.caseNumber,
    stage: 'finish',
    level: 'satisfied',
    windowId: 'w-05',
    staffId: 'GA0001',
    channel: 'hallPad',
    ratedAt: '20261124T101500',
    areaCode: '110105',
    ...over,
  };
}

beforeEach(async () => {
  clock = new ManualClock();
  running = await startPlatform({ clock, version: 'test' });
  await seedReferencePlatform(running.platform, BUSINESS_DATE);
  creds = null;
  client = new PlatformClient({ baseUrl: running.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 5000, credentials: () => creds });
});
afterEach(async () => {
  await running.close();
});

async function enrol(terminalId = 'k1') {
  const code = await running.platform.auth.issueEnrolmentCode(terminalId, 'kiosk');
  const r = await client.call('terminals.enrol', { body: { code, terminalId, role: 'kiosk', version: '1' } });
  if (!r.ok || r.value.notModified) throw new Error(JSON.stringify(r));
  creds = { terminalId, credential: r.value.value.credential };
  return code;
}

describe('enrolment and credentials', () => {
  it('refuses calls before enrolment, without sending them', async () => {
    expect(await client.call('cases.query', { body: QUERY })).toMatchObject({ ok: false, error: { code: 'platform.unauthorized' } });
  });

  it('trades a one-time code for a credential that then works', async () => {
    const code = await enrol();
    const r = await client.call('cases.query', { body: QUERY });
    expect(r.ok && !r.value.notModified && r.value.value.itemName).toBe(CASE.itemName);
    expect(r.ok && !r.value.notModified && r.value.value.applicantMasked).not.toContain(CASE.applicant.name.slice(1));
    const again = await client.call('terminals.enrol', { body: { code, terminalId: 'k1', role: 'kiosk', version: '1' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'platform.unauthorized', details: { platformCode: 'enrolment.invalidCode' } } });
  });

  it('refuses a code issued for another terminal, and a wrong credential', async () => {
    const code = await running.platform.auth.issueEnrolmentCode('k2', 'kiosk');
    expect(await client.call('terminals.enrol', { body: { code, terminalId: 'k1', role: 'kiosk', version: '1' } })).toMatchObject({ ok: false });
    await enrol('k1');
    creds = { terminalId: 'k1', credential: 'x'.repeat(43) };
    expect(await client.call('cases.query', { body: QUERY })).toMatchObject({ ok: false, error: { code: 'platform.unauthorized' } });
  });
});

describe('cases', () => {
  it('answers a wrong query code exactly like an unknown case', async () => {
    await enrol();
    const wrong = await client.call('cases.query', { body: { ...QUERY, queryCode: QUERY.queryCode === '000000' ? '111111' : '000000' } });
    const unknown = await client.call('cases.query', { body: { ...QUERY, caseNumber: `${QUERY.caseNumber.slice(0, -4)}9999` } });
    for (const r of [wrong, unknown]) expect(r).toMatchObject({ ok: false, error: { details: { status: 404, platformCode: 'case.notFound' } } });
    expect(!wrong.ok && !unknown.ok && wrong.error.message).toBe(!unknown.ok && unknown.error.message);
  });

  it('finds the cases of the person whose ID card was read', async () => {
    await enrol();
    const r = await client.call('cases.lookup', { body: { idNumber: CASE.applicant.idNumber } });
    expect(r.ok && !r.value.notModified && r.value.value.cases.map((c) => c.caseNumber)).toContain(CASE.caseNumber);
  });
});

describe('idempotency', () => {
  it('a replayed key returns the first answer and creates nothing new', async () => {
    await enrol();
    const first = await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000001' });
    const replay = await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000001' });
    expect(first.ok && replay.ok).toBe(true);
    if (!first.ok || !replay.ok || first.value.notModified || replay.value.notModified) return;
    expect(replay.value.value).toEqual(first.value.value);
    expect(replay.value.replayed).toBe(true);
    expect(await running.platform.records.evaluationCount()).toBe(1);
  });

  it('a key reused for a different request is refused', async () => {
    await enrol();
    await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000002' });
    const other = await client.call('evaluations.create', { body: evaluation({ level: 'verySatisfied' }), idempotencyKey: 'key-000000002' });
    expect(other).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'idempotencyKeyReused' } } });
  });

  it('refuses a second rating of the same case and stage under a new key', async () => {
    await enrol();
    await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000003' });
    const dup = await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000004' });
    expect(dup).toMatchObject({ ok: false, error: { details: { platformCode: 'evaluation.duplicate' } } });
    const otherStage = await client.call('evaluations.create', { body: evaluation({ stage: 'accept' }), idempotencyKey: 'key-000000005' });
    expect(otherStage.ok).toBe(true);
  });

  it('demands a reason for a bad rating, naming the field', async () => {
    await enrol();
    const r = await client.call('evaluations.create', { body: evaluation({ level: 'dissatisfied' }), idempotencyKey: 'key-000000006' });
    expect(r).toMatchObject({ ok: false, error: { details: { platformCode: 'invalidRequest', details: { issues: [{ path: 'reasons' }] } } } });
    const withReason = await client.call('evaluations.create', { body: evaluation({ level: 'dissatisfied', reasons: ['等候时间长'] }), idempotencyKey: 'key-000000007' });
    expect(withReason.ok).toBe(true);
  });
});

describe('catalogue versions', () => {
  const extra = { kind: 'theme' as const, id: 'test-theme', body: { code: 'test-theme', name: '测试主题', audience: 'person', description: '测试', itemIds: ['x'], sortOrder: 99 } };

  it('answers the whole catalogue, then changes since a version, then 304 for an unchanged ETag', async () => {
    await enrol();
    const v1 = await running.platform.catalogue.publish({ upserts: [extra] });
    const full = await client.call('catalogue.get', {});
    if (!full.ok || full.value.notModified) throw new Error('no catalogue');
    expect(full.value.value).toMatchObject({ version: v1, full: true });
    expect(full.value.value.items.length).toBeGreaterThanOrEqual(150);
    expect(full.value.value.themes.map((t) => t.code)).toContain('test-theme');
    const same = await client.call('catalogue.get', { query: { since: v1 }, etag: null });
    if (!same.ok || same.value.notModified) throw new Error('no answer');
    const unchanged = await client.call('catalogue.get', { query: { since: v1 }, etag: same.value.etag });
    expect(unchanged).toEqual({ ok: true, value: { notModified: true } });
    const v2 = await running.platform.catalogue.publish({ deletions: [{ kind: 'theme', id: 'test-theme' }] });
    const delta = await client.call('catalogue.get', { query: { since: v1 }, etag: same.value.etag });
    expect(delta.ok && !delta.value.notModified && delta.value.value).toMatchObject({ version: v2, full: false, items: [], themes: [], deleted: { themes: ['test-theme'] } });
  });
});

/** A client of a pretend platform whose every answer comes from `fetch`. */
function clientOver(fetch: HttpFetch): PlatformClient {
  return new PlatformClient({ baseUrl: 'http://platform.test/', clock, timeoutMs: 1000, credentials: () => ({ terminalId: 'k1', credential: 'c'.repeat(43) }), fetch });
}

describe('bad answers and no answers', () => {
  it('says the platform is offline when nothing answers', async () => {
    await enrol();
    await running.close();
    const r = await client.call('cases.query', { body: QUERY });
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.offline' } });
    running = await startPlatform({ clock, version: 'test' });
  });

  it('says a request timed out, apart from offline: it may have reached the platform', async () => {
    const silent = clientOver((_url, init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))));
    const pending = silent.call('cases.query', { body: QUERY });
    clock.advance(1000);
    const r = await pending;
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.timeout' } });
    expect(!r.ok && isTransient(r.error)).toBe(true);
  });

  it('refuses an answer that does not match the API, before anyone uses it', async () => {
    const lying = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify({ version: -1, full: true }) }));
    const r = await lying.call('catalogue.get', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
  });
});

describe('paying a fee (便民缴费)', () => {
  it('reads a case’s fees, creates an order (a retry with the same key gets the same order), follows and settles it', async () => {
    await enrol();
    const fees = await client.call('payments.fees', { body: { caseNumber: CASE.caseNumber, queryCode: CASE.queryCode } });
    expect(fees.ok).toBe(true);
    const owed = (await running.platform.payments.fees({ idNumber: sampleCases(BUSINESS_DATE).find((c) => c.itemName.includes('补领'))!.applicant.idNumber })).find((f) => f.status === 'unpaid')!;
    const made = await client.call('payments.createOrder', { body: { feeId: owed.feeId }, idempotencyKey: 'pay-key-0001' });
    const again = await client.call('payments.createOrder', { body: { feeId: owed.feeId }, idempotencyKey: 'pay-key-0001' });
    const order = made.ok && !made.value.notModified ? made.value.value : null;
    expect(order?.state).toBe('pending');
    expect(again.ok && !again.value.notModified && again.value.replayed).toBe(true);
    const paid = await client.call('payments.settle', { params: { orderId: order!.orderId }, body: { action: 'pay' } });
    expect(paid.ok && !paid.value.notModified && paid.value.value.state).toBe('paid');
    const refused = await client.call('payments.settle', { params: { orderId: order!.orderId }, body: { action: 'cancel' } });
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
      const lying = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));
      for (const r of [await lying.call('payments.fees', { body: { idNumber: '11010519491231002X' } }), await lying.call('payments.getOrder', { params: { orderId: 'PO1' } })]) {
        expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
        expect(r.ok ? '' : r.error.message).toMatch(/payments\.(fees|getOrder)/);
      }
    }
    // A wrong amount (fen must be whole) is refused too.
    const half = clientOver(async () => ({
      status: 201,
      headers: { get: () => null },
      text: async () => JSON.stringify({ orderId: 'PO1', feeId: 'f', caseNumber: 'C', name: 'n', amountFen: 0.5, state: 'pending', createdAt: '2026-11-24T02:00:00.000Z', expiresAt: '2026-11-24T02:15:00.000Z', settledAt: null, payUrl: 'http://127.0.0.1/pay/PO1', receiptNumber: null }),
    }));
    expect(await half.call('payments.createOrder', { body: { feeId: 'f' }, idempotencyKey: 'pay-key-0002' })).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
  });
});

describe('help calls (帮办代办)', () => {
  const create = (key: string, reason: 'reading' | 'other' = 'reading') => client.call('help.create', { body: { reason, place: '一楼 A 区' }, idempotencyKey: key });

  it('calls, answers the open call to a second call, acknowledges, cancels; a replay gets the first answer', async () => {
    await enrol('k1');
    const first = await create('help-key-0001');
    if (!first.ok || first.value.notModified) throw new Error(JSON.stringify(first));
    expect(first.value.value).toMatchObject({ terminalId: 'k1', place: '一楼 A 区', reason: 'reading', state: 'waiting', acknowledgedBy: null });
    const replay = await create('help-key-0001');
    expect(replay.ok && !replay.value.notModified && replay.value.replayed).toBe(true);
    const second = await create('help-key-0002', 'other');
    expect(second.ok && !second.value.notModified && second.value.value.id).toBe(first.value.value.id);
    const id = first.value.value.id;
    const ack = await client.call('help.acknowledge', { params: { callId: id }, body: { staff: '王芳' }, idempotencyKey: 'help-ack-0001' });
    expect(ack.ok && !ack.value.notModified && ack.value.value).toMatchObject({ state: 'acknowledged', acknowledgedBy: '王芳' });
    const open = await client.call('help.listOpen', {});
    expect(open.ok && !open.value.notModified && open.value.value.calls.map((c) => c.id)).toEqual([id]);
    const cancelled = await client.call('help.cancel', { params: { callId: id }, idempotencyKey: 'help-cancel-01' });
    expect(cancelled.ok && !cancelled.value.notModified && cancelled.value.value.state).toBe('cancelled');
    const late = await client.call('help.acknowledge', { params: { callId: id }, body: { staff: '李娜' }, idempotencyKey: 'help-ack-0002' });
    expect(late).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'help.closed' } } });
  });

  it("refuses another kiosk's call to cancel or read, as if it did not exist", async () => {
    await enrol('k1');
    const mine = await create('help-key-0003');
    if (!mine.ok || mine.value.notModified) throw new Error('create');
    await enrol('k2');
    const r = await client.call('help.cancel', { params: { callId: mine.value.value.id }, idempotencyKey: 'help-cancel-02' });
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'help.notFound' } } });
    expect(await client.call('help.get', { params: { callId: mine.value.value.id } })).toMatchObject({ ok: false, error: { details: { platformCode: 'help.notFound' } } });
  });

  it('refuses any answer to help.create that does not match the API, with the problem named (fuzz)', async () => {
    const valid = {
      id: 'c1',
      terminalId: 'k1',
      place: '一楼',
      reason: 'reading',
      state: 'waiting',
      createdAt: '2026-11-24T02:00:00.000Z',
      acknowledgedAt: null,
      acknowledgedBy: null,
      cancelledAt: null,
      resolvedAt: null,
    };
    const keys = Object.keys(valid) as (keyof typeof valid)[];
    const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant(undefined));
    const mutation = fc.oneof(
      fc.record({ drop: fc.constantFrom(...keys.filter((k) => valid[k] !== null)) }),
      fc.record({ key: fc.constantFrom('id', 'terminalId', 'place', 'acknowledgedBy'), value: notAString }),
      fc.record({ key: fc.constantFrom('reason', 'state', 'createdAt', 'acknowledgedAt'), value: fc.oneof(notAString, fc.constant('yesterday-ish'), fc.constant('')) }),
      fc.record({ text: fc.oneof(fc.string(), fc.constant('{"id":'), fc.constant('null'), fc.constant('[]')) }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const text =
          'text' in m
            ? m.text
            : JSON.stringify('drop' in m ? Object.fromEntries(Object.entries(valid).filter(([k]) => k !== m.drop)) : { ...valid, [m.key]: m.value });
        const lying = clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => text }));
        const r = await lying.call('help.create', { body: { reason: 'reading', place: '' }, idempotencyKey: 'help-fuzz-01' });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('platform.badResponse');
          expect(r.error.message).toContain('help.create');
        }
      }),
      { numRuns: 150 },
    );
    // The valid answer itself passes: the fuzz refuses the mutations, not everything.
    const honest = clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => JSON.stringify(valid) }));
    expect((await honest.call('help.create', { body: { reason: 'reading', place: '' }, idempotencyKey: 'help-fuzz-02' })).ok).toBe(true);
  });
});

describe('appointments (办事预约)', () => {
  const BOOK = { categoryId: 'general', date: '2026-11-25', half: 'am' as const, idNumber: '11010519491231002X', phone: '13912345678', channel: 'kiosk' };

  it('lists the places of the coming days and books one, idempotently; a second booking that day is refused with the code held', async () => {
    await enrol();
    const slots = await client.call('appointments.slots', { query: { categoryId: 'general', days: 2 } });
    if (!slots.ok || slots.value.notModified) throw new Error(JSON.stringify(slots));
    expect(slots.value.value.days.map((d) => d.date)).toEqual(['2026-11-24', '2026-11-25']);
    const first = await client.call('appointments.book', { body: BOOK, idempotencyKey: 'book-00000001' });
    const replay = await client.call('appointments.book', { body: BOOK, idempotencyKey: 'book-00000001' });
    if (!first.ok || first.value.notModified || !replay.ok || replay.value.notModified) throw new Error('booking failed');
    expect(replay.value.value).toEqual(first.value.value);
    expect(first.value.value).toMatchObject({ half: 'am', slot: { from: '08:30', to: '12:00' }, idTail6: '31002X', phoneMasked: '139****5678' });
    const second = await client.call('appointments.book', { body: { ...BOOK, half: 'pm' }, idempotencyKey: 'book-00000002' });
    expect(second).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'queue.alreadyBooked', details: { code: first.value.value.code } } } });
  });

  it('refuses a request the API does not take, naming the field, without booking', async () => {
    await enrol();
    const bad = await client.call('appointments.book', { body: { ...BOOK, phone: '12345' }, idempotencyKey: 'book-00000003' });
    expect(bad.ok ? '' : JSON.stringify(bad.error.details)).toContain('phone');
    expect((await running.platform.queue.listAppointments({ date: '2026-11-25' })).filter((a) => a.idTail6 === '31002X')).toEqual([]);
  });

  // The answers of both routes, fuzzed: unreadable JSON, a field gone, a field of the wrong type or
  // value. Each is refused as platform.badResponse with a message naming where, never passed on.
  const goodSlots = { categoryId: 'general', days: [{ date: '2026-11-25', weekday: 3, halves: [{ half: 'am', from: '08:30', to: '12:00', capacity: 20, booked: 1, free: 19 }] }] };
  const goodBooking = { code: 'YY12345678', categoryId: 'general', date: '2026-11-25', half: 'am', slot: { from: '08:30', to: '12:00' }, checkIn: { from: '08:00', until: '12:15' }, idTail6: '31002X', phoneMasked: '139****5678', createdAt: '2026-11-24T02:00:00.000Z' };
  const answering = (text: string, status = 200) => clientOver(async () => ({ status, headers: { get: () => null }, text: async () => text }));
  const wrongValues = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1e6 }), fc.string({ maxLength: 6 }), fc.constant([]), fc.constant({}), fc.boolean());

  it('takes a well-formed answer of each route', async () => {
    expect((await answering(JSON.stringify(goodSlots)).call('appointments.slots', { query: { categoryId: 'general' } })).ok).toBe(true);
    expect((await answering(JSON.stringify(goodBooking), 201).call('appointments.book', { body: BOOK, idempotencyKey: 'book-00000004' })).ok).toBe(true);
  });

  it('refuses a booking answer with a field gone, of the wrong type, or unreadable', async () => {
    const keys = Object.keys(goodBooking) as (keyof typeof goodBooking)[];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.option(wrongValues, { nil: undefined }), fc.boolean(), async (key, value, cut) => {
        const broken: Record<string, unknown> = { ...goodBooking };
        if (value === undefined) delete broken[key];
        else broken[key] = value;
        // A value the API happens to allow (a string for categoryId) is no broken answer.
        fc.pre(cut || !bookingSchema.safeParse(broken).success);
        const text = JSON.stringify(broken);
        const r = await answering(cut ? text.slice(0, text.length - 3) : text, 201).call('appointments.book', { body: BOOK, idempotencyKey: 'book-00000005' });
        if (r.ok) throw new Error(`took a broken answer: ${text}`);
        expect(r.error.code).toBe('platform.badResponse');
        if (!cut) expect(r.error.message).toContain(key);
      }),
      { numRuns: 80 },
    );
  });

  it('refuses a slots answer with a half-day broken anywhere', async () => {
    const fields = ['half', 'from', 'to', 'capacity', 'free'] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), wrongValues, async (field, value) => {
        const broken = { ...goodSlots, days: [{ ...goodSlots.days[0]!, halves: [{ ...goodSlots.days[0]!.halves[0]!, [field]: value }] }] };
        fc.pre(!appointmentSlotsSchema.safeParse(broken).success);
        const r = await answering(JSON.stringify(broken)).call('appointments.slots', { query: { categoryId: 'general' } });
        expect(r.ok ? 'taken' : r.error.code).toBe('platform.badResponse');
        if (!r.ok) expect(r.error.message).toContain(`days.0.halves.0.${field}`);
      }),
      { numRuns: 60 },
    );
  });
});

describe('好差评 status before rating', () => {
  it('says which stages of a case are rated, with the hall’s follow-up days; an unknown number has none', async () => {
    await enrol();
    await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000010' });
    const r = await client.call('evaluations.status', { body: { caseNumbers: [CASE.caseNumber, 'NOSUCHCASE0001'] } });
    expect(r.ok && !r.value.notModified && r.value.value).toEqual({
      followUpWorkingDays: 5,
      cases: [
        { caseNumber: CASE.caseNumber, rated: ['finish'] },
        { caseNumber: 'NOSUCHCASE0001', rated: [] },
      ],
    });
  });

  it('refuses an empty or oversized question before sending it', async () => {
    await enrol();
    for (const caseNumbers of [[], Array.from({ length: 51 }, (_, i) => `C${i}`)]) {
      const r = await client.call('evaluations.status', { body: { caseNumbers } });
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
      const lying = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));
      const r = await lying.call('evaluations.status', { body: { caseNumbers: ['C1'] } });
      expect(r, text).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      expect(!r.ok && r.error.message).toContain('evaluations.status');
      checked++;
    }
    expect(checked).toBe(bad.length);
    const honest = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify(good) }));
    expect(await honest.call('evaluations.status', { body: { caseNumbers: ['C1'] } })).toMatchObject({ ok: true, value: { value: good } });
  });
});

describe('a kiosk rating of a case', () => {
  it('needs no window or staff: the platform books it to who accepted the case, and keeps the follow-up phone', async () => {
    await enrol();
    const kiosk = evaluation({ channel: 'hallTablet', level: 'veryDissatisfied', reasons: ['slow'], followUpPhone: '13905891234' });
    delete kiosk.windowId;
    delete kiosk.staffId;
    const r = await client.call('evaluations.create', { body: kiosk, idempotencyKey: 'key-000000020' });
    expect(r.ok).toBe(true);
    const [kept] = await running.platform.records.evaluations();
    expect(kept!.evaluation.windowId).toMatch(/^w\d+$/);
    expect(kept!.evaluation.staffId).toMatch(/^LX\d{4}$/);
    expect(await running.platform.records.followUpsDue()).toMatchObject([{ target: `case:${CASE.caseNumber}`, phone: '13905891234', level: 'veryDissatisfied' }]);
  });

  it('a rating pad must still say its window and staff', async () => {
    await enrol();
    const pad = evaluation();
    delete pad.staffId;
    const r = await client.call('evaluations.create', { body: pad, idempotencyKey: 'key-000000021' });
    expect(r).toMatchObject({ ok: false, error: { details: { platformCode: 'invalidRequest' } } });
  });
});

describe('complaints.create (咨询投诉建议)', () => {
  const complaint = (over: Record<string, unknown> = {}) => ({
    kind: 'complaint' as const,
    text: '窗口服务态度差',
    reference: 'K1-20261124-001',
    submittedAt: '2026-11-24T02:00:00.000Z',
    ...over,
  });

  it('answers what happens next by the hall’s rules: a reply within N working days only when a phone was left; praise gets none', async () => {
    await enrol();
    const call = (body: ReturnType<typeof complaint>, key: string) => client.call('complaints.create', { body, idempotencyKey: key });
    const withPhone = await call(complaint({ phone: '13812345678', name: '王方' }), 'key-0001');
    expect(withPhone.ok && !withPhone.value.notModified && withPhone.value.value).toMatchObject({ reference: 'K1-20261124-001', followUp: { replyWithinWorkingDays: 5 } });
    const suggestion = await call(complaint({ kind: 'suggestion', phone: '13812345678', reference: 'K1-20261124-002' }), 'key-0002');
    expect(suggestion.ok && !suggestion.value.notModified && suggestion.value.value).toMatchObject({ followUp: { replyWithinWorkingDays: 15 } });
    const noPhone = await call(complaint({ kind: 'consultation', reference: 'K1-20261124-003' }), 'key-0003');
    expect(noPhone.ok && !noPhone.value.notModified && noPhone.value.value).toMatchObject({ followUp: { replyWithinWorkingDays: null } });
    const praise = await call(complaint({ kind: 'praise', phone: '13812345678', reference: 'K1-20261124-004' }), 'key-0004');
    expect(praise.ok && !praise.value.notModified && praise.value.value).toMatchObject({ followUp: { replyWithinWorkingDays: null } });
    // The same key again is the same answer, and the platform keeps it once, found by its reference.
    const again = await call(complaint({ phone: '13812345678', name: '王方' }), 'key-0001');
    expect(again.ok && !again.value.notModified && again.value.value).toMatchObject({ id: withPhone.ok && !withPhone.value.notModified ? withPhone.value.value.id : '' });
    const kept = await running.platform.records.complaintsByReference('K1-20261124-001');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ terminalId: 'k1', complaint: { name: '王方', phone: '13812345678' } });
  });

  it('is refused for good (not retried) when it does not match the API', async () => {
    await enrol();
    for (const body of [complaint({ text: '太慢' }), complaint({ reference: 'no-date' }), complaint({ kind: 'rant' }), complaint({ phone: '12345' })]) {
      const r = await client.call('complaints.create', { body: body as never, idempotencyKey: `bad-key-${JSON.stringify(body).length}-${String(body.kind)}` });
      expect(r).toMatchObject({ ok: false, error: { code: 'platform.rejected' } });
    }
    expect(await running.platform.records.complaintCount()).toBe(0);
  });

  it('refuses a receipt that does not match the API (bad JSON, wrong shapes), naming it, whatever the answer', async () => {
    const good = { id: 'c1', receivedAt: '2026-11-24T02:00:00.000Z', reference: 'K1-20261124-001', followUp: { replyWithinWorkingDays: 5 } };
    const answers: string[] = [
      'not json',
      '',
      'null',
      '[]',
      JSON.stringify({ id: 'c1', receivedAt: '2026-11-24T02:00:00.000Z' }),
      JSON.stringify({ ...good, followUp: null }),
      JSON.stringify({ ...good, followUp: { replyWithinWorkingDays: -1 } }),
      JSON.stringify({ ...good, followUp: { replyWithinWorkingDays: '5' } }),
      JSON.stringify({ ...good, followUp: { replyWithinWorkingDays: 5.5 } }),
      JSON.stringify({ ...good, followUp: { replyWithinWorkingDays: 5, extra: true } }),
      JSON.stringify({ ...good, reference: 7 }),
      JSON.stringify({ ...good, receivedAt: 'yesterday' }),
    ];
    // And random cuts of the good answer: none of them may pass for one.
    const whole = JSON.stringify(good);
    for (let n = 1; n < whole.length; n += 7) answers.push(whole.slice(0, n));
    for (const text of answers) {
      const lying = clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => text }));
      const r = await lying.call('complaints.create', { body: complaint(), idempotencyKey: 'key-fuzz' });
      expect(r, text).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      expect(!r.ok && r.error.message.length > 0).toBe(true);
    }
    const honest = clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => whole }));
    expect(await honest.call('complaints.create', { body: complaint(), idempotencyKey: 'key-fuzz' })).toMatchObject({ ok: true, value: { value: good } });
  });
});

describe('one-window intake and hand-out (一窗受理, 综合出件)', () => {
  async function enrolAs(terminalId: string, role: 'kiosk' | 'counter') {
    const code = await running.platform.auth.issueEnrolmentCode(terminalId, role);
    const r = await client.call('terminals.enrol', { body: { code, terminalId, role, version: '1' } });
    if (!r.ok || r.value.notModified) throw new Error(JSON.stringify(r));
    creds = { terminalId, credential: r.value.value.credential };
  }
  const ready = () => sampleCases(BUSINESS_DATE).find((c) => c.status === 'ready' && c.delivery.method === 'window')!;

  it('finds a case and hands it over as a counter (a replay gets the first answer); a kiosk is refused', async () => {
    await enrolAs('k1', 'kiosk');
    const c = ready();
    expect(await client.call('intake.findCase', { body: { caseNumber: c.caseNumber } })).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'intake.counterOnly' } } });
    await enrolAs('c1', 'counter');
    const found = await client.call('intake.findCase', { body: { caseNumber: c.caseNumber } });
    expect(found.ok && !found.value.notModified && found.value.value).toMatchObject({ status: 'ready', handedOver: null });
    const body = { windowId: 'w37', staffId: 'LX2037', caseNumber: c.caseNumber, queryCode: c.queryCode };
    const first = await client.call('intake.handOver', { body, idempotencyKey: 'hand-key-0001' });
    const again = await client.call('intake.handOver', { body, idempotencyKey: 'hand-key-0001' });
    expect(first.ok && !first.value.notModified && first.value.value.handedOver.windowId).toBe('w37');
    expect(again.ok && !again.value.notModified && again.value.replayed).toBe(true);
    expect(await client.call('intake.handOver', { body, idempotencyKey: 'hand-key-0002' })).toMatchObject({ ok: false, error: { details: { platformCode: 'intake.alreadyHandedOver' } } });
    const accept = await client.call('intake.accept', {
      body: { windowId: 'w02', staffId: 'LX2002', ticketId: 'no-ticket', itemId: c.itemId, applicant: { idNumber: c.applicant.idNumber, name: c.applicant.name }, received: [] },
      idempotencyKey: 'accept-key-0001',
    });
    expect(accept).toMatchObject({ ok: false, error: { details: { platformCode: 'intake.notAtWindow' } } });
  });

  it('refuses an answer that does not match the API (bad JSON, wrong shapes, anything at all), naming the route', async () => {
    const call = (text: string) => {
      const lying = clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => text }));
      return lying.call('intake.accept', {
        body: { windowId: 'w02', staffId: 'LX2002', ticketId: 't', itemId: 'i', applicant: { idNumber: '11010519491231002X', name: '王' }, received: [] },
        idempotencyKey: 'accept-key-0002',
      });
    };
    const fixed = [
      'not json',
      JSON.stringify(null),
      JSON.stringify({ outcome: 'accepted' }),
      JSON.stringify({ outcome: 'notice', notice: { number: 'GZ1', missing: [] } }),
      JSON.stringify({ outcome: 'maybe', acceptance: {} }),
    ];
    for (const text of fixed) {
      const r = await call(text);
      expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      expect(r.ok ? '' : r.error.message).toContain('intake.accept');
    }
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        const r = await call(JSON.stringify(v));
        expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      }),
      { numRuns: 60 },
    );
    // A notice that lists no missing material is not a notice.
    const empty = { itemId: 'i', itemName: 'n', taskCode: 't', deptName: 'd', applicantMasked: '王', windowId: 'w', staffId: 's', number: 'GZ202611240001', businessDate: '2026-11-24', issuedAt: '2026-11-24T02:00:00.000Z', missing: [], received: [], consultPhone: '1' };
    expect(await call(JSON.stringify({ outcome: 'notice', notice: empty }))).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
    expect((await call(JSON.stringify({ outcome: 'notice', notice: { ...empty, missing: [{ name: 'm', originals: 1, copies: 0, format: '纸质', source: '其他', role: 'required', standard: 's' }] } }))).ok).toBe(true);
  });
});

describe('window staff (上岗, 离岗, 暂停服务)', () => {
  async function enrolCounter(terminalId = 'c1') {
    const code = await running.platform.auth.issueEnrolmentCode(terminalId, 'counter');
    const r = await client.call('terminals.enrol', { body: { code, terminalId, role: 'counter', version: '1' } });
    if (!r.ok || r.value.notModified) throw new Error(JSON.stringify(r));
    creds = { terminalId, credential: r.value.value.credential };
  }
  const W = 'w02';
  const staffId = async () => (await running.platform.queue.configuration()).windows.find((w) => w.id === W)!.staffId!;

  it('signs in by PIN, pauses (call next refused), resumes, signs out; a wrong PIN comes back with its details', async () => {
    await enrolCounter();
    const s = await staffId();
    const wrong = await client.call('staff.signIn', { params: { windowId: W }, body: { staffId: s, pin: '000000' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { status: 403, platformCode: 'staff.wrongPin', details: { attemptsLeft: 4 } } } });
    const r = await client.call('staff.signIn', { params: { windowId: W }, body: { staffId: s, pin: seedPinOf(s) } });
    expect(r.ok && !r.value.notModified && r.value.value).toMatchObject({ window: { id: W }, staff: { id: s }, paused: false });
    const paused = await client.call('staff.pause', { params: { windowId: W } });
    expect(paused.ok && !paused.value.notModified && paused.value.value.paused).toBe(true);
    const status = await client.call('queue.windowStatus', { params: { windowId: W } });
    expect(status.ok && !status.value.notModified && status.value.value.paused).toBe(true);
    const call = await client.call('queue.windowAction', { params: { windowId: W }, body: { action: 'callNext' }, idempotencyKey: 'call-key-0001' });
    expect(call).toMatchObject({ ok: false, error: { details: { platformCode: 'queue.windowPaused' } } });
    await client.call('staff.resume', { params: { windowId: W } });
    const out = await client.call('staff.signOut', { params: { windowId: W } });
    expect(out.ok && !out.value.notModified && out.value.value.staff).toBeNull();
  });

  it('transfers to a named window (toWindowId): the answer carries the reservation; a transfer naming neither target is refused', async () => {
    await enrolCounter();
    const q = running.platform.queue;
    const windows = (await q.configuration()).windows;
    const here = windows.find((w) => w.id === W)!;
    const categoryId = here.categoryIds[0]!;
    const there = windows.find((w) => w.id !== W && w.staffId !== null && w.categoryIds.includes(categoryId))!;
    const issued = await q.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'k1' });
    if (!issued.ok) throw new Error(issued.error.message);
    const called = await client.call('queue.windowAction', { params: { windowId: W }, body: { action: 'callNext' }, idempotencyKey: 'transfer-key-0001' });
    const ticketId = called.ok && !called.value.notModified ? called.value.value.id : '';
    const neither = await client.call('queue.windowAction', { params: { windowId: W }, body: { action: 'transfer', ticketId }, idempotencyKey: 'transfer-key-0002' });
    expect(neither.ok).toBe(false);
    expect(JSON.stringify(neither)).toContain('toWindowId');
    const moved = await client.call('queue.windowAction', { params: { windowId: W }, body: { action: 'transfer', ticketId, toWindowId: there.id, position: 'keep' }, idempotencyKey: 'transfer-key-0003' });
    expect(moved.ok && !moved.value.notModified && moved.value.value).toMatchObject({ categoryId, state: 'waiting', reservedFor: there.id, transferredFrom: ticketId });
    // Only that window calls it.
    const successor = moved.ok && !moved.value.notModified ? moved.value.value.id : '';
    const next = await q.callNext(there.id);
    expect(next.ok && next.value.id).toBe(successor);
  });

  it('refuses a ticket answer without its reservation or with a wrong one', async () => {
    const ticket = {
      id: 't1', number: 'A001', categoryId: 'general', businessDate: '2026-11-24', issuedAt: '2026-11-24T01:00:00.000Z', state: 'waiting', priority: null, origin: 'transfer', channel: 'kiosk', terminalId: 'k1',
      waitingAhead: 0, estimatedWaitMinutes: 0, idTail6: null, windowId: null, staffId: null, calledAt: null, callCount: 0, finishedAt: null, transferredFrom: 't0', transferredTo: null, appointmentCode: null, reservedFor: 'w05',
    };
    const { reservedFor: _gone, ...without } = ticket;
    const act = (text: string) => clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text })).call('queue.windowAction', { params: { windowId: 'w02' }, body: { action: 'transfer', toWindowId: 'w05' }, idempotencyKey: 'fuzz-key-0001' });
    for (const bad of [JSON.stringify(without), JSON.stringify({ ...ticket, reservedFor: 5 }), '{"id":']) expect(await act(bad), bad).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
    expect(await act(JSON.stringify(ticket))).toMatchObject({ ok: true, value: { value: { reservedFor: 'w05' } } });
  });

  it('a kiosk may not sign staff in', async () => {
    await enrol('k1');
    const s = await staffId();
    expect(await client.call('staff.signIn', { params: { windowId: W }, body: { staffId: s, pin: seedPinOf(s) } })).toMatchObject({ ok: false, error: { details: { platformCode: 'forbidden' } } });
  });

  it('refuses a staff answer that does not match the API (bad JSON, wrong shapes), naming the route', async () => {
    const duty = { window: { id: 'w02', number: '02', name: '综合受理2号窗口', area: '一楼', categoryIds: ['general'], staffId: 'LX2002' }, staff: { id: 'LX2002', name: '赵晓燕', position: '综合受理员', stars: 5 }, paused: false };
    const answers = [
      'not json',
      JSON.stringify(null),
      JSON.stringify({ ...duty, paused: 'no' }),
      JSON.stringify({ ...duty, staff: { ...duty.staff, stars: 9 } }),
      JSON.stringify({ ...duty, staff: { ...duty.staff, id: 'someone' } }),
      JSON.stringify({ ...duty, window: { ...duty.window, categoryIds: [] } }),
      JSON.stringify({ window: duty.window }),
    ];
    for (const text of answers) {
      const lying = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));
      for (const r of [
        await lying.call('staff.signIn', { params: { windowId: 'w02' }, body: { staffId: 'LX2002', pin: '200288' } }),
        await lying.call('staff.signOut', { params: { windowId: 'w02' } }),
        await lying.call('staff.pause', { params: { windowId: 'w02' } }),
        await lying.call('staff.resume', { params: { windowId: 'w02' } }),
      ]) {
        expect(r, text).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
        expect(r.ok ? '' : r.error.message).toMatch(/staff\.(signIn|signOut|pause|resume)/);
      }
    }
    // The window status without its pause is refused too.
    const old = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify({ windowId: 'w02', staffId: null, current: null, held: [] }) }));
    expect(await old.call('queue.windowStatus', { params: { windowId: 'w02' } })).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
    // The good answer passes, so the refusals above are about the shapes.
    const honest = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify(duty) }));
    expect(await honest.call('staff.pause', { params: { windowId: 'w02' } })).toMatchObject({ ok: true });
  });
});

describe('supervision (电子监察): follow-ups of bad ratings and the daily figures', () => {
  /** A ticket served at a staffed window of the seed hall and finished: what a pad at that window rates. */
  async function servedTicket() {
    const q = running.platform.queue;
    const window = (await q.configuration() as unknown as { windows: { id: string; staffId: string | null; categoryIds: string[] }[] }).windows.find((w) => w.staffId !== null && w.categoryIds.includes('general'))!;
    const t = await q.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
    if (!t.ok) throw new Error(t.error.message);
    for (const step of [() => q.callNext(window.id), () => q.finish({ windowId: window.id })]) {
      const r = await step();
      if (!r.ok) throw new Error(r.error.message);
    }
    return { ticketId: t.value.id, windowId: window.id, staffId: window.staffId! };
  }

  it('lists the open follow-up of a bad rating, updates it (a replay gets the first answer), closes it; the day counts it', async () => {
    await enrol('k9');
    // A kiosk reads the day's figures but not the follow-ups (they carry the citizen's phone).
    expect(await client.call('supervision.followUps', { query: {} })).toMatchObject({ ok: false, error: { details: { platformCode: 'forbidden' } } });
    expect((await client.call('supervision.daily', { query: { date: BUSINESS_DATE } })).ok).toBe(true);
    const code = await running.platform.auth.issueEnrolmentCode('c1', 'counter');
    const enrolled = await client.call('terminals.enrol', { body: { code, terminalId: 'c1', role: 'counter', version: '1' } });
    if (!enrolled.ok || enrolled.value.notModified) throw new Error(JSON.stringify(enrolled));
    creds = { terminalId: 'c1', credential: enrolled.value.value.credential };
    const served = await servedTicket();
    const made = await client.call('evaluations.create', {
      body: evaluation({ caseNumber: undefined, ticketId: served.ticketId, stage: 'accept', level: 'veryDissatisfied', reasons: ['attitude'], windowId: served.windowId, staffId: served.staffId, followUpPhone: '13912345678' }),
      idempotencyKey: 'eval-sup-0001',
    });
    const id = made.ok && !made.value.notModified ? made.value.value.id : null;
    expect(id).not.toBeNull();
    const open = await client.call('supervision.followUps', { query: { state: 'open', from: BUSINESS_DATE, to: BUSINESS_DATE } });
    expect(open.ok && !open.value.notModified && open.value.value.followUps).toEqual([expect.objectContaining({ id, level: 'veryDissatisfied', phone: '13912345678', state: 'open', windowId: served.windowId })]);
    const update = { handler: '王芳', actionTaken: '已核实并批评教育', calledBackAt: '2026-11-24T08:30:00+08:00', outcome: 'rectified' as const };
    const closed = await client.call('supervision.updateFollowUp', { params: { followUpId: id! }, body: update, idempotencyKey: 'follow-up-0001' });
    expect(closed.ok && !closed.value.notModified && closed.value.value).toMatchObject({ state: 'closed', outcome: 'rectified', handler: '王芳' });
    const replay = await client.call('supervision.updateFollowUp', { params: { followUpId: id! }, body: update, idempotencyKey: 'follow-up-0001' });
    expect(replay.ok && !replay.value.notModified && replay.value.replayed).toBe(true);
    const again = await client.call('supervision.updateFollowUp', { params: { followUpId: id! }, body: { handler: '李娜' }, idempotencyKey: 'follow-up-0002' });
    expect(again).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'followUp.closed' } } });
    const empty = await client.call('supervision.updateFollowUp', { params: { followUpId: id! }, body: {}, idempotencyKey: 'follow-up-0003' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'invalidRequest' } } });
    const day = await client.call('supervision.daily', { query: { date: BUSINESS_DATE } });
    const figures = day.ok && !day.value.notModified ? day.value.value : null;
    expect(figures?.windows.find((w) => w.windowId === served.windowId)?.figures).toMatchObject({ calls: 1, finished: 1, ratings: { veryDissatisfied: 1 }, ratingRate: 1 });
  });

  // The answers fuzzed: unreadable JSON, a field gone, a field of the wrong type. Each is refused as
  // platform.badResponse naming the route, never passed on.
  const figures = { calls: 3, recalls: 1, averageWaitSeconds: 500, averageServiceSeconds: 600, finished: 1, skipped: 1, transferred: 1, ratings: { verySatisfied: 0, satisfied: 1, basicallySatisfied: 0, dissatisfied: 0, veryDissatisfied: 0 }, ratingRate: 1 };
  const goodDaily = { date: '2026-11-24', windows: [{ windowId: 'w01', figures }], staff: [{ staffId: 'LX2001', figures }], hall: figures };
  const goodFollowUp = {
    id: 'e1', target: 'ticket:t1', stage: 'accept', level: 'dissatisfied', reasons: ['slow'], comment: null, windowId: 'w01', staffId: 'LX2001', phone: '13912345678',
    ratedAt: '20261124T093100', dueBy: '2026-12-01', state: 'open', handler: null, actionTaken: null, calledBackAt: null, outcome: null, closedAt: null, updatedAt: null,
  };
  const answering = (text: string) => clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));
  const wrongValues = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 10 }), fc.constant('x'), fc.constant([]), fc.constant({}), fc.boolean());

  it('takes well-formed answers and refuses broken ones of every supervision route', async () => {
    expect((await answering(JSON.stringify(goodDaily)).call('supervision.daily', { query: { date: '2026-11-24' } })).ok).toBe(true);
    expect((await answering(JSON.stringify({ followUps: [goodFollowUp] })).call('supervision.followUps', { query: {} })).ok).toBe(true);
    expect((await answering(JSON.stringify(goodFollowUp)).call('supervision.updateFollowUp', { params: { followUpId: 'e1' }, body: { handler: 'x' }, idempotencyKey: 'follow-up-fuzz' })).ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(figures)), wrongValues, fc.boolean(), async (key, value, cut) => {
        const broken = { ...goodDaily, windows: [{ windowId: 'w01', figures: { ...figures, [key]: value } }] };
        fc.pre(cut || !dailySupervisionSchema.safeParse(broken).success);
        const text = JSON.stringify(broken);
        const r = await answering(cut ? text.slice(0, -2) : text).call('supervision.daily', { query: { date: '2026-11-24' } });
        if (r.ok) throw new Error(`took a broken answer: ${text}`);
        expect(r.error).toMatchObject({ code: 'platform.badResponse' });
        expect(r.error.message).toContain('supervision.daily');
      }),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(goodFollowUp)), fc.option(wrongValues, { nil: undefined }), async (key, value) => {
        const broken: Record<string, unknown> = { ...goodFollowUp };
        if (value === undefined) delete broken[key];
        else broken[key] = value;
        fc.pre(!followUpRecordSchema.safeParse(broken).success);
        for (const r of [
          await answering(JSON.stringify({ followUps: [broken] })).call('supervision.followUps', { query: { state: 'all' } }),
          await answering(JSON.stringify(broken)).call('supervision.updateFollowUp', { params: { followUpId: 'e1' }, body: { handler: 'x' }, idempotencyKey: 'follow-up-fuzz' }),
        ]) {
          if (r.ok) throw new Error(`took a broken follow-up: ${JSON.stringify(broken)}`);
          expect(r.error.code).toBe('platform.badResponse');
          expect(r.error.message).toMatch(/supervision\.(followUps|updateFollowUp)/);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('the call board (queue.board)', () => {
  const goodBoard = {
    businessDate: '2026-11-24',
    at: '2026-11-24T02:00:00.000Z',
    calls: [{ ticketId: 't1', number: 'A023', categoryId: 'general', windowId: 'w03', windowNumber: '3', windowName: '3号窗口', area: '一楼A区', at: '2026-11-24T01:59:00.000Z', recall: false, callCount: 1 }],
    counts: [{ categoryId: 'general', businessDate: '2026-11-24', waiting: 4, serving: 1, held: 0, lastCalled: 'A023' }],
    categories: [{ id: 'general', name: '综合受理', prefix: 'A' }],
    windows: [{ id: 'w03', number: '3', name: '3号窗口', area: '一楼A区', categoryIds: ['general'], state: 'open' }],
  };
  const answering = (text: string) => clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));

  it('reads the seed hall’s board: calls newest first with their window, the counts, the closed windows', async () => {
    await enrol('display-1');
    await running.platform.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
    const window = (await running.platform.queue.configuration()).windows.find((w) => w.staffId !== null && w.categoryIds.includes('general'))!;
    const called = await running.platform.queue.callNext(window.id);
    if (!called.ok) throw new Error(called.error.message);
    const r = await client.call('queue.board', { query: { limit: 5 } });
    if (!r.ok || r.value.notModified) throw new Error(JSON.stringify(r));
    const board = r.value.value;
    expect(board.calls).toEqual([expect.objectContaining({ number: called.value.number, windowId: window.id, windowNumber: window.number, recall: false })]);
    expect(board.windows.some((w) => w.state === 'closed')).toBe(true);
    expect(board.categories.length).toBe(board.counts.length);
    const tooMany = await client.call('queue.board', { query: { limit: 500 } });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'platform.rejected' } });
  });

  it('refuses a board answer with a field gone, of the wrong type, or unreadable, naming the route (fuzz)', async () => {
    expect((await answering(JSON.stringify(goodBoard)).call('queue.board', { query: {} })).ok).toBe(true);
    const wrongValues = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1e6 }), fc.string({ maxLength: 6 }), fc.constant([]), fc.constant({}), fc.boolean());
    const callKeys = Object.keys(goodBoard.calls[0]!);
    const topKeys = Object.keys(goodBoard);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ top: fc.constantFrom(...topKeys), value: fc.option(wrongValues, { nil: undefined }) }),
          fc.record({ call: fc.constantFrom(...callKeys), value: fc.option(wrongValues, { nil: undefined }) }),
          fc.record({ text: fc.oneof(fc.string(), fc.constant('{"calls":'), fc.constant('null'), fc.constant('[]')) }),
        ),
        async (m) => {
          let text: string;
          if ('text' in m) text = m.text;
          else {
            const broken: Record<string, unknown> = 'top' in m ? { ...goodBoard } : { ...goodBoard, calls: [{ ...goodBoard.calls[0]! }] };
            const target = 'top' in m ? broken : (broken.calls as Record<string, unknown>[])[0]!;
            const key = 'top' in m ? m.top : m.call;
            if (m.value === undefined) delete target[key];
            else target[key] = m.value;
            fc.pre(!queueBoardSchema.safeParse(broken).success);
            text = JSON.stringify(broken);
          }
          const r = await answering(text).call('queue.board', { query: {} });
          if (r.ok) throw new Error(`took a broken answer: ${text}`);
          expect(r.error.code).toBe('platform.badResponse');
          expect(r.error.message).toContain('queue.board');
        },
      ),
      { numRuns: 150 },
    );
  });
});
