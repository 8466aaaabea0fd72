// Sample appointments and cases: valid for any business date, deterministic, consistent with the
// catalogue, case numbers in the 实施编码 + yyyyMMdd + 4 digits format.
import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../../domain/catalogue.ts';
import {
  appointmentSchema,
  businessCategories,
  caseRecordSchema,
  sampleAppointments,
  sampleCases,
  serviceItems,
} from '../../../platform/seed/index.ts';

// A weekday, a Saturday, a Monday after a weekend, a year boundary and a leap day.
const dates = ['2026-11-24', '2026-11-28', '2026-11-30', '2027-01-01', '2028-02-29'];
const itemById = new Map(serviceItems.map((i) => [i.id, i]));

describe.each(dates)('sample records for business date %s', (date) => {
  const appointments = sampleAppointments(date);
  const cases = sampleCases(date);

  it('validates every appointment and case', () => {
    expect(appointments.flatMap((a) => (appointmentSchema.safeParse(a).success ? [] : [a.code]))).toEqual([]);
    const bad = cases.flatMap((c) => {
      const r = caseRecordSchema.safeParse(c);
      return r.success ? [] : [{ c: c.caseNumber, issues: r.error.issues }];
    });
    expect(bad).toEqual([]);
  });

  it('has appointments before, on and after the business date, with unique codes', () => {
    expect(appointments.some((a) => a.date < date)).toBe(true);
    expect(appointments.some((a) => a.date === date)).toBe(true);
    expect(appointments.some((a) => a.date > date)).toBe(true);
    expect(new Set(appointments.map((a) => a.code)).size).toBe(appointments.length);
    for (const a of appointments) {
      if (a.date > date) expect(['booked', 'cancelled'], a.code).toContain(a.status);
      expect(a.code.slice(2, 8)).toBe(a.date.replaceAll('-', '').slice(2));
    }
  });

  it('books appointments for existing items in a category that serves them', () => {
    for (const a of appointments) {
      expect(itemById.get(a.itemId)?.name, a.code).toBe(a.itemName);
      expect(businessCategories.find((c) => c.id === a.categoryId)?.itemIds, a.code).toContain(a.itemId);
    }
  });

  it('numbers cases as 实施编码 + acceptance date + 4 digits, uniquely', () => {
    expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length);
    for (const c of cases) {
      const parts = parseCaseNumber(c.caseNumber);
      expect(parts, c.caseNumber).not.toBeNull();
      expect(parts?.taskCode).toBe(itemById.get(c.itemId)?.taskCode);
      expect(parts?.date).toBe(c.acceptedAt.slice(0, 10));
      expect(c.acceptedAt.slice(0, 10) <= date).toBe(true);
      expect(c.promisedBy >= c.acceptedAt.slice(0, 10)).toBe(true);
    }
  });

  it('covers the case states a kiosk shows', () => {
    const states = new Set(cases.map((c) => c.status));
    for (const s of ['accepted', 'inReview', 'correction', 'ready', 'delivered', 'rejected'] as const) expect(states).toContain(s);
    expect(cases.some((c) => c.applicant.kind === 'enterprise')).toBe(true);
  });

  it('is deterministic for the date', () => {
    expect(sampleAppointments(date)).toEqual(appointments);
    expect(sampleCases(date)).toEqual(cases);
  });
});

it('moves the records with the business date', () => {
  expect(sampleCases('2026-11-24')[0]?.caseNumber).not.toBe(sampleCases('2026-11-25')[0]?.caseNumber);
  expect(sampleAppointments('2026-11-24')[0]?.date).not.toBe(sampleAppointments('2026-11-25')[0]?.date);
});

it('refuses a malformed business date', () => {
  expect(() => sampleCases('2026-13-01')).toThrow(RangeError);
  expect(() => sampleAppointments('20261124')).toThrow(RangeError);
});
