// What a first try of the kiosk found, each through the browser host with simulated devices: a
// ticket already held is named and reprinted (补打); a card left after 完成 is asked for, and a card
// read at home starts a new visit; a reader whose SAM fails says so and takes the typed ID number;
// the 绿色通道 gives its number by the age on the card only; the developer page scans an appointment
// that exists; outside opening hours the tiles are greyed and say when they open.
import { expect, test, type Page } from '@playwright/test';
import { zhangWei } from '../../devices/idcard/test-identities.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { openKioskAndDev } from './kiosk-rig.ts';

let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

test.beforeAll(async ({ browser }) => {
  terminal = await startTerminal(
    testConfig({
      devices: [
        { id: 'printer-1', kind: 'printer', label: '取号打印机', model: 'generic-80', connection: { type: 'simulated', over: 'memory' } },
        { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
        { id: 'scanner-1', kind: 'scanner', label: '扫码器', connection: { type: 'simulated', over: 'memory' } },
      ],
    }),
  );
  ({ dev, kiosk } = await openKioskAndDev(browser, terminal, 'idcard-1'));
});
test.afterAll(async () => {
  await terminal?.stop();
});

const home = async () => {
  if (await kiosk.getByTestId('nav-home').isVisible()) await kiosk.getByTestId('nav-home').click();
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();
};

test('a second ticket is refused with the number held, and that ticket is reprinted as 补打', async () => {
  await home();
  await dev.getByTestId('sim-idcard-1-insert:zhangWei').click();
  await expect(kiosk.getByTestId('card-holder')).toBeVisible();
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-police').click();
  const number = (await kiosk.getByTestId('ticket-number').textContent())!;
  expect(number).toMatch(/^F\d{3}$/);
  await kiosk.getByTestId('nav-home').click();
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-police').click();
  await expect(kiosk.getByTestId('refusal')).toHaveAttribute('data-code', 'queue.duplicate');
  await expect(kiosk.getByTestId('refusal-number')).toHaveText(number);
  await kiosk.screenshot({ path: 'var/screens/duplicate-1080x1920.png' });
  const slip = dev.getByTestId('slip');
  const before = await slip.getAttribute('alt');
  await kiosk.getByTestId('refusal-reprint').click();
  await expect(kiosk.getByTestId('ticket-number')).toHaveText(number);
  await expect(kiosk.getByTestId('ticket-print')).toContainText('请取走下方的凭条');
  // A new slip came out (its content, 补打 and the ID tail, is checked in test/main/core/queue/ticket-desk.test.ts).
  await expect(slip).not.toHaveAttribute('alt', before!);
  expect(terminal.output()).toContain('ticket reprinted (补打)');
  await kiosk.getByTestId('ticket-done').click();
});

test('a card left after 完成 is asked for on the tiles; the next card read at home is a new visit', async () => {
  await home();
  // Left from the visit before (the test above ended it with 完成, the card still on the reader).
  await expect(kiosk.getByTestId('card-left')).toBeVisible();
  await kiosk.getByTestId('entry-ticket').click();
  await expect(kiosk.getByTestId('card-left')).toContainText('请先取走');
  await kiosk.getByTestId('category-fund').click();
  await expect(kiosk.getByTestId('real-name-card-left')).toBeVisible();
  await kiosk.getByTestId('real-name-cancel').click();
  await kiosk.getByTestId('nav-home').click();
  // The next citizen switches to English, then the old card is lifted and a new one read at home.
  await kiosk.getByTestId('tile-language').click();
  await kiosk.getByTestId('language-en').click();
  await expect(kiosk.getByText('Welcome')).toBeVisible();
  await dev.getByTestId('sim-idcard-1-remove').click();
  await expect(kiosk.getByTestId('card-left')).toBeHidden();
  await dev.getByTestId('sim-idcard-1-insert:ayiguli').click();
  await expect(kiosk.getByTestId('card-holder')).toBeVisible();
  // A new visit: the terminal's language again, the card kept for it.
  await expect(kiosk.getByText('您好，欢迎办理业务')).toBeVisible();
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-fund').click();
  await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
  await kiosk.getByTestId('ticket-done').click();
  await dev.getByTestId('sim-idcard-1-remove').click();
  await expect(kiosk.getByTestId('card-left')).toBeHidden();
});

test('a reader whose SAM fails says so, and the typed ID number takes the ticket', async () => {
  await home();
  await dev.getByTestId('sim-idcard-1-fail-sam').click();
  await dev.getByTestId('selftest-idcard-1').click();
  await expect(dev.getByTestId('dev-device-idcard-1')).toHaveAttribute('data-state', 'error');
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-estate').click();
  await expect(kiosk.getByTestId('reader-failed')).toContainText('读卡器暂时无法读取身份证');
  const take = kiosk.getByTestId('id-entry-take');
  await expect(take).toBeDisabled();
  // A wrong check character is refused in plain words.
  const wrong = zhangWei.idNumber.slice(0, 17) + (zhangWei.idNumber.endsWith('1') ? '2' : '1');
  for (const ch of wrong) await kiosk.getByTestId(`key-${ch}`).click();
  await expect(kiosk.getByTestId('id-entry-hint')).toContainText('号码不正确');
  await expect(take).toBeDisabled();
  await kiosk.getByTestId('key-backspace').click();
  await kiosk.getByTestId(`key-${zhangWei.idNumber.at(-1)}`).click();
  await kiosk.screenshot({ path: 'var/screens/id-entry-1080x1920.png' });
  await take.click();
  await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^D\d{3}$/);
  // The full number is never logged.
  expect(terminal.output()).not.toContain(zhangWei.idNumber);
  await kiosk.getByTestId('ticket-done').click();
  await dev.getByTestId('sim-idcard-1-restore-sam').click();
});

