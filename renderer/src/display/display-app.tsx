// The hall's call display (叫号显示屏, role display): a wall screen nobody touches. The board comes
// from the core (display.state, then display.changed pushes); each call to say comes as
// display.announce and is queued (announcer.ts) so that announcements never cut each other off.
// It never shows a blank screen: before the first board, an empty day and a lost link each have
// their words (display-screen.tsx). Outside the hall's opening hours it shows its closed board and
// says nothing (closed-board.tsx).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DisplayAnnouncement, DisplayState, TerminalInfo } from '../../../main/contract/index.ts';
import { api } from '../api/client.ts';
import { useCall, useConnected, useEvent } from '../api/hooks.ts';
import { LocaleProvider } from '../i18n/i18n.tsx';
import { voice as enVoice } from '../locales/en/voice.ts';
import { voice as zhVoice } from '../locales/zh-CN/voice.ts';
import { ThemeRoot } from '../ui/theme-root.tsx';
import { planAnnouncement } from '../voice/call-announcement.ts';
import { pageSpeaker } from '../voice/speaker.ts';
import { SPOKEN_EVENT } from '../voice/voice.tsx';
import type { Utterance } from '../voice/speech-plan.ts';
import { createAnnouncer, type Announcer } from './announcer.ts';
import { DisplayScreen } from './display-screen.tsx';
import { ClosedBoard } from './closed-board.tsx';
import { useScreenState } from '../closed/use-screen-state.ts';
import type { Notice } from '../../../domain/notices.ts';

const texts = { 'zh-CN': zhVoice, en: enVoice } as const;
const NOTICES_REFRESH_MS = 60_000;

let shared: Announcer | null = null;
function announcer(): Announcer {
  shared ??= createAnnouncer({
    speaker: pageSpeaker(),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (t) => window.clearTimeout(t as number),
    onStart: (u) => window.dispatchEvent(new CustomEvent<Utterance>(SPOKEN_EVENT, { detail: u })),
  });
  return shared;
}

export function DisplayApp({ info }: { info: TerminalInfo }) {
  return (
    <ThemeRoot mode={info.accessibility} screenWidthMm={info.screenWidthMm}>
      <LocaleProvider locale={info.locale}>
        <DisplayLive info={info} />
      </LocaleProvider>
    </ThemeRoot>
  );
}

function DisplayLive({ info }: { info: TerminalInfo }) {
  const first = useCall('display.state', {});
  const [pushed, setPushed] = useState<DisplayState | null>(null);
  useEvent('display.changed', setPushed);
  const answered = first.state === 'done' ? first.value : null;
  // After a reconnection to the core the fresh answer wins over an older push.
  useEffect(() => setPushed(null), [answered]);
  const state = pushed ?? answered;
  const settings = useRef(state?.settings);
  settings.current = state?.settings;
  const lastSeq = useRef(0);
  const screen = useScreenState(info.openingHours, info.timeZone);
  const closedNow = useRef(screen.blank);
  closedNow.current = screen.blank;
  useEvent('display.announce', (a: DisplayAnnouncement) => {
    // A seq that does not rise is one already said (or the core restarted: it counts from 1 again).
    if (a.seq <= lastSeq.current && a.seq !== 1) return;
    lastSeq.current = a.seq;
    const s = settings.current;
    // Outside the opening hours the hall is empty: nothing is said (a late call is still shown once open).
    if (!s || s.volume <= 0 || closedNow.current) return;
    announcer().add(planAnnouncement(a.call, s.languages, s.repeat, texts), s.volume);
  });
  const notices = useNotices(state?.settings.notices ?? false);
  const connected = useConnected();
  const orientation = useOrientation(state?.settings.orientation ?? 'auto');
  if (screen.blank) return <ClosedBoard state={screen} now={screen.now} hallName={info.hallName} timeZone={info.timeZone} />;
  return <DisplayScreen info={info} state={state} coreLost={!connected} notices={notices} orientation={orientation} />;
}

/** The hall notices valid now (the terminal's synced copy), read again every minute. */
function useNotices(enabled: boolean): readonly Notice[] {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  useEffect(() => {
    if (!enabled) return setNotices([]);
    let live = true;
    const read = () => void api.notices.current().then((r) => live && r.ok && setNotices(r.value.notices));
    read();
    const timer = window.setInterval(read, NOTICES_REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [enabled]);
  return notices;
}

function useOrientation(setting: DisplayState['settings']['orientation']): 'landscape' | 'portrait' {
  const measure = () => (window.innerHeight > window.innerWidth ? 'portrait' : 'landscape');
  const [auto, setAuto] = useState<'landscape' | 'portrait'>(measure);
  useEffect(() => {
    const onResize = () => setAuto(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return useMemo(() => (setting === 'auto' ? auto : setting), [setting, auto]);
}
