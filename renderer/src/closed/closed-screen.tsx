// The kiosk outside the hall's opening hours: a dark, quiet screen (no attract loop, no voice, no
// task) saying the hours, when it opens next, the time and the hall; the text drifts slowly so
// nothing burns in. A touch wakes it for WAKE_MS at full size, saying that nothing can be done now
// and when to come back; it offers no button, since nothing here works while the hall is closed.
import { useState } from 'react';
import type { ScreenState } from '../../../domain/opening-hours.ts';
import { useT } from '../i18n/i18n.tsx';
import { driftAt, isAwake } from './closed-view.ts';
import { ClosedFacts } from './closed-facts.tsx';
import { ClockText } from './clock-text.tsx';
import './closed.css';

type Closed = Extract<ScreenState, { blank: true }>;

export function ClosedScreen({ state, now, hallName, hallArea, timeZone }: { state: Closed; now: number; hallName: string; hallArea: string; timeZone: string }) {
  const t = useT();
  const [touchedAt, setTouchedAt] = useState<number | null>(null);
  const awake = isAwake(now, touchedAt);
  const drift = driftAt(now);
  return (
    <div
      className="closed"
      data-testid="closed-screen"
      data-awake={awake ? 'true' : 'false'}
      role="status"
      aria-live="polite"
      onPointerDown={() => setTouchedAt(now)}
      onKeyDown={() => setTouchedAt(now)}
      tabIndex={0}
    >
      <div className="closed-block" style={{ transform: `translate(${drift.x}vw, ${drift.y}vh)` }}>
        <ClockText now={now} timeZone={timeZone} className="closed-clock" />
        <p className="closed-heading" data-testid="closed-heading">
          {t('closed.heading')}
        </p>
        <ClosedFacts state={state} hoursLabel="closed.hoursLabel" />
        {awake ? (
          <p className="closed-come-back" data-testid="closed-come-back">
            {t('closed.comeBack')}
          </p>
        ) : (
          <p className="closed-touch">{t('closed.touch')}</p>
        )}
        <p className="closed-hall">
          {hallName}
          {hallArea ? ` · ${hallArea}` : ''}
        </p>
      </div>
    </div>
  );
}
