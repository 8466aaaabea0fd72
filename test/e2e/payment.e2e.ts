// Paying a fee (便民缴费) through the browser host with simulated devices and a standalone reference
// platform whose clock the test can move (the order's 15 minutes pass at once): by ID card and by case
// number + query code, paid through the developer page's simulated provider, the receipt printed (and,
// with the paper out, said on screen and printed again); cancelled on the provider and on the kiosk;
// expired, with a new QR; "pay the fee" from the case detail; the card lifted mid-flow and an idle
// timeout (the unpaid QR voided both times); and the platform down, said plainly.
import { expect, test, type Page } from '@playwright/test';
import { weiXiuying } from '../../devices/idcard/test-identities.ts';
import { systemClock, type Clock } from '../../domain/clock.ts';
import { sampleCases, sampleFees } from '../../platform/seed/index.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { ORDER_LIFETIME_MS } from '../../platform/services/payment-store.ts';
import type { TerminalProcess } from '../support/terminal-process.ts';
import { backHome, caseByNumber, enrolledConfig, idleOut, inEveryLook, insertCard, liftCard, printerCardScanner, startKiosk } from './kiosk-rig.ts';

const DAY = '2026-11-24';
const START = '2026-11-24T10:00:00+08:00';
const devices = printerCardScanner;
const cases = sampleCases(DAY);
const unpaid = sampleFees(DAY).filter((f) => f.paidAt === null);
const caseOf = (feeName: string) => cases.find((c) => c.caseNumber === unpaid.find((f) => f.name.includes(feeName))!.caseNumber)!;
/** 居民身份证补领: ¥40.00 owed. */
const reissue = caseOf('丢失补领');
/** 继承 转移登记: two fees owed (登记费 and 证书工本费). */
const inherit = caseOf('不动产登记费');

// The platform's clock runs with the terminal's (both from 10:00 on the test day), plus what the test adds.
let skip = 0;
const t0 = systemClock.now();
const platformClock: Clock = { now: () => Date.parse(START) + (systemClock.now() - t0) + skip, setTimeout: systemClock.setTimeout, clearTimeout: systemClock.clearTimeout };

let platform: RunningPlatform;
let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

test.beforeAll(async ({ browser }) => {
  platform = await startPlatform({ clock: platformClock, version: 'e2e', seed: (p) => seedReferencePlatform(p, DAY) });
  ({ terminal, dev, kiosk } = await startKiosk(browser, await enrolledConfig(platform, { devices: [...devices] }, 2000), 'idcard-1'));
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
});
test.afterAll(async () => {
  await terminal?.stop();
  await platform?.close().catch(() => {});
});

const home = (page: Page = kiosk) => backHome(page, ['idle-warning', 'problem-ok', 'nav-home']);
const insert = (who: string) => insertCard(dev, who);
const removeCard = () => liftCard(dev);
/** From home: 便民缴费, the case by number and query code, to its fees. */
const byNumber = async (page: Page, c: { caseNumber: string; queryCode: string }) => {
  await page.getByTestId('entry-pay').click();
  await expect(page.getByTestId('screen-cases.find')).toBeVisible();
  await caseByNumber(page, c);
};
/** The order on the screen: its id, read from the QR's URL (as a phone would). */
const shownOrder = async (page: Page = kiosk) => {
  await expect(page.getByTestId('pay')).toHaveAttribute('data-state', 'pending');
  await expect(page.getByTestId('pay-qr').locator('svg.qr')).toBeVisible();
  const url = (await page.getByTestId('pay-qr').getAttribute('data-url'))!;
  expect(url).toMatch(new RegExp(`^${platform.url}pay/PO[0-9A-F]{32}$`));
  return url.slice(url.lastIndexOf('/') + 1);
};
const devSettle = async (orderId: string, action: 'pay' | 'cancel') => {
  await dev.getByTestId('dev-payments-refresh').click();
  await dev.getByTestId(`dev-order-${action}-${orderId}`).click();
};
const openOrders = async () => (await platform.platform.payments.openOrders()).map((o) => o.orderId);

