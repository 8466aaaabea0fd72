// The window terminal (role counter) against a reference platform run in-process: staff sign in by
// PIN (a wrong one said plainly) or by staff card; tickets issued on the platform are called, recalled,
// skipped and called back, held and called back, transferred (to a business, to a named window) and finished from the screen and its
// function keys; a caller key on the pad calls next and the pad shows the number; the platform down
// refuses an action in plain words. Axe checks every counter screen.
import { expect, test } from '@playwright/test';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { insertCard, liftCard } from './kiosk-rig.ts';
import { expectNoAxeViolations, hallOpenClock, signInByPin, startCounter, type CounterRig } from './counter-rig.ts';

let platform: RunningPlatform;
let rig: CounterRig;
const WINDOW = 'w02';
let staffId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  platform = await startPlatform({ clock: hallOpenClock(), version: 'e2e', seed: (p) => seedReferencePlatform(p, '2026-11-24') });
  staffId = (await platform.platform.queue.configuration()).windows.find((w) => w.id === WINDOW)!.staffId!;
  rig = await startCounter(browser, platform, { windowId: WINDOW });
});

let platformClosed = false;
test.afterAll(async () => {
  await rig?.stop();
  if (!platformClosed) await platform?.close();
});

const issue = async (categoryId = 'general', idNumber?: string) => {
  const r = await platform.platform.queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'e2e-kiosk', ...(idNumber ? { idNumber } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

test('sign in by PIN: a wrong PIN is said with the tries left, the right one opens the workspace', async () => {
  const { page } = rig;
  await expect(page.getByTestId('counter-signin')).toBeVisible();
  await expect(page.getByTestId('counter-window')).toContainText('2号窗口');
  await expectNoAxeViolations(page);
  await page.getByTestId('signin-staff').fill(staffId);
  await page.getByTestId('signin-pin').fill('000000');
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('counter-error')).toHaveAttribute('data-code', 'staff.wrongPin');
  await expect(page.getByTestId('counter-error')).toHaveText(/密码不对。还可以再试 4 次/);
  await signInByPin(page, staffId);
  await expect(page.getByTestId('counter-staff')).toContainText(staffId);
  await expect(page.getByTestId('counter-current')).toContainText('窗口空闲');
  await expectNoAxeViolations(page);
});

test('call next shows the number and the pad shows it too; finish frees the window', async () => {
  const { page, dev } = rig;
  const ticket = await issue();
  await expect(page.getByTestId('business-general')).not.toHaveAttribute('data-waiting', '');
  await page.getByTestId('act-callNext').click();
  await expect(page.getByTestId('counter-current')).toHaveAttribute('data-number', ticket.number);
  await expect(page.getByTestId('counter-outcome')).toHaveText(`已叫 ${ticket.number} 号`);
  await expect(async () => {
    await dev.getByTestId('dev-pad-display').getByRole('button', { name: 'Reload' }).click();
    await expect(dev.getByTestId('dev-pad-shows')).toHaveText(ticket.number, { timeout: 500 });
  }).toPass();
  await page.getByTestId('act-finish').click();
  await expect(page.getByTestId('counter-current')).toHaveAttribute('data-number', '');
  await expect(page.getByTestId('counter-outcome')).toHaveText(`${ticket.number} 号已办结`);
  expect(await platform.platform.queue.getTicket(ticket.id)).toMatchObject({ ok: true, value: { state: 'finished' } });
});

const current = () => rig.page.getByTestId('counter-current');

test('recall, skip and call back from the skipped list, hold and call back, transfer keeping the place', async () => {
  const { page } = rig;
  const a = await issue();
  const b = await issue();
  await page.getByTestId('act-callNext').click();
  await expect(current()).toHaveAttribute('data-number', a.number);
  await page.getByTestId('act-recall').click();
  await expect(page.getByTestId('counter-calls')).toContainText('第 2 次呼叫');
  await page.getByTestId('act-skip').click();
  await expect(page.getByTestId(`skipped-${a.number}`)).toBeVisible();
  await page.getByTestId(`callback-${a.number}`).click();
  await expect(current()).toHaveAttribute('data-number', a.number);
  await expect(page.getByTestId(`skipped-${a.number}`)).toHaveCount(0);
  await page.getByTestId('act-start').click();
  await expect(current()).toHaveAttribute('data-state', 'serving');
  await page.getByTestId('act-hold').click();
  await expect(page.getByTestId(`held-${a.number}`)).toBeVisible();
  // The window is free: call the next one, transfer it to 社保医保 keeping its place.
  await page.getByTestId('act-callNext').click();
  await expect(current()).toHaveAttribute('data-number', b.number);
  await page.getByTestId('act-transfer').click();
  await expect(page.getByTestId('transfer-dialog')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByTestId('transfer-to-social').click();
  await page.getByTestId('transfer-confirm').click();
  await expect(page.getByTestId('transfer-dialog')).toHaveCount(0);
  await expect(page.getByTestId('counter-outcome')).toHaveText(`${b.number} 号已转到 社保医保`);
  const moved = (await platform.platform.queue.listTickets()).find((t) => t.transferredFrom === b.id);
  expect(moved).toMatchObject({ categoryId: 'social', state: 'waiting', number: b.number });
  // Call the held one back and finish it.
  await page.getByTestId(`callback-${a.number}`).click();
  await expect(current()).toHaveAttribute('data-number', a.number);
  await page.getByTestId('act-finish').click();
  await expect(current()).toHaveAttribute('data-number', '');
  await expect(page.getByTestId('counter-held')).toHaveCount(0);
});

test('transfer to a named window: only its open windows of the business are offered; a window closed meanwhile is refused in the dialog; the chosen window calls the number first', async () => {
  const { page } = rig;
  const q = platform.platform.queue;
  const open = (await q.configuration()).windows.filter((w) => w.id !== WINDOW && w.staffId !== null);
  const serving = open.filter((w) => w.categoryIds.includes('general')).sort((a, b) => Number(a.number) - Number(b.number));
  const [closing, target] = serving;
  if (!closing || !target) throw new Error('the seed hall needs two other open windows serving general');
  const a = await issue();
  const earlier = await issue();
  await page.getByTestId('act-callNext').click();
  await expect(current()).toHaveAttribute('data-number', a.number);
  await page.getByTestId('act-transfer').click();
  await expect(page.getByTestId('transfer-summary')).toHaveText('请选另一项业务，或选一个窗口。');
  await expect(page.getByTestId('transfer-confirm')).toBeDisabled();
  // Only the open windows serving 综合受理 are offered, by number.
  const offered = page.locator('[data-testid^="transfer-window-w"]');
  await expect(offered).toHaveCount(serving.length);
  await expect(offered.first()).toHaveAttribute('data-testid', `transfer-window-${serving[0]!.id}`);
  // A window chosen, then closed on the platform before the confirm: refused in plain words, in the dialog.
  await page.getByTestId(`transfer-window-${closing.id}`).click();
  await expect(page.getByTestId('transfer-summary')).toContainText(`${Number(closing.number)} 号窗口`);
  await platform.platform.staffDuty.signOut(closing.id);
  await page.getByTestId('transfer-confirm').click();
  await expect(page.getByTestId('transfer-error')).toHaveAttribute('data-code', 'queue.targetWindowClosed');
  await expect(page.getByTestId('transfer-error')).toHaveText(`${Number(closing.number)} 号窗口现在没人上岗，不能转过去。请选开着的窗口。`);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'var/screens/counter-transfer-refused-zh-plain.png' });
  expect(await q.getTicket(a.id)).toMatchObject({ ok: true, value: { state: 'called', windowId: WINDOW } });
  // Another window, to the end of the queue: the closed one, no longer chosen, is no longer offered.
  await page.getByTestId(`transfer-window-${target.id}`).click();
  await expect(page.getByTestId(`transfer-window-${closing.id}`)).toHaveCount(0);
  await page.getByTestId('transfer-end').click();
  await page.getByTestId('transfer-confirm').click();
  await expect(page.getByTestId('transfer-dialog')).toHaveCount(0);
  await expect(page.getByTestId('counter-outcome')).toHaveText(`${a.number} 号已转到 ${Number(target.number)} 号窗口（综合受理）`);
  const moved = (await q.listTickets()).find((t) => t.transferredFrom === a.id)!;
  expect(moved).toMatchObject({ categoryId: 'general', state: 'waiting', reservedFor: target.id });
  // That window calls it before the number issued earlier; this window never takes it.
  const called = await q.callNext(target.id);
  expect(called.ok && called.value.id).toBe(moved.id);
  await page.getByTestId('act-callNext').click();
  await expect(current()).toHaveAttribute('data-number', earlier.number);
  await page.getByTestId('act-finish').click();
  await expect(current()).toHaveAttribute('data-number', '');
  await q.finish({ windowId: target.id });
  await q.setWindowStaff({ windowId: closing.id, staffId: closing.staffId });
});

