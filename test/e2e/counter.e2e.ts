// The window terminal (role counter) against a reference platform run in-process: staff sign in by
// PIN (a wrong one said plainly) or by staff card; tickets issued on the platform are called, recalled,
// skipped and called back, held and called back, transferred and finished from the screen and its
// function keys; a caller key on the pad calls next and the pad shows the number; the platform down
// refuses an action in plain words. Axe checks every counter screen.
import { expect, test } from '@playwright/test';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { expectNoAxeViolations, hallOpenClock, signInByPin, startCounter, type CounterRig } from './counter-rig.ts';

let platform: RunningPlatform;
let rig: CounterRig;
const WINDOW = 'w02';
let staffId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  platform = await startPlatform({ clock: hallOpenClock(), version: 'e2e', seed: (p) => seedReferencePlatform(p, '2026-11-24') });
  staffId = platform.platform.queue.configuration().windows.find((w) => w.id === WINDOW)!.staffId!;
  rig = await startCounter(browser, platform, { windowId: WINDOW });
});

test.afterAll(async () => {
  await rig?.stop();
  await platform?.close();
});

const issue = (categoryId = 'general') => {
  const r = platform.platform.queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'e2e-kiosk' });
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
  const ticket = issue();
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
  expect(platform.platform.queue.getTicket(ticket.id)).toMatchObject({ ok: true, value: { state: 'finished' } });
});
