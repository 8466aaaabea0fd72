import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkDigit,
  hasValidCheckDigit,
  isValidIdNumber,
  maskIdNumber,
  parseIdNumber,
  provinceCodes,
  withCheckDigit,
} from '../../domain/id-number.ts';

describe('GB 11643 check digit', () => {
  it('matches the examples of the standard', () => {
    expect(checkDigit('11010519491231002')).toBe('X');
    expect(checkDigit('44052418800101001')).toBe('4');
  });

  it('maps every sum residue to the documented character', () => {
    // Position 8 has weight 1, so a lone digit d there makes the sum d; position 3 has weight 10.
    const expected = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
    for (let d = 0; d <= 9; d++) expect(checkDigit(`0000000${d}000000000`)).toBe(expected[d]);
    expect(checkDigit('00100000000000000')).toBe(expected[10]);
  });

  it('refuses anything but 17 digits', () => {
    expect(checkDigit('1101051949123100')).toBeNull();
    expect(checkDigit('1101051949123100A')).toBeNull();
    expect(withCheckDigit('abc').ok).toBe(false);
  });

  const digits17 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((d) => d.join(''));

  it('validates what it computes', () => {
    fc.assert(
      fc.property(digits17, (first17) => {
        const r = withCheckDigit(first17);
        expect(r.ok && hasValidCheckDigit(r.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('catches every single-digit change', () => {
    fc.assert(
      fc.property(digits17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (first17, at, delta) => {
        const id = first17 + checkDigit(first17);
        const changed = id.slice(0, at) + String((Number(id[at]) + delta) % 10) + id.slice(at + 1);
        expect(hasValidCheckDigit(changed)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('catches every swap of two different adjacent digits', () => {
    fc.assert(
      fc.property(digits17, fc.integer({ min: 0, max: 15 }), (first17, at) => {
        fc.pre(first17[at] !== first17[at + 1]);
        const id = first17 + checkDigit(first17);
        const swapped = id.slice(0, at) + id[at + 1] + id[at] + id.slice(at + 2);
        expect(hasValidCheckDigit(swapped)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseIdNumber', () => {
  const valid = (first17: string): string => first17 + checkDigit(first17);

  it('reads region, birth date and sex from a resident number', () => {
    const r = parseIdNumber(valid('11010519900307123'));
    expect(r).toEqual({
      ok: true,
      value: {
        idNumber: valid('11010519900307123'),
        kind: 'resident',
        region: '110105',
        province: '11',
        birthDate: '1990-03-07',
        sexHint: '1',
      },
    });
  });

  it('normalises a lower-case x and spaces', () => {
    const r = parseIdNumber(' 11010519491231002x ');
    expect(r.ok && r.value.idNumber).toBe('11010519491231002X');
    expect(r.ok && r.value.sexHint).toBe('2');
  });

  it('knows permit and foreign numbers', () => {
    const permit = parseIdNumber(valid('81000019880526071'));
    expect(permit.ok && permit.value.kind).toBe('permit');
    const foreign = parseIdNumber(valid('91112419850312001'));
    expect(foreign.ok && [foreign.value.kind, foreign.value.province, foreign.value.birthDate]).toEqual([
      'foreign',
      '11',
      '1985-03-12',
    ]);
  });

  it.each([
    ['a wrong check digit', '110105199003071230'],
    ['letters', '11010519900307123A'],
    ['seventeen characters', '11010519900307123'],
  ])('refuses %s', (_why, id) => {
    const r = parseIdNumber(id);
    expect(r.ok ? null : r.error.code).toBe('idcard.invalidIdNumber');
  });

  it.each([
    ['an unknown province', '99010519900307123'.replace(/^99/, '00')],
    ['a province-only region', '11000019900307123'],
    ['a month 13', '11010519901307123'],
    ['29 February of a common year', '11010519990229123'],
    ['a birth before 1880', '11010518790101123'],
    ['a foreign number with an unknown province', '90012419850312001'],
  ])('refuses %s even with a valid check digit', (_why, first17) => {
    const r = parseIdNumber(valid(first17));
    expect(r.ok ? null : r.error.code).toBe('idcard.invalidIdNumber');
  });

  it('accepts 29 February of a leap year', () => {
    expect(isValidIdNumber(valid('11010520000229123'))).toBe(true);
  });

  it('refuses a birth date after today when told today', () => {
    const id = valid('11010520270101123');
    expect(isValidIdNumber(id)).toBe(true);
    expect(isValidIdNumber(id, { today: '2026-11-24' })).toBe(false);
  });

  it('never puts the full number in an error', () => {
    const id = '110105199003071230';
    const r = parseIdNumber(id);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(id);
    expect(JSON.stringify(r)).toContain('110105********1230');
  });

  it('accepts every province code with a real region', () => {
    for (const p of provinceCodes) expect(isValidIdNumber(valid(`${p}010219900307123`))).toBe(true);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = parseIdNumber(s);
        if (!r.ok) expect(r.error.code).toBe('idcard.invalidIdNumber');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first six and the last four of an 18-character number', () => {
    expect(maskIdNumber('110105199001011234')).toBe('110105********1234');
  });

  it('masks other lengths without showing more', () => {
    expect(maskIdNumber('110105900101123')).toBe('110105*****1123');
    expect(maskIdNumber('1234567890')).toBe('**********');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('one masking rule for every part', () => {
  it('never shows more than the first 6 and last 4 characters, and nothing of a short or cut number', () => {
    expect(maskIdNumber('110105194912310021')).toBe('110105********0021');
    expect(maskIdNumber(' 11010519491231002x ')).toBe('110105********002X');
    // The seed's old copy printed `12345` here: a cut number must not show in clear.
    expect(maskIdNumber('12345')).toBe('*****');
    expect(maskIdNumber('1101051949')).toBe('**********');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const masked = maskIdNumber(s);
        const chars = [...s.trim()];
        expect([...masked]).toHaveLength(chars.length);
        expect([...masked].filter((c) => c !== '*').length).toBeLessThanOrEqual(chars.length <= 10 ? 0 : 10);
      }),
      { numRuns: 1000 },
    );
  });
});
