// The phone side of the QR codes, through the browser host in Chromium: a ticket taken at the kiosk,
// its QR read back from the printed slip with zbarimg and opened on a phone-sized page; the place in
// the queue, the call made from the developer page's window controls arriving without a reload, the
// service finished and rated on the phone (once; a second rating refused); the check-in ticket's QR;
// the QR the ticket screen shows when the slip cannot print;
// the guide page from the guide screen's QR; an unknown ticket's 404 page.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { zhangWei } from '../../devices/idcard/test-identities.ts';
import { readQr } from '../support/qr-read.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { openKioskAndDev } from './kiosk-rig.ts';
import { call, connect, ITEM_NAME, itemId, openGuide, type GuideTerminal, type Rpc } from './guide-rig.ts';

let terminal: TerminalProcess;
let rpc: Rpc;
let dev: Page;
let kiosk: Page;

const PHONE = { width: 390, height: 844 };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/;

test.beforeAll(async ({ browser }) => {
  terminal = await startTerminal(testConfig({ devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } }] }));
  rpc = await connect(terminal);
  ({ dev, kiosk } = await openKioskAndDev(browser, terminal, 'printer-1'));
});
test.afterAll(async () => {
  rpc?.close();
  await terminal?.stop();
});

/** The newest slip the simulated printer cut (the developer page shows it as a PNG), its QR decoded. */
async function slipQr(before: string | null): Promise<string> {
  const slip = dev.getByTestId('slip');
  if (before !== null) await expect(slip).not.toHaveAttribute('alt', before);
  else await expect(slip).toBeVisible();
  const src = (await slip.getAttribute('src'))!;
  return readQr(Buffer.from(src.replace('data:image/png;base64,', ''), 'base64'));
}

async function currentSlip(): Promise<string | null> {
  const slip = dev.getByTestId('slip');
  return (await slip.count()) > 0 ? slip.getAttribute('alt') : null;
}

async function phone(browser: Browser, url: string): Promise<Page> {
  const p = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const r = await p.goto(url);
  expect(r?.status()).toBe(200);
  return p;
}

async function windowButton(categoryId: string, action: string): Promise<Locator> {
  const row = dev.locator(`[data-testid^="dev-window-"][data-categories^="${categoryId}"]`).first();
  await expect(row).toBeVisible();
  return row.locator(`[data-testid$="-${action}"]`);
}

async function act(categoryId: string, action: string, expectText: RegExp): Promise<void> {
  await (await windowButton(categoryId, action)).click();
  await expect(dev.getByTestId('dev-window-result')).toHaveText(expectText);
}

