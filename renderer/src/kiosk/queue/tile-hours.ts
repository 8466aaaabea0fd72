// What a business tile says about its hours: today's, and when a closed one opens next.
import type { CategoryTile } from '../../../../main/contract/index.ts';
import type { useT } from '../../i18n/i18n.tsx';

type T = ReturnType<typeof useT>;

export function hoursNote(t: T, c: Pick<CategoryTile, 'hoursText'>): string {
  return c.hoursText ? t('hours.today', { hours: c.hoursText.replaceAll('-', '–') }) : t('hours.closedToday');
}

/** "13:30 开始取号" / "明天 08:30 开始取号" / "周一 08:30 开始取号"; "现在不能取号" when it never opens. */
export function opensNote(t: T, c: Pick<CategoryTile, 'opensAt'>): string {
  const o = c.opensAt;
  if (!o) return t('hours.closedNow');
  if (o.inDays === 0) return t('hours.opensToday', { at: o.at });
  if (o.inDays === 1) return t('hours.opensTomorrow', { at: o.at });
  return t('hours.opensOn', { day: t(`day.${o.weekday}` as 'day.1'), at: o.at });
}
