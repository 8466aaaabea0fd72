// 咨询投诉建议, fifth step: everything once more before it is handed in (back changes any of it), then
// 提交: kept on the kiosk and sent to the platform; the receipt screen follows.
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { submission, type ComplaintDraft } from './draft.ts';
import { kindTitle } from './kind-screen.tsx';
import './complaints.css';

export function ReviewScreen({ draft }: { draft: ComplaintDraft }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const submit = async () => {
    if (feedback.busy) return;
    const filed = await feedback.run(() => api.complaints.submit(submission(draft)), 'complaints.busy');
    if (filed) go({ name: 'complaints.done', params: { filed } });
  };
  const none = <span className="muted">{t('complaints.review.none')}</span>;
  const actions = (
    <Button onPress={() => void submit()} testId="complaint-submit">
      {t('complaints.review.submit')}
    </Button>
  );
  return (
    <ScreenFrame id="complaints-review" title={t('complaints.review.title')} actions={actions}>
      <dl className="complaint-review" data-testid="complaint-review">
        <dt>{t('complaints.review.kind')}</dt>
        <dd data-testid="review-kind">{t(kindTitle(draft.kind))}</dd>
        <dt>{t('complaints.review.text')}</dt>
        <dd data-testid="review-text" className="complaint-review-text" dir="auto">
          {draft.text}
        </dd>
        <dt>{t('complaints.review.name')}</dt>
        <dd data-testid="review-name">{draft.name || none}</dd>
        <dt>{t('complaints.review.phone')}</dt>
        <dd data-testid="review-phone" dir="ltr">
          {draft.phone || none}
        </dd>
        <dt>{t('complaints.review.case')}</dt>
        <dd data-testid="review-case" dir="ltr">
          {draft.caseNumber || none}
        </dd>
      </dl>
      <p className="muted complaint-review-change">{t('complaints.review.change')}</p>
    </ScreenFrame>
  );
}
