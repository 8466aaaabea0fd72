// The frame of every kiosk screen but home: its title, a way back and a way home (large, in the same
// place on every screen), the content, and how long until the kiosk returns home by itself. Long
// content scrolls with large buttons, never with a thin scrollbar.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';
import { useIdle } from './idle-context.tsx';
import { useVisit } from './visit.tsx';

export interface ScreenFrameProps {
  /** The screen's name for tests and the page's accessibility tree (`screen-<id>`). */
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
  /** The screen's own main actions, kept in view below the content. */
  readonly actions?: ReactNode;
  /** Hide "back" where going back makes no sense (a ticket already taken). */
  readonly noBack?: boolean;
}

export function ScreenFrame({ id, title, children, actions, noBack }: ScreenFrameProps) {
  const t = useT();
  const { back, home } = useVisit();
  return (
    <section className="frame" data-testid={`frame-${id}`} aria-labelledby={`frame-title-${id}`}>
      <header className="frame-head">
        {!noBack && (
          <Button variant="secondary" onPress={back} testId="nav-back" label={t('nav.back')}>
            <span aria-hidden="true" className="nav-arrow">
              ‹
            </span>{' '}
            {t('nav.back')}
          </Button>
        )}
        <h2 id={`frame-title-${id}`}>{title}</h2>
        <Button variant="secondary" onPress={home} testId="nav-home">
          {t('nav.home')}
        </Button>
      </header>
      <ScrollArea label={title}>{children}</ScrollArea>
      {actions && <footer className="frame-actions">{actions}</footer>}
      <IdleCountdown />
    </section>
  );
}

/**
 * Content that may be longer than the screen: large up/down buttons appear when it is. Overflowing
 * content with nothing focusable in it (a guide to read) becomes a focus stop itself, so a keypad
 * can scroll it too.
 */
export function ScrollArea({ children, label }: { children: ReactNode; label?: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ up: false, down: false, focusStop: false });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const overflows = el.scrollHeight > el.clientHeight + 1;
      const focusable = el.querySelector('button:not([disabled]), a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])') !== null;
      setEdges({ up: el.scrollTop > 1, down: el.scrollTop + el.clientHeight < el.scrollHeight - 1, focusStop: overflows && !focusable });
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    for (const child of Array.from(el.children)) ro.observe(child);
    return () => {
      el.removeEventListener('scroll', measure);
      ro.disconnect();
    };
  }, [children]);
  const page = (dir: 1 | -1) => box.current?.scrollBy({ top: dir * box.current.clientHeight * 0.8, behavior: 'smooth' });
  return (
    <div className="scroll-area">
      <div
        className="scroll-content"
        ref={box}
        tabIndex={edges.focusStop ? 0 : -1}
        {...(edges.focusStop ? { role: 'region', 'aria-label': label } : {})}
      >
        {children}
      </div>
      {(edges.up || edges.down) && (
        <div className="scroll-buttons">
          <Button variant="secondary" onPress={() => page(-1)} disabled={!edges.up} testId="scroll-up" label={t('nav.scrollUp')}>
            ▲
          </Button>
          <Button variant="secondary" onPress={() => page(1)} disabled={!edges.down} testId="scroll-down" label={t('nav.scrollDown')}>
            ▼
          </Button>
        </div>
      )}
    </div>
  );
}

/** "Back to the start in 58 s": always in view while a visit runs. */
export function IdleCountdown() {
  const t = useT();
  const { deadline } = useIdle();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  if (deadline === null) return null;
  const s = Math.max(0, Math.ceil((deadline - now) / 1000));
  return (
    <p className="idle-countdown" data-testid="idle-countdown" aria-live="off">
      {t('idle.countdown', { s })}
    </p>
  );
}
