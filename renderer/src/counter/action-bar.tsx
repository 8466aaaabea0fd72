// The window's actions as buttons with their function keys shown on them; the keys work anywhere on
// the workspace (F5 does not reload the page here). Each button is enabled only when it can apply; a
// key pressed while an action is on its way is done after its answer (type-ahead), if it applies then.
import { useEffect, useRef } from 'react';
import type { CounterState } from '../../../main/contract/index.ts';
import { useT, type MessageKey } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';

export type BarAction = 'callNext' | 'recall' | 'skip' | 'transfer' | 'hold' | 'finish' | 'start' | 'pause';

export const actionKeys: Readonly<Record<BarAction, string>> = { callNext: 'F1', recall: 'F2', skip: 'F3', transfer: 'F4', hold: 'F5', finish: 'F6', start: 'F7', pause: 'F8' };

export function enabledActions(state: CounterState, busy: boolean): ReadonlySet<BarAction> {
  const on = new Set<BarAction>();
  if (busy) return on;
  const current = state.current;
  if (current === null && !state.paused) on.add('callNext');
  if (current !== null) {
    on.add('recall');
    on.add('skip');
    on.add('transfer');
    on.add('hold');
    on.add('finish');
    if (current.state === 'called') on.add('start');
  }
  on.add('pause');
  return on;
}

const ORDER: readonly BarAction[] = ['callNext', 'recall', 'skip', 'transfer', 'hold', 'finish', 'start'];

export function ActionBar({ state, busy, onAction }: { state: CounterState; busy: boolean; onAction: (a: BarAction) => void }) {
  const t = useT();
  const enabled = enabledActions(state, busy);
  const ref = useRef({ enabled, busy, onAction });
  ref.current = { enabled, busy, onAction };
  /** A key pressed while an action is on its way: done after its answer, if it still applies then. */
  const queued = useRef<BarAction | null>(null);
  useEffect(() => {
    const byKey = new Map(Object.entries(actionKeys).map(([a, k]) => [k, a as BarAction]));
    const onKey = (e: KeyboardEvent) => {
      const action = byKey.get(e.key);
      if (!action) return;
      e.preventDefault();
      if (document.querySelector('[data-testid="transfer-dialog"]')) return;
      if (ref.current.busy) queued.current = action;
      else if (ref.current.enabled.has(action)) ref.current.onAction(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    const next = queued.current;
    if (busy || next === null) return;
    queued.current = null;
    if (enabled.has(next)) onAction(next);
  }, [busy, enabled, onAction]);
  return (
    <div className="counter-actions" role="group" aria-label={t('counter.keys')}>
      {ORDER.map((a) => (
        <Button key={a} testId={`act-${a}`} variant={a === 'callNext' || a === 'finish' ? 'primary' : 'secondary'} disabled={!enabled.has(a)} onPress={() => onAction(a)}>
          <span className="counter-key">{actionKeys[a]}</span> {t(`counter.action.${a}` as MessageKey)}
        </Button>
      ))}
    </div>
  );
}
