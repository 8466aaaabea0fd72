// The window terminal (role counter): the sign-in screen until staff are on duty (and again after the
// idle pause), then the workspace. Chinese or English, large text and high contrast are the staff's
// own switches here (they start from the terminal's settings).
import { useCallback, useState, type ReactNode } from 'react';
import type { CounterState, TerminalInfo } from '../../../main/contract/index.ts';
import type { KioskError } from '../../../domain/errors.ts';
import { api } from '../api/client.ts';
import { LocaleProvider, useT, type Locale } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';
import { ThemeRoot } from '../ui/theme-root.tsx';
import { AdminCorner } from '../admin/admin-corner.tsx';
import { OutcomeLine, useErrorText } from './counter-words.tsx';
import { SignInScreen } from './sign-in-screen.tsx';
import { useActivityReport, useCounterState, useRunner } from './use-counter.ts';
import { WorkspaceScreen } from './workspace-screen.tsx';
import './counter.css';

export function CounterApp({ info, shell }: { info: TerminalInfo; shell: (content: ReactNode) => ReactNode }) {
  const [locale, setLocale] = useState<Locale>(info.locale === 'en' ? 'en' : 'zh-CN');
  const [mode, setMode] = useState(info.accessibility);
  const report = useCallback(() => void api.counter.activity({}), []);
  useActivityReport(report);
  const { state, failed } = useCounterState();
  return (
    <ThemeRoot mode={mode} screenWidthMm={info.screenWidthMm}>
      <LocaleProvider locale={locale}>
        <div className="screen counter-screen" data-testid="screen-counter" lang={locale}>
          {shell(
            <div className="counter-body">
              <CounterTop
                state={state}
                timeZone={info.timeZone}
                locale={locale}
                mode={mode}
                onLocale={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
                onLargeText={() => setMode({ ...mode, largeText: !mode.largeText })}
                onContrast={() => setMode({ ...mode, highContrast: !mode.highContrast })}
              />
              <CounterScreens state={state} failed={failed} timeZone={info.timeZone} />
            </div>,
          )}
        </div>
        <AdminCorner info={info} />
      </LocaleProvider>
    </ThemeRoot>
  );
}

function CounterTop({ state, timeZone, mode, onLocale, onLargeText, onContrast }: { state: CounterState | null; timeZone: string; locale: Locale; mode: TerminalInfo['accessibility']; onLocale: () => void; onLargeText: () => void; onContrast: () => void }) {
  const t = useT();
  return (
    <div className="counter-top">
      <WindowName state={state} />
      {state?.staff && !state.locked ? <DutyBar state={state} timeZone={timeZone} /> : <div className="counter-grow" />}
      <div className="counter-row counter-switches">
        <Button variant="secondary" testId="counter-language" onPress={onLocale}>
          {t('counter.language')}
        </Button>
        <Button variant="toggle" pressed={mode.largeText} testId="counter-large-text" onPress={onLargeText}>
          {t('counter.largeText')}
        </Button>
        <Button variant="toggle" pressed={mode.highContrast} testId="counter-contrast" onPress={onContrast}>
          {t('counter.contrast')}
        </Button>
      </div>
    </div>
  );
}

/** Who is on duty, and the window's pause and sign-out (F8 pauses from the keyboard too). */
function DutyBar({ state, timeZone }: { state: CounterState; timeZone: string }) {
  const t = useT();
  const { busy, outcome, run } = useRunner();
  const staff = state.staff!;
  return (
    <>
      <div className="counter-grow counter-duty">
        <strong data-testid="counter-staff">{t('counter.staff', { name: staff.name, id: staff.id })}</strong>
        <span className="counter-muted">
          {' '}
          · {staff.position} · {t('counter.staff.stars', { stars: staff.stars })}
        </span>
      </div>
      <Button variant={state.paused ? 'primary' : 'secondary'} testId="counter-pause" disabled={busy} onPress={() => void run(() => (state.paused ? api.counter.resume({}) : api.counter.pause({})))}>
        <span className="counter-key">F8</span> {state.paused ? t('counter.resume') : t('counter.pause')}
      </Button>
      <Button variant="secondary" testId="counter-sign-out" disabled={busy} onPress={() => void run(() => api.counter.signOut({}))}>
        {t('counter.signOut')}
      </Button>
      {outcome?.kind === 'failed' && (
        <div className="counter-duty-problem">
          <OutcomeLine outcome={outcome} timeZone={timeZone} />
        </div>
      )}
    </>
  );
}

function WindowName({ state }: { state: CounterState | null }) {
  const t = useT();
  if (!state) return <div />;
  return (
    <h2 className="counter-window" data-testid="counter-window">
      {state.windowNumber === null ? t('counter.window.unknown', { id: state.windowId }) : t('counter.window', { number: Number(state.windowNumber) })}
    </h2>
  );
}

function CounterScreens({ state, failed, timeZone }: { state: CounterState | null; failed: KioskError | null; timeZone: string }) {
  const errorText = useErrorText(timeZone);
  if (failed) {
    return (
      <div className="center-message" role="alert" data-testid="counter-unavailable">
        {errorText(failed)}
      </div>
    );
  }
  if (!state) return null;
  if (state.staff === null || state.locked) return <SignInScreen state={state} timeZone={timeZone} />;
  return <WorkspaceScreen state={state} timeZone={timeZone} />;
}
