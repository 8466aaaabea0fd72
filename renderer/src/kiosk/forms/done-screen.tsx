// 在本机填写, the end: the submission id large (what to quote at the window), whether the platform has it
// or it waits on this kiosk for the network, the receipt slip (take it, or write the id down), then the
// A4 application: printed here (打印申请表, its job followed), or, without an A4 printer, a QR to
// download the PDF on a phone. 完成 ends the visit and the draft with it.
import { lazy, Suspense } from 'react';
import type { FormSubmitted } from '../../../../main/contract/index.ts';
import { useLocale, useT, type MessageKey } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { speechLocale, spellNumber } from '../../voice/speech-plan.ts';
import { useSayOnShow } from '../../voice/voice.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import type { FormSession } from './form-draft.ts';
import { PrintStatus } from './print-status.tsx';
import './forms.css';

const QrCode = lazy(() => import('../../ui/qr-code.tsx').then((m) => ({ default: m.QrCode })));

/** The receipt slip's state in words. */
export function slipKey(s: FormSubmitted): MessageKey {
  switch (s.receipt) {
    case 'printed':
      return 'forms.done.slip.printed';
    case 'noPrinter':
      return 'forms.done.slip.noPrinter';
    case 'failed':
      return s.receiptError === 'printer.paperOut' ? 'forms.done.slip.paperOut' : 'forms.done.slip.failed';
  }
}

export function FormDoneScreen({ session, submitted }: { session: FormSession; submitted: FormSubmitted }) {
  const t = useT();
  const { finish } = useVisit();
  const spelled = spellNumber(submitted.submissionId, speechLocale(useLocale())).words.join(' ');
  useSayOnShow({ kind: 'failure', words: t(submitted.state === 'queued' ? 'forms.done.say.queued' : 'forms.done.say', { id: spelled }) });
  const actions = (
    <Button onPress={finish} testId="form-finish">
      {t('forms.done.finish')}
    </Button>
  );
  return (
    <ScreenFrame id="forms-done" title={t('forms.done.title')} actions={actions} noBack>
      <section className="form-done" data-testid="form-done" data-state={submitted.state} data-receipt={submitted.receipt}>
        <p className="form-done-title">{session.form.title}</p>
        <p className="muted">{t('forms.done.id')}</p>
        <p className="form-done-id" data-testid="form-submission-id" dir="ltr">
          {submitted.submissionId}
        </p>
        <p className={submitted.state === 'queued' ? 'ticket-print warn' : 'ticket-print ok'} data-testid="form-done-state" role="status">
          {t(submitted.state === 'queued' ? 'forms.done.queued' : 'forms.done.delivered')}
        </p>
        <p className={submitted.receipt === 'printed' ? 'ticket-print ok' : 'ticket-print warn'} data-testid="form-done-slip">
          {t(slipKey(submitted))}
        </p>
        {submitted.canPrint ? (
          <PrintStatus submissionId={submitted.submissionId} />
        ) : submitted.downloadUrl !== null ? (
          <div className="form-download" data-testid="form-download">
            <p>{t('forms.done.download')}</p>
            <Suspense fallback={null}>
              <QrCode text={submitted.downloadUrl} label={t('forms.done.download')} sizeMm={40} />
            </Suspense>
          </div>
        ) : (
          <p className="muted" data-testid="form-no-pdf">
            {t('forms.done.noPdf')}
          </p>
        )}
        <p className="form-done-next">{t('forms.done.next')}</p>
      </section>
    </ScreenFrame>
  );
}
