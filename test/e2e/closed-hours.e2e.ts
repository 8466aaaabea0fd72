// Outside the hall's opening hours: the kiosk's closed screen (dark, the hours, the next opening; a
// touch wakes it, no ticket can be taken), the hall settings changed on the platform (the developer
// page's editor) reaching an open kiosk without a reload (notices, hours), a visit in progress not cut
// off (closed at its idle end), and the call display's closed board. The terminals' clock starts at Tuesday 2026-11-24 10:00
// (testConfig's dev.clockStart), so hours from 13:30 make the hall closed now, opening "today 13:30".
import { expect, test, type Page } from '@playwright/test';
import type { ConfigInput } from '../../config/schema/index.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { displayConfig } from '../support/display-config.ts';

const afternoonOnly = [
  { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '13:30', to: '17:00' }] },
  { weekdays: [6], periods: [{ from: '09:00', to: '12:00' }] },
];
const sizes = [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
] as const;

async function expectNothingToTake(page: Page) {
  await expect(page.getByTestId('entry-ticket')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('attract')).toHaveCount(0);
}

test.describe('the kiosk outside its hours (config hallSettings)', () => {
  let zh: TerminalProcess;
  let en: TerminalProcess;
  test.beforeAll(async () => {
    zh = await startTerminal(testConfig({ hallSettings: { openingHours: afternoonOnly } }));
    en = await startTerminal({
      ...testConfig({ hallSettings: { openingHours: afternoonOnly }, ui: { idleTimeoutSeconds: 60, largeText: true, highContrast: true } }),
      terminal: { id: 'e2e-kiosk-en', role: 'kiosk', hallName: '明湖区政务服务中心', hallArea: '一楼 综合服务区', locale: 'en' },
    });
  });
  test.afterAll(async () => {
    await zh?.stop();
    await en?.stop();
  });

  for (const size of sizes) {
    test(`shows the closed screen, wakes on a touch, takes no ticket at ${size.width}x${size.height}`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(zh.url);
      const closed = page.getByTestId('closed-screen');
      await expect(closed).toBeVisible();
      await expect(closed).toHaveAttribute('data-awake', 'false');
      await expect(page.getByTestId('closed-hours')).toHaveText('今日 13:30–17:00');
      await expect(page.getByTestId('closed-next')).toHaveText('今天 13:30');
      await expect(closed).toContainText('本机服务时间');
      await expect(closed).toContainText('明湖区政务服务中心');
      await expect(page.getByTestId('closed-clock')).toHaveText(/^10:\d\d$/);
      await expectNothingToTake(page);
      await page.screenshot({ path: `var/screens/closed-kiosk-zh-${size.width}x${size.height}.png` });
      await closed.click();
      await expect(closed).toHaveAttribute('data-awake', 'true');
      await expect(page.getByTestId('closed-come-back')).toContainText('现在不能取号');
      await expectNothingToTake(page);
      // Nothing said: the welcome is never spoken to a closed kiosk.
      expect(await page.evaluate(() => window.speechSynthesis?.speaking ?? false)).toBe(false);
      await page.screenshot({ path: `var/screens/closed-kiosk-zh-awake-${size.width}x${size.height}.png` });
      await page.close();
    });
  }

  for (const size of sizes) {
    test(`in English with large text and high contrast at ${size.width}x${size.height}`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(en.url);
      const closed = page.getByTestId('closed-screen');
      await expect(page.getByTestId('closed-next')).toHaveText('Today at 13:30');
      await expect(page.getByTestId('closed-hours')).toHaveText('Today 13:30–17:00');
      await page.screenshot({ path: `var/screens/closed-kiosk-en-large-contrast-${size.width}x${size.height}.png` });
      await closed.click();
      await expect(page.getByTestId('closed-come-back')).toHaveText('No tickets and no services now. Please come back when it opens.');
      // No Chinese left but the hall's own name, as the hall configured it.
      expect((await closed.innerText()).replace('明湖区政务服务中心 · 一楼 综合服务区', '')).not.toMatch(/[\u3400-\u9fff]/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `var/screens/closed-kiosk-en-large-contrast-awake-${size.width}x${size.height}.png` });
      await page.close();
    });
  }
});

