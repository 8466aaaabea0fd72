// The platform's services built directly over the storage interface (issue 17), the same suite on
// SQLite and PostgreSQL with the platform's schema (as test/platform/queue/numbering-storage.test.ts):
// each converted service's SQL is run on both dialects, in its own transaction and in the caller's
// (a route's ctx.tx: rolled back with it).
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import { evaluationSchema } from '../../../domain/evaluation.ts';
import { intakeAcceptBodySchema } from '../../../domain/intake.ts';
import type { PaymentChangedEvent } from '../../../domain/payments.ts';
import { sealedBox } from '../../../lib/sealed-box.ts';
import { caseProgressOf } from '../../../platform/seeding.ts';
import { itemIdByKey, sampleCases, serviceItems } from '../../../platform/seed/index.ts';
import { people } from '../../../platform/seed/people.ts';
import { CatalogueStore } from '../../../platform/services/catalogue-store.ts';
import { IntakeService } from '../../../platform/services/intake-service.ts';
import { ORDER_LIFETIME_MS, PaymentStore } from '../../../platform/services/payment-store.ts';
import { RecordsStore } from '../../../platform/services/records-store.ts';
import { Supervision } from '../../../platform/services/supervision.ts';
import { HallSettingsStore } from '../../../platform/services/hall-settings-store.ts';
import { NoticeStore } from '../../../platform/services/notice-store.ts';
import type { Storage } from '../../../platform/store/storage.ts';
import { sampleNotices } from '../../../platform/seed/notices.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { platformCodeRejected } from '../../support/platform-code.ts';
import { closeStorageKinds, storageKinds, until } from '../../support/storage-kinds.ts';

afterAll(closeStorageKinds, 60_000);

/** A rollback on purpose, after the work inside it. */
class Undo extends Error {}
const rolledBack = async (s: Storage, fn: Parameters<Storage['transaction']>[0]) => {
  await expect(
    s.transaction(async (tx) => {
      await fn(tx);
      throw new Undo();
    }),
  ).rejects.toBeInstanceOf(Undo);
};

