// One-window intake (一窗受理) and result hand-out (综合出件) at a counter terminal, through the browser
// host with simulated devices, enrolled as a counter with a reference platform this test runs (the seed
// hall open, 2026-11-24), through the counter app (counter-rig.ts: staff signed in by PIN, the ticket
// called from its action bar, the panel in its workspace); the panel's looks in other languages and
// modes through its harness (`/dev?view=intake`). A ticket called at the window, the item found by typing, the ID card read,
// one material missing -> the one-time notice printed (its words and its QR read back); a return
// visit told of a new gap -> refused, the earlier list shown; all ticked -> accepted, the receipt read
// back (case number, promised date, QR), the case found by the kiosk's progress lookup; paper out
// said and the result kept; a ready seed case handed out to the card's holder, and a case not ready
// refused. Screens photographed at 1920x1080 and 1366x768, Chinese and English, large text and high
// contrast.
import { expect, test, type Page } from '@playwright/test';
import { zhangWei } from '../../devices/idcard/test-identities.ts';
import { sampleCases } from '../../platform/seed/index.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { readQr } from '../support/qr-read.ts';
import { counterDevices, hallOpenClock, signInByPin, startCounter, type CounterRig } from './counter-rig.ts';
import { insertCard, liftCard } from './kiosk-rig.ts';

const DAY = '2026-11-24';
const WINDOW = 'w02';
const ITEM = '职工正常退休（职）申请';
const cases = sampleCases(DAY);
const readyOfCard = cases.find((c) => c.applicant.idNumber === zhangWei.idNumber && c.status === 'ready')!;
const notReady = cases.find((c) => c.applicant.idNumber === zhangWei.idNumber && c.status === 'inReview')!;

let platform: RunningPlatform;
let rig: CounterRig;
let dev: Page;
let panel: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  platform = await startPlatform({ clock: hallOpenClock(), version: 'e2e', seed: (p) => seedReferencePlatform(p, DAY) });
  const staffId = (await platform.platform.queue.configuration()).windows.find((w) => w.id === WINDOW)!.staffId!;
  rig = await startCounter(browser, platform, {
    windowId: WINDOW,
    devices: [...counterDevices, { id: 'printer-1', kind: 'printer', label: '受理回执打印机', model: 'generic-80', connection: { type: 'simulated', over: 'memory' } }],
  });
  ({ dev, page: panel } = rig);
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'ready');
  await signInByPin(panel, staffId);
  await expect(panel.getByTestId('intake-panel')).toBeVisible();
});
test.afterAll(async () => {
  await rig?.stop();
  await platform?.close();
});

function harnessUrl(extra = ''): string {
  const [base, hash] = rig.terminal.devUrl!.split('#');
  return `${base}${base!.includes('?') ? '&' : '?'}view=intake&window=${WINDOW}${extra}#${hash ?? ''}`;
}

/** A ticket of a business the window serves, then called there: from the counter's action bar, or the harness's button. */
async function callTicket(page: Page): Promise<string> {
  const q = platform.platform.queue;
  const category = (await q.configuration()).categories.find((c) => c.windowIds.includes(WINDOW))!;
  const current = await q.windowStatus(WINDOW);
  if (current.ok && current.value.current) await q.finish({ windowId: WINDOW });
  const t = await q.issueTicket({ categoryId: category.id, channel: 'kiosk', terminalId: 'k1' });
  if (!t.ok) throw new Error(t.error.message);
  if (page === panel) {
    await expect(panel.getByTestId('intake-ticket')).not.toContainText(/[A-Z]\d{3}/);
    await panel.getByTestId('act-callNext').click();
  } else await page.getByTestId('harness-call-next').click();
  await expect(page.getByTestId('intake-ticket')).toContainText(t.value.number);
  return t.value.number;
}

async function chooseItem(page: Page): Promise<void> {
  await page.getByTestId('intake-item-search').fill('退休');
  await page.getByTestId('intake-item-hit').filter({ hasText: ITEM }).first().click();
  await expect(page.getByTestId('intake-item')).toContainText(ITEM);
}