test('by ID card: the holder’s fee, its QR, paid on the provider, the receipt printed; lifting the card voids an unpaid QR', async () => {
  await home();
  await kiosk.getByTestId('entry-pay').click();
  await expect(kiosk.getByTestId('frame-cases-find')).toContainText('便民缴费');
  await insert('weiXiuying');
  await expect(kiosk.getByTestId('screen-payment.fees')).toBeVisible();
  const card = kiosk.getByTestId('fee-list').locator('li');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('¥120.00');
  await expect(card).toContainText('人民币壹佰贰拾元整');
  await expect(card).toContainText('普通护照工本费');
  await expect(kiosk.getByTestId('fee-basis')).not.toBeEmpty();
  await kiosk.screenshot({ path: 'var/screens/payment-fees-1080x1920.png' });
  await card.getByRole('button').click();
  const first = await shownOrder();
  await expect(kiosk.getByTestId('pay-countdown')).toContainText(/1[45] 分 \d\d 秒后失效/);
  await kiosk.screenshot({ path: 'var/screens/payment-qr-1080x1920.png' });

  // Lifted mid-flow: the fee leaves the screen and its QR is voided on the platform.
  await removeCard();
  await expect(kiosk.getByTestId('cases-card-gone')).toBeVisible();
  await expect.poll(async () => (await platform.platform.payments.order(first)).state).toBe('cancelled');
  expect(await openOrders()).toEqual([]);

  await kiosk.getByTestId('cases-again').click();
  await insert('weiXiuying');
  await kiosk.getByTestId('fee-list').locator('li').getByRole('button').click();
  const order = await shownOrder();
  expect(order).not.toBe(first);
  await devSettle(order, 'pay');
  await expect(kiosk.getByTestId('pay')).toHaveAttribute('data-state', 'paid');
  await expect(kiosk.getByTestId('pay-receipt')).toHaveAttribute('data-printed', 'true');
  await expect(kiosk.getByTestId('pay-receipt')).toContainText('请取走下方的凭条');
  await expect(dev.getByTestId('slip')).toBeVisible();
  await kiosk.screenshot({ path: 'var/screens/payment-paid-1080x1920.png' });
  await dev.getByTestId('slip').screenshot({ path: 'var/screens/payment-receipt-slip.png' });
  expect((await platform.platform.payments.fees({ idNumber: weiXiuying.idNumber }))[0]).toMatchObject({ status: 'paid' });

  // Looked up again (the card still on the reader looks itself up): nothing left to pay, the paid fee listed as paid.
  await kiosk.getByTestId('nav-back').click();
  await kiosk.getByTestId('nav-back').click();
  await expect(kiosk.getByTestId('payment-none')).toBeVisible();
  await expect(kiosk.getByTestId('fee-paid-list')).toContainText('普通护照工本费');
  await removeCard();
  expect(terminal.output()).not.toContain(weiXiuying.idNumber);
});

test('by number: cancelled on the provider, cancelled on the kiosk, then paid with the paper out (said, and printed again)', async () => {
  await home();
  await byNumber(kiosk, reissue);
  await expect(kiosk.getByTestId('screen-payment.fees')).toBeVisible();
  await kiosk.getByTestId('fee-list').locator('li').getByRole('button').click();
  const first = await shownOrder();
  await devSettle(first, 'cancel');
  await expect(kiosk.getByTestId('pay')).toHaveAttribute('data-state', 'cancelled');
  await expect(kiosk.getByTestId('pay-state')).toContainText('缴费已取消，没有扣款');

  await kiosk.getByTestId('pay-again').click();
  const second = await shownOrder();
  expect(second).not.toBe(first);
  await kiosk.getByTestId('pay-cancel').click();
  await expect(kiosk.getByTestId('pay')).toHaveAttribute('data-state', 'cancelled');
  expect((await platform.platform.payments.order(second)).state).toBe('cancelled');

  await kiosk.getByTestId('pay-again').click();
  const third = await shownOrder();
  await dev.getByTestId('sim-printer-1-paper-out').click();
  await devSettle(third, 'pay');
  await expect(kiosk.getByTestId('pay')).toHaveAttribute('data-state', 'paid');
  await expect(kiosk.getByTestId('pay-receipt')).toHaveAttribute('data-printed', 'false');
  await expect(kiosk.getByTestId('pay-receipt')).toContainText('费用已缴清，但缴费凭证没有打印出来');
  await kiosk.screenshot({ path: 'var/screens/payment-paper-out-1080x1920.png' });
  await dev.getByTestId('sim-printer-1-paper-ok').click();
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'ready');
  await kiosk.getByTestId('pay-reprint').click();
  await expect(kiosk.getByTestId('pay-receipt')).toHaveAttribute('data-printed', 'true');
  expect((await platform.platform.payments.fees({ caseNumber: reissue.caseNumber, queryCode: reissue.queryCode }))[0]).toMatchObject({ status: 'paid' });
});

