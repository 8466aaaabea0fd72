// What the admin panel's sections share: the panel's context (one core call that ends the panel on
// admin.locked, the one confirm dialog, the hall's time, leaving and failing the whole panel), the
// section frame, and an action's outcome line (worded at render, so it follows the language switch).
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { KioskError } from '../../../../domain/errors.ts';
import type { Result } from '../../../../domain/result.ts';
import { useT } from '../../i18n/i18n.tsx';

export type T = ReturnType<typeof useT>;
/** A core call's answer as the panel sees it (admin.locked has already closed the panel). */
export type Answer<V> = { ok: true; value: V } | { ok: false; error: KioskError };
export type Call = <V>(f: () => Promise<Result<V>>) => Promise<Answer<V>>;
/** An action's result, worded at render so it follows the language switch. */
export type Outcome = { ok: boolean; words: (t: T) => string } | null;
/** The "are you sure" question open over the panel, and what a yes does. */
export type Confirm = { text: string; run: () => void } | null;
/** The panel replaced by a line while the terminal goes away. */
export type Leaving = 'admin.restarting' | 'admin.exiting';

export interface AdminPanelContext {
  readonly call: Call;
  /** Opens the panel's one confirm dialog. */
  readonly ask: (c: Confirm) => void;
  /** An ISO time in the hall's zone, with seconds. */
  readonly time: (iso: string) => string;
  readonly timeZone: string;
  readonly leave: (l: Leaving) => void;
  /** A refusal said at the top of the panel. */
  readonly fail: (e: KioskError) => void;
}

const PanelContext = createContext<AdminPanelContext | null>(null);
export const AdminPanelProvider = PanelContext.Provider;

export function useAdminPanel(): AdminPanelContext {
  const c = useContext(PanelContext);
  if (!c) throw new Error('an admin panel section outside AdminPanelScreen');
  return c;
}

export function Section({ title, testId, wide, children }: { title: string; testId: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`admin-section panel${wide ? ' admin-wide' : ''}`} data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const t = useT();
  if (!outcome) return null;
  return (
    <p className={outcome.ok ? 'admin-note admin-note-good' : 'admin-note admin-note-bad'} role="status" data-testid={testId}>
      {outcome.words(t)}
    </p>
  );
}

/** An action without a question: one at a time, its outcome kept for the line under it. */
export function useAction(): [Outcome, boolean, (f: () => Promise<Outcome>) => void] {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const run = (f: () => Promise<Outcome>) => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    void f().then((o) => {
      setOutcome(o);
      setBusy(false);
    });
  };
  return [outcome, busy, run];
}
