// The idle timer's state for the screens that show it (the countdown in every frame).
import { createContext, useContext } from 'react';
import type { IdleState } from '../idle/use-idle-timer.ts';

export const IdleContext = createContext<IdleState>({ secondsLeft: null, deadline: null });

export function useIdle(): IdleState {
  return useContext(IdleContext);
}
