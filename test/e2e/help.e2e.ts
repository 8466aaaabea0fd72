// Calling a helper (帮办代办) through the browser host and the embedded reference platform: a reason
// touched calls; the developer page (standing in for the staff screen) acknowledges and the kiosk shows
// who is coming, live; cancel; the screens in both sizes, Chinese and English with large text and high
// contrast; with a standalone platform stopped, the plain words and where to go in person (the hall's
// own, from config); and the idle timeout, which waits longer while a call is open and cancels it when
// the visit ends.
import { expect, test, type Page } from '@playwright/test';
import { systemClock } from '../../domain/clock.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform } from '../../platform/server.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { expectTouchTargets } from '../support/touch-targets.ts';
import { enrolledConfig, inEveryLook, kioskForFile } from './kiosk-rig.ts';

const DESK = '一楼东侧咨询台';
const STAFF = '李娜（工号 0211）';
const devices = [{ id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } }] as const;

let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

kioskForFile(() => testConfig({ devices: [...devices], help: { deskPlace: DESK, waitSeconds: 120 } }), 'idcard-1', (rig) => ({ terminal, dev, kiosk } = rig));

const devCall = () => dev.getByTestId('dev-help-call-e2e-kiosk');
/** The staff side (the developer page) acts on this kiosk's call. */
const staffDo = async (what: 'ack' | 'resolve') => {
  await dev.getByTestId('dev-help-reload').click();
  await dev.getByTestId(`dev-help-${what}-e2e-kiosk`).click();
};

test('a reason touched calls; staff acknowledging shows on the kiosk with who; cancel ends it', async () => {
  await kiosk.getByTestId('entry-help').click();
  await expect(kiosk.getByTestId('screen-help')).toBeVisible();
  await expectTouchTargets(kiosk);
  await kiosk.getByTestId('help-reason-reading').click();
  await expect(kiosk.getByTestId('help-call')).toHaveAttribute('data-state', 'waiting');
  await expect(kiosk.getByTestId('help-status')).toHaveText(/已通知工作人员，请在这里稍等/);
  // The hall's clock (the test day starts at 10:00).
  await expect(kiosk.getByTestId('help-called-at')).toHaveText(/^10:\d\d$/);
  await expect(kiosk.getByTestId('help-call')).toContainText('一楼 综合服务区');
  await expect(kiosk.getByTestId('help-not-live')).toHaveCount(0);

  // The staff side sees the call (with the kiosk's place and reason) and acknowledges it.
  await dev.getByTestId('dev-help-reload').click();
  await expect(devCall()).toHaveAttribute('data-state', 'waiting');
  await expect(devCall()).toContainText('reading');
  await dev.getByTestId('dev-help-staff').fill(STAFF);
  await dev.getByTestId('dev-help-ack-e2e-kiosk').click();

  await expect(kiosk.getByTestId('help-call')).toHaveAttribute('data-state', 'acknowledged');
  await expect(kiosk.getByTestId('help-status')).toHaveText(/工作人员已收到，正在赶来/);
  await expect(kiosk.getByTestId('help-staff')).toContainText(STAFF);
  await expect(devCall()).toHaveAttribute('data-state', 'acknowledged');

  // Calling again from home shows the same open call, not a second one.
  await kiosk.getByTestId('nav-home').click();
  await kiosk.getByTestId('entry-help').click();
  await expect(kiosk.getByTestId('help-call')).toHaveAttribute('data-state', 'acknowledged');

  await kiosk.getByTestId('help-cancel').click();
  await expect(kiosk.getByTestId('help-call')).toHaveAttribute('data-state', 'cancelled');
  await expect(kiosk.getByTestId('help-status')).toHaveText('已取消呼叫');
  await expect(kiosk.getByTestId('help-call')).toContainText(DESK);
  await expect(dev.getByTestId('dev-help-none')).toBeVisible();
  await kiosk.getByTestId('help-again').click();
  await expect(kiosk.getByTestId('help-reasons')).toBeVisible();
  await kiosk.getByTestId('nav-home').click();
});

