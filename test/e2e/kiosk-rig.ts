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

/** Puts a simulated identity's card on a simulated reader (developer page) and waits until it is read. */
export async function insertCard(dev: Page, reader: string, who: string): Promise<void> {
  await dev.getByTestId(`sim-${reader}-insert:${who}`).click();
  await expect(dev.getByTestId('dev-card')).toContainText('*');
}

/** Lifts the card off a simulated reader and waits until the core has seen it go, whichever screen the kiosk shows. */
export async function liftCard(dev: Page, reader: string): Promise<void> {
  await dev.getByTestId(`sim-${reader}-remove`).click();
  await expect(dev.getByTestId('dev-card')).toHaveText('none');
}

/** Types on the kiosk's on-screen keyboard, key by key. */
export async function typeKeys(page: Page, text: string): Promise<void> {
  for (const ch of text.toLowerCase()) await page.getByTestId(`key-${ch}`).click();
}

