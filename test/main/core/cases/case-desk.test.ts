// Case progress through the terminal core against the real reference platform: by number and query
// code (a wrong code is an unknown case), by the card on the reader (only the holder's own cases), the
// place a ready result is collected (the hall's 综合出件 business) and its pick-up ticket, printing a
// slip or an A4 sheet of a case this visit looked up, the card's cases forgotten when it is lifted, and
// the platform away said as such.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleCases } from '../../../../platform/seed/index.ts';
import { BUSINESS_DATE, openDesks, type CoreDesks } from './support.ts';

const seeded = sampleCases(BUSINESS_DATE);
const readyAtWindow = seeded.find((c) => c.status === 'ready' && c.delivery.method === 'window')!;
const inReview = seeded.find((c) => c.status === 'inReview' && c.applicant.kind === 'person')!;
const holder = inReview.applicant.idNumber;
const ownCases = seeded.filter((c) => c.applicant.idNumber === holder).map((c) => c.caseNumber).sort();

let d: CoreDesks;
beforeEach(async () => {
  d = await openDesks();
});
afterEach(async () => {
  await d.close();
});

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('case progress by number and query code', () => {
  it('shows the case with its steps and the masked applicant; a wrong code is like an unknown case', async () => {
    const view = value(await d.cases.query(inReview.caseNumber, inReview.queryCode));
    expect(view).toMatchObject({ caseNumber: inReview.caseNumber, status: 'inReview', itemName: inReview.itemName, collection: null });
    expect(view.applicantMasked).not.toBe(inReview.applicant.name);
    expect(view.applicantMasked).toContain('*');
    expect(view.steps.map((s) => s.name)).toEqual(inReview.steps.map((s) => s.name));
    const wrong = inReview.queryCode === '000000' ? '111111' : '000000';
    expect(codeOf(await d.cases.query(inReview.caseNumber, wrong))).toBe('case.notFound');
    expect(codeOf(await d.cases.query(`${inReview.caseNumber.slice(0, -4)}9999`, inReview.queryCode))).toBe('case.notFound');
  });

  it('names the 综合出件 window for a result ready at a window, and takes its pick-up ticket', async () => {
    const view = value(await d.cases.query(readyAtWindow.caseNumber, readyAtWindow.queryCode));
    expect(view.collection).toMatchObject({ categoryId: 'collection', name: '综合出件', area: '一楼A区' });
    expect(view.collection?.windows.length).toBeGreaterThan(0);
    const ticket = value(await d.cases.collectionTicket(readyAtWindow.caseNumber));
    expect(ticket).toMatchObject({ categoryId: 'collection', categoryName: '综合出件' });
    expect(ticket.number).toMatch(/^Q\d{3}$/);
    // A case not ready has nothing to collect.
    value(await d.cases.query(inReview.caseNumber, inReview.queryCode));
    expect(codeOf(await d.cases.collectionTicket(inReview.caseNumber))).toBe('queue.unknownCategory');
  });
});

describe('case progress by ID card', () => {
  it('lists only the card holder’s own cases', async () => {
    d.card = holder;
    const { cases } = value(await d.cases.lookup(undefined));
    expect(cases.map((c) => c.caseNumber).sort()).toEqual(ownCases);
    const others = seeded.filter((c) => c.applicant.idNumber !== holder).map((c) => c.caseNumber);
    expect(cases.some((c) => others.includes(c.caseNumber))).toBe(false);
  });

  it('refuses an expired card with its date, for cases and for check-in by card alike', async () => {
    d.card = holder;
    d.cardExpiredOn = '2024-05-01';
    const cases = await d.cases.lookup(undefined);
    const checkIn = await d.tickets.checkInByCard(undefined);
    for (const r of [cases, checkIn]) expect(r).toEqual({ ok: false, error: { code: 'idcard.expired', message: 'the ID card expired on 2024-05-01; use a valid card or ask at the help desk', details: { validTo: '2024-05-01' } } });
    d.cardExpiredOn = null;
    expect(value(await d.cases.lookup(undefined)).cases.map((c) => c.caseNumber).sort()).toEqual(ownCases);
  });

  it('needs the card or a typed number; a typed number works like the card', async () => {
    expect(codeOf(await d.cases.lookup(undefined))).toBe('idcard.noCard');
    expect(value(await d.cases.lookup(holder)).cases.map((c) => c.caseNumber).sort()).toEqual(ownCases);
  });

  it('forgets the card’s cases when the card is lifted, and everything when the visit ends', async () => {
    d.card = holder;
    value(await d.cases.lookup(undefined));
    value(await d.cases.print(inReview.caseNumber, 'slip'));
    d.card = null;
    d.cases.forgetCard();
    expect(codeOf(await d.cases.print(inReview.caseNumber, 'slip'))).toBe('case.notFound');
    value(await d.cases.query(readyAtWindow.caseNumber, readyAtWindow.queryCode));
    d.cases.forgetCard();
    expect(codeOf(await d.cases.print(readyAtWindow.caseNumber, 'sheet'))).toBe('ok');
    d.cases.forgetVisit();
    expect(codeOf(await d.cases.print(readyAtWindow.caseNumber, 'sheet'))).toBe('case.notFound');
  });
});

describe('printing a case', () => {
  it('prints a slip or an A4 sheet only of a case this visit looked up', async () => {
    expect(codeOf(await d.cases.print(readyAtWindow.caseNumber, 'slip'))).toBe('case.notFound');
    value(await d.cases.query(readyAtWindow.caseNumber, readyAtWindow.queryCode));
    expect(value(await d.cases.print(readyAtWindow.caseNumber, 'slip'))).toEqual({ on: 'slip' });
    expect(d.slips).toHaveLength(1);
    expect(d.slips?.[0]).toMatchObject({ progress: { caseNumber: readyAtWindow.caseNumber }, collectAt: '综合出件窗口（一楼A区）' });
    expect(value(await d.cases.print(readyAtWindow.caseNumber, 'sheet'))).toEqual({ on: 'sheet' });
    expect(d.sheets?.[0]?.subtitle).toBe(`办件编号：${readyAtWindow.caseNumber}`);
  });

  it('says which printer is missing', async () => {
    value(await d.cases.query(readyAtWindow.caseNumber, readyAtWindow.queryCode));
    d.slips = null;
    d.sheets = null;
    expect(codeOf(await d.cases.print(readyAtWindow.caseNumber, 'slip'))).toBe('device.notConfigured');
    expect(codeOf(await d.cases.print(readyAtWindow.caseNumber, 'sheet'))).toBe('device.notConfigured');
  });
});

describe('the platform away', () => {
  it('is said as platform.offline, by number and by card', async () => {
    await d.platformDown();
    expect(codeOf(await d.cases.query(inReview.caseNumber, inReview.queryCode))).toBe('platform.offline');
    d.card = holder;
    expect(codeOf(await d.cases.lookup(undefined))).toBe('platform.offline');
  });
});
