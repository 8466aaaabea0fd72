// A screen that does its own thing with a scanned code (the check-in screen explains a refusal with the
// time to come back) takes the scans the kiosk would otherwise treat as an appointment check-in: while
// it is shown, `useScanTarget(handler)` makes it the one that gets them. A text field open for typing
// still gets the scan first (input/use-scans.ts).
import { useEffect, useRef } from 'react';

let current: ((code: string) => void) | null = null;

/** Hands a scanned code to the screen that asked for scans; false when none did. */
export function takeScan(code: string): boolean {
  if (!current) return false;
  current(code);
  return true;
}

export function useScanTarget(handler: (code: string) => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const mine = (code: string) => ref.current(code);
    current = mine;
    return () => {
      if (current === mine) current = null;
    };
  }, []);
}
