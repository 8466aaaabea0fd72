// 好差评 at the window, the citizen side of the counter screen (kiosk rules: large, plain words). It
// follows `windowRating.changed` itself and shows nothing while there is nothing to rate. After 办结:
// "请对本次服务进行评价" with the five levels (the kiosk's drawn faces); a bad one asks for the national
// reasons as large toggles, then optionally a mobile number for the call back; thanks (saying when the
// rating is only kept on the terminal); "已评价过" for a repeat. The rating pad's keys do the same as
// the faces: the core decides, this panel shows what it says.
import { useState, type ReactNode } from 'react';
import type { KioskError } from '../../../../domain/errors.ts';
import { ratingLevels, ratingNeedsReason, type RatingLevel, type RatingReason } from '../../../../domain/rating.ts';
import type { WindowRatingView } from '../../../../main/contract/index.ts';
import { client } from '../../api/client.ts';
import { useCall, useEvent } from '../../api/hooks.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { isMobile } from '../../kiosk/rating/draft.ts';
import { RatingFace } from '../../kiosk/rating/rating-face.tsx';
import { ReasonToggles } from '../../kiosk/rating/reason-toggles.tsx';
import { levelText } from '../../kiosk/rating/rating-words.ts';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { useNow } from '../../ui/use-now.ts';
// The reason toggles' check box is the kiosk rating's (.rating-check).
import '../../kiosk/rating/rating.css';
import './citizen-rating-panel.css';

const PHONE_LENGTH = 11;

export function CitizenRatingPanel(): ReactNode {
  const fetched = useCall('windowRating.state', {});
  const [pushed, setPushed] = useState<WindowRatingView | null>(null);
  const [failure, setFailure] = useState<KioskError | null>(null);
  useEvent('windowRating.changed', (v) => {
    setPushed(v);
    setFailure(null);
  });
  const view = pushed ?? (fetched.state === 'done' ? fetched.value : null);
  if (view === null || view.state === 'idle') return null;
  const answer = (r: { ok: true; value: WindowRatingView } | { ok: false; error: KioskError }) => {
    if (r.ok) setPushed(r.value);
    setFailure(r.ok ? null : r.error);
  };
  return (
    <section className="citizen-rating" data-testid="citizen-rating" data-state={view.state} aria-live="polite">
      <Body view={view} answer={answer} />
      {failure && <Failure error={failure} />}
    </section>
  );
}

type Answer = (r: { ok: true; value: WindowRatingView } | { ok: false; error: KioskError }) => void;

function Body({ view, answer }: { view: Exclude<WindowRatingView, { state: 'idle' }>; answer: Answer }) {
  switch (view.state) {
    case 'asking':
      return <Asking view={view} answer={answer} />;
    case 'reasons':
      // A new key pressed starts the reasons again (keyed by the level and its deadline).
      return <Reasons key={`${view.ticket.ticketId}-${view.level}-${view.until}`} view={view} answer={answer} />;
    case 'thanks':
      return <Thanks view={view} />;
    case 'refused':
      return <Refused />;
  }
}

function Asking({ view, answer }: { view: Extract<WindowRatingView, { state: 'asking' }>; answer: Answer }) {
  const t = useT();
  const rate = async (level: RatingLevel) => answer(await client.call('windowRating.rate', { level }));
  return (
    <>
      <h2 className="citizen-rating-title">{t('windowRating.ask.title')}</h2>
      <p className="citizen-rating-hint">
        <span data-testid="citizen-rating-number">{t('windowRating.ask.ticket', { number: view.ticket.number })}</span> · {t('windowRating.ask.hint')}
        <TimeLeft until={view.until} />
      </p>
      <div className="citizen-rating-levels" role="group" aria-label={t('windowRating.ask.title')}>
        {ratingLevels.map((level) => (
          <Button key={level} variant="tile" onPress={() => void rate(level)} testId={`citizen-level-${level}`}>
            <span className={`citizen-rating-level citizen-rating-level-${level}`}>
              <RatingFace level={level} />
              <span className="citizen-rating-word">{levelText(t, level)}</span>
            </span>
          </Button>
        ))}
      </div>
    </>
  );
}

