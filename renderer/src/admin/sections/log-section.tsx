// The recent log (the core's, already redacted), newest first, read again on demand.
import { useCallback, useEffect, useState } from 'react';
import { formatHallTime } from '../../../../domain/hall-time.ts';
import type { LogEntry } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { Section, useAdminPanel } from './panel-parts.tsx';

export function LogSection() {
  const t = useT();
  const { call, timeZone } = useAdminPanel();
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  const load = useCallback(() => {
    void call(() => api.admin.recentLog({ limit: 40 })).then((r) => r.ok && setEntries(r.value));
  }, [call]);
  useEffect(load, [load]);
  return (
    <Section title={t('admin.log')} testId="admin-log" wide>
      <Button variant="secondary" onPress={load} testId="admin-log-refresh">
        {t('admin.log.refresh')}
      </Button>
      {entries && entries.length === 0 && <p className="muted">{t('admin.log.empty')}</p>}
      {entries && entries.length > 0 && (
        // Scrolls by itself: reachable by keypad focus too (axe scrollable-region-focusable).
        <ol className="admin-log" data-testid="admin-log-entries" tabIndex={0} aria-label={t('admin.log')}>
          {entries.map((e) => (
            <li key={e.seq} className={`admin-log-${e.level}`}>
              <span className="admin-log-time">{formatHallTime(e.at, timeZone, { seconds: true }).slice(11)}</span>
              <span className="admin-log-level">{e.level}</span>
              <span className="admin-log-source">{e.source}</span>
              <span className="admin-log-message">
                {e.message}
                {e.data && ` ${JSON.stringify(e.data)}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
