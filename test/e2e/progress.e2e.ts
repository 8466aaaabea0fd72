// The citizen's own affairs, part 1: appointment check-in (预约签到) and case progress (进度查询), through
// the browser host with simulated devices and the embedded reference platform seeded for the test day
// (clock 2026-11-24 10:00). Check-in: by a typed code, a scanned QR, the ID card; not found, too early
// (when to come back), too late, the same ticket again. Case progress: by ID card (only the holder's own
// cases, gone the moment the card is lifted), by case number (scanned into the field) and query code,
// a wrong code, printing a slip and an A4 sheet, the 综合出件 pick-up ticket; an idle timeout wipes
// what was typed; and, with a standalone platform stopped, the plain "network down" words.
import { expect, test, type Page } from '@playwright/test';
import { ayiguli, jinMeishan, weiXiuying, zhangWei } from '../../devices/idcard/test-identities.ts';
import { systemClock } from '../../domain/clock.ts';
import { sampleAppointments, sampleCases } from '../../platform/seed/index.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform } from '../../platform/server.ts';
import { scanBurst } from './scanner-burst.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { backHome, caseByNumber, enrolledConfig, idleOut, inEveryLook, insertCard, kioskForFile, liftCard, printerCardScanner, typeKeys } from './kiosk-rig.ts';

const DAY = '2026-11-24';
const devices = [
  ...printerCardScanner,
  { id: 'a4-1', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'simulated' } },
] as const;
const cases = sampleCases(DAY);
const own = cases.filter((c) => c.applicant.idNumber === zhangWei.idNumber);
const ready = own.find((c) => c.status === 'ready')!;
const others = cases.filter((c) => c.applicant.idNumber !== zhangWei.idNumber);
const byNumber = others.find((c) => c.status === 'inReview' && c.applicant.kind === 'person')!;
const booked = sampleAppointments(DAY).filter((a) => a.date === DAY && a.status === 'booked');

let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

kioskForFile(() => testConfig({ devices: [...devices] }), 'idcard-1', (rig) => ({ terminal, dev, kiosk } = rig));

const home = () => backHome(kiosk, ['idle-warning', 'nav-home', 'ticket-done']);
const insert = (who: string) => insertCard(dev, who);
const removeCard = () => liftCard(dev);
const keys = typeKeys;

test.describe('appointment check-in', () => {
  test('an unknown code typed on the keyboard is said to be unknown; a scanned QR checks in', async () => {
    await home();
    await kiosk.getByTestId('entry-checkIn').click();
    await expect(kiosk.getByTestId('screen-checkIn')).toBeVisible();
    await kiosk.screenshot({ path: 'var/screens/check-in-1080x1920.png' });
    await kiosk.getByTestId('check-in-code-open').click();
    await keys(kiosk, 'yy404040');
    await expect(kiosk.getByTestId('check-in-code-field')).toHaveText('YY404040');
    await kiosk.getByTestId('check-in-code-submit').click();
    await expect(kiosk.getByTestId('check-in-refusal')).toHaveAttribute('data-code', 'queue.appointmentNotFound');
    await expect(kiosk.getByTestId('check-in-refusal')).toContainText('没有这个预约码');
    await kiosk.getByTestId('check-in-refusal-ok').click();
    await kiosk.getByTestId('nav-back').click();
    // A scan on the check-in screen (no field open) checks the appointment in.
    await kiosk.getByTestId('entry-checkIn').click();
    const scanned = booked.find((a) => a.slot.from === '10:00' && a.applicant.idNumber !== zhangWei.idNumber)!;
    await scanBurst(kiosk, scanned.code);
    await expect(kiosk.getByTestId('ticket-screen')).toBeVisible();
    await expect(kiosk.getByTestId('ticket-screen')).toContainText('预约');
  });

  test('the ID card finds the holder’s appointment: too early says when to come back, too late offers an ordinary ticket', async () => {
    await home();
    await kiosk.getByTestId('entry-checkIn').click();
    await insert('weiXiuying');
    await expect(kiosk.getByTestId('check-in-refusal')).toHaveAttribute('data-code', 'queue.appointmentTooEarly');
    await expect(kiosk.getByTestId('check-in-refusal')).toContainText('13:30');
    await kiosk.screenshot({ path: 'var/screens/check-in-too-early-1080x1920.png' });
    await kiosk.getByTestId('check-in-refusal-ok').click();
    await removeCard();
    await insert('jinMeishan');
    await expect(kiosk.getByTestId('check-in-refusal')).toHaveAttribute('data-code', 'queue.appointmentLate');
    await expect(kiosk.getByTestId('check-in-refusal')).toContainText('09:45');
    await kiosk.getByTestId('check-in-refusal-ticket').click();
    await expect(kiosk.getByTestId('screen-queue.tiles')).toBeVisible();
    await removeCard();
    // A card with no appointment at all.
    await home();
    await kiosk.getByTestId('entry-checkIn').click();
    await insert('ayiguli');
    await expect(kiosk.getByTestId('check-in-refusal')).toHaveAttribute('data-code', 'queue.appointmentNotFound');
    await expect(kiosk.getByTestId('check-in-refusal')).toContainText('这张身份证今天的预约');
    await kiosk.getByTestId('check-in-refusal-ok').click();
    await removeCard();
    expect(terminal.output()).not.toContain(ayiguli.idNumber);
    expect(terminal.output()).not.toContain(weiXiuying.idNumber);
    expect(terminal.output()).not.toContain(jinMeishan.idNumber);
  });

  test('the card checks in with the 预约 mark; the same card again shows the same ticket', async () => {
    await home();
    await kiosk.getByTestId('entry-checkIn').click();
    await insert('zhangWei');
    await expect(kiosk.getByTestId('ticket-screen')).toBeVisible();
    const number = (await kiosk.getByTestId('ticket-number').textContent())!;
    await expect(kiosk.getByTestId('ticket-screen')).toContainText('预约');
    await expect(kiosk.getByTestId('ticket-print')).toContainText('请取走下方的凭条');
    await kiosk.getByTestId('ticket-done').click();
    // 完成 ended the visit: the card left on the reader is asked for; put back, it checks in again.
    await removeCard();
    await insert('zhangWei');
    await expect(kiosk.getByTestId('card-holder')).toBeVisible();
    await kiosk.getByTestId('entry-checkIn').click();
    await expect(kiosk.getByTestId('ticket-number')).toHaveText(number);
    await expect(kiosk.getByTestId('ticket-screen')).toContainText('您已签到过');
    await kiosk.getByTestId('ticket-done').click();
    await removeCard();
    expect(terminal.output()).not.toContain(zhangWei.idNumber);
  });
});

