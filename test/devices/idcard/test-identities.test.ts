import { describe, expect, it } from 'vitest';
import { nation } from '../../../devices/idcard/code-tables.ts';
import { hasValidCheckDigit, parseIdNumber } from '../../../domain/id-number.ts';
import { encodeReadData, decodeReadData } from '../../../devices/idcard/read-response.codec.ts';
import { FAKE_WLT, testIdentities, testIdentityList } from '../../../devices/idcard/test-identities.ts';

describe('test identities', () => {
  it('have ID numbers that pass every check, and agree with their birth date and sex', () => {
    for (const id of testIdentityList) {
      expect(hasValidCheckDigit(id.idNumber)).toBe(true);
      const parsed = parseIdNumber(id.idNumber, { today: '2026-11-24' });
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.birthDate).toBe(id.birthDate);
      expect(parsed.value.sexHint).toBe(id.sex);
      expect(parsed.value.kind).toBe(id.cardType);
    }
  });

  it('survive a trip through the card encoding', () => {
    for (const id of testIdentityList) {
      const data = encodeReadData(id, true);
      expect(data.ok).toBe(true);
      if (data.ok) expect(decodeReadData(data.value, true)).toEqual({ ok: true, value: id });
    }
  });

  it('cover several nations and provinces, old and young, 长期, a permit and a foreign card', () => {
    const residents = testIdentityList.filter((i) => i.cardType === 'resident');
    expect(new Set(residents.map((i) => (i.cardType === 'resident' ? i.nation : ''))).size).toBeGreaterThanOrEqual(6);
    for (const r of residents) if (r.cardType === 'resident') expect(nation(r.nation)).toBeDefined();
    expect(new Set(residents.map((i) => i.idNumber.slice(0, 2))).size).toBeGreaterThanOrEqual(6);
    const years = testIdentityList.map((i) => Number(i.birthDate.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(1956); // 70 or older in 2026
    expect(Math.max(...years)).toBeGreaterThan(2010); // a child
    expect(testIdentityList.some((i) => i.validTo === '长期')).toBe(true);
    expect(testIdentities.chenJiahao.cardType).toBe('permit');
    expect(testIdentities.johnSmith.cardType).toBe('foreign');
  });

  it('have distinct numbers and 1024-byte photos', () => {
    expect(new Set(testIdentityList.map((i) => i.idNumber)).size).toBe(testIdentityList.length);
    for (const id of testIdentityList) expect(id.photo.length).toBe(1024);
    expect(FAKE_WLT.length).toBe(1024);
  });
});
