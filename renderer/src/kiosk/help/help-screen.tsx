// Calling a helper (帮办代办): one task. The reasons as big buttons (one touch = the staff are told);
// then "wait here" with when the call was made, live: when staff acknowledge, "someone is coming" and
// who; a cancel when help is no longer needed. Offline the call cannot reach anyone, and the screen
// says so and where to go in person (the hall's own words from config `help.deskPlace`).
import { useState } from 'react';
import type { HelpState } from '../../../../main/contract/index.ts';
import { helpReasons, isOpenHelpCall, type HelpReason } from '../../../../domain/help-calls.ts';
import type { HelpCall } from '../../../../domain/help.ts';
import { formatHallTime } from '../../../../domain/hall-time.ts';
import type { KioskError } from '../../../../domain/errors.ts';
import { ok, type Result } from '../../../../domain/result.ts';
import { api } from '../../api/client.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useSayOnShow } from '../../voice/voice.tsx';
import { useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { useHelpState } from './use-help.ts';
import './help.css';

/** Each reason's words (every reason has them: the type checker holds the list and the words together). */
const REASON_TEXT: Readonly<Record<HelpReason, MessageKey>> = {
  findService: 'help.reason.findService',
  machineTrouble: 'help.reason.machineTrouble',
  reading: 'help.reason.reading',
  fillingForm: 'help.reason.fillingForm',
  other: 'help.reason.other',
};

/** Failures that mean the call cannot reach staff now: said on this screen with where to go instead. */
const UNREACHABLE = new Set<KioskError['code']>(['platform.offline', 'platform.timeout', 'platform.unavailable', 'platform.unauthorized']);

export function HelpScreen({ timeZone }: { timeZone: string }) {
  const t = useT();
  const { home } = useVisit();
  const feedback = useFeedback();
  const state = useHelpState();
  const [offline, setOffline] = useState(false);
  // What this screen asked for last: a call ended before it (by the person before) is not shown.
  const [asked, setAsked] = useState(false);

  const call = async (reason: HelpReason) => {
    if (feedback.busy) return;
    setOffline(false);
    const made = await feedback.run(async (): Promise<Result<HelpState | null, KioskError>> => {
      const r = await api.help.call({ reason });
      if (r.ok || !UNREACHABLE.has(r.error.code)) return r;
      setOffline(true);
      return ok(null);
    }, 'help.busy');
    // Only a call made shows; a failed one leaves the reasons (or the offline words) on the screen.
    setAsked(made !== null);
  };
  const cancel = () => {
    setAsked(true);
    void feedback.run(() => api.help.cancel({}));
  };

  const desk = state?.deskPlace ?? t('help.desk.default');
  const current = state?.call ?? null;
  const showCall = current !== null && (isOpenHelpCall(current.state) || asked);
  const open = current !== null && isOpenHelpCall(current.state);
  const actions = offline ? undefined : open ? (
    <Button variant="secondary" onPress={cancel} testId="help-cancel">
      {t('help.cancel')}
    </Button>
  ) : showCall ? (
    <>
      <Button variant="secondary" onPress={() => setAsked(false)} testId="help-again">
        {t('help.again')}
      </Button>
      <Button onPress={home} testId="help-done">
        {t('nav.home')}
      </Button>
    </>
  ) : undefined;

  return (
    <ScreenFrame id="help" title={t('help.title')} actions={actions}>
      {offline ? (
        <Offline desk={desk} onRetry={() => (setOffline(false), setAsked(false))} />
      ) : showCall && current ? (
        <CallView call={current} live={state?.live ?? false} desk={desk} timeZone={timeZone} />
      ) : (
        <>
          <p className="help-intro">{t('help.choose')}</p>
          <div className="help-reasons" data-testid="help-reasons">
            {helpReasons.map((reason) => (
              <Button key={reason} variant="tile" onPress={() => void call(reason)} testId={`help-reason-${reason}`}>
                <span className="help-reason">{t(REASON_TEXT[reason])}</span>
              </Button>
            ))}
          </div>
        </>
      )}
    </ScreenFrame>
  );
}

function CallView({ call, live, desk, timeZone }: { call: HelpCall; live: boolean; desk: string; timeZone: string }) {
  const t = useT();
  const when = formatHallTime(call.createdAt, timeZone).slice(-5);
  return (
    <section className="help-call" data-testid="help-call" data-state={call.state} aria-live="polite">
      <Status call={call} desk={desk} />
      <dl className="help-facts">
        <div>
          <dt>{t('help.calledAt')}</dt>
          <dd data-testid="help-called-at">{when}</dd>
        </div>
        <div>
          <dt>{t('help.reason')}</dt>
          <dd>{t(REASON_TEXT[call.reason])}</dd>
        </div>
        {call.place && (
          <div>
            <dt>{t('help.place')}</dt>
            <dd>{call.place}</dd>
          </div>
        )}
      </dl>
      {isOpenHelpCall(call.state) && !live && (
        <p className="help-note" data-testid="help-not-live" role="status">
          {t('help.notLive')}
        </p>
      )}
    </section>
  );
}

function Status({ call, desk }: { call: HelpCall; desk: string }) {
  switch (call.state) {
    case 'waiting':
      return <Said step="called" title="help.waiting.title" text="help.waiting.text" />;
    case 'acknowledged':
      return <Said step="coming" title="help.coming.title" text={null} staff={call.acknowledgedBy} />;
    case 'cancelled':
      return <Plain title="help.cancelled.title" text="help.cancelled.text" desk={desk} />;
    case 'resolved':
      return <Plain title="help.resolved.title" text="help.resolved.text" desk={desk} />;
    default:
      return call.state satisfies never;
  }
}

function Said({ step, title, text, staff }: { step: 'called' | 'coming'; title: 'help.waiting.title' | 'help.coming.title'; text: 'help.waiting.text' | null; staff?: string | null }) {
  const t = useT();
  useSayOnShow({ kind: 'help', step });
  return (
    <div className={`help-status help-status-${step}`}>
      <p className="help-status-title" data-testid="help-status" role="status">
        <span className="help-mark" aria-hidden="true">
          {step === 'coming' ? '✓' : '…'}
        </span>
        {t(title)}
      </p>
      {text && <p>{t(text)}</p>}
      {staff && <p data-testid="help-staff">{t('help.coming.who', { staff })}</p>}
    </div>
  );
}

function Plain({ title, text, desk }: { title: 'help.cancelled.title' | 'help.resolved.title'; text: 'help.cancelled.text' | 'help.resolved.text'; desk: string }) {
  const t = useT();
  return (
    <div className="help-status">
      <p className="help-status-title" data-testid="help-status" role="status">
        {t(title)}
      </p>
      <p>{t(text, { desk })}</p>
    </div>
  );
}

function Offline({ desk, onRetry }: { desk: string; onRetry: () => void }) {
  const t = useT();
  const text = t('help.offline.text', { desk });
  useSayOnShow({ kind: 'failure', words: `${t('help.offline.title')}。${text}` });
  return (
    <section className="help-offline" data-testid="help-offline" role="alert">
      <p className="help-status-title">{t('help.offline.title')}</p>
      <p className="help-offline-text">{text}</p>
      <Button variant="secondary" onPress={onRetry} testId="help-offline-retry">
        {t('help.offline.retry')}
      </Button>
    </section>
  );
}
