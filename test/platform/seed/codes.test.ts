// Identifier formats of the catalogue: 统一社会信用代码 (GB 32100-2015), 组织机构代码 (GB 11714),
// 实施编码 and 办件编号. The property tests build codes with a correct check character and mutate them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  USCC_CHARSET,
  formatCaseNumber,
  isValidUscc,
  orgCodeCheckChar,
  parseCaseNumber,
  parseTaskCode,
  usccCheckChar,
} from '../../../domain/catalogue.ts';
import { agencyUscc, idNumber } from '../../../platform/seed/codes.ts';
import { isValidIdNumber, maskIdNumber } from '../../../domain/id-number.ts';

const charset = [...USCC_CHARSET];
const digits = [...'0123456789'];
const first = [...'123456789ABCDEFGY'];

/** A 17-character body of the shape GB 32100 describes: registry, category, division, subject id. */
const usccBody = fc
  .tuple(
    fc.constantFrom(...first),
    fc.constantFrom(...digits.slice(1)),
    fc.array(fc.constantFrom(...digits), { minLength: 6, maxLength: 6 }),
    fc.array(fc.constantFrom(...charset), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, area, subject]) => `${a}${b}${area.join('')}${subject.join('')}`);

const validUscc = usccBody.map((body) => body + (usccCheckChar(body) ?? '?'));

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it('accepts published codes of registered companies', () => {
    for (const code of ['914403001922038216', '91330100799655058B', '9144030071526726XG', '91350100M000100Y43']) {
      expect(isValidUscc(code), code).toBe(true);
    }
  });

  it('rejects a published code with its check character changed', () => {
    expect(isValidUscc('914403001922038217')).toBe(false);
    expect(isValidUscc('91330100799655058C')).toBe(false);
  });

  it('rejects malformed codes', () => {
    for (const code of ['', '91440300192203821', '9144030019220382166', '914403001922038I16', '0144030019220382160', '91A403001922038216']) {
      expect(isValidUscc(code), code).toBe(false);
    }
    expect(usccCheckChar('9144030019220382')).toBeNull();
    expect(usccCheckChar('91440300192203821O')).toBeNull();
  });

  it('accepts every code built with the computed check character', () => {
    fc.assert(fc.property(validUscc, (code) => isValidUscc(code)), { numRuns: 2000 });
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(17), fc.constantFrom(...charset), (code, pos, ch) => {
        fc.pre(code.charAt(pos) !== ch);
        const mutated = code.slice(0, pos) + ch + code.slice(pos + 1);
        return !isValidUscc(mutated);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every transposition of two adjacent different characters', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(16), (code, pos) => {
        fc.pre(code.charAt(pos) !== code.charAt(pos + 1));
        const swapped = code.slice(0, pos) + code.charAt(pos + 1) + code.charAt(pos) + code.slice(pos + 2);
        return !isValidUscc(swapped);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('组织机构代码 check character (GB 11714)', () => {
  it('matches the subject identifiers inside published USCCs', () => {
    // positions 9-17 of a USCC: 8-character body + check character
    for (const code of ['914403001922038216', '91330100799655058B', '9144030071526726XG', '91350100M000100Y43']) {
      expect(orgCodeCheckChar(code.slice(8, 16)), code).toBe(code.charAt(16));
    }
  });

  it('maps 10 to X and 11 to 0', () => {
    expect(orgCodeCheckChar('71526726')).toBe('X');
    const zero = fc.sample(fc.array(fc.constantFrom(...digits), { minLength: 8, maxLength: 8 }).map((d) => d.join('')), 5000)
      .find((body) => orgCodeCheckChar(body) === '0');
    expect(zero).toBeDefined();
  });

  it('agencyUscc builds codes whose two check characters are both right', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('11', '12', '13', '91', '92'),
        fc.array(fc.constantFrom(...digits), { minLength: 6, maxLength: 6 }),
        fc.array(fc.constantFrom(...charset), { minLength: 8, maxLength: 8 }),
        (kind, area, body) => {
          const code = agencyUscc(kind as '11', `${area[0] === '0' ? '3' : area[0]}${area.slice(1).join('')}`, body.join(''));
          return isValidUscc(code) && orgCodeCheckChar(code.slice(8, 16)) === code.charAt(16);
        },
      ),
    );
  });
});

describe('实施编码 and 办件编号', () => {
  const task = `914403001922038216` + '4' + '070010010000';

  it('splits a 实施编码 into agency, level and 基本编码', () => {
    expect(parseTaskCode(task)).toEqual({ deptCode: '914403001922038216', levelDigit: '4', catalogCode: '070010010000' });
  });

  it('rejects a 实施编码 with a wrong check character, level or length', () => {
    expect(parseTaskCode(task.replace('216', '217'))).toBeNull();
    expect(parseTaskCode(task.slice(0, 18) + '8' + task.slice(19))).toBeNull();
    expect(parseTaskCode(task.slice(0, 30))).toBeNull();
    expect(parseTaskCode(`${task}0`)).toBeNull();
  });

  it('round-trips case numbers for any date and sequence', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 1, max: 7 }), fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 9999 }), (dept, level, d, seq) => {
        const taskCode = `${dept}${level}010010010000`;
        const date = d.toISOString().slice(0, 10);
        const n = formatCaseNumber(taskCode, date, seq);
        expect(n).toHaveLength(43);
        expect(parseCaseNumber(n)).toEqual({ taskCode, date, sequence: seq });
      }),
    );
  });

  it('rejects case numbers with impossible dates or the wrong length', () => {
    expect(parseCaseNumber(`${task}202602290001`)).toBeNull(); // 2026 is not a leap year
    expect(parseCaseNumber(`${task}202402290001`)).not.toBeNull();
    expect(parseCaseNumber(`${task}202613010001`)).toBeNull();
    expect(parseCaseNumber(`${task}20261124001`)).toBeNull();
    expect(parseCaseNumber(`${task.replace('216', '217')}202611240001`)).toBeNull();
    expect(() => formatCaseNumber(task, '2026-11-24', 10000)).toThrow(RangeError);
  });
});

describe('公民身份号码 of the fictional applicants (GB 11643)', () => {
  it('computes the check digit, including X', () => {
    expect(idNumber('11010519491231002')).toBe('11010519491231002X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });

  it('masks all but the first 6 and last 4 digits', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
