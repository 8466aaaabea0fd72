// The words of a fee on the payment screens: the amount large (¥40.00) with its words (人民币肆拾元整,
// 40.00 yuan), the time left on a QR (14:05). Pure, over the visit's `t`.
import { formatYuan, yuanInCapitals } from '../../../../domain/money.ts';
import type { MessageKey, useT } from '../../i18n/i18n.tsx';

type T = ReturnType<typeof useT>;

export const payTitle: MessageKey = 'payment.find.title';

export { formatYuan };

export function amountWords(t: T, fen: number): string {
  return t('payment.amount.words', { capitals: yuanInCapitals(fen), yuan: formatYuan(fen).slice(1) });
}

/**
 * Minutes and seconds left until `until`, never below 0 nor above the QR's whole life (`lifeMs`): a
 * kiosk clock a little behind the platform's does not show more time than the QR has. Said in words
 * ("14 分 05 秒"), never as m:ss, which reads like a time of day ("15:00").
 */
export function timeLeft(until: number, now: number, lifeMs: number): { readonly m: number; readonly s: string } {
  const total = Math.max(0, Math.ceil(Math.min(until - now, lifeMs) / 1000));
  return { m: Math.floor(total / 60), s: String(total % 60).padStart(2, '0') };
}
