// 在本机填写, the last step: how the result reaches the applicant (结果送达): collected at the window, or
// by express (物流快递) to an address with a recipient and a mobile number (taken from the form's own
// answers when it has them). Then 提交: forms.submit. A form the core refuses (form.invalid) opens the
// section of its first problem with the problems shown; anything else is said by the feedback layer.
import type { FieldProblem } from '../../../../domain/form-rules.ts';
import { ok } from '../../../../domain/result.ts';
import type { AddressValue, DeliveryChoice, FormValue, FormValues } from '../../../../domain/forms.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useFeedback } from '../feedback.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { AddressInput } from './widgets/address-input.tsx';
import { TextField } from './widgets/text-field.tsx';
import { deliveryProblems, problemsOf, stepCount, submitInput, useFormDraft, type DeliveryProblem, type FormSession } from './form-draft.ts';
import './forms.css';

/** A form that asks 领证方式 itself (window/express): the step starts with that answer chosen. */
const formsOwnMethod = (v: FormValue | undefined): 'window' | 'express' | null => (v === 'window' || v === 'express' ? v : null);
/** The address a form asks for its own 邮寄 answer (a field shown when its delivery choice is made), once a region is picked. */
function formsOwnAddress(session: FormSession, values: FormValues): AddressValue | null {
  const field = session.form.sections.flatMap((s) => s.fields).find((f) => f.type === 'address' && f.showWhen?.field === 'delivery');
  const v = field ? values[field.id] : undefined;
  return typeof v === 'object' && !Array.isArray(v) && 'regionCode' in v && v.regionCode !== null ? v : null;
}
const textOf = (v: FormValue | undefined): string => (typeof v === 'string' ? v : '');

export function DeliveryScreen({ session }: { session: FormSession }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const [draft, setDraft] = useFormDraft(session);
  // An item that sends no results by express: the window only (the core would refuse express).
  const express = session.item.expressDelivery;
  const given = draft.delivery;
  const [method, setMethod] = useRemembered<'window' | 'express' | null>('method', given?.method ?? (express ? formsOwnMethod(draft.values.delivery) : 'window'));
  const [recipient, setRecipient] = useRemembered('recipient', given?.method === 'express' ? given.recipient : textOf(draft.values.name));
  const [phone, setPhone] = useRemembered('phone', given?.method === 'express' ? given.phone : textOf(draft.values.recipientPhone ?? draft.values.phone));
  const [address, setAddress] = useRemembered<AddressValue | null>('address', given?.method === 'express' ? given.address : formsOwnAddress(session, draft.values));
  const [tried, setTried] = useRemembered('tried', false);
  const problems = method === 'express' ? deliveryProblems(recipient, phone, address) : [];
  const shown = (p: DeliveryProblem) => tried && problems.includes(p);

  const submit = async () => {
    setTried(true);
    if (feedback.busy || method === null || problems.length > 0) return;
    const delivery: DeliveryChoice = method === 'window' ? { method } : { method, recipient: recipient.trim(), phone: phone.trim(), address: address! };
    setDraft((d) => ({ ...d, delivery }));
    // What form.invalid pointed at (set inside the request, read after it).
    const refused: { problems: readonly FieldProblem[] } = { problems: [] };
    const submitted = await feedback.run(async () => {
      const r = await api.forms.submit(submitInput(session, draft, delivery));
      // Refused without problems to point at: said like any other failure.
      if (r.ok || r.error.code !== 'form.invalid' || problemsOf(r.error.details).length === 0) return r;
      refused.problems = problemsOf(r.error.details);
      return ok(null);
    }, 'forms.submitting');
    if (submitted) return go({ name: 'forms.done', params: { session, submitted } });
    const first = refused.problems[0];
    if (first) {
      const index = Math.max(0, session.form.sections.findIndex((s) => s.fields.some((f) => f.id === first.field)));
      go({ name: 'forms.section', params: { session, index, problems: refused.problems.filter((p) => session.form.sections[index]!.fields.some((f) => f.id === p.field)), fromReview: true } });
    }
  };
  const actions = (
    <>
      {tried && method === null && (
        <p className="alert-inline" role="alert" data-testid="form-delivery-missing">
          {t('forms.delivery.choose')}
        </p>
      )}
      <Button onPress={() => void submit()} testId="form-submit">
        {t('forms.submit')}
      </Button>
    </>
  );
  return (
    <ScreenFrame id="forms-delivery" title={t('forms.delivery.title')} actions={actions}>
      <p className="form-progress" data-testid="form-progress">
        {t('forms.progress', { n: stepCount(session.form), total: stepCount(session.form) })}
      </p>
      <div className="form-delivery-methods" role="radiogroup" aria-label={t('forms.delivery.title')}>
        <Button variant="toggle" pressed={method === 'window'} onPress={() => setMethod('window')} testId="form-delivery-window">
          <strong>{t('forms.delivery.window')}</strong>
          <span className="tile-note">{t('forms.delivery.window.note')}</span>
        </Button>
        {express && (
          <Button variant="toggle" pressed={method === 'express'} onPress={() => setMethod('express')} testId="form-delivery-express">
            <strong>{t('forms.delivery.express')}</strong>
            <span className="tile-note">{t('forms.delivery.express.note')}</span>
          </Button>
        )}
      </div>
      {!express && (
        <p className="form-section-help" data-testid="form-delivery-window-only">
          {t('forms.delivery.windowOnly')}
        </p>
      )}
      {method === 'express' && (
        <div className="form-fields" data-testid="form-delivery-express-fields">
          <TextField
            label={t('forms.delivery.recipient')}
            required
            testId="form-delivery-recipient"
            error={shown('recipient') ? t('forms.delivery.recipient.missing') : null}
            kind="text"
            value={recipient}
            onChange={setRecipient}
            maxLength={30}
          />
          <TextField
            label={t('forms.delivery.phone')}
            required
            testId="form-delivery-phone"
            error={shown('phone') ? t('forms.delivery.phone.invalid') : null}
            kind="phone"
            value={phone}
            onChange={setPhone}
            maxLength={11}
          />
          <AddressInput
            label={t('forms.delivery.address')}
            required
            testId="form-delivery-address"
            error={shown('address') ? t('forms.delivery.address.missing') : null}
            value={address ?? undefined}
            onChange={(v) => setAddress(v ?? null)}
          />
        </div>
      )}
    </ScreenFrame>
  );
}
