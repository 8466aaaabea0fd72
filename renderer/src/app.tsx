// The terminal's page: asks the core who this terminal is, then shows its role: the kiosk (the
// citizen's visit, kiosk/), the counter (counter/) or the call display (display/). The banner and the
// status bar frame the kiosk and the counter; the display draws its own.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LiveSettings, TerminalInfo } from '../../main/contract/index.ts';
import { useCall, useConnected, useEvent, useStatus } from './api/hooks.ts';
import { useT } from './i18n/i18n.tsx';
import { KioskApp } from './kiosk/kiosk-app.tsx';
import { CounterApp } from './counter/counter-app.tsx';
import { DisplayApp } from './display/display-app.tsx';
import { Banner } from './ui/banner.tsx';
import { HallClockProvider } from './ui/hall-clock.tsx';
import { StatusBar } from './ui/status-bar.tsx';
import { ThemeRoot } from './ui/theme-root.tsx';

export function App() {
  const info = useCall('system.getInfo', {});
  const live = useLiveInfo(info.state === 'done' ? info.value : null);
  if (live === null) return <Startup failed={info.state === 'failed'} />;
  return <Terminal info={live} />;
}

/** The terminal info with the hall's settings as last pushed (system.settingsChanged: idle timeout,
 *  attract playlist, opening hours), so they apply at once, without a reload. A fresh answer wins. */
function useLiveInfo(info: TerminalInfo | null): TerminalInfo | null {
  const [pushed, setPushed] = useState<LiveSettings | null>(null);
  useEvent('system.settingsChanged', setPushed);
  useEffect(() => setPushed(null), [info]);
  return useMemo(
    () => (info && pushed ? { ...info, idleTimeoutSeconds: pushed.idleTimeoutSeconds, attract: pushed.attract, openingHours: pushed.openingHours } : info),
    [info, pushed],
  );
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
  const shell = (content: ReactNode) => (
    <>
      <Banner hallName={info.hallName} hallArea={info.hallArea} timeZone={info.timeZone} />
      <ConnectionAlert />
      <main className="body">{content}</main>
      <LiveStatusBar terminalId={info.terminalId} />
    </>
  );
  return (
    <HallClockProvider coreNow={info.now}>
      {info.role === 'kiosk' ? (
        <KioskApp info={info} shell={shell} />
      ) : info.role === 'counter' ? (
        <CounterApp info={info} shell={shell} />
      ) : (
        <DisplayApp info={info} />
      )}
    </HallClockProvider>
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
