// Words the booking screens share: a day as "11月25日 星期三" / "Wed 25 Nov", a half-day as 上午 / 下午.
import type { HalfDay } from '../../../../domain/booking.ts';
import type { MessageKey, useT } from '../../i18n/i18n.tsx';

type T = ReturnType<typeof useT>;

export function dayText(t: T, date: string, weekday: number): string {
  const [, month = '', day = ''] = date.split('-');
  return t('booking.day', { month: String(Number(month)), monthName: t(`booking.month.${Number(month)}` as MessageKey), day: String(Number(day)), weekday: t(`day.${weekday}` as MessageKey) });
}

export function halfText(t: T, half: HalfDay): string {
  return t(half === 'am' ? 'booking.half.am' : 'booking.half.pm');
}

/** A platform away or a request unanswered: a place cannot be promised now. */
export function isAway(code: string): boolean {
  return code === 'platform.offline' || code === 'platform.timeout' || code === 'platform.unavailable';
}
