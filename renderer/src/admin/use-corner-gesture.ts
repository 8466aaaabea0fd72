// Watches the whole page for the hidden gesture (corner-gesture.ts) in the capture phase, so it works
// over every screen without a layer of its own: taps 1-4 reach what is under them as usual; the 5th,
// which opens the pad, is swallowed (its pointerup and click never reach the element under it).
import { useEffect, useRef } from 'react';
import { cornerTap, GESTURE, inCorner } from './corner-gesture.ts';
import { usePxPerMm } from '../ui/theme-root.tsx';

const monotonic = () => performance.now();
/** After the 5th tap's pointerup, its click (dispatched right after) is swallowed too. */
const CLICK_AFTER_MS = 500;

export function useCornerGesture(onGesture: () => void, now: () => number = monotonic): void {
  const pxMm = usePxPerMm();
  const fire = useRef(onGesture);
  fire.current = onGesture;
  useEffect(() => {
    let taps: number[] = [];
    let swallowPointer: number | null = null;
    let swallowClickUntil = 0;
    const onDown = (e: PointerEvent) => {
      if (!e.isPrimary || !inCorner(e.clientX, e.clientY, window.innerWidth, GESTURE.cornerMm * pxMm)) {
        taps = [];
        return;
      }
      const r = cornerTap(taps, now());
      taps = r.taps;
      if (!r.open) return;
      swallowPointer = e.pointerId;
      e.preventDefault();
      e.stopPropagation();
      fire.current();
    };
    const onUp = (e: PointerEvent) => {
      if (e.pointerId !== swallowPointer) return;
      swallowPointer = null;
      swallowClickUntil = now() + CLICK_AFTER_MS;
      e.preventDefault();
      e.stopPropagation();
    };
    const onClick = (e: MouseEvent) => {
      if (now() > swallowClickUntil) return;
      swallowClickUntil = 0;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('pointerdown', onDown, { capture: true });
    window.addEventListener('pointerup', onUp, { capture: true });
    window.addEventListener('click', onClick, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', onDown, { capture: true });
      window.removeEventListener('pointerup', onUp, { capture: true });
      window.removeEventListener('click', onClick, { capture: true });
    };
  }, [pxMm, now]);
}