test('function keys and the pad caller keys do the same; nobody waiting is said plainly', async () => {
  const { page, dev } = rig;
  const a = await issue();
  await page.keyboard.press('F1');
  await expect(current()).toHaveAttribute('data-number', a.number);
  // Its answer shown, the next key.
  await expect(page.getByTestId('counter-outcome')).toHaveText(`已叫 ${a.number} 号`);
  await page.keyboard.press('F6');
  await expect(current()).toHaveAttribute('data-number', '');
  const b = await issue();
  await dev.getByTestId('sim-pad-1-key:callNext').click();
  await expect(current()).toHaveAttribute('data-number', b.number);
  await expect(async () => {
    await dev.getByTestId('dev-pad-display').getByRole('button', { name: 'Reload' }).click();
    await expect(dev.getByTestId('dev-pad-shows')).toHaveText(b.number, { timeout: 500 });
  }).toPass();
  // The pad's transfer key opens the transfer choice on the screen; Escape closes it.
  await dev.getByTestId('sim-pad-1-key:transfer').click();
  await expect(page.getByTestId('transfer-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('transfer-dialog')).toHaveCount(0);
  await dev.getByTestId('sim-pad-1-key:confirm').click();
  await expect(current()).toHaveAttribute('data-number', '');
  expect(await platform.platform.queue.getTicket(b.id)).toMatchObject({ ok: true, value: { state: 'finished' } });
  // Everyone served: call next says nobody waits.
  for (const t of (await platform.platform.queue.listTickets()).filter((x) => x.state === 'waiting' && x.categoryId === 'general')) {
    await platform.platform.queue.callNext('w01');
    await platform.platform.queue.finish({ windowId: 'w01', ticketId: t.id });
  }
  await page.keyboard.press('F1');
  await expect(page.getByTestId('counter-error')).toHaveAttribute('data-code', 'queue.noWaiting');
});

test('pause: call next is refused until resumed, and the window says so; no sign-out with a citizen at the window', async () => {
  const { page } = rig;
  await issue();
  await page.keyboard.press('F8');
  await expect(page.getByTestId('counter-paused')).toBeVisible();
  await expect(page.getByTestId('act-callNext')).toBeDisabled();
  await expect(current()).toContainText('按 F8“恢复服务”后才能叫号');
  await page.screenshot({ path: 'var/screens/counter-paused-zh-plain-1920x1080.png' });
  expect(await platform.platform.staffDuty.isPaused(WINDOW)).toBe(true);
  await page.getByTestId('counter-pause').click();
  await expect(page.getByTestId('counter-paused')).toHaveCount(0);
  await page.getByTestId('act-callNext').click();
  await expect(current()).not.toHaveAttribute('data-number', '');
  // Signing out with a citizen at the window is refused, saying what to do first.
  await page.getByTestId('counter-sign-out').click();
  await expect(page.getByTestId('counter-error')).toHaveAttribute('data-code', 'queue.windowBusy');
  await expect(page.getByTestId('counter-error')).toContainText('请先办结、过号、挂起或转移这个号');
  await page.getByTestId('act-finish').click();
  await expect(current()).toHaveAttribute('data-number', '');
});

test('help calls from kiosks: acknowledged as the signed-in staff, then resolved', async () => {
  const { page } = rig;
  const call = await platform.platform.help.call('e2e-kiosk-7', 'reading', '一楼 A 区 7 号自助机');
  const row = page.getByTestId(`help-call-${call.id}`);
  await expect(row).toHaveAttribute('data-state', 'waiting');
  await page.getByTestId(`help-ack-${call.id}`).click();
  await expect(row).toHaveAttribute('data-state', 'acknowledged');
  expect((await platform.platform.help.open()).find((c) => c.id === call.id)?.acknowledgedBy).toBeTruthy();
  await page.getByTestId(`help-resolve-${call.id}`).click();
  await expect(row).toHaveCount(0);
});

test('the counter screens at 1920x1080 and 1366x768, Chinese, and English with large text and high contrast', async ({ browser }) => {
  // A real-name ticket: the holder shows as the ID tail only; a priority one shows its mark.
  const marked = await platform.platform.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'e2e-kiosk', priority: 'onlineApplication', idNumber: '110105199003071239' });
  expect(marked.ok).toBe(true);
  await platform.platform.help.call('e2e-kiosk-8', 'fillingForm', '二楼 B 区 3 号自助机');
  await rig.page.keyboard.press('F1');
  await expect(rig.page.getByTestId('counter-holder')).toHaveText('身份证尾号 071239');
  await expect(rig.page.locator('.counter-mark.is-priority')).toBeVisible();
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ]) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(rig.terminal.url);
    await expect(page.getByTestId('counter-workspace')).toBeVisible();
    for (const look of ['zh-plain', 'en-large-contrast'] as const) {
      if (look === 'en-large-contrast') {
        await page.getByTestId('counter-language').click();
        await page.getByTestId('counter-large-text').click();
        await page.getByTestId('counter-contrast').click();
      }
      await page.screenshot({ path: `var/screens/counter-workspace-${look}-${size.width}x${size.height}.png` });
      await expectNoAxeViolations(page);
      await page.getByTestId('act-transfer').click();
      await page.screenshot({ path: `var/screens/counter-transfer-${look}-${size.width}x${size.height}.png` });
      // A window chosen: the summary says where the number goes.
      await page.locator('[data-testid^="transfer-window-w"]').first().click();
      await expect(page.getByTestId('transfer-confirm')).toBeEnabled();
      await page.screenshot({ path: `var/screens/counter-transfer-window-${look}-${size.width}x${size.height}.png` });
      await page.getByTestId('transfer-cancel').click();
    }
    await page.close();
  }
  await rig.page.keyboard.press('F6');
  await expect(current()).toHaveAttribute('data-number', '');
});

