// 好差评, what happened in the citizen's own words, typed with the kiosk's pinyin keyboard. Optional,
// unless "其他原因" was the reason chosen: then it is what the reason is.
import type { CardState } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { useVisit } from '../visit.tsx';
import type { RatingDraft } from './draft.ts';
import { RatingFrame } from './rating-frame.tsx';

export const COMMENT_MAX = 200;

export function RatingCommentScreen({ draft, card }: { draft: RatingDraft; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const [comment, setComment] = useRemembered('comment', draft.comment ?? '');
  const needed = draft.reasons?.includes('other') ?? false;
  const text = comment.trim();
  const next = () => {
    const { comment: _dropped, ...rest } = draft;
    go({ name: 'rating.phone', params: { draft: text ? { ...rest, comment: text } : rest } });
  };
  const actions = (
    <Button onPress={next} disabled={needed && !text} testId="comment-next">
      {text || needed ? t('rating.next') : t('rating.comment.skip')}
    </Button>
  );
  return (
    <RatingFrame id="rating-comment" title={t('rating.comment.title')} draft={draft} card={card} actions={actions}>
      <p className={needed && !text ? 'alert-inline' : 'rating-hint'} data-testid="comment-hint">
        {needed ? t('rating.comment.required') : t('rating.comment.optional')}
      </p>
      <KeyboardInput value={comment} onChange={setComment} layout="pinyin" placeholder={t('rating.comment.placeholder')} maxLength={COMMENT_MAX} testId="rating-comment" />
    </RatingFrame>
  );
}
