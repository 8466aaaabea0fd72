// 好差评, the rating as it will be sent: the case, the level with its face, the reasons, the words and
// the call-back number; then send it. A rating that cannot reach the platform now is kept on the
// kiosk (the outbox) and said so on the next screen; a case rated already is refused in plain words.
import type { CardState } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useFeedback } from '../feedback.tsx';
import { useVisit } from '../visit.tsx';
import type { RatingDraft } from './draft.ts';
import { RatingFace } from './rating-face.tsx';
import { RatingFrame } from './rating-frame.tsx';
import { levelText, reasonText } from './rating-words.ts';

export function RatingConfirmScreen({ draft, card }: { draft: RatingDraft; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const level = draft.level;
  const submit = async () => {
    if (!level || feedback.busy) return;
    const sent = await feedback.run(
      () =>
        api.rating.submit({
          caseNumber: draft.case.caseNumber,
          level,
          reasons: [...(draft.reasons ?? [])],
          ...(draft.comment ? { comment: draft.comment } : {}),
          ...(draft.followUpPhone ? { followUpPhone: draft.followUpPhone } : {}),
        }),
      'rating.submitting',
    );
    if (sent) go({ name: 'rating.thanks', params: { level, sent: sent.sent, followUpWorkingDays: sent.followUpWorkingDays, phone: draft.followUpPhone !== undefined } });
  };
  const actions = (
    <Button onPress={() => void submit()} disabled={!level} testId="rating-submit">
      {t('rating.confirm.submit')}
    </Button>
  );
  return (
    <RatingFrame id="rating-confirm" title={t('rating.confirm.title')} draft={draft} card={card} actions={actions}>
      {level && (
        <p className={`rating-level rating-level-${level} rating-chosen`} data-testid="confirm-level">
          <RatingFace level={level} />
          <span className="rating-level-word">{levelText(t, level)}</span>
        </p>
      )}
      <dl className="case-fields rating-fields">
        <dt>{t('rating.confirm.case')}</dt>
        <dd dir="ltr" className="case-number">
          {draft.case.caseNumber}
        </dd>
        {draft.reasons && draft.reasons.length > 0 && (
          <>
            <dt>{t('rating.confirm.reasons')}</dt>
            <dd data-testid="confirm-reasons">{draft.reasons.map((r) => reasonText(t, r)).join(t('rating.confirm.separator'))}</dd>
          </>
        )}
        {draft.comment && (
          <>
            <dt>{t('rating.confirm.comment')}</dt>
            <dd data-testid="confirm-comment">{draft.comment}</dd>
          </>
        )}
        {draft.level && draft.reasons && (
          <>
            <dt>{t('rating.confirm.phone')}</dt>
            <dd dir="ltr" data-testid="confirm-phone">
              {draft.followUpPhone ?? t('rating.confirm.noPhone')}
            </dd>
          </>
        )}
      </dl>
    </RatingFrame>
  );
}
