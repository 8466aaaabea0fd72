// The admin panel mounted on a screen (kiosk, counter, display): the hidden corner gesture, then the
// PIN pad, then the panel, over whatever the screen shows. With no PIN configured the gesture only
// reaches the core's log: a citizen who stumbles on it sees nothing. The panel keeps its own language
// (the staff's, switchable) and closes itself after the core's session minutes untouched.
import { useCallback, useEffect, useState } from 'react';
import type { TerminalInfo } from '../../../main/contract/index.ts';
import { api } from '../api/client.ts';
import { LocaleProvider, useLocale, type Locale } from '../i18n/i18n.tsx';
import { useIdleTimer } from '../idle/use-idle-timer.ts';
import { AdminPanelScreen } from './admin-panel-screen.tsx';
import { PinPadScreen, type PadNote } from './pin-pad-screen.tsx';
import { useCornerGesture } from './use-corner-gesture.ts';
import './admin.css';

type Stage = { name: 'closed' } | { name: 'pad'; note: PadNote; busy: boolean } | { name: 'panel'; sessionMs: number };

/** The pad closes by itself when nobody types a PIN for this long. */
const PAD_IDLE_MS = 60_000;

export function AdminCorner({ info }: { info: Pick<TerminalInfo, 'timeZone'> }) {
  const screenLocale = useLocale();
  const [locale, setLocale] = useState<Locale>(screenLocale === 'en' ? 'en' : 'zh-CN');
  const [stage, setStage] = useState<Stage>({ name: 'closed' });
  const open = stage.name !== 'closed';

  useCornerGesture(
    useCallback(() => {
      if (open) return;
      void api.admin.gesture().then((r) => {
        if (!r.ok || !r.value.pinConfigured) return;
        setLocale(screenLocale === 'en' ? 'en' : 'zh-CN');
        const locked = r.value.lockedUntil;
        setStage({ name: 'pad', busy: false, note: locked ? { kind: 'refused', answer: { outcome: 'locked', until: locked } } : null });
      });
    }, [open, screenLocale]),
  );

  const close = useCallback(() => setStage({ name: 'closed' }), []);
  const lock = useCallback(() => {
    void api.admin.lock();
    setStage({ name: 'closed' });
  }, []);
  const expired = useCallback(() => setStage({ name: 'pad', busy: false, note: { kind: 'expired' } }), []);

  const padIdle = useIdleTimer({ timeoutMs: PAD_IDLE_MS, warningMs: 0, active: stage.name === 'pad', onIdle: close });
  const sessionMs = stage.name === 'panel' ? stage.sessionMs : 60_000;
  const panelIdle = useIdleTimer({ timeoutMs: sessionMs, warningMs: sessionMs, active: stage.name === 'panel', onIdle: lock });
  void padIdle;

  // While the pad or the panel is open, keys (a keyboard, a keyboard-wedge scanner) reach only them:
  // not the counter's F-keys or the kiosk's scan handling under them. Their default actions (Tab,
  // Enter on a focused button) still happen.
  useEffect(() => {
    if (!open) return;
    const stop = (e: KeyboardEvent) => e.stopPropagation();
    window.addEventListener('keydown', stop, { capture: true });
    window.addEventListener('keyup', stop, { capture: true });
    return () => {
      window.removeEventListener('keydown', stop, { capture: true });
      window.removeEventListener('keyup', stop, { capture: true });
    };
  }, [open]);

  if (!open) return null;
  const submit = (pin: string) => {
    setStage({ name: 'pad', busy: true, note: null });
    void api.admin.unlock({ pin }).then((r) => {
      if (!r.ok) return setStage({ name: 'pad', busy: false, note: { kind: 'failed', message: r.error.message } });
      const a = r.value;
      if (a.outcome === 'unlocked') setStage({ name: 'panel', sessionMs: a.sessionMinutes * 60_000 });
      else setStage({ name: 'pad', busy: false, note: { kind: 'refused', answer: a } });
    });
  };
  return (
    <LocaleProvider locale={locale}>
      <div className="admin-layer" lang={locale} dir="ltr" data-testid="admin-layer">
        {stage.name === 'pad' ? (
          <PinPadScreen note={stage.note} busy={stage.busy} timeZone={info.timeZone} onSubmit={submit} onCancel={close} />
        ) : (
          <AdminPanelScreen
            timeZone={info.timeZone}
            secondsLeft={panelIdle.secondsLeft ?? Math.ceil(sessionMs / 1000)}
            onLock={lock}
            onExpired={expired}
            onLanguage={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
          />
        )}
      </div>
    </LocaleProvider>
  );
}
