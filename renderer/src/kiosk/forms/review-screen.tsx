// 在本机填写: every answer once more, section by section, each with 修改 (back to that section, and
// from there straight back here). "Next" checks the whole form with the core's rules; a problem left
// (an answer that changed what another section needs) opens that section with it shown.
import { isShown, validateForm } from '../../../../domain/form-rules.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { stepCount, useFormDraft, visibleSections, type FormSession } from './form-draft.ts';
import { answerText } from './form-words.ts';
import { useToday } from './use-today.ts';
import './forms.css';

export function FormReviewScreen({ session, timeZone }: { session: FormSession; timeZone: string }) {
  const t = useT();
  const { go } = useVisit();
  const { form } = session;
  const [draft] = useFormDraft(session);
  const today = useToday(timeZone);
  const next = () => {
    const problems = validateForm(form, draft.values, today);
    const first = problems[0];
    if (first) {
      const index = form.sections.findIndex((s) => s.fields.some((f) => f.id === first.field));
      go({ name: 'forms.section', params: { session, index, problems: problems.filter((p) => form.sections[index]!.fields.some((f) => f.id === p.field)), fromReview: true } });
      return;
    }
    go({ name: 'forms.sign', params: { session } });
  };
  const actions = (
    <Button onPress={next} testId="form-review-next">
      {t('forms.review.next')}
    </Button>
  );
  return (
    <ScreenFrame id="forms-review" title={t('forms.review.title')} actions={actions}>
      <p className="form-progress" data-testid="form-progress">
        {t('forms.progress', { n: form.sections.length + 1, total: stepCount(form) })}
      </p>
      <p className="form-section-help">{t('forms.review.intro')}</p>
      <div className="form-review" data-testid="form-review">
        {visibleSections(form, draft.values).map((i) => {
          const s = form.sections[i]!;
          return (
            <section key={i} className="panel form-review-section" data-testid={`form-review-section-${i}`}>
              <header className="form-review-head">
                <h3>{s.title}</h3>
                <Button variant="secondary" onPress={() => go({ name: 'forms.section', params: { session, index: i, fromReview: true } })} testId={`form-review-edit-${i}`}>
                  {t('forms.review.edit')}
                </Button>
              </header>
              <dl className="form-review-list">
                {s.fields
                  .filter((f) => isShown(f, draft.values) && f.type !== 'signature')
                  .map((f) => {
                    const text = answerText(t, f, draft.values[f.id]);
                    return (
                      <div key={f.id} className="form-review-row" data-testid={`form-review-${f.id}`}>
                        <dt>{f.label}</dt>
                        <dd>
                          {text === '' ? <span className="muted">{t('forms.review.empty')}</span> : text}
                          {draft.fromCard.includes(f.id) && <span className="form-from-card">{t('forms.field.fromCard')}</span>}
                        </dd>
                      </div>
                    );
                  })}
              </dl>
            </section>
          );
        })}
      </div>
    </ScreenFrame>
  );
}
