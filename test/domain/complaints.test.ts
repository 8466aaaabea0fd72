import { describe, expect, it } from 'vitest';
import { COMPLAINT_REFERENCE_PATTERN, complaintReference, maskPhone, terminalCode, textLength } from '../../domain/complaints.ts';
import { isPersonName } from '../../domain/person-name.ts';

describe('complaint references', () => {
  it('are the terminal code, the business date and a 3-digit (or longer) sequence', () => {
    expect(complaintReference('dev-kiosk-01', '2026-11-24', 7)).toBe('DEVKIOSK01-20261124-007');
    expect(complaintReference('K_2', '2026-01-01', 1234)).toBe('K2-20260101-1234');
    expect(COMPLAINT_REFERENCE_PATTERN.test(complaintReference('dev-kiosk-01', '2026-11-24', 1))).toBe(true);
  });

  it('differ for two terminals, two days and two sequences', () => {
    const refs = new Set([
      complaintReference('kiosk-1', '2026-11-24', 1),
      complaintReference('kiosk-2', '2026-11-24', 1),
      complaintReference('kiosk-1', '2026-11-25', 1),
      complaintReference('kiosk-1', '2026-11-24', 2),
    ]);
    expect(refs.size).toBe(4);
  });

  it('refuses a sequence that is not a positive integer', () => {
    expect(() => complaintReference('k', '2026-11-24', 0)).toThrow(/starts at 1/);
    expect(() => complaintReference('k', '2026-11-24', 1.5)).toThrow(RangeError);
  });

  it('keep a terminal code even for an id of signs only', () => {
    expect(terminalCode('---')).toBe('T');
    expect(terminalCode('hall-3_kiosk')).toBe('HALL3KIOSK');
  });
});

describe('maskPhone and textLength', () => {
  it('shows the first 3 and last 4 digits of a mobile number only', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('***');
  });

  it('counts characters, not UTF-16 units, without the spaces around', () => {
    expect(textLength('  窗口𠀀 ')).toBe(3);
  });
});

describe('isPersonName', () => {
  it('takes names of any script with the middle dot, and refuses digits and signs', () => {
    for (const name of ['王方', '阿依古丽·买买提', 'John Smith', "O'Brien", 'Zoë']) expect(isPersonName(name), name).toBe(true);
    for (const name of ['王3', '', '   ', '王@', 'a'.repeat(31)]) expect(isPersonName(name), name).toBe(false);
  });
});
