// The PlatformClient against the reference platform: the kiosk's services, help calls (帮办代办),
// appointments (办事预约) and complaints (咨询投诉建议), with every answer checked against the API.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appointmentSlotsSchema, bookingSchema } from '../../../domain/api/routes.ts';
import { platformClientRig } from '../../support/platform-client-rig.ts';

const rig = platformClientRig();

describe('help calls (帮办代办)', () => {
  const create = (key: string, reason: 'reading' | 'other' = 'reading') => rig.client.call('help.create', { body: { reason, place: '一楼 A 区' }, idempotencyKey: key });

  it('calls, answers the open call to a second call, acknowledges, cancels; a replay gets the first answer', async () => {
    await rig.enrol('k1');
    const first = await create('help-key-0001');
    if (!first.ok || first.value.notModified) throw new Error(JSON.stringify(first));
    expect(first.value.value).toMatchObject({ terminalId: 'k1', place: '一楼 A 区', reason: 'reading', state: 'waiting', acknowledgedBy: null });
    const replay = await create('help-key-0001');
    expect(replay.ok && !replay.value.notModified && replay.value.replayed).toBe(true);
    const second = await create('help-key-0002', 'other');
    expect(second.ok && !second.value.notModified && second.value.value.id).toBe(first.value.value.id);
    const id = first.value.value.id;
    const ack = await rig.client.call('help.acknowledge', { params: { callId: id }, body: { staff: '王芳' }, idempotencyKey: 'help-ack-0001' });
    expect(ack.ok && !ack.value.notModified && ack.value.value).toMatchObject({ state: 'acknowledged', acknowledgedBy: '王芳' });
    const open = await rig.client.call('help.listOpen', {});
    expect(open.ok && !open.value.notModified && open.value.value.calls.map((c) => c.id)).toEqual([id]);
    const cancelled = await rig.client.call('help.cancel', { params: { callId: id }, idempotencyKey: 'help-cancel-01' });
    expect(cancelled.ok && !cancelled.value.notModified && cancelled.value.value.state).toBe('cancelled');
    const late = await rig.client.call('help.acknowledge', { params: { callId: id }, body: { staff: '李娜' }, idempotencyKey: 'help-ack-0002' });
    expect(late).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'help.closed' } } });
  });

  it("refuses another kiosk's call to cancel or read, as if it did not exist", async () => {
    await rig.enrol('k1');
    const mine = await create('help-key-0003');
    if (!mine.ok || mine.value.notModified) throw new Error('create');
    await rig.enrol('k2');
    const r = await rig.client.call('help.cancel', { params: { callId: mine.value.value.id }, idempotencyKey: 'help-cancel-02' });
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'help.notFound' } } });
    expect(await rig.client.call('help.get', { params: { callId: mine.value.value.id } })).toMatchObject({ ok: false, error: { details: { platformCode: 'help.notFound' } } });
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
        const lying = rig.clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => text }));
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
    const honest = rig.clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => JSON.stringify(valid) }));
    expect((await honest.call('help.create', { body: { reason: 'reading', place: '' }, idempotencyKey: 'help-fuzz-02' })).ok).toBe(true);
  });
});

