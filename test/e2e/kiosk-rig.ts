// What several e2e files do the same way: start a terminal (enrolled to a reference platform the test
// runs, or not) and open its kiosk (portrait) and developer page (landscape), waiting until a device is
// ready; go back home; switch a page to English, large text and high contrast; find a case by number
// and query code; walk screens in both sizes and both modes.
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { ConfigInput } from '../../config/schema/index.ts';
import type { RunningPlatform } from '../../platform/server.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { scanBurst } from './scanner-burst.ts';

export async function openKioskAndDev(browser: Browser, terminal: TerminalProcess, readyDevice: string): Promise<{ dev: Page; kiosk: Page }> {
  const dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await dev.goto(terminal.devUrl!);
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await kiosk.goto(terminal.url);
  await expect(dev.getByTestId(`dev-device-${readyDevice}`)).toHaveAttribute('data-state', 'ready');
  return { dev, kiosk };
}

/** The simulated ticket printer, ID card reader and scanner most kiosk e2e files run with. */
export const printerCardScanner = [
  { id: 'printer-1', kind: 'printer', label: '取号打印机', model: 'generic-80', connection: { type: 'simulated', over: 'memory' } },
  { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
  { id: 'scanner-1', kind: 'scanner', label: '扫码器', connection: { type: 'simulated', over: 'memory' } },
] as const;

/** testConfig (with `overrides`) for a terminal enrolled to `platform` as the kiosk e2e-kiosk. */
export async function enrolledConfig(platform: RunningPlatform, overrides: Partial<ConfigInput>, requestTimeoutMs = 1000): Promise<ConfigInput> {
  const enrolmentCode = await platform.platform.auth.issueEnrolmentCode('e2e-kiosk', 'kiosk');
  return testConfig({ ...overrides, platform: { url: platform.url, enrolmentCode, healthIntervalSeconds: 0.3, requestTimeoutMs } });
}

/** A running terminal with its kiosk and developer pages open. */
export interface KioskRig {
  readonly terminal: TerminalProcess;
  readonly dev: Page;
  readonly kiosk: Page;
}

/** Starts a terminal on `config` and opens its kiosk and developer pages (openKioskAndDev; the terminal stopped if they fail). */
export async function startKiosk(browser: Browser, config: ConfigInput, readyDevice: string): Promise<KioskRig> {
  const terminal = await startTerminal(config);
  try {
    return { terminal, ...(await openKioskAndDev(browser, terminal, readyDevice)) };
  } catch (e) {
    await terminal.stop();
    throw e;
  }
}

/** For the whole file: before all, startKiosk on `config()` (the rig handed to `use`); after all, the terminal stopped. */
export function kioskForFile(config: () => ConfigInput, readyDevice: string, use: (rig: KioskRig) => void): void {
  let terminal: TerminalProcess | undefined;
  test.beforeAll(async ({ browser }) => {
    const rig = await startKiosk(browser, config(), readyDevice);
    terminal = rig.terminal;
    use(rig);
  });
  test.afterAll(async () => {
    await terminal?.stop();
  });
}

/** Back on home: each of `taps` (test ids; 'idle-warning' taps its button) tapped in order where it shows. */
export async function backHome(page: Page, taps: readonly string[]): Promise<void> {
  for (const id of taps) {
    const shown = page.getByTestId(id);
    if (await shown.isVisible()) await (id === 'idle-warning' ? shown.getByRole('button') : shown).click();
  }
  await expect(page.getByTestId('screen-home')).toBeVisible();
}

/** On the case-number screen: `c`'s number by a scanner burst (`shown`: then seen in the field), its query code typed and submitted. */
export async function caseByNumber(page: Page, c: { caseNumber: string; queryCode: string }, shown = false): Promise<void> {
  await scanBurst(page, c.caseNumber);
  if (shown) await expect(page.getByTestId('case-number-field')).toHaveText(c.caseNumber);
  await page.getByTestId('case-number-next').click();
  await typeKeys(page, c.queryCode);
  await page.getByTestId('query-code-submit').click();
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

