// The ID card holder's own cases (the platform lists only those of the number on the card): each with
// its item, state and date, opening its details. The moment the card is lifted they leave the screen.
import type { CardState, CaseView } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { CardGone } from './card-gone.tsx';
import { hallTime, statusText } from './case-words.ts';
import './cases.css';

export function CaseListScreen({ cases, card, timeZone }: { cases: readonly CaseView[]; card: CardState; timeZone: string }) {
  const t = useT();
  const { go } = useVisit();
  const holder = card.holder;
  return (
    <ScreenFrame id="cases-list" title={t('cases.list.title')}>
      {!holder ? (
        <CardGone />
      ) : (
        <>
          <p className="card-holder" data-testid="cases-holder" role="status">
            {t('cases.list.holder', { name: holder.nameMasked, id: holder.idMasked })}
          </p>
          {cases.length === 0 ? (
            <p className="center-message" data-testid="cases-none">
              {t('cases.list.none')}
            </p>
          ) : (
            <nav className="cases-list" aria-label={t('cases.list.title')} data-testid="cases-list">
              {cases.map((c) => (
                <Button key={c.caseNumber} variant="tile" onPress={() => go({ name: 'cases.detail', params: { case: c, byCard: true } })} testId={`case-${c.caseNumber}`}>
                  <span className="tile-title">{c.itemName}</span>
                  <span className={`case-status case-status-${c.status}`}>{statusText(t, c.status)}</span>
                  <span className="tile-note">
                    {t('cases.detail.accepted')} {hallTime(c.acceptedAt, timeZone)} · <span dir="ltr">…{c.caseNumber.slice(-12)}</span>
                  </span>
                </Button>
              ))}
            </nav>
          )}
        </>
      )}
    </ScreenFrame>
  );
}
