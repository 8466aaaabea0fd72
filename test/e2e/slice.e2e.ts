// The first end-to-end slice, through the browser host in Chromium with the simulated printer and
// ID-card reader on real ptys (socat) driven by the real serial driver: tap a business -> the
// platform numbers the ticket -> the ESC/POS bytes go to the printer -> the slip image appears on
// the developer page; an inserted card shows the masked holder until it is removed.
import { expect, test, type Page } from '@playwright/test';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

test.beforeAll(async ({ browser }) => {
  terminal = await startTerminal(
    testConfig({
      devices: [
        { id: 'printer-1', kind: 'printer', label: '取号打印机', model: 'generic-80', connection: { type: 'simulated', over: 'pty' } },
        { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'pty' } },
      ],
      queue: { slipQrUrl: 'https://zwfw.example.gov.cn/queue/ticket/{ticketId}' },
    }),
  );
  dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await dev.goto(terminal.devUrl!);
  kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await kiosk.goto(terminal.url);
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'ready');
  await expect(dev.getByTestId('dev-device-idcard-1')).toHaveAttribute('data-state', 'ready');
  await expect(dev.getByTestId('dev-device-printer-1')).toContainText('pty');
});
test.afterAll(async () => {
  await terminal?.stop();
});

test('tap a business: the platform numbers it, the printer prints it, the slip shows on the developer page', async () => {
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-general').click();
  await expect(kiosk.getByTestId('ticket-screen')).toBeVisible();
  const number = await kiosk.getByTestId('ticket-number').textContent();
  expect(number).toMatch(/^A\d{3}$/);
  await expect(kiosk.getByTestId('ticket-print')).toContainText('请取走下方的凭条');
  const slip = dev.getByTestId('slip');
  await expect(slip).toBeVisible();
  expect(await slip.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
  await kiosk.screenshot({ path: 'var/screens/ticket-1080x1920.png' });
  await dev.screenshot({ path: 'var/screens/dev-slice-1920x1080.png' });
  await kiosk.getByTestId('ticket-done').click();
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();
});

test('a card on the reader shows the masked holder until it is removed, and makes the ticket real-name', async () => {
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-fund').click(); // 住房公积金 needs the ID card: it is asked for
  await expect(kiosk.getByTestId('real-name-place')).toContainText('请将身份证放在读卡区');
  await kiosk.getByTestId('real-name-cancel').click();

  await dev.getByTestId('sim-idcard-1-insert:zhangWei').click();
  const holder = kiosk.getByTestId('card-holder');
  await expect(holder).toContainText('张*');
  await expect(holder).toContainText('110105********');
  await expect(holder).not.toContainText('张伟');
  await expect(dev.getByTestId('dev-card')).toContainText('张*');
  await kiosk.screenshot({ path: 'var/screens/card-1080x1920.png' });

  await kiosk.getByTestId('category-fund').click();
  await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
  // Finishing the visit forgets the card even while it still lies on the reader.
  await kiosk.getByTestId('ticket-done').click();
  await expect(holder).toBeHidden();
  await expect(kiosk.getByTestId('card-left')).toBeVisible();
  await expect(dev.getByTestId('dev-card')).toHaveText('left on the reader (visit ended)');

  // The same person again: one unserved ticket per ID per business.
  await dev.getByTestId('sim-idcard-1-remove').click();
  await expect(kiosk.getByTestId('card-left')).toBeHidden();
  await dev.getByTestId('sim-idcard-1-insert:zhangWei').click();
  await expect(holder).toContainText('张*');
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-fund').click();
  await expect(kiosk.getByTestId('refusal')).toHaveAttribute('data-code', 'queue.duplicate');
  await kiosk.getByTestId('refusal-ok').click();

  await dev.getByTestId('sim-idcard-1-remove').click();
  await expect(holder).toBeHidden();
  await expect(dev.getByTestId('dev-card')).toHaveText('none');
});

test('with the paper out the ticket still stands: the number stays on screen with a QR', async () => {
  await dev.getByTestId('sim-printer-1-paper-out').click();
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'error');
  await expect(kiosk.getByTestId('device-status')).toContainText('取号打印机');
  await kiosk.getByTestId('nav-home').click();
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-tax').click();
  await expect(kiosk.getByTestId('ticket-screen')).toHaveAttribute('data-print', 'failed');
  await expect(kiosk.getByTestId('ticket-print')).toContainText('请记下您的号码');
  await expect(kiosk.getByRole('img', { name: '也可用手机扫码查看排队进度' })).toBeVisible();
  await kiosk.screenshot({ path: 'var/screens/ticket-no-paper-1080x1920.png' });
  await dev.getByTestId('sim-printer-1-paper-ok').click();
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'ready');
  await kiosk.getByTestId('ticket-done').click();
});

test('self-tests from the developer page: a test slip, the SAM of the reader', async () => {
  await dev.getByTestId('selftest-printer-1').click();
  await expect(dev.getByTestId('dev-last-printer-1')).toContainText('self-test passed: printed a test slip');
  await dev.getByTestId('selftest-idcard-1').click();
  await expect(dev.getByTestId('dev-last-idcard-1')).toContainText('self-test passed: SAM answered');
  await dev.getByTestId('sim-idcard-1-fail-sam').click();
  await dev.getByTestId('selftest-idcard-1').click();
  await expect(dev.getByTestId('dev-last-idcard-1')).toContainText('self-test failed');
  await dev.getByTestId('sim-idcard-1-restore-sam').click();
});
