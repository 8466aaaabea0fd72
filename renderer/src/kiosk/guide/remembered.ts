// State a screen keeps for as long as its place in the visit lasts: back to it from the next screen
// finds it as it was left. It is held against the route object on the visit's stack, so it goes
// when that place goes (back past it, home, or the end of the visit: the idle timeout wipes it).
import { useState } from 'react';
import type { Route } from '../routes.ts';
import { useVisit } from '../visit.tsx';

const memory = new WeakMap<Route, Map<string, unknown>>();

export function useRemembered<T>(key: string, initial: T): [T, (value: T) => void] {
  const { route } = useVisit();
  let kept = memory.get(route);
  if (!kept) memory.set(route, (kept = new Map()));
  const store = kept;
  const [value, setValue] = useState<T>(() => (store.has(key) ? (store.get(key) as T) : initial));
  return [
    value,
    (v: T) => {
      store.set(key, v);
      setValue(v);
    },
  ];
}
