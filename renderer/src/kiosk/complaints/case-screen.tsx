// 咨询投诉建议, fourth step (optional): the case it is about, by the number on its acceptance receipt,
// typed or scanned (the field is open, so a scan fills it). "Skip" goes on without one.
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { CASE_NUMBER_MAX, caseNumberProblem, type ComplaintDraft } from './draft.ts';
import './complaints.css';

export function CaseScreen({ draft }: { draft: ComplaintDraft }) {
  const t = useT();
  const { go } = useVisit();
  const [caseNumber, setCaseNumber] = useRemembered('caseNumber', draft.caseNumber);
  const bad = caseNumberProblem(caseNumber);
  const goOn = (d: ComplaintDraft) => go({ name: 'complaints.review', params: { draft: d } });
  const actions = (
    <>
      <Button variant="secondary" onPress={() => goOn({ ...draft, caseNumber: '' })} testId="complaint-case-skip">
        {t('complaints.skip')}
      </Button>
      <Button onPress={() => goOn({ ...draft, caseNumber: caseNumber.trim().toUpperCase() })} disabled={bad} testId="complaint-case-next">
        {t('complaints.next')}
      </Button>
    </>
  );
  return (
    <ScreenFrame id="complaints-case" title={t('complaints.case.title')} actions={actions}>
      <p className="complaints-intro">{t('complaints.case.text')}</p>
      <KeyboardInput value={caseNumber} onChange={(v) => setCaseNumber(v.toUpperCase())} layout="letters" placeholder={t('complaints.case.placeholder')} maxLength={CASE_NUMBER_MAX} testId="complaint-case" />
      {bad && (
        <p className="alert-inline" role="alert" data-testid="complaint-case-invalid">
          {t('complaints.case.invalid')}
        </p>
      )}
    </ScreenFrame>
  );
}
