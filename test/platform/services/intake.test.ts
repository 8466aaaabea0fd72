// One-window intake (一窗受理) and result hand-out (综合出件) on the reference platform: the promised
// date in working days on the hall calendar, a case accepted when every required material is in, a
// one-time notice of every missing one otherwise, the return-visit rule (no new gap unless the guide
// changed), binding an online case, hand-out rules, counter-only routes and idempotent replays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEADERS } from '../../../domain/api/define.ts';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import type { Evaluation } from '../../../domain/evaluation.ts';
import type { Platform } from '../../../platform/app.ts';
import { itemIdByKey, sampleCases } from '../../../platform/seed/index.ts';
import { people } from '../../../platform/seed/people.ts';
import type { AcceptRequest } from '../../../platform/services/intake-service.ts';
import { intakeAcceptBodySchema } from '../../../domain/intake.ts';
import { maskPersonName } from '../../../domain/person-name.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { platformCodeRejected } from '../../support/platform-code.ts';
import { closeTestPlatforms, createTestPlatform } from '../../support/platform-database.ts';

const DAY = '2026-11-27';
const cases = sampleCases(DAY);
const RETIRE = itemIdByKey('retire-approval');
const APPLICANT = people[3]!;
/** 2026-12-01 and 12-02 are holidays in the calendar of some tests. */
const HOLIDAYS = new Set(['2026-12-01', '2026-12-02']);

let platform: Platform;
let clock: ManualClock;
let windowId: string;
let categoryId: string;

async function start(isWorkingDay?: (d: string) => boolean) {
  // Friday 2026-11-27 10:00 in the hall.
  clock = new ManualClock(Date.parse('2026-11-27T10:00:00+08:00'));
  platform = await createTestPlatform({ clock, version: 't', idSecret: 'secret-of-sixteen-chars', ...(isWorkingDay ? { isWorkingDay } : {}) }, { seedDay: DAY });
  retireItem = (await platform.catalogue.get('item', RETIRE)) as ServiceItem;
  const config = await platform.queue.configuration();
  const category = config.categories.find((c) => c.purpose !== 'resultCollection' && c.windowIds.some((w) => config.windows.find((x) => x.id === w)?.staffId))!;
  categoryId = category.id;
  windowId = category.windowIds.find((w) => config.windows.find((x) => x.id === w)?.staffId)!;
}

/** A ticket issued and called at the window: the one being served. */
async function serveTicket(): Promise<string> {
  const current = await platform.queue.windowStatus(windowId);
  if (current.ok && current.value.current) await platform.queue.finish({ windowId });
  const t = await platform.queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'k1' });
  if (!t.ok) throw new Error(t.error.message);
  const called = await platform.queue.callNext(windowId);
  if (!called.ok) throw new Error(called.error.message);
  return called.value.id;
}

/** The seed's item, as start() read it from the catalogue. */
let retireItem: ServiceItem;
const item = () => retireItem;
const required = () => item().materials.filter((m) => m.need === '1' && !m.sharedExempt).map((m) => m.name);
const conditional = () => item().materials.filter((m) => m.need === '2' && !m.sharedExempt).map((m) => m.name);

function request(over: Partial<AcceptRequest> & { ticketId: string }): AcceptRequest {
  return intakeAcceptBodySchema.parse({
    windowId,
    staffId: 'LX2001',
    itemId: RETIRE,
    applicant: { idNumber: APPLICANT.idNumber, name: APPLICANT.name },
    received: required(),
    ...over,
  });
}

afterEach(closeTestPlatforms);

