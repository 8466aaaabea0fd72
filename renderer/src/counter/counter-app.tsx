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
import { useErrorText } from './counter-words.tsx';
import { SignInScreen } from './sign-in-screen.tsx';
import { useActivityReport, useCounterState } from './use-counter.ts';
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
      </LocaleProvider>
    </ThemeRoot>
  );
}

function CounterTop({ state, mode, onLocale, onLargeText, onContrast }: { state: CounterState | null; locale: Locale; mode: TerminalInfo['accessibility']; onLocale: () => void; onLargeText: () => void; onContrast: () => void }) {
  const t = useT();
  return (
    <div className="counter-top">
      <WindowName state={state} />
      <div className="counter-row">
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

function WindowName({ state }: { state: CounterState | null }) {
  const t = useT();
  if (!state) return <div />;
  return (
    <h2 className="counter-window" data-testid="counter-window">
      {state.windowNumber === null ? t('counter.window.unknown', { id: state.windowId }) : t('counter.window', { number: Number(state.windowNumber) })}
      {state.windowName && <span className="counter-muted"> · {state.windowName}</span>}
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
