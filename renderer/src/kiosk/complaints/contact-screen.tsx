// 咨询投诉建议, third step (optional): a name and an 11-digit mobile number, so staff can reply. Either can
// be left empty ("skip" goes on with neither); a phone that is not a mobile number, or a name with
// digits in it, is said at once and does not go on.
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { nameProblem, NAME_MAX, PHONE_LENGTH, phoneProblem, type ComplaintDraft } from './draft.ts';
import './complaints.css';

export function ContactScreen({ draft }: { draft: ComplaintDraft }) {
  const t = useT();
  const { go } = useVisit();
  const [name, setName] = useRemembered('name', draft.name);
  const [phone, setPhone] = useRemembered('phone', draft.phone);
  const [tried, setTried] = useRemembered('tried', false);
  // A phone is judged once all 11 digits are there (or on "next"); a name as it is typed.
  const badPhone = phoneProblem(phone) && (tried || phone.length >= PHONE_LENGTH);
  const badName = nameProblem(name);
  const goOn = (d: ComplaintDraft) => go({ name: 'complaints.case', params: { draft: d } });
  const next = () => {
    setTried(true);
    if (!phoneProblem(phone) && !badName) goOn({ ...draft, name: name.trim(), phone });
  };
  const actions = (
    <>
      <Button variant="secondary" onPress={() => goOn({ ...draft, name: '', phone: '' })} testId="complaint-contact-skip">
        {t('complaints.skip')}
      </Button>
      <Button onPress={next} testId="complaint-contact-next">
        {t('complaints.next')}
      </Button>
    </>
  );
  return (
    <ScreenFrame id="complaints-contact" title={t('complaints.contact.title')} actions={actions}>
      <div className="complaint-fields">
        <Field id="complaint-phone" label={t('complaints.contact.phone')} problem={badPhone ? t('complaints.contact.phone.invalid') : null}>
          <KeyboardInput value={phone} onChange={setPhone} layout="digits" placeholder={t('complaints.contact.phone.placeholder')} maxLength={PHONE_LENGTH} testId="complaint-phone" />
        </Field>
        <Field id="complaint-name" label={t('complaints.contact.name')} problem={badName ? t('complaints.contact.name.invalid') : null}>
          <KeyboardInput value={name} onChange={setName} layout="pinyin" placeholder={t('complaints.contact.name.placeholder')} maxLength={NAME_MAX} testId="complaint-name" />
        </Field>
        <p className="complaints-intro complaint-contact-note">{t('complaints.contact.text')}</p>
      </div>
    </ScreenFrame>
  );
}

/** One optional field: its label, the keyboard input, and what is wrong with it (said at once). */
function Field({ id, label, problem, children }: { id: string; label: string; problem: string | null; children: ReactNode }) {
  return (
    <section className="complaint-field" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`}>{label}</h3>
      {children}
      {problem && (
        <p className="alert-inline" role="alert" data-testid={`${id}-invalid`}>
          {problem}
        </p>
      )}
    </section>
  );
}