describe('intake.accept', () => {
  beforeEach(() => start());

  it('accepts a case when every required material is in: national case number, query code, promised date 10 working days on (over two weekends), window and staff, ticket bound', async () => {
    const ticketId = await serveTicket();
    const out = await platform.intake.accept(request({ ticketId }));
    expect(out.outcome).toBe('accepted');
    if (out.outcome !== 'accepted') return;
    const a = out.acceptance;
    expect(a.caseNumber).toBe(`${item().taskCode}202611270001`);
    expect(a.queryCode).toMatch(/^\d{6}$/);
    // Friday 11-27 + 10 working days: Mon 11-30 .. Fri 12-11.
    expect(a).toMatchObject({ promisedBy: '2026-12-11', instant: false, bound: false, windowId, staffId: 'LX2001', applicantMasked: maskPersonName(APPLICANT.name) });
    expect(a.applicantMasked).not.toBe(APPLICANT.name);
    expect(a.received.map((m) => m.name)).toEqual(required());
    // The kiosk's progress lookup finds it by number and the query code, and by the ID card.
    const progress = await platform.records.case(a.caseNumber, a.queryCode!);
    expect(progress).toMatchObject({ status: 'accepted', channel: 'window', promisedBy: '2026-12-11' });
    expect(progress.steps[0]).toMatchObject({ status: 'done', handler: 'LX2001' });
    expect((await platform.records.casesOf(APPLICANT.idNumber)).map((c) => c.caseNumber)).toContain(a.caseNumber);
    expect(await platform.intake.casesOfTicket(ticketId)).toEqual([a.caseNumber]);
    // A rating of the case names no window: it is booked to who accepted it.
    const rating = await platform.records.addEvaluation({ caseNumber: a.caseNumber, stage: 'accept', level: 'satisfied', channel: 'hallPad', ratedAt: '20261127T100500', areaCode: '339102' } as never, 'c1');
    expect(rating.id).toBeTruthy();
    expect((await platform.records.evaluations()).at(-1)!.evaluation).toMatchObject({ windowId, staffId: 'LX2001' });
    // The next case of the item that day takes the next sequence.
    const second = await platform.intake.accept(request({ ticketId: await serveTicket(), applicant: { idNumber: people[4]!.idNumber, name: people[4]!.name } }));
    expect(second.outcome === 'accepted' && second.acceptance.caseNumber).toBe(`${item().taskCode}202611270002`);
  });

  it('gives a notice listing EVERY missing material (required ones, and conditional ones that apply), with what the guide says of each', async () => {
    const ticketId = await serveTicket();
    const [first, ...rest] = required();
    const photo = conditional()[0]!;
    const out = await platform.intake.accept(request({ ticketId, received: rest.slice(1), applies: [photo] }));
    expect(out.outcome).toBe('notice');
    if (out.outcome !== 'notice') return;
    const n = out.notice;
    expect(n.number).toBe('GZ202611270001');
    expect(n.missing.map((m) => m.name)).toEqual(item().materials.map((m) => m.name).filter((x) => x === first || x === rest[0] || x === photo));
    const guide = item().materials.find((m) => m.name === first)!;
    expect(n.missing[0]).toMatchObject({ name: first, originals: guide.originals, copies: guide.copies, role: 'required', standard: guide.acceptanceStandard });
    expect(n.missing.find((m) => m.name === photo)!.role).toBe('conditional');
    expect(n.received).toEqual(rest.slice(1));
    expect(n.consultPhone).toBe(item().consultPhone);
    // No case was made.
    expect((await platform.records.casesOf(APPLICANT.idNumber)).filter((c) => c.itemId === RETIRE)).toHaveLength(0);
  });

  it('a conditional material that does not apply is not missing', async () => {
    const out = await platform.intake.accept(request({ ticketId: await serveTicket(), applies: [] }));
    expect(out.outcome).toBe('accepted');
  });

  it('refuses a material the guide does not ask, an unknown item, a ticket not at the window', async () => {
    const ticketId = await serveTicket();
    expect(await platformCodeRejected(platform.intake.accept(request({ ticketId, received: [...required(), '结婚证'] })))).toBe('intake.unknownMaterial');
    expect(await platformCodeRejected(platform.intake.accept(request({ ticketId, itemId: 'nope' })))).toBe('intake.unknownItem');
    expect(await platformCodeRejected(platform.intake.accept(request({ ticketId: 'other-ticket' })))).toBe('intake.notAtWindow');
  });

  describe('the return visit: never a second trip for the same gap', () => {
    it('refuses a new notice that names a material received last time, or one the first notice did not name', async () => {
      const [a, b, c] = required();
      const first = await platform.intake.accept(request({ ticketId: await serveTicket(), received: [a!] }));
      expect(first.outcome === 'notice' && first.notice.missing.map((m) => m.name)).toEqual([b, c]);
      clock.advance(86_400_000 * 3);
      // Back on Monday with b: staff forgot to tick a (received last time) -> refused, naming a.
      const ticketId = await serveTicket();
      let details: unknown;
      try {
        await platform.intake.accept(request({ ticketId, received: [b!] }));
      } catch (e) {
        details = { code: (e as { code: string }).code, ...(e as { details: object }).details };
      }
      expect(details).toMatchObject({ code: 'intake.newGap', newGaps: [a], receivedEarlier: [a], earlier: { number: 'GZ202611270001', missing: [b, c] } });
      // A conditional material that now applies was not named either: refused.
      const photo = conditional()[0]!;
      expect(await platformCodeRejected(platform.intake.accept(request({ ticketId, received: [a!, b!], applies: [photo] })))).toBe('intake.newGap');
      // Still lacking c (named before): a second notice is fine, and it lists only c.
      const second = await platform.intake.accept(request({ ticketId, received: [a!, b!] }));
      expect(second.outcome === 'notice' && second.notice.missing.map((m) => m.name)).toEqual([c]);
      expect(second.outcome === 'notice' && second.notice.number).toBe('GZ202611300001');
      // Then everything: accepted, and the notices are settled.
      expect((await platform.intake.accept(request({ ticketId, received: [a!, b!, c!] }))).outcome).toBe('accepted');
    });

    it('lets a new notice name a new gap when the guide changed since the earlier notice', async () => {
      const [a, b, c] = required();
      await platform.intake.accept(request({ ticketId: await serveTicket(), received: [a!, b!] }));
      const changed = { ...item(), materials: item().materials.map((m) => (m.name === c ? { ...m, copies: m.copies + 1 } : m)) };
      await platform.catalogue.publish({ upserts: [{ kind: 'item', id: changed.id, body: changed }] });
      const out = await platform.intake.accept(request({ ticketId: await serveTicket(), received: [b!, c!] }));
      expect(out.outcome === 'notice' && out.notice.missing.map((m) => m.name)).toEqual([a]);
    });

    it('holds no later application once a case was accepted for the item', async () => {
      const [a, b, c] = required();
      await platform.intake.accept(request({ ticketId: await serveTicket(), received: [a!, b!] }));
      expect((await platform.intake.accept(request({ ticketId: await serveTicket(), received: [a!, b!, c!] }))).outcome).toBe('accepted');
      const later = await platform.intake.accept(request({ ticketId: await serveTicket(), received: [b!, c!] }));
      expect(later.outcome === 'notice' && later.notice.missing.map((m) => m.name)).toEqual([a]);
    });
  });

  it('binds an existing case of the same applicant and item (applied online) instead of creating one', async () => {
    const online = cases.find((c) => c.status === 'accepted' && c.itemId === RETIRE)!;
    const who = { idNumber: online.applicant.idNumber, name: online.applicant.name };
    const ticketId = await serveTicket();
    const out = await platform.intake.accept(request({ ticketId, caseNumber: online.caseNumber, applicant: who }));
    expect(out.outcome === 'accepted' && out.acceptance).toMatchObject({ caseNumber: online.caseNumber, bound: true, queryCode: null, promisedBy: '2026-12-11' });
    expect(await platform.intake.casesOfTicket(ticketId)).toEqual([online.caseNumber]);
    // Another applicant's case, or another item's, or a finished one: refused.
    expect(await platformCodeRejected(platform.intake.accept(request({ ticketId, caseNumber: online.caseNumber })))).toBe('intake.caseMismatch');
    const delivered = cases.find((c) => c.status === 'delivered')!;
    expect(await platformCodeRejected(platform.intake.accept(request({ ticketId, caseNumber: delivered.caseNumber, applicant: { idNumber: delivered.applicant.idNumber, name: delivered.applicant.name } })))).toBe('intake.caseMismatch');
    expect(await platformCodeRejected(platform.intake.accept(request({ ticketId, caseNumber: 'X1234567890' })))).toBe('case.notFound');
  });
});

