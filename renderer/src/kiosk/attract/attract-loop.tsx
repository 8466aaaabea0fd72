// The attract loop: when the home screen has rested untouched for `ui.attract.afterSeconds` (no visit
// in progress, no card on the reader or left in it), the hall's images and videos fill the screen,
// round and round. Any touch, key, wheel, card or scan ends it at once and home shows; the touch that
// ends it presses nothing that lay under it. Videos are muted and play to their end; an item that fails
// to load is left out until the page reloads. The loop never speaks.
import { useEffect, useRef, useState } from 'react';
import type { AttractItem, AttractLoop as AttractConfig } from '../../../../main/contract/index.ts';
import { systemClock, type Clock } from '../../../../domain/clock.ts';
import { useEvent } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useIdleTimer } from '../../idle/use-idle-timer.ts';
import './attract.css';

export interface AttractLoopProps {
  /** From `system.getInfo`: known before the kiosk shows, so the rest counts from home's first showing. */
  readonly loop: AttractConfig;
  /** True while home rests with no visit in progress: only then may the loop start; false ends it. */
  readonly resting: boolean;
  readonly clock?: Clock;
}

export function AttractLoop({ loop: config, resting, clock = systemClock }: AttractLoopProps) {
  const [broken, setBroken] = useState<ReadonlySet<string>>(new Set());
  const [showing, setShowing] = useState(false);
  const items = config ? config.items.filter((i) => !broken.has(i.src)) : [];
  const allowed = resting && items.length > 0;

  useIdleTimer({
    timeoutMs: (config?.afterSeconds ?? 60) * 1000,
    warningMs: 0,
    active: allowed && !showing,
    onIdle: () => setShowing(true),
    clock,
  });
  useEffect(() => {
    if (!allowed) setShowing(false);
  }, [allowed]);
  // A card put on the reader, or a code scanned on a serial scanner, ends it like a touch.
  useEvent('idcard.changed', (s) => s.holder && setShowing(false));
  useEvent('scanner.scanned', () => setShowing(false));

  if (!showing || !allowed) return null;
  return <AttractShow items={items} clock={clock} onEnd={() => setShowing(false)} onBroken={(src) => setBroken((b) => new Set(b).add(src))} />;
}

function AttractShow({ items, clock, onEnd, onBroken }: { items: readonly AttractItem[]; clock: Clock; onEnd: () => void; onBroken: (src: string) => void }) {
  const t = useT();
  // `round` counts every item shown, so an item that comes again (a single video) starts afresh.
  const [pos, setPos] = useState({ index: 0, round: 0 });
  const item = items[pos.index % items.length]!;
  const next = () => setPos((p) => ({ index: ((p.index % items.length) + 1) % items.length, round: p.round + 1 }));
  const nextRef = useRef(next);
  nextRef.current = next;
  const root = useRef<HTMLDivElement>(null);
  const endRef = useRef(onEnd);
  endRef.current = onEnd;

  // An image shows for its seconds; a video calls `next` when it ends.
  const seconds = item.kind === 'image' ? item.seconds : null;
  useEffect(() => {
    if (seconds === null) return;
    const timer = clock.setTimeout(() => nextRef.current(), seconds * 1000);
    return () => clock.clearTimeout(timer);
  }, [pos.round, seconds, clock]);

  // Keys go to the show (so Enter presses no button under it) and end it; a wedge scanner's keys go on
  // to the scan detector. A touch ends it on the way down, and the click that follows is swallowed.
  useEffect(() => {
    root.current?.focus({ preventScroll: true });
    const end = () => endRef.current();
    window.addEventListener('keydown', end, { capture: true });
    window.addEventListener('wheel', end, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', end, { capture: true });
      window.removeEventListener('wheel', end, { capture: true });
    };
  }, []);

  const onPointerDown = (e: React.PointerEvent) => {
    e.preventDefault();
    swallowNextClick();
    onEnd();
  };

  return (
    <div
      ref={root}
      className="attract"
      data-testid="attract"
      data-src={item.src}
      role="dialog"
      aria-modal="true"
      aria-label={t('attract.label')}
      tabIndex={-1}
      onPointerDown={onPointerDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      <div className="attract-media" key={`${pos.round}:${item.src}`}>
        {item.kind === 'image' ? (
          <img src={item.src} alt={item.caption ?? ''} draggable={false} data-testid="attract-image" onError={() => onBroken(item.src)} />
        ) : (
          <video
            src={item.src}
            muted
            autoPlay
            playsInline
            disablePictureInPicture
            preload="auto"
            data-testid="attract-video"
            onEnded={() => next()}
            onError={() => onBroken(item.src)}
          />
        )}
      </div>
      {item.caption && (
        <p className="attract-caption" data-testid="attract-caption">
          {item.caption}
        </p>
      )}
      <p className="attract-touch">{t('attract.touch')}</p>
    </div>
  );
}

/** The click that ends a touch on the show must not reach what is under it once the show is gone. */
function swallowNextClick() {
  const swallow = (e: Event) => {
    e.stopPropagation();
    e.preventDefault();
    done();
  };
  // The next touch starts a new gesture: whatever click it makes is its own.
  const done = () => {
    window.removeEventListener('click', swallow, { capture: true });
    window.removeEventListener('pointerdown', done, { capture: true });
  };
  window.addEventListener('click', swallow, { capture: true });
  window.addEventListener('pointerdown', done, { capture: true });
}
