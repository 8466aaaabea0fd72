// Every button on the page is a real touch target: at least 12.7 mm on its shorter side at the
// configured screen width (config `ui.screenWidthMm`; CSS's nominal 96 dpi without it). For any e2e:
//   await expectTouchTargets(page)                  // nominal millimetres
//   await expectTouchTargets(page, { screenWidthMm: 477 })
import { expect, type Page } from '@playwright/test';

export const MIN_TARGET_MM = 12.7;

/** What the measuring function uses of the page (this support folder is compiled without DOM types). */
interface PageElement {
  getBoundingClientRect(): { width: number; height: number };
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  readonly tagName: string;
}
interface PageGlobals {
  document: { querySelectorAll(selector: string): ArrayLike<PageElement> };
  getComputedStyle(el: PageElement): { visibility: string; display: string };
}

export interface SmallTarget {
  readonly what: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** The visible buttons (and other pressable elements) whose shorter side is under the minimum. */
export async function smallTouchTargets(page: Page, options: { screenWidthMm?: number; minMm?: number } = {}): Promise<SmallTarget[]> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the page has no viewport size: give it one to measure millimetres');
  const pxPerMm = options.screenWidthMm ? viewport.width / options.screenWidthMm : 96 / 25.4;
  const minMm = options.minMm ?? MIN_TARGET_MM;
  const boxes = await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    return Array.from(w.document.querySelectorAll('button, [role="button"], a[href], input, select, textarea'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const style = w.getComputedStyle(el);
        const visible = r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
        const what = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
        return { what, width: r.width, height: r.height, visible };
      })
      .filter((b) => b.visible);
  });
  // Half a pixel of rounding is not a smaller target.
  const slack = 0.5 / pxPerMm;
  return boxes
    .map((b) => ({ what: b.what, widthMm: round(b.width / pxPerMm), heightMm: round(b.height / pxPerMm) }))
    .filter((b) => Math.min(b.widthMm, b.heightMm) < minMm - slack);
}

/** Fails naming each button that is too small, with its size in millimetres. */
export async function expectTouchTargets(page: Page, options: { screenWidthMm?: number; minMm?: number } = {}): Promise<void> {
  const small = await smallTouchTargets(page, options);
  expect(small, `touch targets under ${options.minMm ?? MIN_TARGET_MM} mm: ${small.map((s) => `${s.what} ${s.widthMm}x${s.heightMm} mm`).join('; ')}`).toEqual([]);
}

function round(mm: number): number {
  return Math.round(mm * 10) / 10;
}
