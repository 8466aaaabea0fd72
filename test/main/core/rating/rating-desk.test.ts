// 好差评 at the kiosk through the terminal core against the real reference platform: cases found the
// way case progress finds them, the stage from the case's status, a case rated already (on the
// platform, or waiting in this terminal's outbox) refused before the citizen rates it and again at
// submit, even offline; a rating kept while the platform is away and delivered exactly once when it
// is back, booked to the window and staff that accepted the case, with its follow-up phone sealed at
// rest on the terminal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RatingDesk } from '../../../../main/core/rating/rating-desk.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { acceptedByOf } from '../../../../platform/seeding.ts';
import { sampleCases } from '../../../../platform/seed/index.ts';
import { BUSINESS_DATE, openDesks, type CoreDesks } from '../cases/support.ts';

const seeded = sampleCases(BUSINESS_DATE);
const finished = seeded.find((c) => c.status === 'delivered' && c.applicant.kind === 'person')!;
const inReview = seeded.find((c) => c.status === 'inReview' && c.applicant.kind === 'person')!;
const holder = inReview.applicant.idNumber;
const ownCases = seeded.filter((c) => c.applicant.idNumber === holder);

let d: CoreDesks;
let rating: RatingDesk;
beforeEach(async () => {
  d = await openDesks();
  rating = new RatingDesk({ session: d.session, outbox: d.outbox, cases: d.cases, config: d.config, clock: d.clock, log: new EventLog(d.clock).for('rating') });
});
afterEach(async () => {
  await d.close();
});

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const refusal = (r: { ok: boolean; error?: { code: string; details?: unknown } }) => (r.ok ? 'ok' : { code: r.error?.code, details: r.error?.details });

describe('finding a case to rate', () => {
  it('rates a finished case at 办结 and one in progress at 受理', async () => {
    expect(value(await rating.query(finished.caseNumber, finished.queryCode))).toMatchObject({ case: { caseNumber: finished.caseNumber, stage: 'finish' }, followUpWorkingDays: 5 });
    expect(value(await rating.query(inReview.caseNumber, inReview.queryCode)).case.stage).toBe('accept');
  });

  it('never by number alone: a wrong query code is an unknown case', async () => {
    const wrong = finished.queryCode === '000000' ? '111111' : '000000';
    expect(refusal(await rating.query(finished.caseNumber, wrong))).toMatchObject({ code: 'case.notFound' });
    // Nor a case this visit has not found.
    expect(refusal(await rating.submit({ caseNumber: finished.caseNumber, level: 'satisfied', reasons: [] }))).toMatchObject({ code: 'case.notFound' });
  });

  it('by card: a holder with no cases gets an empty list, and no card is asked for', async () => {
    expect(refusal(await rating.lookup(undefined))).toMatchObject({ code: 'idcard.noCard' });
    d.card = '11010519491231002X';
    expect(value(await rating.lookup(undefined))).toEqual({ cases: [], alreadyRated: 0, followUpWorkingDays: 5 });
  });

  it('by card: the holder’s own cases still to rate, the rated ones counted', async () => {
    d.card = holder;
    const before = value(await rating.lookup(undefined));
    expect(before.cases.map((c) => c.caseNumber).sort()).toEqual(ownCases.map((c) => c.caseNumber).sort());
    expect(before.alreadyRated).toBe(0);
    value(await rating.submit({ caseNumber: inReview.caseNumber, level: 'verySatisfied', reasons: [] }));
    const after = value(await rating.lookup(undefined));
    expect(after.cases.map((c) => c.caseNumber)).not.toContain(inReview.caseNumber);
    expect(after.alreadyRated).toBe(1);
  });
});