test.describe('case progress', () => {
  test('by ID card: only the holder’s own cases; the ready one names the 综合出件 window, prints, and gives a pick-up ticket', async () => {
    await home();
    await insert('zhangWei');
    await expect(kiosk.getByTestId('card-holder')).toBeVisible();
    await kiosk.getByTestId('entry-progress').click();
    await expect(kiosk.getByTestId('screen-cases.list')).toBeVisible();
    const list = kiosk.getByTestId('cases-list');
    await expect(list.getByRole('button')).toHaveCount(own.length);
    for (const c of own) await expect(kiosk.getByTestId(`case-${c.caseNumber}`)).toBeVisible();
    for (const c of others) await expect(kiosk.getByTestId(`case-${c.caseNumber}`)).toHaveCount(0);
    await kiosk.screenshot({ path: 'var/screens/cases-list-1080x1920.png' });
    await kiosk.getByTestId(`case-${ready.caseNumber}`).click();
    await expect(kiosk.getByTestId('case-status')).toHaveText('已办结，可领取');
    await expect(kiosk.getByTestId('case-next')).toContainText('综合出件窗口（一楼A区）');
    await expect(kiosk.getByTestId('case-windows')).toContainText('综合出件');
    await expect(kiosk.getByTestId('case-steps').locator('li')).toHaveCount(ready.steps.length);
    await kiosk.screenshot({ path: 'var/screens/case-detail-1080x1920.png' });
    const slip = dev.getByTestId('slip');
    const before = (await slip.count()) > 0 ? await slip.getAttribute('alt') : null;
    await kiosk.getByTestId('case-print-slip').click();
    await expect(kiosk.getByTestId('case-printed')).toContainText('凭条');
    if (before !== null) await expect(slip).not.toHaveAttribute('alt', before);
    else await expect(slip).toBeVisible();
    await kiosk.getByTestId('case-print-sheet').click();
    await expect(kiosk.getByTestId('case-printed')).toContainText('A4');
    // The simulated A4 printer kept the sheet (the developer page lists it once its pages are drawn).
    const sheet = dev.locator('[data-testid^="dev-document-a4-1#"]').first();
    await expect(sheet).toContainText('办件进度', { timeout: 30_000 });
    await expect(sheet.getByTestId('dev-document-page').first()).toBeVisible();
    await sheet.getByTestId('dev-document-page').first().screenshot({ path: 'var/screens/case-sheet-a4.png' });
    await dev.getByTestId('slip').screenshot({ path: 'var/screens/case-slip.png' });
    await kiosk.getByTestId('case-collect').click();
    await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^Q\d{3}$/);
    await kiosk.getByTestId('ticket-done').click();
    await removeCard();
  });

  test('lifting the card takes the holder’s cases off the screen at once', async () => {
    await home();
    await insert('zhangWei');
    await kiosk.getByTestId('entry-progress').click();
    await kiosk.getByTestId(`case-${ready.caseNumber}`).click();
    await expect(kiosk.getByTestId('case-detail')).toBeVisible();
    await dev.getByTestId('sim-idcard-1-remove').click();
    await expect(kiosk.getByTestId('cases-card-gone')).toBeVisible();
    await expect(kiosk.getByTestId('case-detail')).toHaveCount(0);
    await expect(kiosk.getByText(ready.caseNumber)).toHaveCount(0);
    await kiosk.getByTestId('nav-back').click();
    await expect(kiosk.getByTestId('cases-card-gone')).toBeVisible();
    await expect(kiosk.getByTestId('cases-list')).toHaveCount(0);
  });

  test('a card with no cases says so', async () => {
    await home();
    await insert('ayiguli');
    await kiosk.getByTestId('entry-progress').click();
    await expect(kiosk.getByTestId('cases-none')).toBeVisible();
    await removeCard();
  });

  test('by case number (scanned into the field) and query code: the masked holder; a wrong code is refused', async () => {
    await home();
    await kiosk.getByTestId('entry-progress').click();
    await expect(kiosk.getByTestId('screen-cases.find')).toBeVisible();
    await kiosk.screenshot({ path: 'var/screens/cases-find-1080x1920.png' });
    await scanBurst(kiosk, byNumber.caseNumber);
    await expect(kiosk.getByTestId('case-number-field')).toHaveText(byNumber.caseNumber);
    await kiosk.getByTestId('case-number-next').click();
    await expect(kiosk.getByTestId('case-number-shown')).toHaveText(byNumber.caseNumber);
    const wrong = byNumber.queryCode === '000000' ? '111111' : '000000';
    await keys(kiosk, wrong);
    await kiosk.getByTestId('query-code-submit').click();
    await expect(kiosk.getByTestId('problem')).toHaveAttribute('data-code', 'case.notFound');
    await expect(kiosk.getByTestId('problem')).toContainText('查询密码');
    await kiosk.getByTestId('problem-ok').click();
    for (let i = 0; i < 6; i++) await kiosk.getByTestId('key-backspace').click();
    await keys(kiosk, byNumber.queryCode);
    await kiosk.getByTestId('query-code-submit').click();
    await expect(kiosk.getByTestId('case-detail')).toBeVisible();
    await expect(kiosk.getByTestId('case-applicant')).toContainText('*');
    await expect(kiosk.getByTestId('case-applicant')).not.toHaveText(byNumber.applicant.name);
    await expect(kiosk.getByTestId('case-collect')).toHaveCount(0);
  });
});

