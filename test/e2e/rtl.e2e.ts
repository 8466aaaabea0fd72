// Uyghur (ئۇيغۇرچە) lays every kiosk screen out right to left: the screen's `dir` is rtl, the way back
// is at the right edge and the way home at the left, text starts at the right, the clock and the
// ticket number still read left to right, and the Arabic script is drawn with an Arabic font.
// Screenshots of each screen go to var/screens/rtl-<screen>-<size>.png.
import { expect, test, type Page } from '@playwright/test';
import { kioskScreens, openScreen } from '../support/kiosk-screens.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { expectTouchTargets } from '../support/touch-targets.ts';

let terminal: TerminalProcess;
test.beforeAll(async () => {
  terminal = await startTerminal(testConfig());
});
test.afterAll(async () => {
  await terminal?.stop();
});

async function openInUyghur(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto(terminal.url);
  await page.getByTestId('tile-language').click();
  await page.getByTestId('language-ug-CN').click();
  await expect(page.getByTestId('screen-home')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ug-CN');
}

async function box(page: Page, testId: string) {
  const b = await page.getByTestId(testId).first().boundingBox();
  if (!b) throw new Error(`${testId} is not on the screen`);
  return { left: b.x, right: b.x + b.width, width: b.width };
}

/** The fonts Chromium drew an element's text with (CSS.getPlatformFontsForNode). */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

const sizes = [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
] as const;

/** The shared page back on the home screen in Uyghur at `size`: by the frame's home button (the visit's
 *  language kept), else, or when Uyghur was lost (the visit ended), loaded again. */
async function homeInUyghur(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  const home = page.getByTestId('nav-home');
  if (await home.isVisible()) await home.click();
  const atHome = await page.getByTestId('screen-home').isVisible();
  if (!atHome || (await page.locator('html').getAttribute('lang')) !== 'ug-CN') await openInUyghur(page, size);
  await expect(page.getByTestId('screen-home')).toHaveAttribute('dir', 'rtl');
}

// Each screen is opened once and looked at in portrait, then turned to landscape on the same page (the
// screen's state kept, as a kiosk's window resized): half the navigation of one test per size. The
// screens share one page (loaded once, Uyghur chosen once): each test starts from the home screen in
// Uyghur, reached by the frame's home button, as a visit goes from screen to screen.
test.describe('every screen', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await openInUyghur(page, sizes[0]);
  });
  test.afterAll(async () => {
    await page?.close();
  });

  for (const screen of kioskScreens) {
    test(`${screen.name} in Uyghur at 1080x1920 and 1920x1080: right to left`, async () => {
      await homeInUyghur(page, sizes[0]);
      await openScreen(page, screen);
      for (const size of sizes) {
        await page.setViewportSize(size);
        const s = page.getByTestId(`screen-${screen.name}`);
        await expect(s).toHaveAttribute('dir', 'rtl');
        const width = size.width;
        // The banner: the hall's name at the right, the clock at the left, its time still 10:05, not 50:01.
        const hall = await page.getByTestId('hall-name').boundingBox();
        const clock = await page.getByTestId('clock-time').boundingBox();
        expect(hall!.x).toBeGreaterThan(clock!.x);
        await expect(page.getByTestId('clock-time')).toHaveText(/^\d\d:\d\d$/);
        if (screen.framed) {
          const home = await box(page, 'nav-home');
          // Home at the left edge (within the body's padding), back (where there is one) at the right.
          expect(home.left).toBeLessThan(width * 0.1);
          if (screen.back) {
            const back = await box(page, 'nav-back');
            expect(width - back.right).toBeLessThan(width * 0.1);
            expect(back.left).toBeGreaterThan(home.right);
          }
          // The title starts at the right, beside the way back.
          const title = page.locator('.frame-head h2');
          expect(await title.evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
        } else {
          // Home: the welcome starts at the right.
          const welcome = await page.locator('.welcome h2').boundingBox();
          expect(width - (welcome!.x + welcome!.width)).toBeLessThan(width * 0.1);
        }
        if (screen.name === 'queue.ticket') {
          await expect(page.getByTestId('ticket-number')).toHaveAttribute('dir', 'ltr');
          await expect(page.getByTestId('ticket-number')).toHaveText(/^[A-Z]\d{3}$/);
        }
        // Nothing spills sideways, and the buttons are still real touch targets in the longer script.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await expectTouchTargets(page);
        await page.screenshot({ path: `var/screens/rtl-${screen.name}-${size.width}x${size.height}.png` });
      }
    });
  }
});

test('Uyghur text is drawn with an Arabic-script font, Chinese fallbacks with the CJK font', async ({ page }) => {
  await openInUyghur(page, sizes[0]);
  expect((await fontsOf(page, '.welcome h2')).join(', ')).toMatch(/Noto (Sans|Naskh) Arabic/);
  // The hall's name is Chinese: it stays in the CJK font in a Uyghur screen.
  expect((await fontsOf(page, '[data-testid="hall-name"]')).join(', ')).toMatch(/Noto Sans CJK/);
});

test('the home and frame strings are in Uyghur, untranslated ones fall back to Chinese', async ({ page }) => {
  await openInUyghur(page, sizes[0]);
  await expect(page.getByTestId('entry-ticket')).toContainText('نومۇر ئېلىش');
  await page.getByTestId('entry-ticket').click();
  await expect(page.getByTestId('nav-back')).toContainText('قايتىش');
  // The queue area is not translated yet: its title shows in Chinese, still in a right-to-left screen.
  await expect(page.getByTestId('screen-queue.tiles')).toHaveAttribute('dir', 'rtl');
});

test('Uyghur in large text and high contrast still fits, right to left', async ({ page }) => {
  await openInUyghur(page, sizes[0]);
  await page.getByTestId('tile-accessibility').click();
  await page.getByTestId('toggle-largeText').click();
  await page.getByTestId('toggle-highContrast').click();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.screenshot({ path: 'var/screens/rtl-accessibility-large-contrast-1080x1920.png' });
  await page.getByTestId('nav-home').click();
  await page.getByTestId('entry-ticket').click();
  await expect(page.getByTestId('category-general')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectTouchTargets(page);
  await page.screenshot({ path: 'var/screens/rtl-tiles-large-contrast-1080x1920.png' });
});