describe('the window rating of a ticket bound at intake', () => {
  beforeEach(() => start());
  const padRating = (ticketId: string): Evaluation => ({ ticketId, stage: 'accept', level: 'satisfied', reasons: [], windowId, staffId: 'LX2001', channel: 'hallPad', ratedAt: '20261127T100500', areaCode: '339102' });

  it("is filed as the case's 受理 rating, the ticket kept beside it, so the case cannot be rated at that stage again", async () => {
    const ticketId = await serveTicket();
    const out = await platform.intake.accept(request({ ticketId }));
    if (out.outcome !== 'accepted') throw new Error(out.outcome);
    await platform.records.addEvaluation(padRating(ticketId), 'c1');
    expect((await platform.records.evaluations()).at(-1)!.evaluation).toMatchObject({ caseNumber: out.acceptance.caseNumber, ticketId, windowId, staffId: 'LX2001' });
    expect(await platform.records.ratedStages([out.acceptance.caseNumber])).toEqual([{ caseNumber: out.acceptance.caseNumber, rated: ['accept'] }]);
    const kiosk: Evaluation = { caseNumber: out.acceptance.caseNumber, stage: 'accept', level: 'verySatisfied', reasons: [], channel: 'hallTablet', ratedAt: '20261127T110000', areaCode: '339102' };
    expect(await platformCodeRejected(platform.records.addEvaluation(kiosk, 'k1'))).toBe('evaluation.duplicate');
    // 办结 is another stage: still open to the citizen.
    expect((await platform.records.addEvaluation({ ...kiosk, stage: 'finish' }, 'k1')).id).toBeTruthy();
  });

  it('stays a rating of the ticket when intake bound no case to it (a notice, or no intake at all)', async () => {
    const noticeTicket = await serveTicket();
    expect((await platform.intake.accept(request({ ticketId: noticeTicket, received: [] }))).outcome).toBe('notice');
    await platform.records.addEvaluation(padRating(noticeTicket), 'c1');
    const plain = await serveTicket();
    await platform.records.addEvaluation(padRating(plain), 'c1');
    // Filed in the same millisecond (the clock stands still): on PostgreSQL such rows come in the order
    // of their ids (store/dialect-sql.ts writtenOrder), so each is found by its ticket.
    const filed = (await platform.records.evaluations()).map((e) => e.evaluation).filter((e) => e.ticketId === noticeTicket || e.ticketId === plain);
    expect(filed).toHaveLength(2);
    expect(new Map(filed.map((e) => [e.ticketId, e.caseNumber]))).toEqual(
      new Map([
        [noticeTicket, undefined],
        [plain, undefined],
      ]),
    );
  });
});

