// A citizen's visit: the screens they went through (back goes to the previous one, home to the hall's
// tasks) and what they chose for themselves (larger text, high contrast, language). It all lasts the
// whole visit, home included, and goes back to the terminal's defaults only when the visit ends: on
// 完成, on the idle timeout, or when a new card is read at the home screen.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../i18n/i18n.tsx';
import type { ThemeMode } from '../ui/theme.ts';
import type { Route } from './routes.ts';

export interface VisitSettings {
  readonly mode: ThemeMode;
  readonly locale: Locale;
}

export interface Visit {
  /** The screen showing now, last; never empty (home first). */
  readonly stack: readonly Route[];
  readonly settings: VisitSettings;
}

export interface VisitControls {
  readonly visit: Visit;
  readonly route: Route;
  /** Nothing chosen or opened yet: no visit to end (the idle timer rests). */
  readonly pristine: boolean;
  go(route: Route): void;
  /** The screen before; home when there is none. */
  back(): void;
  /** The home screen, keeping the visit's settings. */
  home(): void;
  /** The visit ends: home, the terminal's settings, personal data forgotten. */
  finish(): void;
  /** A new visit starts (a card read at the home screen): home, the terminal's settings; the card just read stays. */
  begin(): void;
  setMode(mode: ThemeMode): void;
  setLocale(locale: Locale): void;
}

const HOME: Route = { name: 'home' };
const VisitContext = createContext<VisitControls | null>(null);

export function VisitProvider({ defaults, onEnd, children }: { defaults: VisitSettings; onEnd: () => void; children: (c: VisitControls) => ReactNode }) {
  const start = useMemo<Visit>(() => ({ stack: [HOME], settings: defaults }), [defaults]);
  const [visit, setVisit] = useState<Visit>(start);
  const finish = useCallback(() => {
    setVisit(start);
    onEnd();
  }, [start, onEnd]);
  const controls = useMemo<VisitControls>(
    () => ({
      visit,
      route: visit.stack.at(-1) ?? HOME,
      pristine: visit === start,
      // A copy: each go is a place of its own in the stack, even for a constant route (a home entry's),
      // so what a screen keeps against its place (guide/remembered.ts) never outlives that place.
      go: (route) => setVisit((v) => ({ ...v, stack: route.name === 'home' ? [HOME] : [...v.stack, { ...route }] })),
      back: () => setVisit((v) => ({ ...v, stack: v.stack.length > 1 ? v.stack.slice(0, -1) : [HOME] })),
      home: () => setVisit((v) => ({ ...v, stack: [HOME] })),
      finish,
      begin: () => setVisit(start),
      setMode: (mode) => setVisit((v) => ({ ...v, settings: { ...v.settings, mode } })),
      setLocale: (locale) => setVisit((v) => ({ ...v, settings: { ...v.settings, locale } })),
    }),
    [visit, start, finish],
  );
  return <VisitContext.Provider value={controls}>{children(controls)}</VisitContext.Provider>;
}

export function useVisit(): VisitControls {
  const c = useContext(VisitContext);
  if (!c) throw new Error('useVisit outside a VisitProvider');
  return c;
}
