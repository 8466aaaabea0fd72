import { expect, test, type Page } from '@playwright/test';
import { sampleAppointments } from '../../platform/seed/index.ts';
import { scanBurst } from './scanner-burst.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

let terminal: TerminalProcess;
test.beforeAll(async () => {
  terminal = await startTerminal(testConfig());
});
test.afterAll(async () => {
  await terminal?.stop();
});

const MIN_TARGET_MM = 12.7;
const PX_PER_MM = 96 / 25.4;

async function expectHome(page: Page) {
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('hall-name')).toHaveText('明湖区政务服务中心');
  await expect(page.getByTestId('entry-ticket')).toContainText('排队取号');
  // The banner shows the hall's time as the core keeps it (the test profile starts it at 10:00).
  await expect(page.getByTestId('clock-time')).toHaveText(/^10:0\d$/);
  await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  await expect(page.getByTestId('platform-status')).toContainText('已连接');
  // The embedded reference platform was synced into the cache at start.
  await expect(page.getByTestId('catalogue-status')).toContainText('事项目录已是最新');
  await expect(page.getByTestId('catalogue-status')).not.toHaveAttribute('data-version', '');
  // Nothing spills sideways, and every button is a real touch target.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const button of await page.getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(MIN_TARGET_MM * PX_PER_MM - 0.5);
  }
}

for (const [name, size] of [
  ['portrait 1080x1920', { width: 1080, height: 1920 }],
  ['landscape 1920x1080', { width: 1920, height: 1080 }],
] as const) {
  test(`home renders at ${name}`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: size });
    await page.goto(terminal.url);
    await expectHome(page);
    // The token left the address bar once it was taken.
    expect(page.url()).not.toContain('token');
    await page.screenshot({ path: `var/screens/home-${size.width}x${size.height}.png` });
    await page.close();
  });
}

test('the page keeps working after a reload (the token is kept for the tab)', async ({ page }) => {
  await page.goto(terminal.url);
  await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  await page.reload();
  await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
});

test('a page opened without the token says so and reaches nothing', async ({ page }) => {
  await page.goto(terminal.origin + '/');
  await expect(page.getByTestId('no-token')).toBeVisible();
});

test('language and accessibility switch, and the screens adapt', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(terminal.url);
  await page.getByTestId('tile-language').click();
  await page.getByTestId('language-en').click();
  await expect(page.getByText('Welcome')).toBeVisible();
  await page.getByTestId('tile-accessibility').click();
  await expect(page.getByTestId('accessibility-screen')).toBeVisible();
  const before = await page.getByTestId('hall-name').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await page.getByTestId('toggle-largeText').click();
  await page.getByTestId('toggle-highContrast').click();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  const after = await page.getByTestId('hall-name').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(after / before).toBeCloseTo(1.4, 1);
  await page.screenshot({ path: 'var/screens/accessibility-1080x1920.png' });
  // The settings last the whole visit, home included; only the end of the visit puts them back.
  await page.getByTestId('nav-home').click();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  await expect(page.getByText('Welcome')).toBeVisible();
});

test('a keypad alone takes a ticket: Tab to a business, Enter', async ({ page }) => {
  await page.goto(terminal.url);
  await expect(page.getByTestId('entry-ticket')).toBeVisible();
  // Focus order: the reading settings first (a keypad user who needs large text finds it at once),
  // then the hall's tasks.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('tile-accessibility')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('entry-ticket')).toBeFocused();
  await page.keyboard.press('Enter');
  // Then back, home, and the businesses.
  await expect(page.getByTestId('category-general')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('nav-back')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('category-general')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-number')).toHaveText(/^A\d{3}$/);
  // No printer in this profile: the number stays on screen.
  await expect(page.getByTestId('ticket-screen')).toHaveAttribute('data-print', 'noPrinter');
  await page.getByTestId('ticket-done').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-home')).toBeVisible();
});

test('the accessibility settings are reachable by keypad too', async ({ page }) => {
  await page.goto(terminal.url);
  await expect(page.getByTestId('entry-ticket')).toBeVisible();
  await page.getByTestId('tile-accessibility').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('accessibility-screen')).toBeVisible();
});

test('a swipe that starts on a button does not press it', async ({ page }) => {
  await page.goto(terminal.url);
  const tile = page.getByTestId('tile-accessibility');
  const box = (await tile.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 20 + 40 * PX_PER_MM, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('screen-home')).toBeVisible();
});

test('idle returns home and puts the visit settings back', async ({ page }) => {
  await page.clock.install();
  await page.goto(terminal.url);
  await page.getByTestId('tile-accessibility').click();
  await page.getByTestId('toggle-largeText').click();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  // 60 s timeout, warning 10 s before.
  await page.clock.fastForward(45_000);
  await expect(page.getByTestId('accessibility-screen')).toBeVisible();
  await page.clock.fastForward(6_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await page.clock.fastForward(10_000);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('idle-warning')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'standard');
});

test('a touch during the idle warning keeps the visit going', async ({ page }) => {
  await page.clock.install();
  await page.goto(terminal.url);
  await page.getByTestId('tile-accessibility').click();
  await page.clock.fastForward(52_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await page.getByRole('button', { name: '继续办理' }).click();
  await expect(page.getByTestId('idle-warning')).toBeHidden();
  await page.clock.fastForward(30_000);
  await expect(page.getByTestId('accessibility-screen')).toBeVisible();
});

test('a keyboard-wedge scanner checks an appointment in; a person typing is not taken for one', async ({ page }) => {
  // One whose check-in window (30 min before to 15 min after its slot) is open around the test clock's 10:00.
  const booked = sampleAppointments('2026-11-24').find((a) => a.status === 'booked' && a.slot.from === '10:00')!;
  await page.goto(terminal.url);
  await expect(page.getByTestId('entry-ticket')).toBeVisible();
  // A person pressing keys slowly: nothing happens.
  await page.keyboard.type('YY1', { delay: 120 });
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('problem')).toBeHidden();
  // A scanner: the whole code in a burst, then Enter.
  await scanBurst(page, booked.code);
  await expect(page.getByTestId('ticket-screen')).toBeVisible();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^[A-Z]\d{3}$/);
  await page.getByTestId('ticket-done').click();
  // The same code again: the same ticket, said so.
  await scanBurst(page, booked.code);
  await expect(page.getByTestId('ticket-screen')).toContainText('您已签到过');
});
