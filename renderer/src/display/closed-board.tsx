// The call display outside the hall's opening hours: a dark board (no calls, no voice) with the
// time, that calling has ended, today's hours and when the hall opens next, read from across the
// hall; the block drifts slowly so nothing burns in. Nobody touches a wall screen: no wake.
import type { ScreenState } from '../../../domain/opening-hours.ts';
import { useT } from '../i18n/i18n.tsx';
import { ClockText } from '../closed/clock-text.tsx';
import { driftAt } from '../closed/closed-view.ts';
import { ClosedFacts } from '../closed/closed-facts.tsx';
import '../closed/closed.css';

type Closed = Extract<ScreenState, { blank: true }>;

export function ClosedBoard({ state, now, hallName, timeZone }: { state: Closed; now: number; hallName: string; timeZone: string }) {
  const t = useT();
  const drift = driftAt(now);
  return (
    <div className="closed closed-board" data-testid="display-closed" role="status">
      <div className="closed-block" style={{ transform: `translate(${drift.x / 2}vw, ${drift.y / 2}vh)` }}>
        <ClockText now={now} timeZone={timeZone} className="closed-clock" />
        <p className="closed-heading">{t('closed.display.heading')}</p>
        <ClosedFacts state={state} hoursLabel="closed.display.hoursLabel" />
        <p className="closed-hall">{hallName}</p>
      </div>
    </div>
  );
}
