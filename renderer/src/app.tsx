// The kiosk application: which screen shows, the citizen's visit (screen, settings, ID card), taking
// a ticket, and the idle return home that ends the visit.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CardState, CategoryTile, IssuedTicket, TerminalInfo } from '../../main/contract/index.ts';
import type { KioskError } from '../../domain/errors.ts';
import { api } from './api/client.ts';
import { useCall, useConnected, useEvent, useStatus } from './api/hooks.ts';
import { LocaleProvider, useT, type Locale } from './i18n/i18n.tsx';
import type { MessageKey } from './i18n/messages.ts';
import { useIdleTimer } from './idle/use-idle-timer.ts';
import { useScans } from './input/use-scans.ts';
import { AccessibilityScreen } from './screens/accessibility-screen.tsx';
import { HomeScreen } from './screens/home-screen.tsx';
import { RoleScreen } from './screens/role-screen.tsx';
import { TicketScreen } from './screens/ticket-screen.tsx';
import { Banner } from './ui/banner.tsx';
import { HallClockProvider } from './ui/hall-clock.tsx';
import { Button } from './ui/button.tsx';
import { StatusBar } from './ui/status-bar.tsx';
import { ThemeRoot } from './ui/theme-root.tsx';
import type { ThemeMode } from './ui/theme.ts';

type Screen = { readonly name: 'home' } | { readonly name: 'accessibility' } | { readonly name: 'ticket'; readonly ticket: IssuedTicket };

/** What a citizen may change during one visit; it all goes back to the terminal's defaults after. */
interface Visit {
  readonly screen: Screen;
  readonly mode: ThemeMode;
  readonly locale: Locale;
}

const IDLE_WARNING_MS = 10_000;
/** A taken ticket stays on screen this long, then the kiosk is ready for the next person. */
const TICKET_SHOWN_MS = 20_000;

export function App() {
  const info = useCall('system.getInfo', {});
  if (info.state !== 'done') return <Startup failed={info.state === 'failed'} />;
  return <Terminal info={info.value} />;
}

function Startup({ failed }: { failed: boolean }) {
  return (
    <ThemeRoot mode={{ largeText: false, highContrast: false }} screenWidthMm={null}>
      <div className="center-message" data-testid="startup">
        {failed ? '终端服务暂不可用，正在重试…' : '正在启动…'}
      </div>
    </ThemeRoot>
  );
}

function Terminal({ info }: { info: TerminalInfo }) {
  const defaults = useMemo<Visit>(() => ({ screen: { name: 'home' }, mode: info.accessibility, locale: info.locale }), [info]);
  const [visit, setVisit] = useState<Visit>(defaults);
  const endVisit = useCallback(() => {
    setVisit(defaults);
    void api.idcard.forget();
  }, [defaults]);
  const pristine = visit === defaults;
  const secondsLeft = useIdleTimer({
    timeoutMs: info.idleTimeoutSeconds * 1000,
    warningMs: Math.min(IDLE_WARNING_MS, (info.idleTimeoutSeconds * 1000) / 3),
    active: !pristine,
    onIdle: endVisit,
  });

  return (
    <HallClockProvider coreNow={info.now}>
      <ThemeRoot mode={visit.mode} screenWidthMm={info.screenWidthMm}>
        <LocaleProvider locale={visit.locale}>
          <div className="screen" data-testid={`screen-${visit.screen.name}`} lang={visit.locale}>
            <Banner hallName={info.hallName} hallArea={info.hallArea} timeZone={info.timeZone} />
            <ConnectionAlert />
            <main className="body">
              {info.role === 'kiosk' ? <KioskScreen visit={visit} setVisit={setVisit} goHome={endVisit} /> : <RoleScreen role={info.role} />}
            </main>
            <LiveStatusBar terminalId={info.terminalId} />
            {secondsLeft !== null && <IdleWarning seconds={secondsLeft} />}
          </div>
        </LocaleProvider>
      </ThemeRoot>
    </HallClockProvider>
  );
}

function useCardState(): CardState {
  const current = useCall('idcard.current', {});
  const [pushed, setPushed] = useState<CardState | null>(null);
  useEvent('idcard.changed', setPushed);
  return pushed ?? (current.state === 'done' ? current.value : { holder: null, cardLeft: false });
}