test('the 绿色通道 gives its number by the age on the card; the others are sent to staff', async () => {
  await home();
  await dev.getByTestId('sim-idcard-1-insert:zhangWei').click();
  await expect(kiosk.getByTestId('card-holder')).toContainText('张*');
  await kiosk.getByTestId('entry-ticket').click();
  await expect(kiosk.getByTestId('category-green')).toContainText('70周岁以上');
  await kiosk.getByTestId('category-green').click();
  await expect(kiosk.getByTestId('refusal')).toHaveAttribute('data-code', 'queue.notEligible');
  await expect(kiosk.getByTestId('staff-groups')).toContainText('残疾人');
  await kiosk.screenshot({ path: 'var/screens/green-refused-1080x1920.png' });
  await kiosk.getByTestId('refusal-ok').click();
  await kiosk.getByTestId('nav-home').click();
  await dev.getByTestId('sim-idcard-1-remove').click();
  await expect(kiosk.getByTestId('card-holder')).toBeHidden();
  await dev.getByTestId('sim-idcard-1-insert:zhaxiCiren').click();
  await expect(kiosk.getByTestId('card-holder')).toContainText('扎*');
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-green').click();
  await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^V\d{3}$/);
  await expect(kiosk.getByTestId('ticket-screen')).toContainText('绿色通道');
  await kiosk.getByTestId('ticket-done').click();
  await dev.getByTestId('sim-idcard-1-remove').click();
});

test('the developer page scans an appointment the platform has today, and it is checked in', async () => {
  await home();
  const scan = dev.locator('[data-testid^="sim-scanner-1-scan:YY"]').first();
  await expect(scan).toBeVisible();
  await scan.click();
  await expect(kiosk.getByTestId('ticket-screen')).toBeVisible();
  await expect(kiosk.getByTestId('problem')).toBeHidden();
  await kiosk.getByTestId('ticket-done').click();
});

test('outside opening hours the tiles are greyed and say when they open', async ({ browser }) => {
  const lunch = await startTerminal(testConfig({ dev: { page: true, clockStart: '2026-11-24T12:10:00+08:00' } }));
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(lunch.url);
    await page.getByTestId('entry-ticket').click();
    const general = page.getByTestId('category-general');
    await expect(general).toBeDisabled();
    await expect(page.getByTestId('hours-general')).toContainText('13:30 开始取号');
    await expect(page.getByTestId('hours-general')).toContainText('08:30–12:00, 13:30–17:30');
    await page.screenshot({ path: 'var/screens/tiles-lunch-1080x1920.png' });
    await page.close();
  } finally {
    await lunch.stop();
  }
});
