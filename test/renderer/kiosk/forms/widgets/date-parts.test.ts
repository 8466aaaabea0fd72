import { describe, expect, it } from 'vitest';
import { daysIn, isoOf, partsOf, step, typedDate } from '../../../../../renderer/src/kiosk/forms/widgets/date-parts.ts';

const TODAY = '2026-12-07';
const at = (iso: string) => partsOf(iso)!;
const stepped = (iso: string, part: 'year' | 'month' | 'day', delta: number, bound: 'any' | 'notFuture' | 'notPast' = 'any') => {
  const p = step(at(iso), part, delta, bound, TODAY);
  return p ? isoOf(p) : null;
};

describe('stepping a date', () => {
  it('holds the day within the month the step lands in, leap years counted', () => {
    expect(stepped('2026-03-31', 'month', 1)).toBe('2026-04-30');
    expect(stepped('2024-02-29', 'year', 1)).toBe('2025-02-28');
    expect(stepped('2023-01-31', 'month', 1)).toBe('2023-02-28');
    expect(stepped('2024-01-31', 'month', 1)).toBe('2024-02-29');
    expect([daysIn(1900, 2), daysIn(2000, 2)]).toEqual([28, 29]);
  });

  it('wraps a month within its year and a day within its month (the year has its own buttons)', () => {
    expect(stepped('2020-12-15', 'month', 1)).toBe('2020-01-15');
    expect(stepped('2020-01-15', 'month', -1)).toBe('2020-12-15');
    expect(stepped('2020-02-29', 'day', 1)).toBe('2020-02-01');
    expect(stepped('2020-04-01', 'day', -1)).toBe('2020-04-30');
    expect(stepped('1958-03-12', 'year', -10)).toBe('1948-03-12');
  });

  it('refuses a step across the bound: nothing after today for notFuture, before it for notPast', () => {
    expect(stepped('2026-12-07', 'day', 1, 'notFuture')).toBeNull();
    expect(stepped('2026-12-06', 'day', 1, 'notFuture')).toBe(TODAY);
    expect(stepped('2020-12-31', 'year', 10, 'notFuture')).toBeNull();
    expect(stepped('2026-12-07', 'day', -1, 'notPast')).toBeNull();
    expect(stepped('2026-12-07', 'month', 1, 'notPast')).toBeNull(); // wraps to January of the same year: past
    expect(stepped('2026-12-07', 'year', 1, 'notPast')).toBe('2027-12-07');
    expect(stepped('1905-01-01', 'year', -10)).toBeNull();
  });
});

describe('a date typed as eight digits', () => {
  it('is taken when whole, real and within the bound, else says why', () => {
    expect(typedDate('19580312', 'notFuture', TODAY)).toEqual({ ok: true, iso: '1958-03-12' });
    expect(typedDate('1958031', 'any', TODAY)).toEqual({ ok: false, why: 'incomplete' });
    expect(typedDate('19580230', 'any', TODAY)).toEqual({ ok: false, why: 'notDate' });
    expect(typedDate('20261208', 'notFuture', TODAY)).toEqual({ ok: false, why: 'inFuture' });
    expect(typedDate('20261206', 'notPast', TODAY)).toEqual({ ok: false, why: 'inPast' });
    expect(typedDate('18991231', 'any', TODAY)).toEqual({ ok: false, why: 'outOfRange' });
  });
});
