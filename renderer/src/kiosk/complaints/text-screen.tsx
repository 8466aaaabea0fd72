// 咨询投诉建议, second step: write it down on the kiosk's keyboard (pinyin for Chinese). A counter says how
// much is written and how much may be; "next" waits for the minimum and says how many characters are
// missing. What was written stays when the citizen comes back from the next step, and goes with the
// visit (home, finish, the idle timeout).
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { kindWords } from './kind-screen.tsx';
import { checkText, TEXT_MAX, TEXT_MIN, type ComplaintDraft } from './draft.ts';
import { textLength } from '../../../../domain/complaints.ts';
import './complaints.css';

export function TextScreen({ draft }: { draft: ComplaintDraft }) {
  const t = useT();
  const { go } = useVisit();
  const [text, setText] = useRemembered('text', draft.text);
  const [tried, setTried] = useRemembered('tried', false);
  const check = checkText(text);
  const next = () => {
    setTried(true);
    if (check.ok) go({ name: 'complaints.contact', params: { draft: { ...draft, text: text.trim() } } });
  };
  const short = !check.ok && tried;
  // The counter, or what is missing, beside "next": in view above the keyboard whatever the screen.
  const actions = (
    <>
      <p className={`complaint-count ${short ? 'alert-inline' : 'muted'}`} data-testid="complaint-text-count" role={short ? 'alert' : 'status'}>
        {!check.ok && short ? t('complaints.text.short', { min: TEXT_MIN, n: check.missing }) : t('complaints.text.count', { n: textLength(text), max: TEXT_MAX })}
      </p>
      <Button onPress={next} testId="complaint-text-next">
        {t('complaints.next')}
      </Button>
    </>
  );
  return (
    <ScreenFrame id="complaints-text" title={t('complaints.text.title')} actions={actions}>
      <p className="complaints-intro" data-testid="complaint-prompt">
        {t(kindWords[draft.kind].prompt)}
      </p>
      <KeyboardInput value={text} onChange={setText} layout="pinyin" placeholder={t('complaints.text.placeholder')} maxLength={TEXT_MAX} testId="complaint-text" />
    </ScreenFrame>
  );
}
