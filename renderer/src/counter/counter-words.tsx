// What a refusal or a failure means to the staff at the window: the text of its code (what happened,
// what to do now), with the details the platform gave (attempts left, until when, which window).
import type { KioskError } from '../../../domain/errors.ts';
import { localTimeAt } from '../../../domain/hall-time.ts';
import { messages } from '../locales/index.ts';
import { useT, type MessageKey } from '../i18n/i18n.tsx';
import type { Outcome } from './use-counter.ts';

/** "10:05": the hall's time of day of an instant (the counter works within one day). */
export function hallClock(instant: string, timeZone: string): string {
  return localTimeAt(Date.parse(instant), timeZone).time.slice(0, 5);
}

export function useErrorText(timeZone: string): (e: KioskError) => string {
  const t = useT();
  return (e) => {
    const key = `counter.error.${e.code}` as MessageKey;
    if (!(key in messages['zh-CN'])) return t('counter.error.other', { code: e.code });
    const d = (e.details ?? {}) as Record<string, unknown>;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(d)) if (typeof v === 'string' || typeof v === 'number') params[k] = String(v);
    if (typeof d['until'] === 'string') params['until'] = hallClock(d['until'], timeZone);
    // Windows are said as on their sign: 5号窗口, not 05.
    if (typeof d['windowNumber'] === 'string' && /^\d+$/.test(d['windowNumber'])) params['windowNumber'] = String(Number(d['windowNumber']));
    return t(key, params);
  };
}

/** The line under the actions: what was just done, or why it was not. */
export function OutcomeLine({ outcome, timeZone, busy = false }: { outcome: Outcome; timeZone: string; busy?: boolean }) {
  const t = useT();
  const errorText = useErrorText(timeZone);
  if (busy) {
    return (
      <div className="counter-outcome" role="status" data-testid="counter-busy">
        {t('counter.busy')}
      </div>
    );
  }
  if (outcome === null) return <div className="counter-outcome" data-testid="counter-outcome" />;
  if (outcome.kind === 'done') {
    return (
      <div className="counter-outcome is-done" role="status" data-testid="counter-outcome">
        {t(outcome.key as MessageKey, outcome.params)}
      </div>
    );
  }
  return (
    <div className="counter-outcome is-failed" role="alert" data-testid="counter-error" data-code={outcome.error.code}>
      {errorText(outcome.error)}
    </div>
  );
}
