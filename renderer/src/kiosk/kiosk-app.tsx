// The kiosk role: the citizen's visit (screens, settings), the screen the visit is on, the idle
// return home with a countdown that ends the visit, and what works from any screen (a scanned
// appointment code checks in). Outside the hall's opening hours the closed screen stands in for all
// of it (closed/closed-screen.tsx), once no visit is in progress.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TerminalInfo } from '../../../main/contract/index.ts';
import { api } from '../api/client.ts';
import { useEvent } from '../api/hooks.ts';
import { LocaleProvider, useLocale, useT } from '../i18n/i18n.tsx';
import { direction } from '../locales/index.ts';
import { useIdleTimer } from '../idle/use-idle-timer.ts';
import { useScans } from '../input/use-scans.ts';
import { Button } from '../ui/button.tsx';
import { ThemeRoot } from '../ui/theme-root.tsx';
import { useSay, useSayOnShow, VoiceProvider } from '../voice/voice.tsx';
import { AttractLoop } from './attract/attract-loop.tsx';
import { FeedbackProvider, useFeedback } from './feedback.tsx';
import { IdleContext } from './idle-context.tsx';
import type { Route } from './routes.ts';
import { takeScan } from './scan-target.ts';
import { screens, type KioskContext } from './screens.tsx';
import { useCardState } from './use-card.ts';
import { useHelpWaitSeconds } from './help/use-help.ts';
import { VisitProvider, useVisit, type VisitSettings } from './visit.tsx';
import { ClosedScreen } from '../closed/closed-screen.tsx';
import { useScreenState } from '../closed/use-screen-state.ts';
import './locale.css';

const IDLE_WARNING_MS = 10_000;

/** The frame of the page (banner, status bar) around whatever the visit shows. */
export type KioskShell = (content: React.ReactNode) => React.ReactNode;

export function KioskApp({ info, shell }: { info: TerminalInfo; shell: KioskShell }) {
  const { accessibility, locale } = info;
  // Not on `info` as a whole: the live settings (system.settingsChanged) give a new info object, and
  // must not end the visit in progress.
  const defaults = useMemo<VisitSettings>(() => ({ mode: accessibility, locale }), [accessibility, locale]);
  const onEnd = useCallback(() => void api.idcard.forget(), []);
  const [voice, setVoice] = useState(info.voice);
  useEvent('system.voiceChanged', setVoice);
  return (
    <VisitProvider defaults={defaults} onEnd={onEnd}>
      {(visit) => (
        <ThemeRoot mode={visit.visit.settings.mode} screenWidthMm={info.screenWidthMm}>
          <LocaleProvider locale={visit.visit.settings.locale}>
            <VoiceProvider settings={voice} locale={visit.visit.settings.locale}>
              <div className="screen" data-testid={`screen-${visit.route.name}`} lang={visit.visit.settings.locale} dir={direction[visit.visit.settings.locale]}>
                <FeedbackProvider>
                  <OpenOrClosed info={info} shell={shell} />
                </FeedbackProvider>
              </div>
            </VoiceProvider>
          </LocaleProvider>
        </ThemeRoot>
      )}
    </VisitProvider>
  );
}

/** Closed outside the opening hours, but a visit in progress at closing time is never cut off: the
 *  closed screen comes when it ends (finished, or the idle return home). It opens by itself when the
 *  hall's clock reaches the opening time. */
function OpenOrClosed({ info, shell }: { info: TerminalInfo; shell: KioskShell }) {
  const visit = useVisit();
  const screen = useScreenState(info.openingHours, info.timeZone);
  if (screen.blank && visit.pristine) return <ClosedScreen state={screen} now={screen.now} hallName={info.hallName} hallArea={info.hallArea} timeZone={info.timeZone} />;
  return <Visit info={info} shell={shell} />;
}

function Visit({ info, shell }: { info: TerminalInfo; shell: KioskShell }) {
  const visit = useVisit();
  const feedback = useFeedback();
  const card = useCardState();
  // A help call open: the citizen waits for staff untouched, so the visit lasts longer (help/use-help.ts).
  const helpWait = useHelpWaitSeconds();
  const idle = useIdleTimer({
    timeoutMs: Math.max(info.idleTimeoutSeconds, helpWait ?? 0) * 1000,
    warningMs: Math.min(IDLE_WARNING_MS, (info.idleTimeoutSeconds * 1000) / 3),
    active: !visit.pristine,
    onIdle: visit.finish,
  });

  // A scanned appointment code checks the appointment in, from any screen but the settings.
  useScans((code) => {
    if (feedback.busy || visit.route.name === 'accessibility' || visit.route.name === 'language') return;
    if (takeScan(code)) return;
    void feedback.run(() => api.queue.checkIn({ code })).then((ticket) => ticket && visit.go({ name: 'queue.ticket', params: { ticket } }));
  });

  useWelcomeOnFirstTouch(visit.pristine);
  usePageLanguage();
  // A card read at the home screen is a new visit: what the person before chose does not carry over.
  useEvent('idcard.changed', (s) => {
    if (s.holder && visit.route.name === 'home' && !visit.pristine) visit.begin();
  });

  const ctx: KioskContext = { info, card };
  return (
    <IdleContext.Provider value={idle}>
      {shell(show(visit.route, ctx))}
      {idle.secondsLeft !== null && <IdleWarning seconds={idle.secondsLeft} />}
      <AttractLoop loop={info.attract} resting={visit.pristine && card.holder === null && !card.cardLeft} />
    </IdleContext.Provider>
  );
}

function show(route: Route, ctx: KioskContext): React.ReactNode {
  const render = screens[route.name] as (params: unknown, ctx: KioskContext) => React.ReactNode;
  return render(route.params, ctx);
}

/** The page's own language and title follow the visit's (assistive technology reads them). */
function usePageLanguage() {
  const title = useT()('app.title');
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);
}

/** The welcome is said on the first touch of a visit (not to an empty hall), once until the visit ends. */
function useWelcomeOnFirstTouch(pristine: boolean) {
  const say = useSay();
  const welcomed = useRef(false);
  useEffect(() => {
    if (pristine) welcomed.current = false;
  }, [pristine]);
  useEffect(() => {
    const onTouch = () => {
      if (welcomed.current) return;
      welcomed.current = true;
      say({ kind: 'welcome' });
    };
    window.addEventListener('pointerdown', onTouch, { capture: true, passive: true });
    return () => window.removeEventListener('pointerdown', onTouch, { capture: true });
  }, [say]);
}

function IdleWarning({ seconds }: { seconds: number }) {
  const t = useT();
  useSayOnShow({ kind: 'idle' });
  return (
    <div className="overlay" data-testid="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-warning-text">
      <div className="panel">
        <p id="idle-warning-text">{t('idle.warning', { s: seconds })}</p>
        <Button onPress={() => {}}>{t('idle.stay')}</Button>
      </div>
    </div>
  );
}
