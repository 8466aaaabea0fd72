// Transfer (转移) the ticket at the window to another business: choose the business, keep the
// citizen's place in the queue (default) or send them to its end, confirm. Escape cancels.
import { useEffect, useState } from 'react';
import type { CounterState, CounterTicket } from '../../../main/contract/index.ts';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';

export function TransferDialog({ state, ticket, busy, onConfirm, onCancel }: { state: CounterState; ticket: CounterTicket; busy: boolean; onConfirm: (toCategoryId: string, position: 'keep' | 'end') => void; onCancel: () => void }) {
  const t = useT();
  const targets = state.businesses.filter((b) => b.categoryId !== ticket.categoryId);
  const [to, setTo] = useState<string | null>(null);
  const [position, setPosition] = useState<'keep' | 'end'>('keep');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="counter-dialog-backdrop">
      <div className="counter-dialog" role="dialog" aria-modal="true" aria-labelledby="transfer-title" data-testid="transfer-dialog">
        <h2 id="transfer-title">{t('counter.transfer.title', { number: ticket.number })}</h2>
        <p className="counter-hint">{t('counter.transfer.choose')}</p>
        <div className="counter-targets" role="group" aria-label={t('counter.transfer.choose')}>
          {targets.map((b) => (
            <Button key={b.categoryId} variant="toggle" pressed={to === b.categoryId} testId={`transfer-to-${b.categoryId}`} onPress={() => setTo(b.categoryId)}>
              <span className="counter-prefix">{b.prefix}</span> {b.name}
            </Button>
          ))}
        </div>
        <div className="counter-row" role="group">
          <Button variant="toggle" pressed={position === 'keep'} testId="transfer-keep" onPress={() => setPosition('keep')}>
            {t('counter.transfer.keep')}
          </Button>
          <Button variant="toggle" pressed={position === 'end'} testId="transfer-end" onPress={() => setPosition('end')}>
            {t('counter.transfer.end')}
          </Button>
        </div>
        <div className="counter-row">
          <Button variant="secondary" testId="transfer-cancel" onPress={onCancel}>
            {t('counter.transfer.cancel')}
          </Button>
          <Button testId="transfer-confirm" disabled={to === null || busy} onPress={() => to && onConfirm(to, position)}>
            {t('counter.transfer.confirm')}
          </Button>
        </div>
      </div>
    </div>
  );
}
