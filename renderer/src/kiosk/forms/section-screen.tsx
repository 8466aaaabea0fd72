// 在本机填写, one section at a time: its fields shown and required as the answers so far say
// (showWhen/requiredWhen, domain/form-rules.ts), each with help and the 示范文本 beside it, values from
// the ID card marked. "Next" checks the section with the very rules the core applies (validateSection)
// and says under each field what to do; a section the core refused (form.invalid at submit) opens with
// those problems shown. From the review page (修改) "next" goes straight back to it.
import { useState } from 'react';
import type { FieldProblem } from '../../../../domain/form-rules.ts';
import { isRequired, isShown, validateSection } from '../../../../domain/form-rules.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useSay } from '../../voice/voice.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { FormField } from './form-field.tsx';
import { stepCount, useFormDraft, visibleSections, withValue, type SectionParams } from './form-draft.ts';
import { problemText } from './widgets/problem-words.ts';
import { useToday } from './use-today.ts';
import './forms.css';

export function SectionScreen({ params, timeZone }: { params: SectionParams; timeZone: string }) {
  const t = useT();
  const say = useSay();
  const { go } = useVisit();
  const { session, index } = params;
  const { form } = session;
  const section = form.sections[index]!;
  const today = useToday(timeZone);
  const [draft, setDraft] = useFormDraft(session);
  const [problems, setProblems] = useState<readonly FieldProblem[]>(params.problems ?? []);
  const shown = section.fields.filter((f) => isShown(f, draft.values));
  const next = () => {
    const found = validateSection(form, index, draft.values, today);
    setProblems(found);
    if (found.length > 0) {
      const first = found[0]!;
      const field = section.fields.find((f) => f.id === first.field);
      if (field) say({ kind: 'failure', words: `${field.label}: ${problemText(t, field, first, today)}` });
      document.querySelector(`[data-field="${first.field}"]`)?.scrollIntoView({ block: 'center' });
      return;
    }
    const after = visibleSections(form, draft.values).find((i) => i > index);
    if (params.fromReview || after === undefined) go({ name: 'forms.review', params: { session } });
    else go({ name: 'forms.section', params: { session, index: after } });
  };
  const actions = (
    <>
      {problems.length > 0 && (
        <p className="alert-inline form-problems-count" role="alert" data-testid="form-section-problems">
          {t('forms.section.problems', { n: problems.length })}
        </p>
      )}
      <Button onPress={next} testId="form-section-next">
        {t(params.fromReview ? 'forms.section.backToReview' : 'forms.next')}
      </Button>
    </>
  );
  return (
    <ScreenFrame id="forms-section" title={form.title} actions={actions}>
      <section className="form-section" data-testid="form-section" data-index={index}>
        <p className="form-progress" data-testid="form-progress">
          {t('forms.progress', { n: index + 1, total: stepCount(form) })}
        </p>
        <h3 className="form-section-title">{section.title}</h3>
        {section.help && <p className="form-section-help">{section.help}</p>}
        <div className="form-fields">
          {shown.map((f) => (
            <FormField
              key={f.id}
              field={f}
              value={draft.values[f.id]}
              required={isRequired(f, draft.values)}
              fromCard={draft.fromCard.includes(f.id)}
              problem={problems.find((p) => p.field === f.id) ?? null}
              today={today}
              onChange={(v) => {
                setDraft((d) => withValue(d, f.id, v));
                // Corrected: its words go; the others stay until "next" checks again.
                if (problems.some((p) => p.field === f.id)) setProblems(problems.filter((p) => p.field !== f.id));
              }}
            />
          ))}
        </div>
      </section>
    </ScreenFrame>
  );
}
