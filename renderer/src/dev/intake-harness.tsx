// A harness for the counter's intake panel until the counter app mounts it: `/dev?view=intake`, with
// `&window=w02` (the counter's window), `&lang=en`, `&large=1`, `&contrast=1`. "Call next" calls the
// next ticket at that window (the developer page's window controls), so the panel has a ticket to
// serve. For screenshots and e2e tests of the panel on its own; the counter role does not use it.
import { useState } from 'react';
import type { Ticket } from '../../../domain/queue.ts';
import { DEFAULT_TIME_ZONE } from '../../../domain/hall-time.ts';
import type { Locale } from '../locales/index.ts';
import { api } from '../api/client.ts';
import { useCall } from '../api/hooks.ts';
import { IntakePanel } from '../counter/intake/intake-panel.tsx';
import { LocaleProvider } from '../i18n/i18n.tsx';
import { ThemeRoot } from '../ui/theme-root.tsx';
import '../ui/styles.css';

const params = new URLSearchParams(window.location.search);
const windowId = params.get('window') ?? 'w02';
const locale = (params.get('lang') ?? 'zh-CN') as Locale;
const mode = { largeText: params.get('large') === '1', highContrast: params.get('contrast') === '1' };

export default function IntakeHarness() {
  const [ticket, setTicket] = useState<Ticket | null>(null);
  const [note, setNote] = useState('');
  const info = useCall('system.getInfo', {});
  const act = async (action: 'callNext' | 'finish') => {
    const r = await api.dev.windowAction({ windowId, action });
    if (!r.ok) return setNote(`${r.error.code}: ${r.error.message}`);
    setNote(`${r.value.number} ${r.value.state}`);
    setTicket(action === 'finish' ? null : ({ id: r.value.ticketId, number: r.value.number, state: r.value.state } as Ticket));
  };
  return (
    <ThemeRoot mode={mode} screenWidthMm={null}>
      <LocaleProvider locale={locale}>
        <div className="intake-harness" lang={locale} style={{ height: '100vh', display: 'flex', flexDirection: 'column', background: 'var(--c-background)' }}>
          <div style={{ display: 'flex', gap: 8, padding: 4, fontSize: 12, alignItems: 'center' }}>
            <button type="button" data-testid="harness-call-next" onClick={() => void act('callNext')}>
              Call next at {windowId}
            </button>
            <button type="button" data-testid="harness-finish" onClick={() => void act('finish')}>
              Finish
            </button>
            <span data-testid="harness-note">{note}</span>
          </div>
          <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
            <IntakePanel ticket={ticket} staffId="LX2002" timeZone={info.state === 'done' ? info.value.timeZone : DEFAULT_TIME_ZONE} />
          </div>
        </div>
      </LocaleProvider>
    </ThemeRoot>
  );
}