function Reasons({ view, answer }: { view: Extract<WindowRatingView, { state: 'reasons' }>; answer: Answer }) {
  const t = useT();
  const [chosen, setChosen] = useState<readonly RatingReason[]>([]);
  const [asking, setAsking] = useState<'reasons' | 'phone'>('reasons');
  const [phone, setPhone] = useState('');
  const send = async (withPhone: boolean) =>
    answer(await client.call('windowRating.giveReasons', { reasons: [...chosen], ...(withPhone ? { followUpPhone: phone } : {}) }));
  if (asking === 'phone') {
    const wrong = phone.length === PHONE_LENGTH && !isMobile(phone);
    return (
      <>
        <h2 className="citizen-rating-title">{t('windowRating.phone.title')}</h2>
        <p className="citizen-rating-hint">
          {t('windowRating.phone.text')}
          <TimeLeft until={view.until} />
        </p>
        <KeyboardInput value={phone} onChange={setPhone} layout="digits" placeholder={t('windowRating.phone.placeholder')} maxLength={PHONE_LENGTH} testId="citizen-rating-phone" />
        {phone.length > 0 && phone.length < PHONE_LENGTH && <p className="muted">{t('windowRating.phone.short', { n: PHONE_LENGTH - phone.length })}</p>}
        {wrong && (
          <p className="alert-inline" role="alert" data-testid="citizen-phone-bad">
            {t('windowRating.phone.bad')}
          </p>
        )}
        <div className="citizen-rating-actions">
          <Button variant="secondary" onPress={() => void send(false)} testId="citizen-phone-skip">
            {t('windowRating.phone.skip')}
          </Button>
          <Button onPress={() => void send(true)} disabled={!isMobile(phone)} testId="citizen-phone-send">
            {t('windowRating.phone.send')}
          </Button>
        </div>
      </>
    );
  }
  return (
    <>
      <h2 className="citizen-rating-title">{t('windowRating.reasons.title')}</h2>
      <p className="citizen-rating-hint">
        <strong className={`citizen-rating-level-${view.level}`}>{t('windowRating.reasons.chosen', { level: levelText(t, view.level) })}</strong>
        <TimeLeft until={view.until} />
      </p>
      <ReasonToggles chosen={chosen} onChange={setChosen} label={t('windowRating.reasons.title')} className="citizen-rating-reasons" testIdPrefix="citizen-reason-" />
      {chosen.length === 0 && <p className="muted">{t('windowRating.reasons.need')}</p>}
      <div className="citizen-rating-actions">
        <Button variant="secondary" onPress={() => setAsking('phone')} disabled={chosen.length === 0} testId="citizen-reasons-phone">
          {t('windowRating.reasons.phone')}
        </Button>
        <Button onPress={() => void send(false)} disabled={chosen.length === 0} testId="citizen-reasons-send">
          {t('windowRating.reasons.send')}
        </Button>
      </div>
    </>
  );
}

function Thanks({ view }: { view: Extract<WindowRatingView, { state: 'thanks' }> }) {
  const t = useT();
  return (
    <div className="citizen-rating-result" data-testid="citizen-rating-thanks" data-sent={view.sent}>
      <span className={`citizen-rating-big-face citizen-rating-level-${view.level}`}>
        <RatingFace level={view.level} />
      </span>
      <h2 className="citizen-rating-title">{t('windowRating.thanks.title')}</h2>
      <p className="citizen-rating-hint">{t(view.sent ? 'windowRating.thanks.sent' : 'windowRating.thanks.kept')}</p>
      {ratingNeedsReason(view.level) && <p className="citizen-rating-hint">{t('windowRating.thanks.bad')}</p>}
    </div>
  );
}

function Refused() {
  const t = useT();
  return (
    <div className="citizen-rating-result" data-testid="citizen-rating-refused">
      <h2 className="citizen-rating-title">{t('windowRating.refused.title')}</h2>
      <p className="citizen-rating-hint">{t('windowRating.refused.text')}</p>
    </div>
  );
}

function Failure({ error }: { error: KioskError }) {
  const t = useT();
  const key = `error.${error.code}` as MessageKey;
  const known = key === 'error.windowRating.nothingToRate' || key === 'error.windowRating.off' || key === 'error.evaluation.duplicate';
  return (
    <p className="alert-inline" role="alert" data-testid="citizen-rating-failed" data-code={error.code}>
      {known ? t('windowRating.failed', { why: t(key) }) : t('windowRating.failedOther')}
    </p>
  );
}

function TimeLeft({ until }: { until: string }) {
  const t = useT();
  const now = useNow();
  const s = Math.max(0, Math.ceil((Date.parse(until) - now) / 1000));
  return (
    <span className="citizen-rating-time" data-testid="citizen-rating-time">
      {' '}
      · {t('windowRating.timeLeft', { s })}
    </span>
  );
}
