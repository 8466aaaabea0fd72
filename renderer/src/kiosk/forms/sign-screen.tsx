// 在本机填写: the applicant signs on the touchscreen (the pad keeps vector strokes, so the printed form
// draws them sharp at any size; undo and clear are the pad's). "Next" waits for a signature and says so.
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useSayOnShow } from '../../voice/voice.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { stepCount, useFormDraft, type FormSession } from './form-draft.ts';
import { SignaturePad } from './widgets/signature-pad.tsx';
import './forms.css';

export function SignScreen({ session }: { session: FormSession }) {
  const t = useT();
  const { go } = useVisit();
  const [draft, setDraft] = useFormDraft(session);
  const [tried, setTried] = useState(false);
  useSayOnShow({ kind: 'failure', words: t('forms.sign.say') });
  const signed = (draft.signature?.strokes.length ?? 0) > 0;
  const next = () => {
    setTried(true);
    if (signed) go({ name: 'forms.delivery', params: { session } });
  };
  const actions = (
    <>
      {tried && !signed && (
        <p className="alert-inline" role="alert" data-testid="form-sign-missing">
          {t('forms.sign.missing')}
        </p>
      )}
      <Button onPress={next} testId="form-sign-next">
        {t('forms.next')}
      </Button>
    </>
  );
  return (
    <ScreenFrame id="forms-sign" title={t('forms.sign.title')} actions={actions}>
      <p className="form-progress" data-testid="form-progress">
        {t('forms.progress', { n: session.form.sections.length + 2, total: stepCount(session.form) })}
      </p>
      {session.form.print.declaration && <p className="form-declaration">{session.form.print.declaration}</p>}
      <SignaturePad
        label={t('forms.sign.pad', { signer: session.form.print.signers[0] ?? '' })}
        required
        testId="form-sign"
        value={draft.signature ?? undefined}
        onChange={(v) => setDraft((d) => ({ ...d, signature: v ?? null }))}
      />
    </ScreenFrame>
  );
}
