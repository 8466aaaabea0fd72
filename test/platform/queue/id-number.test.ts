// ID numbers at the queue (domain/id-number.ts): validity, the keyed hash, the tail for reprints, the age for 绿色通道.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, hasValidCheckDigit, idTail6, isValidIdNumber, normaliseIdNumber } from '../../../domain/id-number.ts';
import { hashIdNumber } from '../../../platform/queue/id-number.ts';
import { idNumber, SECRET } from './support.ts';

describe('ID numbers', () => {
  it('takes the queue’s numbers valid by the one rule: check character, region and birth date', () => {
    const candidate = fc.tuple(fc.stringMatching(/^\d{17}$/), fc.constantFrom(...'0123456789X')).map(([a, b]) => a + b);
    // Never valid with a wrong check character; a right one is not enough (region, birth date).
    fc.assert(fc.property(candidate, (id) => !isValidIdNumber(id) || hasValidCheckDigit(id)), { numRuns: 500 });
    expect(isValidIdNumber(idNumber('19900101'))).toBe(true);
    expect(isValidIdNumber(idNumber('19900230'))).toBe(false);
    expect(isValidIdNumber('11010119900101123')).toBe(false);
    expect(isValidIdNumber(`${idNumber('19900101').slice(0, 17)}Y`)).toBe(false);
  });

  it('normalises a lower-case x and spaces; hashes with the secret; keeps the last 6', () => {
    const withX = Array.from({ length: 40 }, (_, i) => idNumber('19900101', i)).find((id) => id.endsWith('X'));
    expect(withX).toBeDefined();
    const id = withX!;
    expect(normaliseIdNumber(` ${id.toLowerCase()}\n`)).toBe(id);
    expect(hashIdNumber(SECRET, id)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIdNumber(SECRET, id.toLowerCase())).toBe(hashIdNumber(SECRET, id));
    expect(hashIdNumber(SECRET, id)).not.toBe(hashIdNumber(`${SECRET}x`, id));
    expect(idTail6(id)).toBe(id.slice(12));
  });

  it('counts age in full years on the business date', () => {
    const id = idNumber('19561124');
    expect(ageOn(id, '2026-11-23')).toBe(69);
    expect(ageOn(id, '2026-11-24')).toBe(70);
    expect(ageOn(idNumber('19600229'), '2030-02-28')).toBe(69);
    expect(ageOn(idNumber('19600229'), '2030-03-01')).toBe(70);
    expect(ageOn('110101ABCDEFGH1234', '2026-01-01')).toBeNull();
  });
});