describe('rating', () => {
  it('sends it now when the platform is there, booked to who accepted the case; a second is refused before and at submit', async () => {
    value(await rating.query(finished.caseNumber, finished.queryCode));
    const sent = value(await rating.submit({ caseNumber: finished.caseNumber, level: 'dissatisfied', reasons: ['slow', 'other'], comment: '等了很久', followUpPhone: '13905891234' }));
    expect(sent).toMatchObject({ sent: true, waiting: 0, followUpWorkingDays: 5 });
    const [got] = await d.platform.platform.records.evaluations();
    expect(got!.evaluation).toEqual({
      caseNumber: finished.caseNumber,
      stage: 'finish',
      level: 'dissatisfied',
      reasons: ['slow', 'other'],
      comment: '等了很久',
      followUpPhone: '13905891234',
      channel: 'hallTablet',
      ratedAt: '20261124T100000',
      areaCode: finished.taskCode.slice(2, 8),
      ...acceptedByOf(finished),
    });
    expect(refusal(await rating.query(finished.caseNumber, finished.queryCode))).toEqual({ code: 'evaluation.duplicate', details: { stage: 'finish', waiting: false } });
    expect(refusal(await rating.check(finished.caseNumber))).toEqual({ code: 'evaluation.duplicate', details: { stage: 'finish', waiting: false } });
    expect(refusal(await rating.submit({ caseNumber: finished.caseNumber, level: 'satisfied', reasons: [] }))).toEqual({ code: 'evaluation.duplicate', details: { stage: 'finish', waiting: false } });
    expect(await d.platform.platform.records.evaluationCount()).toBe(1);
  });

  it('with the platform away: kept in the outbox (the phone sealed), a second refused offline, delivered exactly once when it is back', async () => {
    value(await rating.query(finished.caseNumber, finished.queryCode));
    await d.platformDown();
    const kept = value(await rating.submit({ caseNumber: finished.caseNumber, level: 'veryDissatisfied', reasons: ['attitude'], followUpPhone: '13905891234' }));
    expect(kept).toMatchObject({ sent: false, waiting: 1, followUpWorkingDays: 5 });
    // Kept, and sealed at rest: the phone is in the outbox, but nowhere in the terminal's files in clear.
    expect(d.outbox.waiting('evaluation')).toMatchObject([{ followUpPhone: '13905891234' }]);
    const files = readdirSync(d.dir).filter((f) => f.startsWith('terminal.db'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(join(d.dir, f)).includes('13905891234'), f).toBe(false);
    // A second, offline: refused because one waits here.
    expect(refusal(await rating.submit({ caseNumber: finished.caseNumber, level: 'satisfied', reasons: [] }))).toEqual({ code: 'evaluation.duplicate', details: { stage: 'finish', waiting: true } });
    expect(refusal(await rating.check(finished.caseNumber))).toEqual({ code: 'evaluation.duplicate', details: { stage: 'finish', waiting: true } });
    await d.platformBack();
    d.outbox.platformBack();
    await d.outbox.drain();
    await d.outbox.drain();
    expect(d.outbox.counts()).toMatchObject({ pending: 0, delivered: 1, refused: 0 });
    expect((await d.platform.platform.records.evaluations()).map((e) => e.evaluation.caseNumber)).toEqual([finished.caseNumber]);
    expect(await d.platform.platform.records.followUpsDue()).toMatchObject([{ phone: '13905891234', level: 'veryDissatisfied', windowId: acceptedByOf(finished).windowId }]);
  });

  it('a case rated elsewhere after this kiosk found it is refused at submit, nothing queued', async () => {
    value(await rating.query(finished.caseNumber, finished.queryCode));
    await d.platform.platform.records.addEvaluation(
      { caseNumber: finished.caseNumber, stage: 'finish', level: 'satisfied', reasons: [], channel: 'mobile', ratedAt: '20261124T095900', areaCode: '339102' },
      'phone-app',
    );
    expect(refusal(await rating.submit({ caseNumber: finished.caseNumber, level: 'satisfied', reasons: [] }))).toEqual({ code: 'evaluation.duplicate', details: { stage: 'finish', waiting: false } });
    expect(d.outbox.counts()).toMatchObject({ pending: 0, delivered: 0, refused: 0 });
  });

  it('a repeat the platform refuses only on delivery (rated in between) is said as such, and set aside', async () => {
    value(await rating.query(finished.caseNumber, finished.queryCode));
    // The status the desk is told misses the rating given in between; the platform itself does not.
    const stale = { client: { call: async () => ({ ok: true, value: { notModified: false, value: { followUpWorkingDays: 5, cases: [] } } }) } };
    const racing = new RatingDesk({ session: stale as never, outbox: d.outbox, cases: d.cases, config: d.config, clock: d.clock, log: new EventLog(d.clock).for('rating') });
    await d.platform.platform.records.addEvaluation(
      { caseNumber: finished.caseNumber, stage: 'finish', level: 'satisfied', reasons: [], channel: 'mobile', ratedAt: '20261124T095900', areaCode: '339102' },
      'phone-app',
    );
    expect(refusal(await racing.submit({ caseNumber: finished.caseNumber, level: 'satisfied', reasons: [] }))).toEqual({ code: 'evaluation.duplicate', details: { stage: 'finish', waiting: false } });
    expect(d.outbox.counts()).toMatchObject({ pending: 0, delivered: 0, refused: 1 });
    expect(await d.platform.platform.records.evaluationCount()).toBe(1);
  });
});
