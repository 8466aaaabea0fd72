// The QR's time left, as the pay screen says it: minutes and seconds in words, never a clock-like m:ss.
import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../../../renderer/src/kiosk/payment/pay-words.ts';
import { en, zhCN } from '../../../../renderer/src/locales/index.ts';

/** A table's text with its {placeholders} filled, as the screens' t() does. */
const fill = (text: string, p: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));

const MIN = 60_000;

describe('timeLeft', () => {
  it('counts minutes and two-digit seconds down to the expiry, and stops at zero', () => {
    expect(timeLeft(15 * MIN, 55_000, 15 * MIN)).toEqual({ m: 14, s: '05' });
    expect(timeLeft(15 * MIN, 15 * MIN + 1, 15 * MIN)).toEqual({ m: 0, s: '00' });
  });

  it('never shows more than the QR’s whole life when the kiosk clock is behind the platform’s', () => {
    expect(timeLeft(15 * MIN, -5 * MIN, 15 * MIN)).toEqual({ m: 15, s: '00' });
  });

  it('reads as a duration in both languages, not as a time of day', () => {
    const left = timeLeft(15 * MIN, 0, 15 * MIN);
    expect(fill(zhCN['payment.pay.countdown'], left)).toBe('二维码 15 分 00 秒后失效');
    expect(fill(en['payment.pay.countdown'], left)).toBe('The QR code expires in 15 min 00 s');
  });
});
