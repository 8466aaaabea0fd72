// Every kiosk screen reachable today (test/support/kiosk-screens.ts), in the standard and the
// high-contrast mode: no serious or critical axe-core violation, and every button a real touch
// target. The dialogs (a failure, the idle warning) are checked the same way. axe-core is a dev
// dependency: without it these tests fail rather than pass on touch targets alone.
// The screens of one mode share one page (the kiosk loaded once, the mode set once, axe injected
// once): each test starts from the home screen, reached by the frame's home button, in its mode
// (checked; the page is loaded again if either is not so), as a citizen's visit goes from screen to screen.
import { expect, test, type Page } from '@playwright/test';
import { scanBurst } from './scanner-burst.ts';
import { axeSource, axeViolations, describeViolations } from '../support/axe.ts';
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

const modes = ['standard', 'high-contrast'] as const;

async function openKiosk(page: Page, mode: (typeof modes)[number]) {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(terminal.url);
  await expect(page.getByTestId('entry-ticket')).toBeVisible();
  if (mode === 'high-contrast') {
    await page.getByTestId('tile-accessibility').click();
    await page.getByTestId('toggle-highContrast').click();
    await page.getByTestId('nav-home').click();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  }
}

async function expectNoSeriousViolations(page: Page) {
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, describeViolations(serious)).toEqual([]);
}

/** The shared page back on the home screen in `mode`: by the frame's home button (the visit's settings
 *  kept), else, or when the mode was lost (the visit ended), loaded again. */
async function homeIn(page: Page, mode: (typeof modes)[number]) {
  const home = page.getByTestId('nav-home');
  if (await home.isVisible()) await home.click();
  const contrast = await page.locator('html').getAttribute('data-contrast');
  const atHome = await page.getByTestId('screen-home').isVisible();
  if (!atHome || (contrast === 'high') !== (mode === 'high-contrast')) await openKiosk(page, mode);
  await expect(page.getByTestId('screen-home')).toBeVisible();
}

for (const mode of modes) {
  test.describe(`${mode} screens`, () => {
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage();
      await openKiosk(page, mode);
    });
    test.afterAll(async () => {
      await page?.close();
    });

    for (const screen of kioskScreens) {
      test(`${screen.name} (${mode}): touch targets of 12.7 mm, no serious axe violation`, async () => {
        await homeIn(page, mode);
        await openScreen(page, screen);
        await expectTouchTargets(page);
        await expectNoSeriousViolations(page);
      });
    }
  });

  test(`the failure and idle dialogs (${mode}) are named by their text and pass axe`, async ({ page }) => {
    await page.clock.install();
    await openKiosk(page, mode);
    await scanBurst(page, 'YY00000000'); // an appointment code the platform does not know
    const problem = page.getByRole('alertdialog', { name: '没有找到该预约，请核对预约码' });
    await expect(problem).toBeVisible();
    await expectTouchTargets(page);
    await expectNoSeriousViolations(page);
    await page.getByTestId('problem-ok').click();
    await page.getByTestId('entry-ticket').click(); // a visit under way: the idle timer runs
    await page.clock.fastForward(52_000);
    await expect(page.getByRole('alertdialog', { name: /秒后返回首页/ })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('the page may be zoomed (no viewport meta forbidding it)', async ({ page }) => {
  await page.goto(terminal.url);
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
});

test('axe-core is installed (otherwise the checks above could not run)', () => {
  expect(axeSource()?.length ?? 0).toBeGreaterThan(100_000);
});