test('from the case detail: pay the fee; the QR expires (nothing charged) and a new one is given; leaving voids it', async () => {
  await home();
  await kiosk.getByTestId('entry-progress').click();
  await caseByNumber(kiosk, inherit);
  await expect(kiosk.getByTestId('case-detail')).toBeVisible();
  // Two fees owed: the button names their total and opens the list.
  await expect(kiosk.getByTestId('case-pay')).toContainText('¥90.00');
  await kiosk.getByTestId('case-pay').click();
  await expect(kiosk.getByTestId('fee-list').locator('li')).toHaveCount(2);
  await kiosk.getByTestId('fee-list').locator('li').first().getByRole('button').click();
  const first = await shownOrder();
  skip += ORDER_LIFETIME_MS;
  // Only the platform's clock jumped: the kiosk's own read at the expiry is still far, and with the
  // event stream up it reads the order every 15 s (its safety net), which finds it expired.
  await expect(kiosk.getByTestId('pay')).toHaveAttribute('data-state', 'expired', { timeout: 20_000 });
  await expect(kiosk.getByTestId('pay-state')).toContainText('二维码已过期，没有扣款');
  await kiosk.screenshot({ path: 'var/screens/payment-expired-1080x1920.png' });
  await kiosk.getByTestId('pay-renew').click();
  const second = await shownOrder();
  expect(second).not.toBe(first);
  await kiosk.getByTestId('nav-back').click();
  await expect.poll(async () => (await platform.platform.payments.order(second)).state).toBe('cancelled');
  expect((await platform.platform.payments.fees({ caseNumber: inherit.caseNumber, queryCode: inherit.queryCode })).map((f) => f.status)).toEqual(['unpaid', 'unpaid']);
});

test('an idle timeout mid-flow ends the visit and voids the QR', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.clock.install();
  await page.goto(terminal.url);
  await byNumber(page, inherit);
  await page.getByTestId('fee-list').locator('li').first().getByRole('button').click();
  const order = await shownOrder(page);
  await idleOut(page);
  await expect.poll(async () => (await platform.platform.payments.order(order)).state).toBe('cancelled');
  await page.close();
});

test('screens in both sizes, large text and high contrast, Chinese and English', async ({ browser }) => {
  await inEveryLook(browser, terminal.url, async ({ page, shot }) => {
    await byNumber(page, inherit);
    await expect(page.getByTestId('screen-payment.fees')).toBeVisible();
    await shot('payment-fees');
    await page.getByTestId('fee-list').locator('li').first().getByRole('button').click();
    await shownOrder(page);
    await shot('payment-qr');
    await page.getByTestId('pay-cancel').click();
    await expect(page.getByTestId('pay')).toHaveAttribute('data-state', 'cancelled');
    await shot('payment-cancelled');
    await page.getByTestId('nav-home').click();
  });
});

test('with the platform down, paying says so plainly and nothing is started', async () => {
  await home();
  await platform.close();
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
  await byNumber(kiosk, inherit);
  await expect(kiosk.getByTestId('cases-offline')).toContainText('网络中断，暂时不能缴费，也没有扣款');
  await kiosk.screenshot({ path: 'var/screens/payment-offline-1080x1920.png' });
  await kiosk.getByTestId('cases-offline-ok').click();
  await expect(kiosk.getByTestId('screen-cases.find')).toBeVisible();
});