describe('appointments (办事预约)', () => {
  const BOOK = { categoryId: 'general', date: '2026-11-25', half: 'am' as const, idNumber: '11010519491231002X', phone: '13912345678', channel: 'kiosk' };

  it('lists the places of the coming days and books one, idempotently; a second booking that day is refused with the code held', async () => {
    await rig.enrol();
    const slots = await rig.client.call('appointments.slots', { query: { categoryId: 'general', days: 2 } });
    if (!slots.ok || slots.value.notModified) throw new Error(JSON.stringify(slots));
    expect(slots.value.value.days.map((d) => d.date)).toEqual(['2026-11-24', '2026-11-25']);
    const first = await rig.client.call('appointments.book', { body: BOOK, idempotencyKey: 'book-00000001' });
    const replay = await rig.client.call('appointments.book', { body: BOOK, idempotencyKey: 'book-00000001' });
    if (!first.ok || first.value.notModified || !replay.ok || replay.value.notModified) throw new Error('booking failed');
    expect(replay.value.value).toEqual(first.value.value);
    expect(first.value.value).toMatchObject({ half: 'am', slot: { from: '08:30', to: '12:00' }, idTail6: '31002X', phoneMasked: '139****5678' });
    const second = await rig.client.call('appointments.book', { body: { ...BOOK, half: 'pm' }, idempotencyKey: 'book-00000002' });
    expect(second).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'queue.alreadyBooked', details: { code: first.value.value.code } } } });
  });

  it('refuses a request the API does not take, naming the field, without booking', async () => {
    await rig.enrol();
    const bad = await rig.client.call('appointments.book', { body: { ...BOOK, phone: '12345' }, idempotencyKey: 'book-00000003' });
    expect(bad.ok ? '' : JSON.stringify(bad.error.details)).toContain('phone');
    expect((await rig.running.platform.queue.listAppointments({ date: '2026-11-25' })).filter((a) => a.idTail6 === '31002X')).toEqual([]);
  });

  // The answers of both routes, fuzzed: unreadable JSON, a field gone, a field of the wrong type or
  // value. Each is refused as platform.badResponse with a message naming where, never passed on.
  const goodSlots = { categoryId: 'general', days: [{ date: '2026-11-25', weekday: 3, halves: [{ half: 'am', from: '08:30', to: '12:00', capacity: 20, booked: 1, free: 19 }] }] };
  const goodBooking = { code: 'YY12345678', categoryId: 'general', date: '2026-11-25', half: 'am', slot: { from: '08:30', to: '12:00' }, checkIn: { from: '08:00', until: '12:15' }, idTail6: '31002X', phoneMasked: '139****5678', createdAt: '2026-11-24T02:00:00.000Z' };
  const wrongValues = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1e6 }), fc.string({ maxLength: 6 }), fc.constant([]), fc.constant({}), fc.boolean());

  it('takes a well-formed answer of each route', async () => {
    expect((await rig.answering(JSON.stringify(goodSlots)).call('appointments.slots', { query: { categoryId: 'general' } })).ok).toBe(true);
    expect((await rig.answering(JSON.stringify(goodBooking), 201).call('appointments.book', { body: BOOK, idempotencyKey: 'book-00000004' })).ok).toBe(true);
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
        const r = await rig.answering(cut ? text.slice(0, text.length - 3) : text, 201).call('appointments.book', { body: BOOK, idempotencyKey: 'book-00000005' });
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
        const r = await rig.answering(JSON.stringify(broken)).call('appointments.slots', { query: { categoryId: 'general' } });
        expect(r.ok ? 'taken' : r.error.code).toBe('platform.badResponse');
        if (!r.ok) expect(r.error.message).toContain(`days.0.halves.0.${field}`);
      }),
      { numRuns: 60 },
    );
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
    await rig.enrol();
    const call = (body: ReturnType<typeof complaint>, key: string) => rig.client.call('complaints.create', { body, idempotencyKey: key });
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
    const kept = await rig.running.platform.records.complaintsByReference('K1-20261124-001');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ terminalId: 'k1', complaint: { name: '王方', phone: '13812345678' } });
  });

  it('is refused for good (not retried) when it does not match the API', async () => {
    await rig.enrol();
    for (const body of [complaint({ text: '太慢' }), complaint({ reference: 'no-date' }), complaint({ kind: 'rant' }), complaint({ phone: '12345' })]) {
      const r = await rig.client.call('complaints.create', { body: body as never, idempotencyKey: `bad-key-${JSON.stringify(body).length}-${String(body.kind)}` });
      expect(r).toMatchObject({ ok: false, error: { code: 'platform.rejected' } });
    }
    expect(await rig.running.platform.records.complaintCount()).toBe(0);
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
      const lying = rig.clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => text }));
      const r = await lying.call('complaints.create', { body: complaint(), idempotencyKey: 'key-fuzz' });
      expect(r, text).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      expect(!r.ok && r.error.message.length > 0).toBe(true);
    }
    const honest = rig.clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => whole }));
    expect(await honest.call('complaints.create', { body: complaint(), idempotencyKey: 'key-fuzz' })).toMatchObject({ ok: true, value: { value: good } });
  });
});