describe('promised dates on the hall calendar', () => {
  it('skips the weekend and the hall’s holidays; 即办件 is today; 自然日 counts every day', async () => {
    await start((d) => new Date(`${d}T00:00:00Z`).getUTCDay() % 6 !== 0 && !HOLIDAYS.has(d));
    // Friday + 10 working days with Tue-Wed off: 12-15.
    expect(platform.intake.promisedBy(item(), DAY)).toBe('2026-12-15');
    expect(platform.intake.promisedBy({ promiseLimit: { days: 1, unit: '工作日', note: null } }, DAY)).toBe('2026-11-30');
    expect(platform.intake.promisedBy({ promiseLimit: { days: 2, unit: '工作日', note: null } }, DAY)).toBe('2026-12-03');
    expect(platform.intake.promisedBy({ promiseLimit: { days: 0, unit: '自然日', note: null } }, DAY)).toBe(DAY);
    expect(platform.intake.promisedBy({ promiseLimit: { days: 15, unit: '自然日', note: null } }, DAY)).toBe('2026-12-12');
    const out = await platform.intake.accept(request({ ticketId: await serveTicket() }));
    expect(out.outcome === 'accepted' && out.acceptance.promisedBy).toBe('2026-12-15');
  });
});

describe('intake.handOver and findCase', () => {
  beforeEach(() => start());
  const ready = () => cases.find((c) => c.status === 'ready' && c.delivery.method === 'window')!;

  it('hands a ready result over to the holder by ID card, once; the case is delivered', async () => {
    const c = ready();
    expect(await platform.intake.findCase(c.caseNumber)).toMatchObject({ status: 'ready', handedOver: null, itemName: c.itemName });
    const out = await platform.intake.handOver({ windowId: 'w37', staffId: 'LX2037', caseNumber: c.caseNumber, idNumber: c.applicant.idNumber, ticketId: 't-collect' });
    expect(out.handedOver).toEqual({ at: '2026-11-27T02:00:00.000Z', windowId: 'w37', staffId: 'LX2037' });
    expect(await platform.records.case(c.caseNumber, c.queryCode)).toMatchObject({ status: 'delivered', finishedAt: '2026-11-27T02:00:00.000Z' });
    expect((await platform.records.case(c.caseNumber, c.queryCode)).steps.every((s) => s.status === 'done')).toBe(true);
    expect((await platform.intake.findCase(c.caseNumber)).handedOver).toMatchObject({ windowId: 'w37' });
    expect(await platform.intake.casesOfTicket('t-collect')).toEqual([c.caseNumber]);
    expect(await platformCodeRejected(platform.intake.handOver({ windowId: 'w37', staffId: 'LX2037', caseNumber: c.caseNumber, idNumber: c.applicant.idNumber }))).toBe('intake.alreadyHandedOver');
  });

  it('verifies by the query code too; refuses another holder, a wrong code, a result not ready or sent by express, an unknown case', async () => {
    const c = ready();
    const base = { windowId: 'w37', staffId: 'LX2037' };
    expect(await platformCodeRejected(platform.intake.handOver({ ...base, caseNumber: c.caseNumber, idNumber: people[9]!.idNumber }))).toBe('intake.holderMismatch');
    expect(await platformCodeRejected(platform.intake.handOver({ ...base, caseNumber: c.caseNumber, queryCode: c.queryCode === '000000' ? '000001' : '000000' }))).toBe('intake.holderMismatch');
    const inReview = cases.find((x) => x.status === 'inReview')!;
    expect(await platformCodeRejected(platform.intake.handOver({ ...base, caseNumber: inReview.caseNumber, queryCode: inReview.queryCode }))).toBe('intake.notReady');
    const express = cases.find((x) => x.status === 'ready' && x.delivery.method === 'express')!;
    expect(await platformCodeRejected(platform.intake.handOver({ ...base, caseNumber: express.caseNumber, queryCode: express.queryCode }))).toBe('intake.notReady');
    const delivered = cases.find((x) => x.status === 'delivered')!;
    expect(await platformCodeRejected(platform.intake.handOver({ ...base, caseNumber: delivered.caseNumber, queryCode: delivered.queryCode }))).toBe('intake.alreadyHandedOver');
    expect(await platformCodeRejected(platform.intake.handOver({ ...base, caseNumber: 'X1234567890', queryCode: '123456' }))).toBe('case.notFound');
    expect((await platform.intake.handOver({ ...base, caseNumber: c.caseNumber, queryCode: c.queryCode })).caseNumber).toBe(c.caseNumber);
  });
});

