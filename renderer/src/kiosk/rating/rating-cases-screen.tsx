// 好差评 by ID card: the holder's own cases that can still be rated (each at its stage: a finished
// case at 办结, one in progress at 受理); those rated already are counted, not offered. They leave the
// screen the moment the card is lifted.
import type { CardState, RateableCase } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { CardGone } from '../cases/card-gone.tsx';
import { hallTime, statusText } from '../cases/case-words.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { stageText } from './rating-words.ts';
import '../cases/cases.css';
import './rating.css';

export interface RatingCasesProps {
  readonly cases: readonly RateableCase[];
  readonly alreadyRated: number;
  readonly followUpWorkingDays: number;
  readonly card: CardState;
  readonly timeZone: string;
}

export function RatingCasesScreen({ cases, alreadyRated, followUpWorkingDays, card, timeZone }: RatingCasesProps) {
  const t = useT();
  const { go } = useVisit();
  const holder = card.holder;
  return (
    <ScreenFrame id="rating-cases" title={t('rating.cases.title')}>
      {!holder ? (
        <CardGone purpose="rate" />
      ) : (
        <>
          <p className="card-holder" data-testid="rating-holder" role="status">
            {t('cases.list.holder', { name: holder.nameMasked, id: holder.idMasked })}
          </p>
          {cases.length === 0 ? (
            <p className="center-message" data-testid="rating-none">
              {alreadyRated > 0 ? t('rating.cases.allRated', { n: alreadyRated }) : t('rating.cases.none')}
            </p>
          ) : (
            <>
              <nav className="cases-list" aria-label={t('rating.cases.title')} data-testid="rating-cases">
                {cases.map((c) => (
                  <Button key={c.caseNumber} variant="tile" onPress={() => go({ name: 'rating.levels', params: { draft: { case: c, byCard: true, followUpWorkingDays } } })} testId={`rate-${c.caseNumber}`}>
                    <span className="tile-title">{c.itemName}</span>
                    <span className={`case-status case-status-${c.status}`}>
                      {statusText(t, c.status)} · {stageText(t, c.stage)}
                    </span>
                    <span className="tile-note">
                      {t('cases.detail.accepted')} {hallTime(c.acceptedAt, timeZone)} · <span dir="ltr">…{c.caseNumber.slice(-12)}</span>
                    </span>
                  </Button>
                ))}
              </nav>
              {alreadyRated > 0 && (
                <p className="muted" data-testid="rating-some-rated">
                  {t('rating.cases.someRated', { n: alreadyRated })}
                </p>
              )}
            </>
          )}
        </>
      )}
    </ScreenFrame>
  );
}
