// Appointment check-in (预约签到): one task, three ways: scan the appointment QR (the scanner works at
// once: the scan comes to this screen), put the ID card on the reader (the platform finds the holder's
// appointment today; a card already there or put there now checks in at once), or type the code on the
// on-screen keyboard. A refusal is said with what matters: not found, another day, too early (come back
// at …), too late (take an ordinary ticket); a second check-in shows the same ticket, saying so.
import { useState, type ReactNode } from 'react';
import type { CardState, IssuedTicket } from '../../../../main/contract/index.ts';
import { ok, type Result } from '../../../../domain/result.ts';
import type { KioskError } from '../../../../domain/errors.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { CardExpired } from '../card-notice.tsx';
import { useFeedback } from '../feedback.tsx';
import { useScanTarget } from '../scan-target.ts';
import { useCardArrival } from '../use-card-arrival.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { AppointmentRefusal, explainsCheckIn, type CheckInRefusal } from './appointment-refusal.tsx';
import '../ways.css';
import './check-in.css';

const CODE_MIN = 4;
const CODE_MAX = 20;

export function CheckInScreen({ card }: { card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const [typing, setTyping] = useState(false);
  const [code, setCode] = useState('');
  const [refusal, setRefusal] = useState<CheckInRefusal | null>(null);

  const checkIn = async (via: 'card' | 'code', request: () => Promise<Result<IssuedTicket, KioskError>>) => {
    if (feedback.busy) return;
    setRefusal(null);
    const ticket = await feedback.run(async (): Promise<Result<IssuedTicket | null, KioskError>> => {
      const r = await request();
      if (r.ok || !explainsCheckIn(r.error)) return r;
      setRefusal({ via, error: r.error });
      return ok(null);
    }, 'checkIn.busy');
    if (ticket) go({ name: 'queue.ticket', params: { ticket } });
  };
  const byCode = (value: string) => void checkIn('code', () => api.queue.checkIn({ code: value }));
  const byCard = () => void checkIn('card', () => api.queue.checkInByCard({}));

  // A scanned appointment QR checks in from here, with this screen's words for a refusal.
  useScanTarget(byCode);
  // The card on the reader (already there, or put there now) checks in once per card.
  useCardArrival(card, byCard);

  const typed = code.trim().toUpperCase();
  const actions = typing && (
    <>
      <Button variant="secondary" onPress={() => (setTyping(false), setCode(''))} testId="check-in-code-cancel">
        {t('checkIn.code.otherWays')}
      </Button>
      <Button onPress={() => byCode(typed)} disabled={typed.length < CODE_MIN} testId="check-in-code-submit">
        {t('checkIn.code.submit')}
      </Button>
    </>
  );
  return (
    <ScreenFrame id="check-in" title={t('checkIn.title')} actions={actions || undefined}>
      {typing ? (
        // One task: typing the code takes the whole screen (the keyboard needs the width).
        <section className="way" aria-labelledby="check-in-code">
          <h3 id="check-in-code">{t('checkIn.code.title')}</h3>
          <KeyboardInput value={code} onChange={(v) => setCode(v.toUpperCase())} layout="letters" placeholder={t('checkIn.code.placeholder')} maxLength={CODE_MAX} testId="check-in-code" />
          <p className="muted" role="status">
            {typed.length > 0 && typed.length < CODE_MIN ? t('checkIn.code.tooShort') : t('checkIn.code.text')}
          </p>
        </section>
      ) : (
        <>
          <p className="check-in-intro">{t('checkIn.intro')}</p>
          <div className="ways" data-testid="check-in-ways">
            <Way n={1} id="check-in-scan" title={t('checkIn.scan.title')}>
              <p>{t('checkIn.scan.text')}</p>
            </Way>
            <Way n={2} id="check-in-card" title={t('checkIn.card.title')}>
              {card.holder?.expiredOn ? (
                <CardExpired validTo={card.holder.expiredOn} />
              ) : card.holder ? (
                <>
                  <p role="status">{t('checkIn.card.present', { name: card.holder.nameMasked })}</p>
                  <Button onPress={byCard} testId="check-in-card-use">
                    {t('checkIn.card.use')}
                  </Button>
                </>
              ) : card.cardLeft ? (
                <p className="alert-inline" role="alert">
                  {t('checkIn.card.left')}
                </p>
              ) : (
                <p>{t('checkIn.card.text')}</p>
              )}
            </Way>
            <Way n={3} id="check-in-code" title={t('checkIn.code.title')}>
              <p>{t('checkIn.code.text')}</p>
              <Button variant="secondary" onPress={() => setTyping(true)} testId="check-in-code-open">
                {t('checkIn.code.open')}
              </Button>
            </Way>
          </div>
        </>
      )}
      {refusal && <AppointmentRefusal refusal={refusal} onTicket={() => go({ name: 'queue.tiles' })} onClose={() => setRefusal(null)} />}
    </ScreenFrame>
  );
}

/** One way to check in, numbered. */
function Way({ n, id, title, children }: { n: number; id: string; title: string; children: ReactNode }) {
  return (
    <section className="way" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>
        <span className="way-mark" aria-hidden="true">
          {n}
        </span>
        {title}
      </h3>
      {children}
    </section>
  );
}