test('staff resolving the call tells the kiosk', async () => {
  await kiosk.getByTestId('entry-help').click();
  await kiosk.getByTestId('help-reason-fillingForm').click();
  await expect(kiosk.getByTestId('help-call')).toHaveAttribute('data-state', 'waiting');
  await staffDo('resolve');
  await expect(kiosk.getByTestId('help-call')).toHaveAttribute('data-state', 'resolved');
  await expect(kiosk.getByTestId('help-status')).toHaveText('工作人员已处理完毕');
  await kiosk.getByTestId('help-done').click();
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();
});

test('screens in both sizes, large text and high contrast, Chinese and English', async ({ browser }) => {
  await inEveryLook(browser, terminal.url, async ({ page, shot }) => {
    await page.getByTestId('entry-help').click();
    await shot('help-reasons');
    await expectTouchTargets(page);
    await page.getByTestId('help-reason-findService').click();
    await expect(page.getByTestId('help-call')).toHaveAttribute('data-state', 'waiting');
    await shot('help-waiting');
    await staffDo('ack');
    await expect(page.getByTestId('help-call')).toHaveAttribute('data-state', 'acknowledged');
    await shot('help-coming');
    await expectTouchTargets(page);
    await page.getByTestId('help-cancel').click();
    await expect(page.getByTestId('help-call')).toHaveAttribute('data-state', 'cancelled');
    await shot('help-cancelled');
    await page.getByTestId('help-done').click();
  });
});

test('a call open keeps the kiosk waiting past the idle timeout; when the visit ends at last, the call is cancelled', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.clock.install();
  await page.goto(terminal.url);
  await page.getByTestId('entry-help').click();
  await page.getByTestId('help-reason-other').click();
  await expect(page.getByTestId('help-call')).toHaveAttribute('data-state', 'waiting');
  // The terminal's idle timeout is 60 s: with the call open, nothing happens then.
  await page.clock.fastForward(65_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('help-call')).toBeVisible();
  // help.waitSeconds is 120: the warning, then home.
  await page.clock.fastForward(47_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await page.clock.fastForward(10_000);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  // Nobody is left waiting: the call was cancelled on the platform.
  await dev.getByTestId('dev-help-reload').click();
  await expect(dev.getByTestId('dev-help-none')).toBeVisible();
  await page.getByTestId('entry-help').click();
  await expect(page.getByTestId('help-reasons')).toBeVisible();
  await page.close();
});

test('with the platform down, the kiosk says the staff cannot be told and where to go in person', async ({ browser }) => {
  const platform = await startPlatform({ clock: systemClock, version: 'e2e', seed: (p) => seedReferencePlatform(p, '2026-11-24') });
  const offline = await startTerminal(await enrolledConfig(platform, { devices: [...devices], help: { deskPlace: DESK } }));
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(offline.url);
    await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
    // A call made while online, then the platform goes: the screen says staff's answer cannot show live.
    await page.getByTestId('entry-help').click();
    await page.getByTestId('help-reason-machineTrouble').click();
    await expect(page.getByTestId('help-call')).toHaveAttribute('data-state', 'waiting');
    await platform.close();
    await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
    await expect(page.getByTestId('help-not-live')).toBeVisible();
    await page.screenshot({ path: 'var/screens/help-not-live-1080x1920.png' });
    // Cancelled on the screen at once (sent when the platform is back).
    await page.getByTestId('help-cancel').click();
    await expect(page.getByTestId('help-call')).toHaveAttribute('data-state', 'cancelled');
    // A new call cannot reach anyone: said plainly, with the hall's help desk.
    await page.getByTestId('help-again').click();
    await page.getByTestId('help-reason-findService').click();
    await expect(page.getByTestId('help-offline')).toContainText('网络中断');
    await expect(page.getByTestId('help-offline')).toContainText(DESK);
    await page.screenshot({ path: 'var/screens/help-offline-1080x1920.png' });
    await page.getByTestId('help-offline-retry').click();
    await expect(page.getByTestId('help-reasons')).toBeVisible();
    await page.close();
  } finally {
    await offline.stop();
    await platform.close().catch(() => {});
  }
});
