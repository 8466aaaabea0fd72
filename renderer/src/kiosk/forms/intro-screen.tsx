// 在本机填写, first screen: which form, what it is for, what the citizen needs and about how long it
// takes; then the ID card on the reader fills in their details (forms.prefill when the card arrives,
// already there or put there now), or they fill everything by hand. The flow's session starts here.
import { useEffect, useState } from 'react';
import type { KioskError } from '../../../../domain/errors.ts';
import type { CardState } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useCall } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useSayOnShow } from '../../voice/voice.tsx';
import { errorText } from '../feedback.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useCardArrival } from '../use-card-arrival.ts';
import { useVisit } from '../visit.tsx';
import { useFormDraft, visibleSections, withPrefill, type FormSession, type FormStart } from './form-draft.ts';
import './forms.css';
import { withRegionsRead } from './card-address.ts';

/** About how long filling takes: a minute for every three fields, at least three. */
export function minutesFor(session: FormSession): number {
  const fields = session.form.sections.reduce((n, s) => n + s.fields.length, 0);
  return Math.max(3, Math.ceil(fields / 3));
}

export function IntroScreen({ start, card }: { start: FormStart; card: CardState }) {
  const t = useT();
  const item = useCall('forms.forItem', { itemId: start.itemId });
  const form = useCall('forms.definition', { formId: start.formId });
  const [session, setSession] = useRemembered<FormSession | null>('session', null);
  const failed = item.state === 'failed' ? item.error : form.state === 'failed' ? form.error : null;
  const ready = session === null && item.state === 'done' && form.state === 'done' ? { form: form.value, item: item.value } : null;
  useEffect(() => {
    // Made once for this place in the visit: the draft is kept against it (form-draft.ts).
    if (ready) setSession({ form: ready.form, item: { id: ready.item.itemId, name: ready.item.itemName, code: ready.item.itemCode, expressDelivery: ready.item.expressDelivery } });
  });
  if (session) return <Intro session={session} card={card} />;
  return (
    <ScreenFrame id="forms-intro" title={t('forms.intro.loading')}>
      {failed ? (
        <p className="alert-inline" role="alert" data-testid="forms-failed" data-code={failed.code}>
          {errorText(t, failed)}
        </p>
      ) : (
        <p className="center-message">{t('forms.loading')}</p>
      )}
    </ScreenFrame>
  );
}

type Prefill = { readonly state: 'idle' } | { readonly state: 'reading' } | { readonly state: 'done'; readonly n: number } | { readonly state: 'failed'; readonly error: KioskError };

function Intro({ session, card }: { session: FormSession; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const [draft, setDraft] = useFormDraft(session);
  const [prefill, setPrefill] = useState<Prefill>(draft.fromCard.length > 0 ? { state: 'done', n: draft.fromCard.length } : { state: 'idle' });
  const usesCard = session.form.sections.some((s) => s.fields.some((f) => f.prefillFrom !== undefined));
  useSayOnShow({ kind: 'failure', words: t(usesCard ? 'forms.intro.say.card' : 'forms.intro.say', { title: session.form.title }) });
  useCardArrival(card, () => {
    if (!usesCard) return;
    setPrefill({ state: 'reading' });
    void api.forms.prefill({ formId: session.form.id }).then(async (r) => {
      if (!r.ok) return setPrefill({ state: 'failed', error: r.error });
      const values = await withRegionsRead(r.value.values);
      setDraft((d) => withPrefill(d, values, r.value.filled));
      setPrefill({ state: 'done', n: r.value.filled.length });
    });
  });
  const first = visibleSections(session.form, draft.values)[0] ?? 0;
  const begin = () => go({ name: 'forms.section', params: { session, index: first } });
  const actions = (
    <Button onPress={begin} testId="forms-begin">
      {t(prefill.state === 'done' ? 'forms.intro.beginChecked' : usesCard ? 'forms.intro.byHand' : 'forms.intro.begin')}
    </Button>
  );
  return (
    <ScreenFrame id="forms-intro" title={session.form.title} actions={actions}>
      <section className="form-intro" data-testid="forms-intro" data-form={session.form.id}>
        <p className="form-intro-item">
          {session.item.name}
        </p>
        <p className="form-intro-code muted">{t('forms.intro.code', { code: session.item.code })}</p>
        {session.form.intro && <p className="form-intro-text">{session.form.intro}</p>}
        <ul className="form-intro-facts">
          <li>{t('forms.intro.steps', { n: session.form.sections.length })}</li>
          <li>{t('forms.intro.minutes', { n: minutesFor(session) })}</li>
          <li>{t('forms.intro.after')}</li>
        </ul>
        {usesCard && (
          <div className={`panel form-card form-card-${prefill.state}`} data-testid="forms-card" data-state={prefill.state} role="status">
            {prefill.state === 'idle' && <p className="form-card-ask">{t('forms.intro.card')}</p>}
            {prefill.state === 'reading' && <p>{t('forms.intro.reading')}</p>}
            {prefill.state === 'done' && <p className="form-card-done">{t('forms.intro.filled', { n: prefill.n })}</p>}
            {prefill.state === 'failed' && (
              <p className="alert-inline" data-code={prefill.error.code}>
                {errorText(t, prefill.error)} {t('forms.intro.cardFailed')}
              </p>
            )}
          </div>
        )}
      </section>
    </ScreenFrame>
  );
}