const required = (page: Page) => page.getByTestId('intake-material').filter({ has: page.locator('.badge-required') });
const lastSlipText = async () => (await dev.getByTestId('slip').getAttribute('data-text')) ?? '';

test('a notice for one missing material, printed and read back; a new gap on return refused with the earlier list; then accepted, the receipt read back, the case found by progress lookup', async () => {
  await callTicket(panel);
  await panel.screenshot({ path: 'var/screens/intake-empty-1920x1080.png' });
  await chooseItem(panel);
  await insertCard(dev, 'zhangWei');
  await expect(panel.getByTestId('intake-card')).toContainText('张*');
  const names = await required(panel).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')!));
  expect(names.length).toBeGreaterThanOrEqual(2);
  // Tick all required but the first: the button says it gives a notice for one missing material.
  for (let i = 1; i < names.length; i++) await required(panel).nth(i).getByTestId('intake-received').check();
  await expect(panel.getByTestId('intake-submit')).toContainText('出具一次性告知书（缺 1 项）');
  await expect(panel.getByTestId('intake-missing')).toContainText(names[0]!);
  await panel.screenshot({ path: 'var/screens/intake-checklist-1920x1080.png' });
  await panel.getByTestId('intake-submit').click();
  await expect(panel.getByTestId('intake-outcome-notice')).toBeVisible();
  await expect(panel.getByTestId('intake-notice-missing')).toHaveText(names[0]!);
  await expect(panel.getByTestId('intake-printed')).toBeVisible();
  await panel.screenshot({ path: 'var/screens/intake-notice-1920x1080.png' });
  // The notice as printed: every missing material, any window, and the guide's QR.
  await expect.poll(lastSlipText).toContain('一次性告知书');
  const notice = await lastSlipText();
  expect(notice).toContain(names[0]!);
  expect(notice).toContain('补齐后可到任一窗口办理');
  const qr = readQr(await dev.getByTestId('slip').screenshot({ path: 'var/screens/intake-notice-slip.png' }));
  expect(qr).toMatch(/\/m\/guide\//);

  // The return visit: the first material brought, but the second not ticked (received last time) -> refused, the earlier list shown.
  await panel.getByTestId('intake-next').click();
  await callTicket(panel);
  await chooseItem(panel);
  await required(panel).nth(0).getByTestId('intake-received').check();
  await panel.getByTestId('intake-submit').click();
  await expect(panel.getByTestId('intake-new-gap')).toContainText(names[1]!);
  await expect(panel.getByTestId('intake-new-gap')).toContainText(names[0]!);
  await panel.screenshot({ path: 'var/screens/intake-new-gap-1920x1080.png' });

  // Everything ticked: accepted.
  for (let i = 1; i < names.length; i++) await required(panel).nth(i).getByTestId('intake-received').check();
  await expect(panel.getByTestId('intake-submit')).toHaveText('受理');
  await panel.getByTestId('intake-submit').click();
  await expect(panel.getByTestId('intake-outcome-accepted')).toBeVisible();
  const caseNumber = (await panel.getByTestId('intake-case').textContent())!.trim();
  const queryCode = (await panel.getByTestId('intake-query-code').textContent())!.trim();
  const promised = (await panel.getByTestId('intake-promised').textContent())!.trim();
  // Tuesday 11-24 + 10 working days: Tuesday 12-08.
  expect(promised).toBe('2026-12-08');
  await panel.screenshot({ path: 'var/screens/intake-accepted-1920x1080.png' });
  await expect.poll(lastSlipText).toContain('受理回执');
  const receipt = await lastSlipText();
  expect(receipt).toContain(caseNumber);
  expect(receipt).toContain('2026-12-08');
  expect(receipt).toContain(queryCode);
  expect(readQr(await dev.getByTestId('slip').screenshot({ path: 'var/screens/intake-receipt-slip.png' }))).toBe(caseNumber);
  // The kiosk's progress lookup finds it by number and query code.
  expect(await platform.platform.records.case(caseNumber, queryCode)).toMatchObject({ status: 'accepted', itemName: ITEM, promisedBy: '2026-12-08' });
  // 补打: again, without the query code.
  await panel.getByTestId('intake-reprint').click();
  await expect.poll(lastSlipText).toContain('受理回执（补打）');
  expect(await lastSlipText()).not.toContain(queryCode);
  await liftCard(dev);
});

test('out of paper: the notice stands on screen, the panel says it did not print', async () => {
  await panel.getByTestId('intake-next').click();
  await callTicket(panel);
  await chooseItem(panel);
  await panel.getByTestId('intake-id-number').fill(cases[3]!.applicant.idNumber);
  await panel.getByTestId('intake-name').fill(cases[3]!.applicant.name);
  await dev.getByTestId('sim-printer-1-paper-out').click();
  await panel.getByTestId('intake-submit').click();
  await expect(panel.getByTestId('intake-outcome-notice')).toBeVisible();
  await expect(panel.getByTestId('intake-not-printed')).toHaveAttribute('data-code', 'printer.paperOut');
  await panel.screenshot({ path: 'var/screens/intake-paper-out-1920x1080.png' });
  await dev.getByTestId('sim-printer-1-paper-ok').click();
  await panel.getByTestId('intake-reprint').click();
  await expect(panel.getByTestId('intake-printed')).toBeVisible();
});

test('a typed ID number with a wrong check character is said before sending', async () => {
  await panel.getByTestId('intake-next').click();
  await chooseItem(panel);
  await panel.getByTestId('intake-id-number').fill('110105199003071231');
  await expect(panel.getByTestId('intake-id-invalid')).toBeVisible();
  await expect(panel.getByTestId('intake-submit')).toBeDisabled();
});

test('hand-out: a ready case handed to the card holder; a case not ready refused plainly; twice is refused', async () => {
  await panel.getByTestId('intake-mode-handOut').click();
  await panel.getByTestId('handout-case-number').fill(notReady.caseNumber);
  await panel.getByTestId('handout-find').click();
  await expect(panel.getByTestId('handout-case')).toHaveAttribute('data-status', 'inReview');
  await expect(panel.getByTestId('handout-confirm')).toHaveCount(0);
  await panel.getByTestId('handout-case-number').fill(readyOfCard.caseNumber);
  await panel.getByTestId('handout-find').click();
  await expect(panel.getByTestId('handout-case')).toHaveAttribute('data-status', 'ready');
  // Without the card, a wrong query code is refused.
  await panel.getByTestId('handout-query-code').fill(readyOfCard.queryCode === '000000' ? '111111' : '000000');
  await panel.getByTestId('handout-confirm').click();
  await expect(panel.getByTestId('intake-problem')).toHaveAttribute('data-code', 'intake.holderMismatch');
  await insertCard(dev, 'zhangWei');
  await expect(panel.getByTestId('handout-card')).toBeVisible();
  await panel.screenshot({ path: 'var/screens/handout-1920x1080.png' });
  await panel.getByTestId('handout-confirm').click();
  await expect(panel.getByTestId('handout-done')).toBeVisible();
  expect((await platform.platform.records.case(readyOfCard.caseNumber, readyOfCard.queryCode)).status).toBe('delivered');
  await panel.getByTestId('handout-find').click();
  await expect(panel.getByTestId('handout-case')).toHaveAttribute('data-status', 'delivered');
  await liftCard(dev);
});

test('looks: 1366x768, English, large text and high contrast', async ({ browser }) => {
  for (const [name, size, extra] of [
    ['1366x768-zh', { width: 1366, height: 768 }, ''],
    ['1366x768-en-large-contrast', { width: 1366, height: 768 }, '&lang=en&large=1&contrast=1'],
    ['1920x1080-en', { width: 1920, height: 1080 }, '&lang=en'],
    ['1920x1080-zh-contrast', { width: 1920, height: 1080 }, '&contrast=1&large=1'],
  ] as const) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(harnessUrl(extra));
    await callTicket(page);
    await chooseItem(page);
    await page.getByTestId('intake-material').first().getByTestId('intake-received').check();
    await page.screenshot({ path: `var/screens/intake-${name}.png` });
    // Every control the staff press is at least the minimum touch target high.
    for (const box of await page.locator('.intake-panel button, .intake-check, .intake-input').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(47);
    await page.close();
  }
});
