// The hall's time as "21:05", in the hall's zone, for the closed screens.
import { useLocale } from '../i18n/i18n.tsx';

export function ClockText({ now, timeZone, className }: { now: number; timeZone: string; className: string }) {
  const screenLocale = useLocale();
  const locale = Intl.DateTimeFormat.supportedLocalesOf([screenLocale]).length > 0 ? screenLocale : 'zh-CN';
  const time = new Date(now).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone });
  return (
    <div className={className} data-testid="closed-clock" aria-live="off">
      {time}
    </div>
  );
}
