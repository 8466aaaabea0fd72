// The keyboard lab (developer page, `/dev?view=keyboard`): the kiosk's on-screen keyboard in a kiosk
// screen frame, with the kiosk's theme at the configured screen width, so it can be tried, measured
// and photographed without a flow that uses it. Query: `layout` (pinyin, letters, digits, idNumber),
// `locale`, `text=large`, `contrast=high`, `second=1` (a second field, digits). Codes the kiosk
// would act on (scanner bursts outside a field) are listed; the idle deadline is shown.
import { useMemo, useState } from 'react';
import type { TerminalInfo } from '../../../main/contract/index.ts';
import { useCall } from '../api/hooks.ts';
import { LocaleProvider, type Locale } from '../i18n/i18n.tsx';
import { useIdleTimer } from '../idle/use-idle-timer.ts';
import { useScans } from '../input/use-scans.ts';
import { IdleContext } from '../kiosk/idle-context.tsx';
import { ScreenFrame } from '../kiosk/screen-frame.tsx';
import { VisitProvider } from '../kiosk/visit.tsx';
import { direction } from '../locales/index.ts';
import { KeyboardInput, type KeyboardLayout } from '../ui/keyboard/keyboard-input.tsx';
import { ThemeRoot } from '../ui/theme-root.tsx';
import '../ui/styles.css';

const LAYOUTS: readonly KeyboardLayout[] = ['pinyin', 'letters', 'digits', 'idNumber'];
const LOCALES: readonly Locale[] = ['zh-CN', 'en', 'ug-CN'];

export default function KeyboardLab() {
  const info = useCall('system.getInfo', {});
  return info.state === 'done' ? <Lab info={info.value} /> : <p>…</p>;
}

function Lab({ info }: { info: TerminalInfo }) {
  const q = new URLSearchParams(window.location.search);
  const layout = LAYOUTS.find((l) => l === q.get('layout')) ?? 'pinyin';
  const locale = LOCALES.find((l) => l === q.get('locale')) ?? 'zh-CN';
  const largeText = q.get('text') === 'large';
  const highContrast = q.get('contrast') === 'high';
  const settings = useMemo(() => ({ mode: { largeText, highContrast }, locale }), [largeText, highContrast, locale]);
  const mode = settings.mode;
  const [value, setValue] = useState('');
  const [second, setSecond] = useState('');
  const [scans, setScans] = useState<readonly string[]>([]);
  useScans((code) => setScans((s) => [...s, code]));
  const idle = useIdleTimer({ timeoutMs: info.idleTimeoutSeconds * 1000, warningMs: 0, active: true, onIdle: () => {} });
  return (
    <ThemeRoot mode={mode} screenWidthMm={info.screenWidthMm}>
      <LocaleProvider locale={locale}>
        <VisitProvider defaults={settings} onEnd={() => {}}>
          {() => (
            <IdleContext.Provider value={idle}>
              <div className="screen" lang={locale} dir={direction[locale]} data-testid="keyboard-lab">
                <main className="body">
                  <ScreenFrame id="keyboard-lab" title="键盘试用 Keyboard lab">
                    <KeyboardInput value={value} onChange={setValue} layout={layout} placeholder="请输入 Type here" testId="lab-input" />
                    {q.get('second') === '1' && <KeyboardInput value={second} onChange={setSecond} layout="digits" placeholder="第二个输入框" testId="lab-second" />}
                    <p className="muted" data-testid="lab-scans" data-count={scans.length}>
                      scans: {scans.join(' ')}
                    </p>
                    <p className="muted" data-testid="lab-idle" data-deadline={idle.deadline ?? ''}>
                      idle deadline {idle.deadline}
                    </p>
                  </ScreenFrame>
                </main>
              </div>
            </IdleContext.Provider>
          )}
        </VisitProvider>
      </LocaleProvider>
    </ThemeRoot>
  );
}
