import { describe, expect, it } from 'vitest';
import { looksLikeIdNumber, maskIdNumber, maskIdNumbersIn } from '../../domain/id-number.ts';
import { validIdNumber } from '../devices/document-printer/fixtures.ts';

describe('ID numbers on paper', () => {
  it('recognises a number by shape, birth date and check character', () => {
    expect(looksLikeIdNumber(validIdNumber)).toBe(true);
    expect(looksLikeIdNumber('110105194912310021')).toBe(false); // wrong check character
    expect(looksLikeIdNumber('110105194913310029')).toBe(false); // month 13
    expect(looksLikeIdNumber('62220210001234567' + '1')).toBe(false); // a bank card: no real birth date
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskIdNumber(validIdNumber)).toBe('110105********002X');
    expect(maskIdNumber(' 11010519491231002x ')).toBe('110105********002X');
    expect(maskIdNumber('H1234567')).toBe('********');
  });

  it('masks ID numbers inside a text and leaves other long numbers alone', () => {
    const caseNumber = '11339102735210463M4071001002001202503030007';
    const text = `申请人证件 ${validIdNumber}，办件编号${caseNumber}，卡号 6222021000123456781，电话 13800138000`;
    expect(maskIdNumbersIn(text)).toBe(`申请人证件 110105********002X，办件编号${caseNumber}，卡号 6222021000123456781，电话 13800138000`);
    expect(maskIdNumbersIn(`身份证号:${validIdNumber.toLowerCase()}`)).toBe('身份证号:110105********002X');
  });
});
