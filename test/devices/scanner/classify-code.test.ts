import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { classifyCode, defaultClassifierRules, isCompactDate, type ClassifierRule } from '../../../devices/scanner/classify-code.ts';
import { hasValidCheckDigit, maskIdNumber } from '../../../domain/id-number.ts';

// 实施编码 = USCC (18) + level digit + 基本编码 (12).
const taskCode = '11110000000021135M' + '2' + '000201001000';

describe('classifying scanned codes', () => {
  it('a case number (办件编号) is split into task code, date and sequence', () => {
    expect(taskCode).toHaveLength(31);
    expect(classifyCode(`${taskCode}202601150001`)).toEqual({ kind: 'caseNumber', taskCode, date: '2026-01-15', sequence: '0001' });
    // Up to 50 characters: a longer sequence is allowed, 51 characters are not a case number.
    expect(classifyCode(`${taskCode}20260115${'1'.repeat(11)}`).kind).toBe('caseNumber');
    expect(classifyCode(`${taskCode}20260115${'1'.repeat(12)}`).kind).toBe('other');
  });

  it('not a case number: impossible date, lower case, a letter USCC forbids, short sequence', () => {
    for (const bad of [
      `${taskCode}202613010001`,
      `${taskCode}202602300001`,
      `${taskCode.toLowerCase()}202601150001`,
      `${taskCode.replace('M', 'O')}202601150001`,
      `${taskCode}20260115001`,
    ]) {
      expect(classifyCode(bad).kind).toBe('other');
    }
  });

  it('an ID-number-like code is reported masked, with its check digit verdict', () => {
    // The GB 11643 sample number.
    expect(classifyCode('11010519491231002X')).toEqual({ kind: 'idNumber', masked: '110105********002X', checksumValid: true });
    expect(classifyCode('110105194912310021')).toEqual({ kind: 'idNumber', masked: '110105********0021', checksumValid: false });
    expect(classifyCode('110105194913310021').kind).toBe('other');
  });

  it('URLs, appointment codes, anything else', () => {
    expect(classifyCode('https://zwfw.example.gov.cn/track?t=A023')).toEqual({ kind: 'url', host: 'zwfw.example.gov.cn' });
    expect(classifyCode('http://[bad')).toEqual({ kind: 'other' });
    expect(classifyCode('YY20260115A01')).toEqual({ kind: 'appointment', code: 'YY20260115A01' });
    expect(classifyCode('hello')).toEqual({ kind: 'other' });
    expect(classifyCode('  YY12345678\t')).toEqual({ kind: 'appointment', code: 'YY12345678' });
  });

  it('takes a hall-specific rule table (patterns are data)', () => {
    const rules: ClassifierRule[] = [{ kind: 'appointment', pattern: /^APT-\d{8}$/g }, ...defaultClassifierRules];
    // The g flag must not make the second call differ from the first.
    expect(classifyCode('APT-20260115', rules)).toEqual({ kind: 'appointment', code: 'APT-20260115' });
    expect(classifyCode('APT-20260115', rules)).toEqual({ kind: 'appointment', code: 'APT-20260115' });
    expect(classifyCode('YY20260115A01', rules).kind).toBe('appointment');
    expect(classifyCode('YY20260115A01', []).kind).toBe('other');
  });

  it('helpers: dates, check digits, masks', () => {
    expect(['20240229', '20230229', '19000101', '18991231', '20261231', '20260431'].map(isCompactDate)).toEqual([true, false, true, false, true, false]);
    expect(hasValidCheckDigit('11010519491231002x')).toBe(true);
    expect(maskIdNumber('123')).toBe('***');
  });
});

describe('classifier properties', () => {
  it('never throws; an ID-number-like code never shows up in full in the classification', () => {
    const idLike = fc
      .tuple(fc.stringMatching(/^[1-9][0-9]{5}$/), fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.stringMatching(/^[0-9]{3}[0-9X]$/))
      .map(([region, d, tail]) => `${region}${d.toISOString().slice(0, 10).replaceAll('-', '')}${tail}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), idLike), (text) => {
        const c = classifyCode(text);
        if (c.kind === 'idNumber') {
          expect(JSON.stringify(c)).not.toContain(text);
          expect(c.checksumValid).toBe(hasValidCheckDigit(text));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('every well-formed case number is recognised and its parts put it back together', () => {
    const uscc = fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
    const catalog = fc.stringMatching(/^[0-9A-Z]{12}$/);
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
    const seq = fc.stringMatching(/^[0-9]{4,11}$/);
    fc.assert(
      fc.property(uscc, fc.integer({ min: 0, max: 9 }), catalog, date, seq, (u, level, cat, d, s) => {
        const ymd = d.toISOString().slice(0, 10);
        const text = `${u}${level}${cat}${ymd.replaceAll('-', '')}${s}`;
        const c = classifyCode(text);
        expect(c).toEqual({ kind: 'caseNumber', taskCode: `${u}${level}${cat}`, date: ymd, sequence: s });
      }),
      { numRuns: 2000 },
    );
  });
});
