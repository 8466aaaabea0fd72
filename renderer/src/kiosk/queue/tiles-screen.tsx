// Taking a ticket: the businesses as large tiles with how many wait and their hours today (a closed one
// greyed out, saying when it opens), so a queue-number taker is done in two taps from home; the ID card
// on the reader if any (and one left there by the person before); what works while the network is
// down. A real-name tile without a card asks for it, or for the typed number when the reader cannot
// read; a ticket already held is named and can be printed again; the 绿色通道 says who may ask staff.
import { useEffect, useState } from 'react';
import type { CardState, CategoryTile, IssuedTicket } from '../../../../main/contract/index.ts';
import { ok, type Result } from '../../../../domain/result.ts';
import type { KioskError } from '../../../../domain/errors.ts';
import { api } from '../../api/client.ts';
import { useStatus } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { RealNamePanel } from './real-name-panel.tsx';
import { explains, RefusalPanel, type Refusal } from './refusal-panel.tsx';
import { hoursNote, opensNote } from './tile-hours.ts';
import './queue-help.css';
import { CardNotice } from '../card-notice.tsx';
import { useCategories } from './use-categories.ts';

export function TilesScreen({ card }: { card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const categories = useCategories();
  const status = useStatus();
  const [pending, setPending] = useState<CategoryTile | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const list = categories.state === 'done' ? categories.value.categories : categories.state === 'failed' ? [] : null;
  const online = categories.state === 'done' && categories.value.online;
  const reader = status?.devices.find((d) => d.kind === 'idcard');
  const readerFailed = status !== null && (!reader || reader.state === 'error' || reader.state === 'disconnected');

  const take = async (c: CategoryTile, idNumber?: string) => {
    if (feedback.busy) return;
    if (c.realNameRequired && !card.holder && !idNumber) return setPending(c);
    setPending(null);
    const ticket = await feedback.run(async (): Promise<Result<IssuedTicket | null, KioskError>> => {
      const r = await api.queue.issueTicket({ categoryId: c.id, ...(idNumber ? { idNumber } : {}) });
      if (r.ok || !explains(c, r.error)) return r;
      setRefusal({ tile: c, error: r.error });
      return ok(null);
    });
    if (ticket) go({ name: 'queue.ticket', params: { ticket } });
  };
  // The card asked for arrived: take the ticket it was asked for.
  useEffect(() => {
    if (pending && card.holder) void take(pending);
  }, [card.holder]);

  const reprint = async (ticketId: string) => {
    setRefusal(null);
    const ticket = await feedback.run(() => api.queue.reprint({ ticketId }), 'reprint.busy');
    if (ticket) go({ name: 'queue.ticket', params: { ticket } });
  };

  return (
    <ScreenFrame id="tiles" title={t('home.takeTicket')}>
      <CardNotice card={card} left="card.takeFirst" />
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
            const usable = (online || c.offlineAvailable) && c.openNow;
            const notes = [
              c.openNow && c.waiting !== null ? t('tile.waiting', { n: c.waiting }) : null,
              c.openNow && c.estimatedWaitMinutes !== null && c.waiting !== null && c.waiting > 0 ? t('tile.wait', { m: c.estimatedWaitMinutes }) : null,
              c.realNameRequired && !c.greenChannel ? t('tile.realName') : null,
              c.greenChannel?.minAge ? t('green.note', { age: c.greenChannel.minAge }) : null,
              c.greenChannel?.staffGroups.length ? t('green.noteStaff') : null,
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
                <span className={c.openNow ? 'tile-note tile-hours' : 'tile-note tile-hours tile-closed-note'} data-testid={`hours-${c.id}`} data-open={c.openNow}>
                  {c.openNow ? hoursNote(t, c) : `${opensNote(t, c)} · ${hoursNote(t, c)}`}
                </span>
                {notes.length > 0 && <span className="tile-note">{notes.join(' · ')}</span>}
              </Button>
            );
          })}
        </nav>
      )}
      {pending && <RealNamePanel tile={pending} card={card} readerFailed={readerFailed} onTyped={(id) => void take(pending, id)} onCancel={() => setPending(null)} />}
      {refusal && <RefusalPanel refusal={refusal} onReprint={(id) => void reprint(id)} onClose={() => setRefusal(null)} />}
    </ScreenFrame>
  );
}
