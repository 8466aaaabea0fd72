// The kiosk application: which screen shows, the citizen's visit settings, the idle return home.
import { useCallback, useMemo, useState } from 'react';
import type { TerminalInfo } from '../../main/contract/index.ts';
import { useCall, useConnected, useStatus } from './api/hooks.ts';
import { LocaleProvider, useT, type Locale } from './i18n/i18n.tsx';
import { useIdleTimer } from './idle/use-idle-timer.ts';
import { AccessibilityScreen } from './screens/accessibility-screen.tsx';
import { HomeScreen } from './screens/home-screen.tsx';
import { RoleScreen } from './screens/role-screen.tsx';
import { Banner } from './ui/banner.tsx';
import { Button } from './ui/button.tsx';
import { StatusBar } from './ui/status-bar.tsx';
import { ThemeRoot } from './ui/theme-root.tsx';
import type { ThemeMode } from './ui/theme.ts';

type Screen = { readonly name: 'home' } | { readonly name: 'accessibility' };

/** What a citizen may change during one visit; it all goes back to the terminal's defaults after. */
interface Visit {
  readonly screen: Screen;
  readonly mode: ThemeMode;
  readonly locale: Locale;
}

const IDLE_WARNING_MS = 10_000;

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
  const defaults = useMemo<Visit>(
    () => ({ screen: { name: 'home' }, mode: info.accessibility, locale: info.locale }),
    [info],
  );
  const [visit, setVisit] = useState<Visit>(defaults);
  const endVisit = useCallback(() => setVisit(defaults), [defaults]);
  const pristine = visit === defaults;
  const secondsLeft = useIdleTimer({
    timeoutMs: info.idleTimeoutSeconds * 1000,
    warningMs: Math.min(IDLE_WARNING_MS, (info.idleTimeoutSeconds * 1000) / 3),
    active: !pristine,
    onIdle: endVisit,
  });

  return (
    <ThemeRoot mode={visit.mode} screenWidthMm={info.screenWidthMm}>
      <LocaleProvider locale={visit.locale}>
        <div className="screen" data-testid={`screen-${visit.screen.name}`} lang={visit.locale}>
          <Banner hallName={info.hallName} hallArea={info.hallArea} />
          <ConnectionAlert />
          <main className="body">
            {info.role === 'kiosk' ? <KioskScreen visit={visit} setVisit={setVisit} goHome={endVisit} /> : <RoleScreen role={info.role} />}
          </main>
          <LiveStatusBar terminalId={info.terminalId} />
          {secondsLeft !== null && <IdleWarning seconds={secondsLeft} />}
        </div>
      </LocaleProvider>
    </ThemeRoot>
  );
}

function KioskScreen({ visit, setVisit, goHome }: { visit: Visit; setVisit: (v: Visit) => void; goHome: () => void }) {
  const screen = visit.screen;
  switch (screen.name) {
    case 'home':
      return (
        <HomeScreen
          onAccessibility={() => setVisit({ ...visit, screen: { name: 'accessibility' } })}
          onToggleLanguage={() => setVisit({ ...visit, locale: visit.locale === 'zh-CN' ? 'en' : 'zh-CN' })}
        />
      );
    case 'accessibility':
      return <AccessibilityScreen mode={visit.mode} onChange={(mode) => setVisit({ ...visit, mode })} onHome={goHome} />;
    default:
      return screen satisfies never;
  }
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