describe.each(storageKinds)('services over $name', ({ open, skip }) => {
  const fresh = open;
  const T = { timeout: 120_000 };

  it.skipIf(skip)('hall settings: a version per put, kept when the caller\'s transaction rolls back', T, async () => {
    const s = await fresh();
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    const store = new HallSettingsStore(s, () => clock.now());
    expect(await store.get()).toEqual({ settings: {}, updatedAt: null, version: 0 });
    expect(await store.etag()).toBe('"terminals.settings-v0"');
    expect(await store.set({ idleTimeoutSeconds: 45 })).toEqual({ settings: { idleTimeoutSeconds: 45 }, updatedAt: '2026-11-24T02:00:00.000Z', version: 1 });
    clock.advance(60_000);
    await rolledBack(s, async (tx) => {
      expect((await store.set({ idleTimeoutSeconds: 90 }, tx)).version).toBe(2);
    });
    expect(await store.get()).toMatchObject({ settings: { idleTimeoutSeconds: 45 }, version: 1 });
    expect(await s.transaction((tx) => store.set({ notices: false }, tx))).toEqual({ settings: { notices: false }, updatedAt: '2026-11-24T02:01:00.000Z', version: 2 });
    expect(await store.etag()).toBe('"terminals.settings-v2"');
  });

  it.skipIf(skip)('notices: published, replaced, withdrawn, expired; the ETag moves with each; a bad one writes nothing', T, async () => {
    const s = await fresh();
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    const store = new NoticeStore(s, () => clock.now());
    expect(await store.list()).toEqual([]);
    expect(await store.etag()).toBe('"notices-r0-n0"');
    const sample = sampleNotices('2026-11-24');
    await store.publish(sample);
    const ids = sample.map((n) => n.id).sort();
    expect((await store.list()).map((n) => n.id)).toEqual(ids);
    expect(await store.etag()).toBe(`"notices-r1-n${ids.length}"`);
    // Replaced in place (same id), one more revision.
    const first = sample[0]!;
    await store.publish([{ ...first, title: '新标题' }]);
    expect((await store.list()).find((n) => n.id === first.id)?.title).toBe('新标题');
    expect(await store.etag()).toBe(`"notices-r2-n${ids.length}"`);
    // A notice off the schema: refused by name, nothing of the batch written.
    await expect(store.publish([{ ...first, id: 'n-new' }, { ...first, id: 'n-bad', title: '' }])).rejects.toThrow(/title/i);
    expect((await store.list()).map((n) => n.id)).toEqual(ids);
    expect(await store.etag()).toBe(`"notices-r2-n${ids.length}"`);
    // Withdrawn in a transaction rolled back: still there.
    await rolledBack(s, async (tx) => {
      expect(await store.withdraw(first.id, tx)).toBe(true);
    });
    expect((await store.list()).length).toBe(ids.length);
    expect(await store.withdraw(first.id)).toBe(true);
    expect(await store.withdraw(first.id)).toBe(false);
    expect(await store.etag()).toBe(`"notices-r3-n${ids.length - 1}"`);
    // One that expires drops out of the list (and the ETag) on the clock.
    await store.publish([{ ...first, id: 'n-soon', validTo: '2026-11-24T11:00:00+08:00' }]);
    expect((await store.list()).some((n) => n.id === 'n-soon')).toBe(true);
    clock.advance(2 * 3_600_000);
    expect((await store.list()).some((n) => n.id === 'n-soon')).toBe(false);
    expect(await store.etag()).toBe(`"notices-r4-n${ids.length - 1}"`);
  });

  const DAY = '2026-11-27';
  const cases = sampleCases(DAY);
  const stores = (s: Storage, clock: ManualClock) => {
    const now = () => clock.now();
    const catalogue = new CatalogueStore(s, now);
    let intake: IntakeService | null = null;
    const box = sealedBox(randomBytes(32));
    const records = new RecordsStore(s, now, 'secret-of-sixteen-chars', {
      box,
      caseOfTicket: async (ticketId, tx) => (await intake!.casesOfTicket(ticketId, tx)).at(-1) ?? null,
    });
    let serving: string | null = 'T1';
    intake = new IntakeService({ storage: s, now, records, catalogue, ticketAt: async () => serving });
    return { catalogue, records, intake, payments: new PaymentStore(s, now, records), supervision: new Supervision(s, now, box), serve: (t: string | null) => (serving = t) };
  };

  it.skipIf(skip)('catalogue: a version per publication, changes since a version with tombstones, the newest per kind', T, async () => {
    const s = await fresh();
    const { catalogue } = stores(s, new ManualClock(Date.parse('2026-11-27T10:00:00+08:00')));
    expect(await catalogue.version()).toBe(0);
    const [a, b] = serviceItems;
    expect(await catalogue.publish({ upserts: [{ kind: 'item', id: a!.id, body: a }, { kind: 'form', id: 'f1', body: { id: 'f1' } }] })).toBe(1);
    // Two publications at once: each its own version (on PostgreSQL they take turns for the number).
    const both = await Promise.all([
      catalogue.publish({ upserts: [{ kind: 'item', id: b!.id, body: b }] }),
      catalogue.publish({ deletions: [{ kind: 'item', id: a!.id }] }),
    ]);
    expect(both.sort()).toEqual([2, 3]);
    expect(await catalogue.version()).toBe(3);
    expect(await catalogue.versionOf(['form'])).toBe(1);
    expect(await catalogue.versionOf(['item', 'form'])).toBe(3);
    const all = await catalogue.changes(['item', 'form'], undefined);
    expect(all).toMatchObject({ version: 3, full: true });
    expect((all.upserts.get('item') as ServiceItem[]).map((i) => i.id)).toEqual([b!.id]);
    expect(all.deletions.get('item')).toEqual([]);
    const since1 = await catalogue.changes(['item'], 1);
    expect(since1.full).toBe(false);
    expect(since1.deletions.get('item')).toEqual([a!.id]);
    expect(await catalogue.get('item', a!.id)).toBeNull();
    expect(await catalogue.get('item', b!.id)).toEqual(b);
    // A publication in a transaction rolled back leaves no version behind.
    await rolledBack(s, async (tx) => {
      await catalogue.publish({ upserts: [{ kind: 'theme', id: 't', body: {} }] }, tx);
    });
    expect(await catalogue.version()).toBe(3);
  });

  it.skipIf(skip)('records: cases by number and query code or by person, ratings once per stage, complaints and forms by reference, sealed', T, async () => {
    const s = await fresh();
    const clock = new ManualClock(Date.parse('2026-11-27T10:00:00+08:00'));
    const { records } = stores(s, clock);
    const [c1, c2] = cases;
    await records.addCase(caseProgressOf(c1!), c1!.applicant.idNumber, c1!.queryCode, { windowId: 'w01', staffId: 'LX2001' });
    await records.addCase(caseProgressOf(c2!), c2!.applicant.idNumber, c2!.queryCode);
    expect((await records.case(c1!.caseNumber, c1!.queryCode)).caseNumber).toBe(c1!.caseNumber);
    expect(await platformCodeRejected(records.case(c1!.caseNumber, '000000'))).toBe('case.notFound');
    expect((await records.casesOf(c1!.applicant.idNumber)).map((c) => c.caseNumber)).toContain(c1!.caseNumber);
    expect(await records.caseExists(c2!.caseNumber)).toBe(true);
    expect(await records.caseExists('nope')).toBe(false);

    const rating = evaluationSchema.parse({ caseNumber: c1!.caseNumber, stage: 'finish', level: 'dissatisfied', reasons: ['slow'], followUpPhone: '13800138000', channel: 'hallTablet', ratedAt: '20261127T100000', areaCode: '339102' });
    await records.addEvaluation(rating, 'k1');
    expect(await platformCodeRejected(records.addEvaluation(rating, 'k1'))).toBe('evaluation.duplicate');
    expect(await records.ratedStages([c1!.caseNumber, c2!.caseNumber])).toEqual([
      { caseNumber: c1!.caseNumber, rated: ['finish'] },
      { caseNumber: c2!.caseNumber, rated: [] },
    ]);
    // Booked to who accepted the case; due for follow-up with the phone, which is sealed at rest.
    expect(await records.followUpsDue()).toEqual([expect.objectContaining({ target: `case:${c1!.caseNumber}`, windowId: 'w01', staffId: 'LX2001', phone: '13800138000' })]);
    expect(JSON.stringify(await s.query('SELECT body, follow_up_phone FROM evaluations'))).not.toContain('13800138000');
    expect(await records.evaluationCount()).toBe(1);

    const complaint = { reference: 'KIOSK7-20261127-001', kind: 'complaint' as const, text: '窗口服务态度差', phone: '13905890114', submittedAt: '2026-11-27T02:00:00.000Z' };
    await records.addComplaint(complaint, 'kiosk-7');
    clock.advance(1000);
    await records.addComplaint({ ...complaint, text: '另一台终端' }, 'kiosk_7');
    await records.addComplaint({ ...complaint, reference: 'KIOSK7-20261127-002' }, 'kiosk-7');
    expect((await records.complaintsByReference('KIOSK7-20261127-001')).map((c) => [c.terminalId, c.complaint.text])).toEqual([
      ['kiosk-7', '窗口服务态度差'],
      ['kiosk_7', '另一台终端'],
    ]);
    expect(await records.complaintCount()).toBe(3);
    expect(JSON.stringify(await s.query('SELECT body FROM complaints'))).not.toContain('13905890114');
    expect(await records.sealRowsInClear()).toBe(0);
  });

  it.skipIf(skip)('payments: fees, one open order per fee, pay and expire on the clock, each end notified once on commit', T, async () => {
    const s = await fresh();
    const clock = new ManualClock(Date.parse('2026-11-27T10:00:00+08:00'));
    const { records, payments } = stores(s, clock);
    const c = cases[0]!;
    await records.addCase(caseProgressOf(c), c.applicant.idNumber, c.queryCode);
    const mine: PaymentChangedEvent[] = [];
    await payments.listen((e) => mine.push(e));
    const fee = { name: '工本费', amountFen: 4000, unit: '元/本', basis: '依据', note: null };
    const [f1, f2] = await payments.addFees(c.caseNumber, [fee, { ...fee, amountFen: 1000 }]);
    // A bad amount writes nothing.
    await expect(payments.addFees(c.caseNumber, [fee, { ...fee, amountFen: 0 }])).rejects.toThrow('whole fen');
    expect((await payments.fees({ caseNumber: c.caseNumber, queryCode: c.queryCode })).map((f) => [f.feeId, f.amountFen, f.status])).toEqual([
      [f1, 4000, 'unpaid'],
      [f2, 1000, 'unpaid'],
    ]);
    expect((await payments.fees({ idNumber: c.applicant.idNumber })).length).toBe(2);
    const order = await payments.createOrder(f1!, 'k1');
    expect((await payments.createOrder(f1!, 'k1')).orderId).toBe(order.orderId);
    expect((await payments.openOrders()).map((o) => o.orderId)).toEqual([order.orderId]);
    clock.advance(60_000);
    await rolledBack(s, async (tx) => {
      await payments.settle(order.orderId, 'pay', tx);
    });
    expect((await payments.order(order.orderId)).state).toBe('pending');
    expect((await payments.settle(order.orderId, 'pay')).state).toBe('paid');
    expect((await payments.fee(f1!))?.status).toBe('paid');
    expect(await platformCodeRejected(payments.createOrder(f1!, 'k1'))).toBe('payment.alreadyPaid');
    const other = await payments.createOrder(f2!, 'k1');
    clock.advance(ORDER_LIFETIME_MS);
    expect((await payments.order(other.orderId)).state).toBe('expired');
    expect((await payments.order(other.orderId)).state).toBe('expired');
    expect(await platformCodeRejected(payments.settle(other.orderId, 'pay'))).toBe('payment.expired');
    await until(() => mine.length >= 2, 'the paid and expired events');
    expect(mine.map((e) => [e.orderId, e.state])).toEqual([
      [order.orderId, 'paid'],
      [other.orderId, 'expired'],
    ]);
  });

  it.skipIf(skip)('intake: notices numbered per day, cases per item and day (concurrently too), the ticket bound, the result handed over', T, async () => {
    const s = await fresh();
    const clock = new ManualClock(Date.parse('2026-11-27T10:00:00+08:00'));
    const { catalogue, intake, records, serve } = stores(s, clock);
    const id = itemIdByKey('retire-approval');
    const item = serviceItems.find((i) => i.id === id)!;
    await catalogue.publish({ upserts: [{ kind: 'item', id, body: item }] });
    await s.run("INSERT INTO terminals (id, role, credential_hash, enrolled_at) VALUES ('c1', 'counter', 'x', 0), ('k1', 'kiosk', 'x', 0)");
    await intake.requireCounter('c1');
    expect(await platformCodeRejected(intake.requireCounter('k1'))).toBe('intake.counterOnly');
    const required = item.materials.filter((m) => m.need === '1' && !m.sharedExempt).map((m) => m.name);
    const request = (n: number, received = required) =>
      intakeAcceptBodySchema.parse({ windowId: 'w01', staffId: 'LX2001', ticketId: 'T1', itemId: id, applicant: { idNumber: people[n]!.idNumber, name: people[n]!.name }, received });
    const notice = await intake.accept(request(3, required.slice(1)));
    expect(notice.outcome === 'notice' && notice.notice.number).toBe('GZ202611270001');
    const second = await intake.accept(request(4, required.slice(1)));
    expect(second.outcome === 'notice' && second.notice.number).toBe('GZ202611270002');
    // Four applicants accepted at once: four case numbers in sequence, none twice.
    const accepted = await Promise.all([5, 6, 7, 8].map((n) => intake.accept(request(n))));
    const numbers = accepted.map((a) => (a.outcome === 'accepted' ? a.acceptance.caseNumber : '')).sort();
    expect(numbers).toEqual([1, 2, 3, 4].map((n) => `${item.taskCode}20261127${String(n).padStart(4, '0')}`));
    expect(await intake.casesOfTicket('T1')).toEqual(numbers);
    serve('T2');
    expect(await platformCodeRejected(intake.accept(request(3)))).toBe('intake.notAtWindow');
    // A ready case handed over to its holder by the query code, once.
    const ready = cases.find((c) => c.status === 'ready' && c.delivery.method === 'window')!;
    await records.addCase(caseProgressOf(ready), ready.applicant.idNumber, ready.queryCode);
    await catalogue.publish({ upserts: [{ kind: 'item', id: ready.itemId, body: serviceItems.find((i) => i.id === ready.itemId) ?? item }] });
    expect((await intake.findCase(ready.caseNumber)).handedOver).toBeNull();
    const out = await intake.handOver({ windowId: 'w37', staffId: 'LX2037', caseNumber: ready.caseNumber, queryCode: ready.queryCode, ticketId: 'T2' });
    expect(out.handedOver).toEqual({ at: new Date(clock.now()).toISOString(), windowId: 'w37', staffId: 'LX2037' });
    expect(await platformCodeRejected(intake.handOver({ windowId: 'w37', staffId: 'LX2037', caseNumber: ready.caseNumber, queryCode: ready.queryCode }))).toBe('intake.alreadyHandedOver');
    expect((await records.caseBody(ready.caseNumber))?.status).toBe('delivered');
    expect(await intake.casesOfTicket('T2')).toEqual([ready.caseNumber]);
  });

  it.skipIf(skip)('supervision: follow-ups of bad ratings by state and day, closed once complete; the day\'s figures per window', T, async () => {
    const s = await fresh();
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    const { records, supervision } = stores(s, clock);
    const rate = (ticketId: string, level: string, ratedAt: string, windowId: string) =>
      records.addEvaluation(
        evaluationSchema.parse({ ticketId, stage: 'finish', level, reasons: level === 'dissatisfied' ? ['slow'] : [], channel: 'hallPad', ratedAt, areaCode: '339102', windowId, staffId: 'ST0001', followUpPhone: '13800138000' }),
        'c1',
      );
    // Apart in time: on PostgreSQL two rows of the same millisecond come in id order (store/dialect-sql.ts).
    const bad = await rate('t1', 'dissatisfied', '20261124T093100', 'w01');
    clock.advance(1000);
    await rate('t2', 'satisfied', '20261124T094000', 'w01');
    clock.advance(1000);
    await rate('t3', 'dissatisfied', '20261125T090000', 'w02');
    expect((await supervision.followUps({ state: 'open' })).map((f) => f.target)).toEqual(['ticket:t1', 'ticket:t3']);
    expect((await supervision.followUps({ state: 'all', from: '2026-11-25', to: '2026-11-25' })).map((f) => f.target)).toEqual(['ticket:t3']);
    expect(await platformCodeRejected(supervision.followUps({ state: 'all', from: '2026-11-25', to: '2026-11-24' }))).toBe('invalidRequest');
    expect(await platformCodeRejected(supervision.updateFollowUp(bad.id, { outcome: 'rectified' }))).toBe('followUp.incomplete');
    expect((await supervision.followUp(bad.id)).state).toBe('open');
    const closed = await supervision.updateFollowUp(bad.id, { handler: 'ST0009', actionTaken: '已核实并改进', calledBackAt: '2026-11-24T01:00:00.000Z', outcome: 'rectified' });
    expect(closed).toMatchObject({ state: 'closed', outcome: 'rectified', phone: '13800138000', closedAt: new Date(clock.now()).toISOString() });
    expect(await platformCodeRejected(supervision.updateFollowUp(bad.id, { handler: 'x' }))).toBe('followUp.closed');
    expect((await supervision.followUps({ state: 'closed' })).map((f) => f.id)).toEqual([bad.id]);

    // Two tickets of the day at w01: one finished (waited 5 min, served 10), one skipped.
    const t0 = Date.parse('2026-11-24T09:00:00+08:00');
    const ticket = `INSERT INTO queue_tickets (id, business_date, category_id, number, queue_seq, state, origin, channel, terminal_id, issued_at, updated_at, window_id, staff_id, called_at, call_count, finished_at)
      VALUES (?, '2026-11-24', 'general', ?, ?, ?, 'issue', 'kiosk', 'k1', ?, ?, 'w01', 'ST0001', ?, ?, ?)`;
    await s.run(ticket, ['t1', 'A001', 1, 'finished', t0, t0, t0 + 300_000, 1, t0 + 900_000]);
    await s.run(ticket, ['t9', 'A002', 2, 'skipped', t0, t0, t0 + 600_000, 2, null]);
    const day = await supervision.daily('2026-11-24');
    expect(day.windows).toEqual([
      {
        windowId: 'w01',
        figures: {
          calls: 2,
          recalls: 1,
          averageWaitSeconds: 450,
          averageServiceSeconds: 600,
          finished: 1,
          skipped: 1,
          transferred: 0,
          ratings: { verySatisfied: 0, satisfied: 1, basicallySatisfied: 0, dissatisfied: 1, veryDissatisfied: 0 },
          ratingRate: 2,
        },
      },
    ]);
  });
});
