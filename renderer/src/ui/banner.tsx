// The top band of every kiosk screen: the hall, its area, and the time.
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/i18n.tsx';
import { useNow } from './use-now.ts';

export function Banner({ hallName, hallArea, timeZone, children }: { hallName: string; hallArea: string; timeZone: string; children?: ReactNode }) {
  const now = new Date(useNow());
  // A locale the browser cannot write dates in (Chromium has no Uyghur calendar data) writes them in Chinese, not English.
  const screenLocale = useLocale();
  const locale = Intl.DateTimeFormat.supportedLocalesOf([screenLocale]).length > 0 ? screenLocale : 'zh-CN';
  const time = now.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone });
  const date = now.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone });
  return (
    <header className="banner">
      <div>
        <h1 data-testid="hall-name">{hallName}</h1>
        {hallArea && <div className="area">{hallArea}</div>}
      </div>
      {children}
      <div className="clock" aria-live="off">
        <div className="time" data-testid="clock-time">
          {time}
        </div>
        <div className="date">{date}</div>
      </div>
    </header>
  );
}
