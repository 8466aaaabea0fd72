// 好差评, why a bad rating: the national reasons as large toggles (several may be chosen). At least
// one is needed; what happened in the citizen's own words comes on the next screen.
import type { CardState } from '../../../../main/contract/index.ts';
import { ratingReasons, type RatingReason } from '../../../../domain/rating.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { useVisit } from '../visit.tsx';
import type { RatingDraft } from './draft.ts';
import { RatingFrame } from './rating-frame.tsx';
import { levelText, reasonText } from './rating-words.ts';

export function RatingReasonsScreen({ draft, card }: { draft: RatingDraft; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const [chosen, setChosen] = useRemembered<readonly RatingReason[]>('reasons', draft.reasons ?? []);
  const toggle = (r: RatingReason) => setChosen(chosen.includes(r) ? chosen.filter((x) => x !== r) : ratingReasons.filter((x) => x === r || chosen.includes(x)));
  const next = () => go({ name: 'rating.comment', params: { draft: { ...draft, reasons: chosen } } });
  const actions = (
    <Button onPress={next} disabled={chosen.length === 0} testId="reasons-next">
      {t('rating.next')}
    </Button>
  );
  return (
    <RatingFrame id="rating-reasons" title={t('rating.reasons.title')} draft={draft} card={card} actions={actions}>
      <p className="rating-hint">
        <strong>{draft.level ? levelText(t, draft.level) : ''}</strong> · {t('rating.reasons.hint')}
      </p>
      <div className="rating-reasons" role="group" aria-label={t('rating.reasons.title')} data-testid="rating-reasons">
        {ratingReasons.map((r) => (
          <Button key={r} variant="toggle" pressed={chosen.includes(r)} onPress={() => toggle(r)} testId={`reason-${r}`}>
            <span className="rating-check" aria-hidden="true">
              {chosen.includes(r) ? '✓' : ''}
            </span>
            {reasonText(t, r)}
          </Button>
        ))}
      </div>
      {chosen.length === 0 && (
        <p className="muted" role="status" data-testid="reasons-need">
          {t('rating.reasons.need')}
        </p>
      )}
    </RatingFrame>
  );
}
