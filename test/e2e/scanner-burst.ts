// A keyboard-wedge scanner typing into the page: the whole code a few milliseconds apart, then Enter.
// Playwright's keyboard.type sends each key over the DevTools protocol, and on a loaded machine the
// page may see those keys tens of milliseconds apart, slower than any scanner, so the burst is
// dispatched from inside the page in one go (the keys' timeStamps less than a millisecond apart),
// where the kiosk's keydown listener reads it as it would a real scanner's.
import type { Page } from '@playwright/test';

export async function scanBurst(page: Page, code: string, terminator: string | null = 'Enter'): Promise<void> {
  await page.evaluate(
    ({ code, terminator }) => {
      const target = document.activeElement ?? document.body;
      for (const key of [...code, ...(terminator ? [terminator] : [])]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
        target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true, composed: true }));
      }
    },
    { code, terminator },
  );
}