function KioskScreen({ visit, setVisit, goHome }: { visit: Visit; setVisit: (v: Visit) => void; goHome: () => void }) {
  const screen = visit.screen;
  const categories = useCall('queue.listCategories', {});
  const card = useCardState();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<KioskError | null>(null);
  const status = useStatus();
  const { reload } = categories;
  // Counts and the link state move: refresh the tiles whenever the status changes or home shows again.
  useEffect(() => {
    if (screen.name === 'home') reload();
  }, [screen.name, status?.platform.state, reload]);

  // A scanned appointment code checks the appointment in, from the home or a ticket screen.
  useScans((code) => {
    if (busy || screen.name === 'accessibility') return;
    void (async () => {
      setBusy(true);
      const r = await api.queue.checkIn({ code });
      setBusy(false);
      if (r.ok) setVisit({ ...visit, screen: { name: 'ticket', ticket: r.value } });
      else setProblem(r.error);
    })();
  });

  const take = async (c: CategoryTile) => {
    if (busy) return;
    setBusy(true);
    const r = await api.queue.issueTicket({ categoryId: c.id });
    setBusy(false);
    if (r.ok) setVisit({ ...visit, screen: { name: 'ticket', ticket: r.value } });
    else setProblem(r.error);
  };

  let body;
  switch (screen.name) {
    case 'home':
      body = (
        <HomeScreen
          categories={categories.state === 'done' ? categories.value.categories : categories.state === 'failed' ? [] : null}
          online={categories.state === 'done' && categories.value.online}
          card={card}
          onTake={(c) => void take(c)}
          onAccessibility={() => setVisit({ ...visit, screen: { name: 'accessibility' } })}
          onToggleLanguage={() => setVisit({ ...visit, locale: visit.locale === 'zh-CN' ? 'en' : 'zh-CN' })}
        />
      );
      break;
    case 'accessibility':
      body = <AccessibilityScreen mode={visit.mode} onChange={(mode) => setVisit({ ...visit, mode })} onHome={goHome} />;
      break;
    case 'ticket':
      body = <ShownTicket ticket={screen.ticket} onDone={goHome} />;
      break;
    default:
      body = screen satisfies never;
  }
  return (
    <>
      {body}
      {busy && <Busy />}
      {problem && <Problem error={problem} onClose={() => setProblem(null)} />}
    </>
  );
}

function ShownTicket({ ticket, onDone }: { ticket: IssuedTicket; onDone: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, TICKET_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [onDone]);
  return <TicketScreen ticket={ticket} qrUrl={ticket.trackingUrl} onDone={onDone} />;
}

function Busy() {
  const t = useT();
  return (
    <div className="overlay" data-testid="busy" role="status">
      <div className="panel">{t('issue.busy')}</div>
    </div>
  );
}

function Problem({ error, onClose }: { error: KioskError; onClose: () => void }) {
  const t = useT();
  const key = `error.${error.code}` as MessageKey;
  const known = ['error.queue.closed', 'error.queue.quotaExhausted', 'error.queue.realNameRequired', 'error.queue.duplicate', 'error.queue.personalLimit', 'error.queue.notEligible', 'error.platform.offline', 'error.platform.timeout', 'error.queue.appointmentNotFound', 'error.queue.appointmentNotToday', 'error.rpc.invalidInput'].includes(key);
  return (
    <div className="overlay" data-testid="problem" data-code={error.code} role="alertdialog">
      <div className="panel">
        <p>{known ? t(key) : t('error.generic', { code: error.code })}</p>
        <Button onPress={onClose} testId="problem-ok">
          {t('error.ok')}
        </Button>
      </div>
    </div>
  );
}

function ConnectionAlert() {
  const t = useT();
  const connected = useConnected();
  return connected ? null : (
    <div className="alert" role="status" data-testid="core-lost">
      {t('status.core.lost')}
    </div>
  );
}

function LiveStatusBar({ terminalId }: { terminalId: string }) {
  return <StatusBar status={useStatus()} terminalId={terminalId} />;
}

function IdleWarning({ seconds }: { seconds: number }) {
  const t = useT();
  return (
    <div className="overlay" data-testid="idle-warning">
      <div className="panel">
        <p>{t('idle.warning', { s: seconds })}</p>
        <Button onPress={() => {}}>{t('idle.stay')}</Button>
      </div>
    </div>
  );
}
