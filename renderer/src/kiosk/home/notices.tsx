// The hall's notices on home: the current ones as large buttons (title, most urgent first); a tap
// opens the full text, which any button closes. They come from the terminal's copy, so they show
// while the platform is away.
import { useEffect, useState } from 'react';
import type { Notice } from '../../../../domain/notices.ts';
import { useCall, useEvent, useStatus } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import './home-extra.css';

/** Notices shown on home at most; the rest wait until these expire. */
const MAX_SHOWN = 3;

export function HallNotices() {
  const t = useT();
  const notices = useCall('notices.current', {});
  const status = useStatus();
  const { reload } = notices;
  // A sync may have brought new ones: read again whenever the catalogue's check time moves, and when
  // the hall turns its notices on or off (system.settingsChanged).
  useEffect(() => reload(), [status?.catalogue.checkedAt, reload]);
  useEvent('system.settingsChanged', reload);
  const [open, setOpen] = useState<Notice | null>(null);
  const list = notices.state === 'done' ? notices.value.notices.slice(0, MAX_SHOWN) : [];
  if (list.length === 0) return null;
  return (
    <section className="notices" data-testid="notices" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('notices.title')}</h2>
      {list.map((n) => (
        <Button key={n.id} variant="secondary" onPress={() => setOpen(n)} testId={`notice-${n.id}`}>
          <span className="notice-title" data-urgent={n.priority >= 7}>
            {n.title}
          </span>
          <span className="notice-more">{t('notices.more')}</span>
        </Button>
      ))}
      {open && (
        <div className="overlay" data-testid="notice-open" role="dialog" aria-modal="true" aria-labelledby="notice-open-title">
          <div className="panel notice-panel">
            <h2 id="notice-open-title">{open.title}</h2>
            <div className="notice-body" data-testid="notice-body">
              {open.body.split('\n').map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
            <Button onPress={() => setOpen(null)} testId="notice-close">
              {t('notices.close')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
