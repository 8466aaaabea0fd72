import { describe, expect, it } from 'vitest';
import { isSamFault, isSuccess, sw3Error, sw3Table } from '../../../devices/idcard/status-codes.ts';
import { errorCodes } from '../../../domain/errors.ts';

describe('SW3 status table', () => {
  it('covers every documented status', () => {
    const documented = [0x90, 0x9f, 0x91, 0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x3f, 0x40, 0x41, 0x60, 0x66, 0x80, 0x81];
    expect([...sw3Table.keys()].sort((a, b) => a - b)).toEqual(documented.sort((a, b) => a - b));
  });

  it('maps only the two success codes to no error', () => {
    for (const [sw3, entry] of sw3Table) expect(entry.code === null).toBe(isSuccess(sw3));
  });

  it('maps every failure to a declared error code', () => {
    for (const entry of sw3Table.values()) if (entry.code) expect(errorCodes).toContain(entry.code);
  });

  it.each([
    [0x80, 'idcard.noCard'],
    [0x81, 'idcard.noCard'],
    [0x10, 'idcard.checksum'],
    [0x11, 'idcard.length'],
    [0x31, 'idcard.authFailed'],
    [0x40, 'idcard.unknownCardType'],
    [0x41, 'idcard.readFailed'],
    [0x60, 'idcard.samFailure'],
    [0x66, 'idcard.samFailure'],
    [0x91, 'idcard.noContent'],
  ] as const)('SW3 %s -> %s', (sw3, code) => {
    expect(sw3Error(sw3).code).toBe(code);
  });

  it('names the status bytes in the message and details', () => {
    const e = sw3Error(0x41, 0x6a, 0x82);
    expect(e.message).toContain('6A 82 41');
    expect(e.details).toEqual({ sw1: 0x6a, sw2: 0x82, sw3: 0x41 });
  });

  it('turns an undocumented status into readFailed', () => {
    expect(sw3Error(0x47).code).toBe('idcard.readFailed');
  });

  it('tells SAM faults apart from card answers', () => {
    expect([0x60, 0x66, 0x23].every(isSamFault)).toBe(true);
    expect([0x80, 0x81, 0x41, 0x90].some(isSamFault)).toBe(false);
  });
});
