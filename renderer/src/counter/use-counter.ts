// The window terminal's state on the screen: read once, then kept by the core's `counter.changed`
// pushes (never polled); `run` performs an action and keeps its outcome (done or refused) to show.
import { useCallback, useEffect, useState } from 'react';
import type { CounterState } from '../../../main/contract/index.ts';
import type { KioskError } from '../../../domain/errors.ts';
import type { Result } from '../../../domain/result.ts';
import { useCall, useEvent } from '../api/hooks.ts';

export type Outcome = { readonly kind: 'done'; readonly key: string; readonly params: Record<string, string> } | { readonly kind: 'failed'; readonly error: KioskError } | null;

export function useCounterState(): { state: CounterState | null; failed: KioskError | null } {
  const first = useCall('counter.state', {});
  const [pushed, setPushed] = useState<CounterState | null>(null);
  useEvent('counter.changed', setPushed);
  const state = pushed ?? (first.state === 'done' ? first.value : null);
  return { state, failed: first.state === 'failed' ? first.error : null };
}

/** Runs one action at a time; the last outcome stays until the next action. */
export function useRunner(): {
  busy: boolean;
  outcome: Outcome;
  run: (call: () => Promise<Result<CounterState>>, done?: (s: CounterState) => Outcome) => Promise<boolean>;
  clear: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = useCallback(async (call: () => Promise<Result<CounterState>>, done?: (s: CounterState) => Outcome) => {
    setBusy(true);
    try {
      const r = await call();
      setOutcome(r.ok ? (done?.(r.value) ?? null) : { kind: 'failed', error: r.error });
      return r.ok;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setOutcome(null), []);
  return { busy, outcome, run, clear };
}

/** Tells the core that staff are at work (keys, touches), at most every 20 s: the idle pause counts from there. */
export function useActivityReport(report: () => void): void {
  useEffect(() => {
    let last = 0;
    const seen = () => {
      const now = Date.now();
      if (now - last < 20_000) return;
      last = now;
      report();
    };
    window.addEventListener('keydown', seen, true);
    window.addEventListener('pointerdown', seen, true);
    return () => {
      window.removeEventListener('keydown', seen, true);
      window.removeEventListener('pointerdown', seen, true);
    };
  }, [report]);
}
