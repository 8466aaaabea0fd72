// 好差评, the five levels: each a large button with its face and the national words, best first.
// A good level goes straight to the confirmation; 不满意 and 非常不满意 ask why first.
import type { CardState } from '../../../../main/contract/index.ts';
import { ratingLevels, ratingNeedsReason, type RatingLevel } from '../../../../domain/rating.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useVisit } from '../visit.tsx';
import type { RatingDraft } from './draft.ts';
import { RatingFace } from './rating-face.tsx';
import { RatingFrame } from './rating-frame.tsx';
import { levelText } from './rating-words.ts';

export function RatingLevelsScreen({ draft, card }: { draft: RatingDraft; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const choose = (level: RatingLevel) => {
    const next: RatingDraft = { case: draft.case, byCard: draft.byCard, followUpWorkingDays: draft.followUpWorkingDays, level };
    go(ratingNeedsReason(level) ? { name: 'rating.reasons', params: { draft: next } } : { name: 'rating.confirm', params: { draft: next } });
  };
  return (
    <RatingFrame id="rating-levels" title={t('rating.levels.title')} draft={draft} card={card}>
      <p className="rating-hint">{t('rating.levels.hint')}</p>
      <div className="rating-levels" role="group" aria-label={t('rating.levels.title')} data-testid="rating-levels">
        {ratingLevels.map((level) => (
          <Button key={level} variant="tile" onPress={() => choose(level)} testId={`level-${level}`}>
            <span className={`rating-level rating-level-${level}`}>
              <RatingFace level={level} />
              <span className="rating-level-word">{levelText(t, level)}</span>
            </span>
          </Button>
        ))}
      </div>
    </RatingFrame>
  );
}