test.describe('hall settings changed on the platform reach the open kiosk', () => {
  let terminal: TerminalProcess;
  test.beforeAll(async () => {
    terminal = await startTerminal(testConfig());
  });
  test.afterAll(async () => {
    await terminal?.stop();
  });

  test('notices off, a bad value refused by name, then hours that close it: applied without a reload', async ({ browser }) => {
    const dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await dev.goto(terminal.devUrl!);
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.clock.install(); // runs on, but lets the test skip the idle timeout
    await kiosk.goto(terminal.url);
    await expect(kiosk.getByTestId('notices')).toBeVisible();
    await expect(kiosk.getByTestId('entry-ticket')).toBeVisible();
    // The page must never load again: a marker on its window would be lost.
    await kiosk.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));

    const panel = dev.getByTestId('dev-hall-settings');
    await expect(panel).toContainText('version 0');
    await panel.getByTestId('dev-hs-idle').fill('5');
    await panel.getByTestId('dev-hs-put').click();
    await expect(panel.getByTestId('dev-hs-result')).toContainText('refused: idleTimeoutSeconds');

    await panel.getByTestId('dev-hs-idle').fill('');
    await panel.getByTestId('dev-hs-notices').selectOption('hidden');
    await panel.getByTestId('dev-hs-put').click();
    await expect(panel.getByTestId('dev-hs-result')).toContainText('stored: version 1');
    await expect(kiosk.getByTestId('notices')).toHaveCount(0);

    // A visit in progress when the hall closes goes on; the closed screen comes when it ends.
    await kiosk.getByTestId('entry-ticket').click();
    await expect(kiosk.getByTestId('screen-queue.tiles')).toBeVisible();
    await panel.getByTestId('dev-hs-hours-on').check();
    for (const day of [1, 2, 3, 4, 5]) await panel.getByTestId(`dev-hs-day-${day}`).fill('13:30-17:00');
    await panel.getByTestId('dev-hs-put').click();
    await expect(panel.getByTestId('dev-hs-result')).toContainText('stored: version 2');
    await dev.screenshot({ path: 'var/screens/dev-hall-settings-1920x1080.png', fullPage: true });
    await expect(kiosk.getByTestId('screen-queue.tiles')).toBeVisible();
    await expect(kiosk.getByTestId('closed-screen')).toHaveCount(0);
    // Home is still the same visit: it ends at the idle timeout (testConfig's 60 s), then it closes.
    await kiosk.getByTestId('nav-home').click();
    await expect(kiosk.getByTestId('screen-home')).toBeVisible();
    await expect(kiosk.getByTestId('closed-screen')).toHaveCount(0);
    await kiosk.clock.fastForward(52_000);
    await expect(kiosk.getByTestId('idle-warning')).toBeVisible();
    await kiosk.clock.fastForward(12_000);
    await expect(kiosk.getByTestId('closed-screen')).toBeVisible();
    await expect(kiosk.getByTestId('closed-next')).toHaveText('今天 13:30');
    expect(await kiosk.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);

    // Open again (hours that include now): the home comes back by itself, notices on again.
    await panel.getByTestId('dev-hs-notices').selectOption('shown');
    for (const day of [1, 2, 3, 4, 5]) await panel.getByTestId(`dev-hs-day-${day}`).fill('08:30-17:00');
    await panel.getByTestId('dev-hs-put').click();
    await expect(panel.getByTestId('dev-hs-result')).toContainText('stored: version 3');
    await expect(kiosk.getByTestId('entry-ticket')).toBeVisible();
    await expect(kiosk.getByTestId('notices')).toBeVisible();
    await dev.close();
    await kiosk.close();
  });
});

test.describe('the call display outside its hours', () => {
  let display: TerminalProcess;
  test.beforeAll(async () => {
    const config: ConfigInput = { ...(await displayConfig(null)), hallSettings: { openingHours: afternoonOnly } };
    display = await startTerminal(config);
  });
  test.afterAll(async () => {
    await display?.stop();
  });

  for (const size of sizes) {
    test(`shows its closed board at ${size.width}x${size.height}`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(display.url);
      const board = page.getByTestId('display-closed');
      await expect(board).toBeVisible();
      await expect(board).toContainText('暂停叫号');
      await expect(page.getByTestId('closed-next')).toHaveText('今天 13:30');
      await expect(page.getByTestId('screen-display')).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `var/screens/closed-display-${size.width}x${size.height}.png` });
      await page.close();
    });
  }
});
