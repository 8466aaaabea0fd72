// What several e2e files do the same way: open the kiosk (portrait) and the developer page
// (landscape) of a running terminal and wait until a device is ready; switch a page to English,
// large text and high contrast; walk screens in both sizes and both modes.
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

/** A look the screens are checked in: the size, and plain Chinese or English with large text and high contrast. */
export interface KioskLook {
  readonly page: Page;
  /** Saves a screenshot as var/screens/<name>-<lang>-<mode>-<width>x<height>.png. */
  shot(name: string): Promise<unknown>;
}

/**
 * Runs `visit` from home on a fresh page in portrait and landscape, first in plain Chinese, then in
 * English with large text and high contrast (the visit must end back on home).
 */
export async function inEveryLook(browser: Browser, url: string, visit: (look: KioskLook) => Promise<void>): Promise<void> {
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
      await visit({ page, shot: (name) => page.screenshot({ path: `var/screens/${name}-${lang}-${mode}-${size.width}x${size.height}.png` }) });
    }
    await page.close();
  }
}

/** Puts a simulated reader's card on it from the developer page and waits until the core read it. */
export async function insertCard(dev: Page, who: string, reader = 'idcard-1'): Promise<void> {
  await dev.getByTestId(`sim-${reader}-insert:${who}`).click();
  await expect(dev.getByTestId('dev-card')).toContainText('*');
}

/** Lifts the card; the reader saw it go (the core told the screens), whichever screen the kiosk shows. */
export async function liftCard(dev: Page, reader = 'idcard-1'): Promise<void> {
  await dev.getByTestId(`sim-${reader}-remove`).click();
  await expect(dev.getByTestId('dev-card')).toHaveText('none');
}

/** Types on the kiosk's on-screen keyboard, key by key. */
export async function typeKeys(page: Page, text: string): Promise<void> {
  for (const ch of text.toLowerCase()) await page.getByTestId(`key-${ch}`).click();
}

