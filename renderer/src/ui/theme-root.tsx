// Applies the theme's variables to the document, so every part reads sizes and colours from them.
import { createContext, useContext, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { pxPerMm, themeVariables, type ThemeMode } from './theme.ts';

const PxPerMmContext = createContext(96 / 25.4);

export function ThemeRoot({ mode, screenWidthMm, children }: { mode: ThemeMode; screenWidthMm: number | null; children: ReactNode }) {
  const pxMm = useMemo(() => pxPerMm(window.innerWidth, screenWidthMm), [screenWidthMm]);
  useLayoutEffect(() => {
    const root = document.documentElement;
    for (const [k, v] of Object.entries(themeVariables(mode, pxMm))) root.style.setProperty(k, v);
    root.dataset['contrast'] = mode.highContrast ? 'high' : 'standard';
    root.dataset['text'] = mode.largeText ? 'large' : 'standard';
  }, [mode, pxMm]);
  return <PxPerMmContext.Provider value={pxMm}>{children}</PxPerMmContext.Provider>;
}

export function usePxPerMm(): number {
  return useContext(PxPerMmContext);
}
