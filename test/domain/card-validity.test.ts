import { describe, expect, it } from 'vitest';
import { cardValidityOn, expiredCardError, LONG_TERM } from '../../domain/card-validity.ts';
import { testIdentityList } from '../../devices/idcard/test-identities.ts';

describe('cardValidityOn', () => {
  it('is valid on its last day and expired the day after', () => {
    expect(cardValidityOn('2024-05-01', '2024-04-30')).toEqual({ state: 'valid', validTo: '2024-05-01' });
    expect(cardValidityOn('2024-05-01', '2024-05-01')).toEqual({ state: 'valid', validTo: '2024-05-01' });
    expect(cardValidityOn('2024-05-01', '2024-05-02')).toEqual({ state: 'expired', validTo: '2024-05-01' });
    expect(cardValidityOn('2024-05-01', '2026-11-24')).toEqual({ state: 'expired', validTo: '2024-05-01' });
  });

  it('never expires a long-term (长期) card', () => {
    expect(cardValidityOn(LONG_TERM, '2099-12-31')).toEqual({ state: 'valid', validTo: '长期' });
    expect(cardValidityOn(' 长期 ', '2099-12-31').state).toBe('valid');
  });

  it('calls a field that is neither a date nor 长期 unreadable, never expired', () => {
    expect(cardValidityOn('2024-02-30', '2026-11-24')).toEqual({ state: 'unreadable', validTo: '2024-02-30' });
    expect(cardValidityOn('', '2026-11-24').state).toBe('unreadable');
    expect(cardValidityOn('20240501', '2026-11-24').state).toBe('unreadable');
  });

  it('finds exactly one expired card among the test identities on the test day', () => {
    const expired = testIdentityList.filter((i) => cardValidityOn(i.validTo, '2026-11-24').state === 'expired');
    expect(expired.map((i) => i.name)).toEqual(['刘建华']);
  });
});

describe('expiredCardError', () => {
  it('carries the date for the screens and no personal data', () => {
    expect(expiredCardError('2024-05-01')).toEqual({
      code: 'idcard.expired',
      message: 'the ID card expired on 2024-05-01; use a valid card or ask at the help desk',
      details: { validTo: '2024-05-01' },
    });
  });
});
