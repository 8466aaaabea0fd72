// The hall's notices on home, from the embedded platform's seed: the current ones, most urgent first,
// the full text on a tap; looked at in both orientations, large text and high contrast, Chinese and English.
import { expect, test } from '@playwright/test';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { englishLargeContrast } from './kiosk-rig.ts';

let terminal: TerminalProcess;
test.beforeAll(async () => {
  terminal = await startTerminal(testConfig());
});
test.afterAll(async () => {
  await terminal?.stop();
});

for (const size of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  test(`home shows the current notices and opens one at ${size.width}x${size.height}`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: size });
    await page.goto(terminal.url);
    const notices = page.getByTestId('notices');
    await expect(notices).toBeVisible();
    // The urgent one first; the one that starts next week not yet.
    await expect(notices.getByRole('button').first()).toContainText('系统升级');
    await expect(notices).toContainText('70周岁以上老人可走绿色通道');
    await expect(notices).not.toContainText('元旦');
    await page.screenshot({ path: `var/screens/home-notices-${size.width}x${size.height}.png` });
    await page.getByTestId('notice-n-elderly').click();
    await expect(page.getByTestId('notice-body')).toContainText('服务台出示证件');
    await page.screenshot({ path: `var/screens/home-notice-open-${size.width}x${size.height}.png` });
    await page.getByTestId('notice-close').click();
    await expect(page.getByTestId('notice-open')).toBeHidden();
    await page.close();
  });
}

test('home with notices in English, large text and high contrast', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(terminal.url);
  await englishLargeContrast(page);
  await expect(page.getByTestId('notices')).toContainText('Hall notices');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'var/screens/home-notices-en-large-contrast-1080x1920.png' });
  await page.close();
});
