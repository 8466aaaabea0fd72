// Every kind of device this part made reachable from config, in one terminal through the browser
// host: a simulated A4 printer, an A4 printer on a CUPS queue (stand-in lp/lpstat first on PATH),
// and a USB HID rating pad (the simulator plays the HID device under the real HID transport and
// driver). All show on the developer page and pass their self-tests; the simulated A4 printer's
// test page shows as page images.
import { expect, test, type Page } from '@playwright/test';
import { createFakeCups, type FakeCups } from '../support/fake-cups.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

let terminal: TerminalProcess;
let cups: FakeCups;
let dev: Page;

test.beforeAll(async ({ browser }) => {
  cups = createFakeCups('HallA4');
  terminal = await startTerminal(
    testConfig({
      devices: [
        { id: 'a4-sim', kind: 'documentPrinter', label: 'A4 模拟打印机', connection: { type: 'simulated' } },
        { id: 'a4-cups', kind: 'documentPrinter', label: 'A4 打印机 (CUPS)', connection: { type: 'cups', printer: 'HallA4' } },
        { id: 'pad-1', kind: 'ratingPad', label: '评价器 (USB HID)', connection: { type: 'simulated', over: 'hid' } },
      ],
    }),
    [],
    { env: { PATH: cups.path } },
  );
  dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await dev.goto(terminal.devUrl!);
});
test.afterAll(async () => {
  await terminal?.stop();
  cups?.remove();
});

test('the A4 printers and the HID pad are ready on the developer page and pass their self-tests', async () => {
  for (const id of ['a4-sim', 'a4-cups', 'pad-1']) await expect(dev.getByTestId(`dev-device-${id}`)).toHaveAttribute('data-state', 'ready');
  await expect(dev.getByTestId('dev-device-a4-cups')).toContainText('CUPS queue HallA4');
  await expect(dev.getByTestId('dev-device-pad-1')).toContainText('in-memory USB HID device');

  await dev.getByTestId('selftest-pad-1').click();
  await expect(dev.getByTestId('dev-last-pad-1')).toHaveText('self-test passed: the pad beeped');

  await dev.getByTestId('selftest-a4-cups').click();
  await expect(dev.getByTestId('dev-last-a4-cups')).toHaveText('self-test passed: printed a test page (job HallA4-1)');
  expect(cups.jobs().map((j) => j.pdf.subarray(0, 5).toString())).toEqual(['%PDF-']);

  await dev.getByTestId('selftest-a4-sim').click();
  await expect(dev.getByTestId('dev-last-a4-sim')).toHaveText('self-test passed: printed a test page (job Simulated-a4-sim-1)');
  const doc = dev.getByTestId('dev-document-a4-sim#1');
  await expect(doc).toContainText('打印测试页');
  const page = doc.getByTestId('dev-document-page').first();
  await expect(page).toBeVisible();
  // The page image really is an A4 page rendered by pdftoppm (72 dpi), not a broken image.
  expect(await page.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([596, 842]);

  await dev.screenshot({ path: 'var/screens/dev-devices.png', fullPage: true });
});

test('a pad key pressed on the simulated HID pad reaches the core log; a paper-out A4 printer fails its self-test', async () => {
  await dev.getByTestId('sim-pad-1-rate:satisfied').click();
  await expect(dev.getByTestId('dev-last-pad-1')).toHaveText('rate:satisfied: done');
  await dev.getByTestId('sim-a4-sim-condition:paperOut').click();
  await expect(dev.getByTestId('dev-device-a4-sim')).toHaveAttribute('data-state', 'error');
  await dev.getByTestId('selftest-a4-sim').click();
  await expect(dev.getByTestId('dev-last-a4-sim')).toContainText('self-test failed: printer.paperOut');
});