describe('over HTTP', () => {
  beforeEach(() => start());

  async function headersFor(id: string, role: 'kiosk' | 'counter') {
    const code = await platform.auth.issueEnrolmentCode(id, role);
    return { [HEADERS.terminalId]: id, [HEADERS.authorization]: `Bearer ${await platform.auth.enrol(code, id, role)}` };
  }

  it('serves counters only, and answers a replayed accept with the first answer (no second case)', async () => {
    const counter = await headersFor('c1', 'counter');
    const kiosk = await headersFor('k9', 'kiosk');
    const ticketId = await serveTicket();
    const body = { windowId, staffId: 'LX2001', ticketId, itemId: RETIRE, applicant: { idNumber: APPLICANT.idNumber, name: APPLICANT.name }, received: required() };
    const post = (headers: Record<string, string>, key: string) =>
      platform.app.inject({ method: 'POST', url: '/api/v1/intake/accept', headers: { ...headers, [HEADERS.idempotencyKey]: key }, payload: body });
    const refused = await post(kiosk, 'key-00000001');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'intake.counterOnly' } });
    const first = await post(counter, 'key-00000002');
    expect(first.statusCode).toBe(201);
    const again = await post(counter, 'key-00000002');
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect((await platform.records.casesOf(APPLICANT.idNumber)).filter((c) => c.itemId === RETIRE)).toHaveLength(1);
    const find = await platform.app.inject({ method: 'POST', url: '/api/v1/intake/cases/find', headers: kiosk, payload: { caseNumber: first.json().acceptance.caseNumber } });
    expect(find.json()).toMatchObject({ error: { code: 'intake.counterOnly' } });
    const bad = await platform.app.inject({ method: 'POST', url: '/api/v1/intake/hand-over', headers: { ...counter, [HEADERS.idempotencyKey]: 'key-00000003' }, payload: { windowId, staffId: 'x', caseNumber: 'X1234567890' } });
    expect(bad.json()).toMatchObject({ error: { code: 'invalidRequest', details: { issues: [{ path: 'idNumber', message: 'give either idNumber or queryCode' }] } } });
  });
});