/** Every link, button and choice on the phone page at least 44 CSS px high (WCAG 2.5.5 on a phone). */
async function expectPhoneTargets(p: Page) {
  const small = await p.evaluate(() =>
    [...document.querySelectorAll('a, button, label.choice')]
      .map((e) => ({ text: (e.textContent ?? '').trim().slice(0, 30), h: e.getBoundingClientRect().height }))
      .filter((x) => x.h > 0 && x.h < 44),
  );
  expect(small).toEqual([]);
  expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('the slip QR opens the ticket on a phone: place, call without reloading, finish, rate once', async ({ browser }) => {
  // Someone took a ticket for the same business first.
  const other = await call(rpc, 'queue.issueTicket', { categoryId: 'tax' });
  const before = await currentSlip();
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-tax').click();
  await expect(kiosk.getByTestId('ticket-screen')).toBeVisible();
  const number = (await kiosk.getByTestId('ticket-number').textContent())!;
  const url = await slipQr(before);
  expect(url).toMatch(new RegExp(`^${terminal.platformUrl}m/ticket/${UUID.source}$`));
  await kiosk.getByTestId('ticket-done').click();

  const p = await phone(browser, url);
  await expect(p.getByTestId('ticket-number')).toHaveText(number);
  await expect(p.getByTestId('ticket-business')).toHaveText('税务');
  await expect(p.getByTestId('ticket-state')).toHaveAttribute('data-state', 'waiting');
  await expect(p.getByTestId('ticket-state')).toHaveText('您前面还有 1 人在等待');
  await expect(p.getByTestId('ticket-estimate')).toHaveAttribute('data-kind', 'configured');
  await expect(p.getByTestId('ticket-estimate-basis')).toContainText('今天本业务还没有办结记录');
  await expectPhoneTargets(p);
  await p.screenshot({ path: 'var/screens/mobile-ticket-waiting-390x844.png', fullPage: true });

  // The queue moves and the call arrives over the live stream: the same document, never reloaded.
  await p.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await act('tax', 'callNext', new RegExp(`${other.number} is called`));
  await expect(p.getByTestId('ticket-state')).toHaveText('下一位就是您，请留意叫号');
  await act('tax', 'finish', new RegExp(`${other.number} is finished`));
  await act('tax', 'callNext', new RegExp(`${number} is called`));
  const state = p.getByTestId('ticket-state');
  await expect(state).toHaveAttribute('data-state', 'called');
  const windowNumber = await state.getAttribute('data-window');
  await expect(state).toHaveText(`请到 ${windowNumber} 号窗口`);
  expect(await p.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await p.screenshot({ path: 'var/screens/mobile-ticket-called-390x844.png', fullPage: true });

  // English: the switch keeps the ticket.
  await p.getByTestId('lang-switch').click();
  await expect(p.getByTestId('ticket-state')).toHaveText(`Please go to window ${windowNumber}`);
  await p.screenshot({ path: 'var/screens/mobile-ticket-called-en-390x844.png', fullPage: true });
  await p.getByTestId('lang-switch').click();
  await expect(p.getByTestId('ticket-state')).toHaveText(`请到 ${windowNumber} 号窗口`);

  await p.evaluate(() => ((window as unknown as { marker: number }).marker = 43));
  await dev.screenshot({ path: 'var/screens/mobile-dev-windows-1920x1080.png' });
  await act('tax', 'start', new RegExp(`${number} is serving`));
  await expect(p.getByTestId('ticket-state')).toHaveAttribute('data-state', 'serving');
  await act('tax', 'finish', new RegExp(`${number} is finished`));
  await expect(p.getByTestId('ticket-state')).toHaveAttribute('data-state', 'finished');
  await expect(p.getByTestId('rate')).toBeVisible();
  expect(await p.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(43);
  await expectPhoneTargets(p);
  await p.screenshot({ path: 'var/screens/mobile-rate-390x844.png', fullPage: true });

  // A bad rating without a reason is refused with what to do; nothing stored.
  await p.getByTestId('rate-level-dissatisfied').check();
  await p.getByTestId('rate-submit').click();
  await expect(p.getByTestId('rate-error')).toContainText('请选择至少一个原因');
  await p.screenshot({ path: 'var/screens/mobile-rate-error-390x844.png', fullPage: true });
  await p.getByTestId('rate-level-dissatisfied').check();
  await p.getByTestId('rate-reason.waiting').check();
  await p.getByTestId('rate-submit').click();
  await expect(p.getByTestId('rate-thanks')).toBeVisible();
  await p.screenshot({ path: 'var/screens/mobile-rated-390x844.png', fullPage: true });

  // One rating per ticket: a second one is refused.
  const again = await p.request.post(`${url}/rating`, { form: { level: 'verySatisfied' }, maxRedirects: 0 });
  expect(again.status()).toBe(409);
  expect(await again.text()).toContain('本次服务已经评价过了');
  await p.goto(url);
  await expect(p.getByTestId('rate-done')).toBeVisible();
  await expect(p.getByTestId('rate')).toHaveCount(0);
  await p.close();
});

test('the check-in ticket carries the same kind of QR, and its page shows the ticket', async ({ browser }) => {
  const before = await currentSlip();
  const ticket = await call(rpc, 'queue.checkInByCard', { idNumber: zhangWei.idNumber });
  expect(ticket.trackingUrl).toMatch(new RegExp(`^${terminal.platformUrl}m/ticket/${UUID.source}$`));
  expect(await slipQr(before)).toBe(ticket.trackingUrl);
  const p = await phone(browser, ticket.trackingUrl!);
  await expect(p.getByTestId('ticket-number')).toHaveText(ticket.number);
  const html = await p.content();
  expect(html).not.toContain(zhangWei.name);
  expect(html).not.toContain(zhangWei.idNumber.slice(-6));
  await p.close();
});

test('with the paper out, the QR on the ticket screen opens the same page', async ({ browser }) => {
  await dev.getByTestId('sim-printer-1-paper-out').click();
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'error');
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-general').click();
  await expect(kiosk.getByTestId('ticket-screen')).toHaveAttribute('data-print', 'failed');
  const number = (await kiosk.getByTestId('ticket-number').textContent())!;
  const qr = kiosk.locator('.ticket-qr svg');
  await expect(qr).toBeVisible();
  const url = readQr(await qr.screenshot());
  expect(url).toMatch(new RegExp(`^${terminal.platformUrl}m/ticket/${UUID.source}$`));
  await kiosk.screenshot({ path: 'var/screens/mobile-kiosk-ticket-qr-1080x1920.png' });
  await dev.getByTestId('sim-printer-1-paper-ok').click();
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'ready');
  await kiosk.getByTestId('ticket-done').click();
  const p = await phone(browser, url);
  await expect(p.getByTestId('ticket-number')).toHaveText(number);
  await expect(p.getByTestId('ticket-state')).toHaveAttribute('data-state', 'waiting');
  await p.close();
});

test('an unknown ticket is a plain page saying what to do', async ({ browser }) => {
  const p = await browser.newPage({ viewport: PHONE });
  const r = await p.goto(`${terminal.platformUrl}m/ticket/3b241101-e2bb-4255-8caf-4136c566a962`);
  expect(r?.status()).toBe(404);
  await expect(p.getByTestId('not-found')).toHaveText('找不到这张号票');
  await p.screenshot({ path: 'var/screens/mobile-not-found-390x844.png', fullPage: true });
  await p.close();
});

test("the guide screen's QR opens the item's guide on a phone, in Chinese and English", async ({ browser, page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  const g = { terminal, rpc } as unknown as GuideTerminal;
  const id = await itemId(rpc, ITEM_NAME);
  await openGuide(page, g, ITEM_NAME);
  await page.getByTestId('guide-take-away').click();
  const qr = page.locator('.guide-take-qr svg.qr');
  await expect(qr).toBeVisible();
  const url = readQr(await qr.screenshot());
  expect(url).toBe(`${terminal.platformUrl}m/guide/${encodeURIComponent(id)}`);

  const item = await call(rpc, 'catalogue.getItem', { id });
  const p = await phone(browser, url);
  await expect(p.getByTestId('guide-name')).toHaveText(ITEM_NAME);
  await expect(p.getByTestId('guide-material')).toHaveCount(item.materials.length);
  await expect(p.getByTestId('guide-address')).toHaveText(item.address);
  await expectPhoneTargets(p);
  await p.screenshot({ path: 'var/screens/mobile-guide-390x844.png', fullPage: true });
  await p.screenshot({ path: 'var/screens/mobile-guide-top-390x844.png' });
  await p.getByTestId('guide-section-fees').scrollIntoViewIfNeeded();
  await p.screenshot({ path: 'var/screens/mobile-guide-fees-390x844.png' });
  await p.getByTestId('lang-switch').click();
  await expect(p.getByTestId('guide-section-materials')).toContainText('Documents to bring');
  await p.screenshot({ path: 'var/screens/mobile-guide-en-390x844.png' });
  await p.close();
});
