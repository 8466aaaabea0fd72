// 好差评, why a bad rating: the national reasons as large toggles (several may be chosen). At least
// one is needed; what happened in the citizen's own words comes on the next screen.
import type { CardState } from '../../../../main/contract/index.ts';
import type { RatingReason } from '../../../../domain/rating.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { useVisit } from '../visit.tsx';
import type { RatingDraft } from './draft.ts';
import { RatingFrame } from './rating-frame.tsx';
import { ReasonToggles } from './reason-toggles.tsx';
import { levelText } from './rating-words.ts';

export function RatingReasonsScreen({ draft, card }: { draft: RatingDraft; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const [chosen, setChosen] = useRemembered<readonly RatingReason[]>('reasons', draft.reasons ?? []);
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
      <ReasonToggles chosen={chosen} onChange={setChosen} label={t('rating.reasons.title')} className="rating-reasons" testIdPrefix="reason-" testId="rating-reasons" />
      {chosen.length === 0 && (
        <p className="muted" role="status" data-testid="reasons-need">
          {t('rating.reasons.need')}
        </p>
      )}
    </RatingFrame>
  );
}
