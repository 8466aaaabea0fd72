// One case: its state large, what to do next (and where a result waiting at a window is collected), the
// steps with their dates, then print it (a slip on the ticket printer, an A4 sheet on the document
// printer, whichever this kiosk has) or take a ticket for the 综合出件 window when the result is ready
// there. A case found by the ID card leaves the screen the moment the card is lifted.
import { useState } from 'react';
import type { CardState, CaseView } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useStatus } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { CardGone } from './card-gone.tsx';
import { CasePayButton } from '../payment/case-pay-button.tsx';
import { RateThisCase } from '../rating/rate-this-case.tsx';
import { hallTime, nextStepText, statusText, stepText } from './case-words.ts';
import './cases.css';

export function CaseDetailScreen({ view, byCard, card, timeZone }: { view: CaseView; byCard: boolean; card: CardState; timeZone: string }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const status = useStatus();
  const [printed, setPrinted] = useState<'slip' | 'sheet' | null>(null);
  const has = (kind: 'printer' | 'documentPrinter') => status?.devices.some((d) => d.kind === kind) ?? false;

  if (byCard && !card.holder) {
    return (
      <ScreenFrame id="cases-detail" title={t('cases.detail.title')}>
        <CardGone />
      </ScreenFrame>
    );
  }
  const print = async (on: 'slip' | 'sheet') => {
    setPrinted(null);
    const r = await feedback.run(() => api.cases.print({ caseNumber: view.caseNumber, on }), 'cases.print.busy');
    if (r) setPrinted(r.on);
  };
  const collect = async () => {
    const ticket = await feedback.run(() => api.cases.collectionTicket({ caseNumber: view.caseNumber }));
    if (ticket) go({ name: 'queue.ticket', params: { ticket } });
  };
  const actions = (
    <>
      <CasePayButton view={view} byCard={byCard} />
      {view.collection && (
        <Button onPress={() => void collect()} testId="case-collect">
          {t('cases.collect.ticket')}
        </Button>
      )}
      {has('printer') && (
        <Button variant="secondary" onPress={() => void print('slip')} testId="case-print-slip">
          {t('cases.print.slip')}
        </Button>
      )}
      {has('documentPrinter') && (
        <Button variant="secondary" onPress={() => void print('sheet')} testId="case-print-sheet">
          {t('cases.print.sheet')}
        </Button>
      )}
      <RateThisCase caseNumber={view.caseNumber} byCard={byCard} />
    </>
  );
  return (
    <ScreenFrame id="cases-detail" title={t('cases.detail.title')} actions={actions}>
      <article className="case-detail" data-testid="case-detail" data-status={view.status}>
        <h3 className="case-item">{view.itemName}</h3>
        <p className={`case-status case-status-${view.status} case-status-large`} data-testid="case-status">
          {statusText(t, view.status)}
        </p>
        <section className="case-next" aria-labelledby="case-next-title">
          <h4 id="case-next-title">{t('cases.detail.next')}</h4>
          <p data-testid="case-next">{nextStepText(t, view)}</p>
          {view.collection && view.collection.windows.length > 0 && <p data-testid="case-windows">{t('cases.collect.windows', { windows: view.collection.windows.join('、') })}</p>}
        </section>
        {printed && (
          <p className="case-printed" data-testid="case-printed" role="status">
            {printed === 'slip' ? t('cases.print.done.slip') : t('cases.print.done.sheet')}
          </p>
        )}
        <dl className="case-fields">
          <dt>{t('cases.detail.number')}</dt>
          <dd dir="ltr" className="case-number" data-testid="case-number-value">
            {view.caseNumber}
          </dd>
          <dt>{t('cases.detail.applicant')}</dt>
          <dd data-testid="case-applicant">{view.applicantMasked}</dd>
          <dt>{t('cases.detail.dept')}</dt>
          <dd>{view.deptName}</dd>
          <dt>{t('cases.detail.accepted')}</dt>
          <dd>{hallTime(view.acceptedAt, timeZone)}</dd>
          <dt>{t('cases.detail.promised')}</dt>
          <dd>{view.promisedBy}</dd>
          {view.finishedAt && (
            <>
              <dt>{t('cases.detail.finished')}</dt>
              <dd>{hallTime(view.finishedAt, timeZone)}</dd>
            </>
          )}
        </dl>
        <section aria-labelledby="case-steps-title">
          <h4 id="case-steps-title">{t('cases.detail.steps')}</h4>
          <ol className="case-steps" data-testid="case-steps">
            {view.steps.map((s, i) => (
              <li key={`${s.name}-${i}`} className={`case-step case-step-${s.status}`} aria-current={s.status === 'current' ? 'step' : undefined}>
                <span className="case-step-name">{s.name}</span>
                <span className="case-step-state">{stepText(t, s.status)}</span>
                {s.at && <span className="case-step-at">{hallTime(s.at, timeZone)}</span>}
                {s.opinion && s.status !== 'pending' && <span className="case-step-opinion">{t('cases.detail.opinion', { text: s.opinion })}</span>}
              </li>
            ))}
          </ol>
        </section>
      </article>
    </ScreenFrame>
  );
}