test('an idle timeout in the middle of typing wipes what was typed', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.clock.install();
  await page.goto(terminal.url);
  await page.getByTestId('entry-progress').click();
  await keys(page, '1234');
  await expect(page.getByTestId('case-number-field')).toHaveText('1234');
  await idleOut(page);
  await page.getByTestId('entry-progress').click();
  await expect(page.getByTestId('case-number-field')).not.toContainText('1234');
  await page.close();
});

test('screens in both sizes, large text and high contrast, Chinese and English', async ({ browser }) => {
  await inEveryLook(browser, terminal.url, async ({ page, shot }) => {
    await page.getByTestId('entry-checkIn').click();
    await shot('check-in');
    await page.getByTestId('check-in-code-open').click();
    await shot('check-in-typing');
    await page.getByTestId('nav-home').click();
    await page.getByTestId('entry-progress').click();
    await shot('cases-find');
    await caseByNumber(page, byNumber);
    await expect(page.getByTestId('case-detail')).toBeVisible();
    await shot('case-detail');
    await page.getByTestId('nav-home').click();
  });
});

test('with the platform down, case progress says so plainly', async ({ browser }) => {
  const platform = await startPlatform({ clock: systemClock, version: 'e2e', seed: (p) => seedReferencePlatform(p, DAY) });
  const offline = await startTerminal(await enrolledConfig(platform, { devices: [...devices] }));
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(offline.url);
    await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
    await platform.close();
    await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
    await page.getByTestId('entry-progress').click();
    await caseByNumber(page, byNumber);
    await expect(page.getByTestId('cases-offline')).toContainText('网络中断，暂时查不到办件进度');
    await page.screenshot({ path: 'var/screens/cases-offline-1080x1920.png' });
    await page.close();
  } finally {
    await offline.stop();
    await platform.close().catch(() => {});
  }
});
