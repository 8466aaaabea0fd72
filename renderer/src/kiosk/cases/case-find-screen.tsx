// Case progress (办件进度查询), finding the case: by the ID card (only the holder's own cases; a card
// already on the reader, or put there now, looks them up at once), or by the case number on the
// acceptance receipt (typed on the on-screen keyboard, or scanned: the field is open, so a scan fills
// it) and then the receipt's 6-digit query code, as the platform requires. Case progress lives on the
// platform only: when it cannot be reached, the screen says so plainly. An idle timeout ends the visit
// and what was typed goes with this screen.
import { useState } from 'react';
import type { CardState, CaseView } from '../../../../main/contract/index.ts';
import { ok, type Result } from '../../../../domain/result.ts';
import type { KioskError } from '../../../../domain/errors.ts';
import { api } from '../../api/client.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { CardExpired } from '../card-notice.tsx';
import { useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useCardArrival } from '../use-card-arrival.ts';
import { useVisit } from '../visit.tsx';
import { CasesOffline, isAway } from './cases-offline.tsx';
import '../ways.css';
import type { CasePurpose } from './case-purpose.ts';
import { findToRate } from '../rating/find-to-rate.ts';
import { payTitle } from '../payment/pay-words.ts';
import './cases.css';

const NUMBER_MIN = 8;
const NUMBER_MAX = 50;
const CODE_LENGTH = 6;

export function CaseFindScreen({ purpose, card }: { purpose: CasePurpose; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const [caseNumber, setCaseNumber] = useState('');
  const [queryCode, setQueryCode] = useState('');
  const [phase, setPhase] = useState<'number' | 'code'>('number');
  const [away, setAway] = useState(false);

  /** A request whose failure "the platform is away" gets this screen's words; others the usual ones. */
  const ask = async <T,>(request: () => Promise<Result<T, KioskError>>, busy: MessageKey = 'cases.busy'): Promise<T | null> =>
    feedback.run(async (): Promise<Result<T | null, KioskError>> => {
      const r = await request();
      if (r.ok || !isAway(r.error)) return r;
      setAway(true);
      return ok(null);
    }, busy);

  const rate = purpose === 'rate' ? findToRate(go, (request) => ask(request, 'rating.busy')) : null;
  const byCard = async () => {
    if (feedback.busy) return;
    if (rate) return rate.byCard();
    if (purpose === 'pay') {
      const owed = await ask(() => api.payments.lookup({}), 'payment.busy');
      if (owed) go({ name: 'payment.fees', params: { fees: owed.fees, byCard: true } });
      return;
    }
    const found = await ask(() => api.cases.lookup({}));
    if (found) go({ name: 'cases.list', params: { cases: found.cases } });
  };
  const byNumber = async () => {
    if (feedback.busy) return;
    if (rate) return rate.byNumber(number, queryCode);
    if (purpose === 'pay') {
      const owed = await ask(() => api.payments.query({ caseNumber: number, queryCode }), 'payment.busy');
      if (owed) go({ name: 'payment.fees', params: { fees: owed.fees, byCard: false } });
      return;
    }
    const found: CaseView | null = await ask(() => api.cases.query({ caseNumber: number, queryCode }));
    if (found) go({ name: 'cases.detail', params: { case: found, byCard: false } });
  };

  // The card on the reader looks its holder's cases up, once per card.
  useCardArrival(card, () => void byCard());

  const number = caseNumber.trim().toUpperCase();
  // The step's button stays in view below the keyboard, whatever the screen's size and text size.
  const actions =
    phase === 'number' ? (
      <Button onPress={() => setPhase('code')} disabled={number.length < NUMBER_MIN} testId="case-number-next">
        {t('cases.find.number.next')}
      </Button>
    ) : (
      <>
        <Button variant="secondary" onPress={() => (setPhase('number'), setQueryCode(''))} testId="query-code-back">
          {t('cases.find.code.change')}
        </Button>
        <Button onPress={() => void byNumber()} disabled={queryCode.length !== CODE_LENGTH} testId="query-code-submit">
          {t('cases.find.code.submit')}
        </Button>
      </>
    );
  return (
    <ScreenFrame id="cases-find" title={purpose === 'pay' ? t(payTitle) : t(rate ? 'rating.find.title' : 'cases.find.title')} actions={actions}>
      <div className="ways">
        <section className="way" aria-labelledby="cases-card" data-testid="cases-card">
          <h3 id="cases-card">{t('cases.find.card.title')}</h3>
          {card.holder?.expiredOn ? (
            <CardExpired validTo={card.holder.expiredOn} />
          ) : card.holder ? (
            <Button onPress={() => void byCard()} testId="cases-card-use">
              {t(rate ? 'rating.find.card.use' : 'cases.find.card.use')}
            </Button>
          ) : card.cardLeft ? (
            <p className="alert-inline" role="alert">
              {t('cases.find.card.left')}
            </p>
          ) : (
            <p>{t(rate ? 'rating.find.card.text' : 'cases.find.card.text')}</p>
          )}
        </section>
        <section className="way" aria-labelledby="cases-number" data-testid="cases-number">
          <h3 id="cases-number">{phase === 'number' ? t('cases.find.number.title') : t('cases.find.code.title')}</h3>
          {phase === 'number' ? (
            <>
              <p>{t('cases.find.number.text')}</p>
              <KeyboardInput value={caseNumber} onChange={(v) => setCaseNumber(v.toUpperCase())} layout="letters" placeholder={t('cases.find.number.placeholder')} maxLength={NUMBER_MAX} testId="case-number" />
              {number.length > 0 && number.length < NUMBER_MIN && (
                <p className="muted" role="status">
                  {t('cases.find.number.short')}
                </p>
              )}
            </>
          ) : (
            <>
              <p className="case-number-shown" data-testid="case-number-shown" dir="ltr">
                {number}
              </p>
              <p>{t('cases.find.code.text')}</p>
              <KeyboardInput value={queryCode} onChange={setQueryCode} layout="digits" placeholder={t('cases.find.code.placeholder')} maxLength={CODE_LENGTH} testId="query-code" />
              {queryCode.length < CODE_LENGTH && queryCode.length > 0 && (
                <p className="muted" role="status">
                  {t('cases.find.code.short', { n: CODE_LENGTH - queryCode.length })}
                </p>
              )}
            </>
          )}
        </section>
      </div>
      {away && <CasesOffline onClose={() => setAway(false)} words={purpose === 'pay' ? 'payment.offline' : 'cases.offline'} />}
    </ScreenFrame>
  );
}
