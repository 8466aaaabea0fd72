// Taking a ticket: the businesses as large tiles with how many wait (a queue-number taker is done in
// two taps from home), the ID card on the reader if any, and what works while the network is down.
import { useEffect } from 'react';
import type { CardState, CategoryTile } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useCall, useStatus } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';

export function TilesScreen({ card }: { card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const categories = useCall('queue.listCategories', {});
  const status = useStatus();
  const { reload } = categories;
  // Counts and the link state move: refresh the tiles whenever the status changes.
  useEffect(() => reload(), [status?.platform.state, reload]);
  const list = categories.state === 'done' ? categories.value.categories : categories.state === 'failed' ? [] : null;
  const online = categories.state === 'done' && categories.value.online;
  const take = async (c: CategoryTile) => {
    if (feedback.busy) return;
    const ticket = await feedback.run(() => api.queue.issueTicket({ categoryId: c.id }));
    if (ticket) go({ name: 'queue.ticket', params: { ticket } });
  };
  const holder = card.holder;
  return (
    <ScreenFrame id="tiles" title={t('home.takeTicket')}>
      {holder && (
        <section className="card-holder" data-testid="card-holder" role="status">
          <strong>{t('card.present', { name: holder.nameMasked, id: holder.idMasked })}</strong>
          <span>{t('card.hint')}</span>
        </section>
      )}
      {!online && list !== null && list.length > 0 && (
        <p className="alert-inline" data-testid="home-offline" role="status">
          {t(list.some((c) => c.offlineAvailable) ? 'home.offline' : 'home.offlineNone')}
        </p>
      )}
      {list === null ? null : list.length === 0 ? (
        <p className="center-message">{t('home.noCategories')}</p>
      ) : (
        <nav className="tiles categories" aria-label={t('home.takeTicket')}>
          {list.map((c) => {
            const usable = online || c.offlineAvailable;
            const notes = [
              c.waiting !== null ? t('tile.waiting', { n: c.waiting }) : null,
              c.estimatedWaitMinutes !== null && c.waiting !== null && c.waiting > 0 ? t('tile.wait', { m: c.estimatedWaitMinutes }) : null,
              c.realNameRequired ? t('tile.realName') : null,
              !online && c.offlineAvailable ? t('tile.offline') : null,
            ].filter((n) => n !== null);
            return (
              <Button key={c.id} variant="tile" onPress={() => void take(c)} disabled={!usable} testId={`category-${c.id}`}>
                <span className="tile-title">
                  <span className="tile-prefix" aria-hidden="true">
                    {c.prefix}
                  </span>
                  {c.name}
                </span>
                <span className="tile-note">{notes.join(' · ')}</span>
              </Button>
            );
          })}
        </nav>
      )}
    </ScreenFrame>
  );
}
