// The identity session judges the card's validity on the hall's business date (injected), names an
// expired card with its date, and refuses it for every real-name use (realNameId) with one error.
import { describe, expect, it } from 'vitest';
import { liuJianhua, zhangWei, zhaxiCiren } from '../../../../devices/idcard/test-identities.ts';
import { IdentitySession } from '../../../../main/core/identity/identity-session.ts';

function session(today: { date: string }) {
  return new IdentitySession({ today: () => today.date });
}

describe('IdentitySession and the card’s validity', () => {
  it('names an expired card with its date and refuses it for real-name use; a valid card passes', () => {
    const today = { date: '2026-11-24' };
    const s = session(today);
    expect(s.realNameId()).toEqual({ ok: true, value: null });
    s.cardInserted(liuJianhua);
    expect(s.state().holder).toMatchObject({ nameMasked: '刘*华', expiredOn: '2024-05-01' });
    expect(s.realNameId()).toEqual({
      ok: false,
      error: { code: 'idcard.expired', message: 'the ID card expired on 2024-05-01; use a valid card or ask at the help desk', details: { validTo: '2024-05-01' } },
    });
    s.cardRemoved();
    s.cardInserted(zhangWei);
    expect(s.state().holder?.expiredOn).toBeNull();
    expect(s.realNameId()).toEqual({ ok: true, value: zhangWei.idNumber });
  });

  it('judges on the injected date: the last valid day passes, the next is refused', () => {
    const today = { date: '2024-05-01' };
    const s = session(today);
    s.cardInserted(liuJianhua);
    expect(s.realNameId().ok).toBe(true);
    today.date = '2024-05-02';
    expect(s.realNameId().ok).toBe(false);
    expect(s.state().holder?.expiredOn).toBe('2024-05-01');
  });

  it('never expires a 长期 card', () => {
    expect(zhaxiCiren.validTo).toBe('长期');
    const s = session({ date: '2099-01-01' });
    s.cardInserted(zhaxiCiren);
    expect(s.realNameId()).toEqual({ ok: true, value: zhaxiCiren.idNumber });
  });
});

describe('the card as pre-fill facts (forms.prefill)', () => {
  it('gives the card in words a form takes (sex 男/女, nation without 族), none without a card, refused when expired', () => {
    const s = session({ date: '2026-11-24' });
    expect(s.cardFacts()).toEqual({ ok: true, value: null });
    s.cardInserted(zhaxiCiren);
    expect(s.cardFacts()).toEqual({
      ok: true,
      value: {
        name: '扎西次仁',
        sex: '男',
        nation: '藏',
        birthDate: '1948-02-14',
        idNumber: zhaxiCiren.idNumber,
        address: '西藏自治区拉萨市城关区北京中路45号',
        issuer: '拉萨市公安局城关分局',
        validFrom: '2010-03-18',
        validTo: '长期',
      },
    });
    s.cardRemoved();
    s.cardInserted(liuJianhua);
    expect(s.cardFacts()).toMatchObject({ ok: false, error: { code: 'idcard.expired' } });
    s.forget();
    expect(s.cardFacts()).toEqual({ ok: true, value: null });
  });
});