test('sign out, then a staff card: refused while its holder is on duty elsewhere, then signs them in', async ({ browser }) => {
  const { page, dev } = rig;
  await page.getByTestId('counter-sign-out').click();
  await expect(page.getByTestId('counter-signin')).toBeVisible();
  await page.screenshot({ path: 'var/screens/counter-signin-zh-plain-1920x1080.png' });
  const small = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await small.goto(rig.terminal.url);
  await small.getByTestId('counter-language').click();
  await small.getByTestId('counter-large-text').click();
  await small.getByTestId('counter-contrast').click();
  await small.getByTestId('signin-staff').fill('LX2002');
  await small.getByTestId('signin-pin').fill('1111');
  await small.getByTestId('signin-pin').press('Enter');
  await expect(small.getByTestId('counter-error')).toContainText('Wrong PIN');
  await small.screenshot({ path: 'var/screens/counter-signin-en-large-contrast-1366x768.png' });
  await expectNoAxeViolations(small);
  await small.close();
  const own = (await platform.platform.queue.configuration()).windows.find((w) => w.staffId === 'LX2001')!;
  await insertCard(dev, 'maJianguo');
  await expect(page.getByTestId('counter-error')).toHaveAttribute('data-code', 'staff.onDutyElsewhere');
  await expect(page.getByTestId('counter-error')).toContainText(`您已在 ${Number(own.number)} 号窗口上岗`);
  await liftCard(dev);
  await platform.platform.staffDuty.signOut(own.id);
  await insertCard(dev, 'maJianguo');
  await expect(page.getByTestId('counter-workspace')).toBeVisible();
  await expect(page.getByTestId('counter-staff')).toContainText('LX2001');
  await liftCard(dev);
});

test('the platform down: an action is refused in plain words (what happened, what to do)', async () => {
  const { page } = rig;
  await platform.close();
  platformClosed = true;
  await page.getByTestId('act-callNext').click();
  await expect(page.getByTestId('counter-error')).toHaveAttribute('data-code', /platform\.(offline|timeout)/);
  await expect(page.getByTestId('counter-error')).toContainText('不会重复叫号');
  await page.screenshot({ path: 'var/screens/counter-offline-zh-plain-1920x1080.png' });
});
