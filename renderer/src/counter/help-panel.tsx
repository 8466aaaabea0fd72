// The kiosks' open help calls (帮办): where, why, since when, and whether someone is already going;
// the signed-in staff member acknowledges (goes) and resolves them.
import type { CounterState } from '../../../main/contract/index.ts';
import { hallClock } from './counter-words.tsx';
import { useT, type MessageKey } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';

export function HelpPanel({ state, busy, timeZone, onAcknowledge, onResolve }: { state: CounterState; busy: boolean; timeZone: string; onAcknowledge: (id: string) => void; onResolve: (id: string) => void }) {
  const t = useT();
  return (
    <section className="counter-panel" aria-labelledby="counter-help" data-testid="counter-help">
      <h2 id="counter-help">
        {t('counter.help')}
        {state.helpCalls.length > 0 && <span className="counter-badge">{state.helpCalls.length}</span>}
      </h2>
      {state.helpCalls.length === 0 ? (
        <p className="counter-hint">{t('counter.help.none')}</p>
      ) : (
        <ul className="counter-list">
          {state.helpCalls.map((c) => (
            <li key={c.id} data-testid={`help-call-${c.id}`} data-state={c.state} className="counter-help-call">
              <div className="counter-grow">
                <strong>{t(`counter.help.reason.${c.reason}` as MessageKey)}</strong>
                <div>{t('counter.help.at', { place: c.place, time: hallClock(c.createdAt, timeZone) })}</div>
                <div className={c.state === 'waiting' ? 'counter-warn' : ''}>{c.state === 'waiting' ? t('counter.help.waiting') : t('counter.help.acknowledged', { staff: c.acknowledgedBy ?? '' })}</div>
              </div>
              {c.state === 'waiting' ? (
                <Button variant="primary" testId={`help-ack-${c.id}`} disabled={busy} onPress={() => onAcknowledge(c.id)}>
                  {t('counter.help.acknowledge')}
                </Button>
              ) : (
                <Button variant="secondary" testId={`help-resolve-${c.id}`} disabled={busy} onPress={() => onResolve(c.id)}>
                  {t('counter.help.resolve')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
