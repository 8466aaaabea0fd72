// What several e2e files do the same way: open the kiosk (portrait) and the developer page
// (landscape) of a running terminal and wait until a device is ready; switch a page to English,
// large text and high contrast.
import { expect, type Browser, type Page } from '@playwright/test';
import type { TerminalProcess } from '../support/terminal-process.ts';

export async function openKioskAndDev(browser: Browser, terminal: TerminalProcess, readyDevice: string): Promise<{ dev: Page; kiosk: Page }> {
  const dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await dev.goto(terminal.devUrl!);
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await kiosk.goto(terminal.url);
  await expect(dev.getByTestId(`dev-device-${readyDevice}`)).toHaveAttribute('data-state', 'ready');
  return { dev, kiosk };
}

/** From home: English, large text and high contrast for this visit, back on home. */
export async function englishLargeContrast(page: Page): Promise<void> {
  await page.getByTestId('tile-language').click();
  await page.getByTestId('language-en').click();
  await page.getByTestId('tile-accessibility').click();
  await page.getByTestId('toggle-largeText').click();
  await page.getByTestId('toggle-highContrast').click();
  await page.getByTestId('nav-home').click();
}

/**
 * A page opened with `page.clock.install()` left alone past the idle timeout (testConfig's 60 s): the
 * warning shows, then the visit ends and home shows.
 */
export async function idleOut(page: Page): Promise<void> {
  await page.clock.fastForward(52_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await page.clock.fastForward(12_000);
  await expect(page.getByTestId('screen-home')).toBeVisible();
}

/**
 * `visit` run in every look the kiosk must pass: portrait 1080x1920 and landscape 1920x1080, each in
 * Chinese plain then English with large text and high contrast, on a fresh page from home; `shot(name)`
 * writes var/screens/<name>-<lang>-<mode>-<w>x<h>.png. `visit` ends back on home.
 */
export async function inEveryLook(browser: Browser, url: string, visit: (page: Page, shot: (name: string) => Promise<unknown>) => Promise<void>): Promise<void> {
  for (const size of [
    { width: 1080, height: 1920 },
    { width: 1920, height: 1080 },
  ]) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(url);
    for (const [lang, mode] of [
      ['zh', 'plain'],
      ['en', 'large-contrast'],
    ] as const) {
      if (lang === 'en') await englishLargeContrast(page);
      await visit(page, (name) => page.screenshot({ path: `var/screens/${name}-${lang}-${mode}-${size.width}x${size.height}.png` }));
    }
    await page.close();
  }
}
