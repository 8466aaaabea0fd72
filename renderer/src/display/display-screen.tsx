// The call display's one screen: the newest call huge (number -> window, flashing briefly when it
// arrives), the earlier calls, the waiting counts per business, the closed windows, the hall notices
// and the hall clock; a plain line when the platform has not been heard for a while. Every state has
// words: before the first board, an empty day, the link lost (display-app.tsx feeds it).
import { useEffect, useState } from 'react';
import type { DisplayState, TerminalInfo } from '../../../main/contract/index.ts';
import type { BoardCall } from '../../../domain/queue.ts';
import type { Notice } from '../../../domain/notices.ts';
import { formatHallTime } from '../../../domain/hall-time.ts';
import { useT } from '../i18n/i18n.tsx';
import { Banner } from '../ui/banner.tsx';
import './display.css';

const NOTICE_TURN_MS = 12_000;

export interface DisplayScreenProps {
  readonly info: TerminalInfo;
  /** null: the core has not answered yet. */
  readonly state: DisplayState | null;
  /** The page lost its core (the terminal service). */
  readonly coreLost: boolean;
  readonly notices: readonly Notice[];
  readonly orientation: 'landscape' | 'portrait';
}

export function DisplayScreen({ info, state, coreLost, notices, orientation }: DisplayScreenProps) {
  const t = useT();
  const ready = state?.status === 'ready';
  const [current, ...history] = state?.calls ?? [];
  return (
    <div className="display" data-testid="screen-display" data-orientation={orientation} lang={info.locale}>
      <Banner hallName={info.hallName} hallArea={info.hallArea} timeZone={info.timeZone}>
        <div className="display-title">{t('display.title')}</div>
      </Banner>
      <LinkLine state={state} coreLost={coreLost} timeZone={info.timeZone} />
      <main className="display-body">
        {!ready ? (
          <section className="display-empty" data-testid="display-starting">
            <p className="display-empty-words">{t('display.starting')}</p>
            <p className="display-empty-hint">{t('display.startingHint')}</p>
          </section>
        ) : current === undefined ? (
          <section className="display-empty" data-testid="display-no-calls">
            <p className="display-empty-words">{t('display.noCalls')}</p>
            <p className="display-empty-hint">{t('display.noCallsHint')}</p>
          </section>
        ) : (
          <CurrentCall call={current} />
        )}
        {ready && (
          <div className={history.length > 0 ? 'display-lower' : 'display-lower display-lower-counts-only'}>
            {history.length > 0 && (
              <section className="display-history" aria-label={t('display.history')}>
                <h2>{t('display.history')}</h2>
                <ol data-testid="display-history">
                  {history.map((c) => (
                    <li key={c.ticketId} data-testid="display-history-row">
                      <span className="display-row-number">{c.number}</span>
                      <span className="display-row-window">{t('display.window', { number: windowNumber(c) })}</span>
                    </li>
                  ))}
                </ol>
              </section>
            )}
            <section className="display-counts" aria-label={t('display.waiting')}>
              <h2>{t('display.waiting')}</h2>
              <ul data-testid="display-counts">
                {state.counts.map((c) => (
                  <li key={c.categoryId} data-testid={`display-count-${c.categoryId}`}>
                    <span className="display-count-name">{c.name}</span>
                    <span className="display-count-value">{t('display.waitingCount', { count: c.waiting })}</span>
                  </li>
                ))}
              </ul>
            </section>
            {state.closedWindows.length > 0 && (
              <p className="display-closed" data-testid="display-closed">
                {t('display.closedList', { list: state.closedWindows.map((w) => t('display.window', { number: windowNumber(w) })).join(t('display.listSeparator')) })}
              </p>
            )}
          </div>
        )}
      </main>
      {notices.length > 0 && <NoticePanel notices={notices} />}
    </div>
  );
}

/** The window's number as the sign and the voice say it: "05" -> 5. */
function windowNumber(c: Pick<BoardCall, 'windowNumber'> | { readonly number: string }): string {
  return String(Number('windowNumber' in c ? c.windowNumber : c.number));
}

function CurrentCall({ call }: { call: BoardCall }) {
  const t = useT();
  return (
    // Keyed by the call (a recall included): a new call mounts anew and its flash plays once.
    <section key={`${call.ticketId}-${call.callCount}`} className="display-current" data-testid="display-current" aria-live="polite">
      <div className="display-current-line">
        <span className="display-current-word">{t('display.current')}</span>
        <span className="display-current-number" data-testid="display-current-number">
          {call.number}
        </span>
      </div>
      <div className="display-current-line">
        <span className="display-current-word">{t('display.currentTo')}</span>
        <span className="display-current-window" data-testid="display-current-window">
          {t('display.window', { number: windowNumber(call) })}
        </span>
      </div>
      {call.recall && (
        <div className="display-recall" data-testid="display-recall">
          {t('display.recall')}
        </div>
      )}
    </section>
  );
}

function LinkLine({ state, coreLost, timeZone }: { state: DisplayState | null; coreLost: boolean; timeZone: string }) {
  const t = useT();
  if (!coreLost && !state?.link.stale) return null;
  const since = state?.link.lastHeardAt;
  return (
    <div className="display-stale" role="status" data-testid="display-stale">
      <p>{since ? t('display.stale', { since: formatHallTime(since, timeZone).slice(-5) }) : t('display.staleNever')}</p>
      <p className="display-stale-hint">{t('display.staleHint')}</p>
    </div>
  );
}

function NoticePanel({ notices }: { notices: readonly Notice[] }) {
  const t = useT();
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    if (notices.length < 2) return;
    const timer = window.setInterval(() => setTurn((n) => n + 1), NOTICE_TURN_MS);
    return () => window.clearInterval(timer);
  }, [notices.length]);
  const notice = notices[turn % notices.length]!;
  return (
    <footer className="display-notices" data-testid="display-notices">
      <span className="display-notices-label">{t('display.notices')}</span>
      <span className="display-notices-title">{notice.title}</span>
      <span className="display-notices-body">{notice.body}</span>
    </footer>
  );
}
