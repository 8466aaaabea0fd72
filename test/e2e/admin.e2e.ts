// The admin panel through the browser host: the hidden gesture (5 taps in the top-right corner; the
// 5th reaches nothing under it), the PIN pad (a wrong PIN says the tries left; the right one opens),
// the panel's actions against the simulators and the embedded platform (self-test and test print with
// the slip printed, sync now, network check, the recent log without personal data), lock; on a call
// display with its platform unreachable, the network check's failure in words and the lockout after
// admin.maxTries; a restart from the panel exits the host with 75; a profile switch (a broken profile
// shown with its problems, the chosen one applied at the restart: the terminal comes back as the call
// display on the same store). Screens in both sizes, zh-CN and English, standard and large text with
// high contrast.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { zhangWei } from '../../devices/idcard/test-identities.ts';
import { testPinHash } from '../support/admin-pin.ts';
import { displayConfig } from '../support/display-config.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { expectTouchTargets } from '../support/touch-targets.ts';
import { englishLargeContrast, printerCardScanner } from './kiosk-rig.ts';

const PIN = '13572468';
let pinHash: string;
let kioskTerminal: TerminalProcess;
let displayTerminal: TerminalProcess;

test.beforeAll(async () => {
  pinHash = await testPinHash(PIN);
  kioskTerminal = await startTerminal(testConfig({ devices: [...printerCardScanner], admin: { pinHash, maxTries: 3 } }));
  displayTerminal = await startTerminal({ ...(await displayConfig(null, { ui: { largeText: true, highContrast: true } })), admin: { pinHash, maxTries: 3, lockoutMinutes: 15 } });
});
test.afterAll(async () => {
  await kioskTerminal?.stop();
  await displayTerminal?.stop();
});

/** Five taps in the top-right corner. */
async function gesture(page: Page): Promise<void> {
  // The terminal's screen is up (past the start-up line): the gesture is watched from then on.
  await page.waitForFunction(() => document.querySelector('#root > *') !== null && document.querySelector('[data-testid="startup"]') === null);
  const w = page.viewportSize()!.width;
  for (let i = 0; i < 5; i++) await page.mouse.click(w - 8, 8);
}

async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByTestId(`admin-key-${d}`).click();
  await page.getByTestId('admin-pad-enter').click();
}

async function openPanel(page: Page): Promise<void> {
  await gesture(page);
  await expect(page.getByTestId('admin-pad')).toBeVisible();
  await typePin(page, PIN);
  await expect(page.getByTestId('admin-panel')).toBeVisible();
  await expect(page.getByTestId('admin-terminal')).toBeVisible();
}

async function newPage(browser: Browser, url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  await page.goto(url);
  return page;
}

test('gesture, wrong PIN with the tries left, right PIN, the panel; self-test and test print, sync, network, log, lock', async ({ browser }) => {
  const dev = await newPage(browser, kioskTerminal.devUrl!, { width: 1920, height: 1080 });
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'ready');
  // The page's clock runs as usual, and skips ahead where the test waits out the gesture's window.
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await kiosk.clock.install();
  await kiosk.goto(kioskTerminal.url);
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();

  // Taps 1-4 reach the page as usual; the 5th opens the pad and reaches nothing under it.
  await kiosk.evaluate(() => {
    (window as unknown as { clicks: number }).clicks = 0;
    document.addEventListener('click', () => (window as unknown as { clicks: number }).clicks++);
  });
  await gesture(kiosk);
  await expect(kiosk.getByTestId('admin-pad')).toBeVisible();
  expect(await kiosk.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(4);
  // Four taps are not enough, nor five spread over more than 3 s (the pad closed first).
  // A keyboard types into the pad, and its keys reach nothing under it; Escape closes it.
  await kiosk.keyboard.type('12');
  await expect(kiosk.getByTestId('admin-pin')).toHaveText('●●');
  await kiosk.keyboard.press('Backspace');
  await expect(kiosk.getByTestId('admin-pin')).toHaveText('●');
  await kiosk.keyboard.press('Escape');
  await expect(kiosk.getByTestId('admin-pad')).toHaveCount(0);
  await gesture(kiosk);
  await kiosk.getByTestId('admin-pad-cancel').click();
  for (let i = 0; i < 4; i++) await kiosk.mouse.click(1072, 8);
  await expect(kiosk.getByTestId('admin-pad')).toHaveCount(0);
  await kiosk.clock.fastForward(3100); // past the gesture's 3 s window (performance.now in the page)
  await kiosk.mouse.click(1072, 8);
  await expect(kiosk.getByTestId('admin-pad')).toHaveCount(0);

  await gesture(kiosk);
  await typePin(kiosk, '0000');
  await expect(kiosk.getByTestId('admin-pad-note')).toHaveText('密码错误，还可再试 2 次。');
  await expect(kiosk.getByTestId('admin-pin')).not.toContainText('0');
  await kiosk.screenshot({ path: 'var/screens/admin-pad-wrong-zh-CN-standard-1080x1920.png' });
  await typePin(kiosk, PIN);
  await expect(kiosk.getByTestId('admin-panel')).toBeVisible();
  await expect(kiosk.getByTestId('admin-countdown')).toContainText(/\d:\d\d 后无操作自动退出/);
  await expect(kiosk.getByTestId('admin-terminal')).toContainText('e2e-kiosk · 自助终端');
  // The watchdog's count (--no-open: no browser of its own to restart, so none).
  await expect(kiosk.getByTestId('admin-watchdog')).toHaveText('界面自动重启 0 次');
  // The browser host has no self-updater: said so (its states are worded in test/renderer/admin/update-words.test.ts).
  await expect(kiosk.getByTestId('admin-update')).toHaveText('自动更新：本机不自动更新（浏览器方式运行、deb 安装包或未设置更新服务器）。');
  await expect(kiosk.getByTestId('admin-device-printer-1')).toContainText('正常');

  // Self-test and the test print on the simulated printer: slips printed (the developer page shows them).
  await kiosk.getByTestId('admin-selftest-printer-1').click();
  await expect(kiosk.getByTestId('admin-selftest-result-printer-1')).toHaveText('自检通过：已打印测试小票。');
  const slips = dev.locator('.slips img');
  await expect(slips).toHaveCount(1);
  await expect(slips.first()).toHaveAttribute('alt', /^slip printed by printer-1/);
  await kiosk.getByTestId('admin-test-print').click();
  await expect(kiosk.getByTestId('admin-test-print-result')).toHaveText('测试条已打印（printer-1）。');
  await expect(slips).toHaveCount(2);

  await kiosk.getByTestId('admin-sync').click();
  await expect(kiosk.getByTestId('admin-sync-result')).toContainText('同步完成');
  await expect(kiosk.getByTestId('admin-catalogue')).toContainText('事项目录版本');

  await kiosk.getByTestId('admin-network-run').click();
  await expect(kiosk.getByTestId('admin-network-verdict')).toContainText('网络正常');
  await expect(kiosk.getByTestId('admin-network-steps')).toContainText('HTTP 200');

  // A card read puts lines in the log: none of them carries the holder's number or name in clear.
  await dev.getByTestId('sim-idcard-1-insert:zhangWei').click();
  await expect(dev.getByTestId('dev-card')).toContainText('*');
  await kiosk.getByTestId('admin-log-refresh').click();
  const log = kiosk.getByTestId('admin-log-entries');
  await expect(log).toContainText('admin panel unlocked');
  await expect(log).toContainText('network check');
  const text = await log.innerText();
  expect(text).not.toContain(zhangWei.idNumber);
  expect(text).not.toContain(zhangWei.name);
  expect(text).not.toContain(PIN);
  await dev.getByTestId('sim-idcard-1-remove').click();

  // Every button of the pad and the panel is a touch target; no WCAG A/AA violation.
  await expectTouchTargets(kiosk);
  const violations = await axeViolations(kiosk);
  expect(violations, describeViolations(violations)).toEqual([]);
  await kiosk.screenshot({ path: 'var/screens/admin-panel-zh-CN-standard-1080x1920.png', fullPage: true });
  await kiosk.getByTestId('admin-language').click();
  await expect(kiosk.getByTestId('admin-countdown')).toContainText('if untouched');
  await kiosk.screenshot({ path: 'var/screens/admin-panel-en-standard-1080x1920.png', fullPage: true });

  // The role switch asks first; cancelling changes nothing.
  await kiosk.getByTestId('admin-role-display').click();
  await expect(kiosk.getByTestId('admin-confirm')).toContainText('Switch this terminal to "Call display" and restart now?');
  await kiosk.screenshot({ path: 'var/screens/admin-confirm-en-standard-1080x1920.png' });
  await kiosk.getByTestId('admin-confirm-no').click();
  await expect(kiosk.getByTestId('admin-confirm')).toHaveCount(0);

  // Locked: the panel is gone, and the session with it.
  await kiosk.getByTestId('admin-lock').click();
  await expect(kiosk.getByTestId('admin-layer')).toHaveCount(0);
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();

  // Landscape too.
  const wide = await newPage(browser, kioskTerminal.url, { width: 1920, height: 1080 });
  await openPanel(wide);
  await wide.screenshot({ path: 'var/screens/admin-panel-zh-CN-standard-1920x1080.png' });
  await wide.getByTestId('admin-language').click();
  await wide.screenshot({ path: 'var/screens/admin-panel-en-standard-1920x1080.png' });
  await wide.close();
  await kiosk.close();
  await dev.close();
});

test('on the call display (large text, high contrast, platform unreachable): the network check fails in words; maxTries wrong PINs lock it', async ({ browser }) => {
  for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
    const page = await newPage(browser, displayTerminal.url, size);
    await openPanel(page);
    await page.getByTestId('admin-network-run').click();
    await expect(page.getByTestId('admin-network-verdict')).toHaveText('连不上平台端口：请检查网线、防火墙或平台是否在运行。');
    await page.screenshot({ path: `var/screens/admin-panel-zh-CN-large-contrast-${size.width}x${size.height}.png` });
    await page.getByTestId('admin-language').click();
    await expect(page.getByTestId('admin-network-verdict')).toHaveText(/^The platform's port cannot be reached/);
    await page.screenshot({ path: `var/screens/admin-panel-en-large-contrast-${size.width}x${size.height}.png` });
    await page.getByTestId('admin-lock').click();
    await page.close();
  }

  const page = await newPage(browser, displayTerminal.url, { width: 1080, height: 1920 });
  await gesture(page);
  await typePin(page, '1111');
  await expect(page.getByTestId('admin-pad-note')).toHaveText('密码错误，还可再试 2 次。');
  await typePin(page, '2222');
  await expect(page.getByTestId('admin-pad-note')).toHaveText('密码错误，还可再试 1 次。');
  await typePin(page, '3333');
  await expect(page.getByTestId('admin-pad-note')).toHaveText(/^密码错误次数过多，管理功能已锁定，\d{4}-\d\d-\d\d \d\d:\d\d 后可再试。$/);
  await expect(page.getByTestId('admin-key-1')).toBeDisabled();
  await page.screenshot({ path: 'var/screens/admin-pad-locked-zh-CN-large-contrast-1080x1920.png' });
  // Still locked when the pad is opened again, even on another page.
  await page.getByTestId('admin-pad-cancel').click();
  const other = await newPage(browser, displayTerminal.url, { width: 1920, height: 1080 });
  await gesture(other);
  await expect(other.getByTestId('admin-pad-note')).toContainText('管理功能已锁定');
  await other.screenshot({ path: 'var/screens/admin-pad-locked-zh-CN-large-contrast-1920x1080.png' });
  await other.close();
  await page.close();
});

test('the kiosk in English with large text and high contrast opens the panel in English; the counter mounts it too', async ({ browser }) => {
  for (const size of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
    const kiosk = await newPage(browser, kioskTerminal.url, size);
    await englishLargeContrast(kiosk);
    await gesture(kiosk);
    await expect(kiosk.getByTestId('admin-pad')).toContainText('Enter the admin PIN');
    await expectTouchTargets(kiosk);
    await typePin(kiosk, '9');
    await expect(kiosk.getByTestId('admin-pad-note')).toHaveText('Wrong PIN. 2 tries left.');
    await kiosk.screenshot({ path: `var/screens/admin-pad-wrong-en-large-contrast-${size.width}x${size.height}.png` });
    await typePin(kiosk, PIN);
    await expect(kiosk.getByTestId('admin-countdown')).toContainText('if untouched');
    await kiosk.getByTestId('admin-network-run').click();
    await expect(kiosk.getByTestId('admin-network-verdict')).toContainText('The network is fine');
    await kiosk.screenshot({ path: `var/screens/admin-panel-en-large-contrast-kiosk-${size.width}x${size.height}.png` });
    await kiosk.getByTestId('admin-lock').click();
    await kiosk.close();
  }

  const counter = await startTerminal({ ...testConfig({ admin: { pinHash } }), terminal: { id: 'e2e-counter', role: 'counter', hallName: '明湖区政务服务中心' }, counter: { windowId: 'w01' } });
  try {
    const page = await newPage(browser, counter.url, { width: 1920, height: 1080 });
    await expect(page.getByTestId('screen-counter')).toBeVisible();
    await openPanel(page);
    await expect(page.getByTestId('admin-terminal')).toContainText('e2e-counter · 窗口终端');
    await page.screenshot({ path: 'var/screens/admin-panel-zh-CN-standard-counter-1920x1080.png' });
    await page.close();
  } finally {
    await counter.stop();
  }
});

test('a restart from the panel exits the host with 75 for its service manager', async ({ browser }) => {
  const kiosk = await newPage(browser, kioskTerminal.url, { width: 1920, height: 1080 });
  await openPanel(kiosk);
  await kiosk.getByTestId('admin-restart').click();
  await expect(kiosk.getByTestId('admin-confirm')).toContainText('立即重启本终端？');
  const exited = new Promise<number | null>((resolve) => kioskTerminal.child.once('exit', (code) => resolve(code)));
  await kiosk.getByTestId('admin-confirm-yes').click();
  await expect(kiosk.getByTestId('admin-leaving')).toHaveText('终端正在重启，请稍候…');
  expect(await exited, kioskTerminal.output().slice(-3000)).toBe(75);
  expect(kioskTerminal.output()).toContain('restart asked from the admin panel');
  await kiosk.close();
});

test('profile switch: the installed profiles with role and devices, a broken one with why; the chosen one runs after the restart', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'hall-e2e-profiles-'));
  const profiles = join(dir, 'profiles');
  mkdirSync(profiles);
  writeFileSync(
    join(profiles, 'wall-display.json'),
    JSON.stringify({ ...(await displayConfig(null)), profile: 'wall-display', devices: [{ id: 'pad-1', kind: 'ratingPad', label: '评价器', connection: { type: 'simulated' } }] }),
  );
  writeFileSync(join(profiles, 'torn.json'), JSON.stringify({ ...testConfig(), devise: [] }));
  const config = testConfig({ devices: [...printerCardScanner], ui: { idleTimeoutSeconds: 60, largeText: true, highContrast: true }, admin: { pinHash, profilesDir: profiles } });
  let terminal = await startTerminal(config, [], { dir });
  try {
    const sizes = [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }];
    const page = await newPage(browser, terminal.url, sizes[0]!);
    await openPanel(page);
    const section = page.getByTestId('admin-profile');
    await expect(page.getByTestId('admin-profile-wall-display')).toContainText('叫号显示屏');
    await expect(page.getByTestId('admin-profile-wall-display')).toContainText('设备：评价器');
    await expect(page.getByTestId('admin-profile-problems-torn')).toContainText('不能使用：');
    // The problem in the panel's language (Chinese first), the key path as the file has it.
    await expect(page.getByTestId('admin-profile-problems-torn')).toContainText('devise：没有这项设置（拼写有误，或此处不能用）');
    await expect(page.getByTestId('admin-profile-use-torn')).toHaveCount(0);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'var/screens/admin-profile-zh-CN-large-contrast-1080x1920.png' });
    await page.getByTestId('admin-profile-use-wall-display').click();
    await expect(page.getByTestId('admin-confirm')).toContainText('下次启动时改用配置方案“wall-display”');
    await page.screenshot({ path: 'var/screens/admin-profile-confirm-zh-CN-large-contrast-1080x1920.png' });
    await page.getByTestId('admin-confirm-yes').click();
    await expect(page.getByTestId('admin-profile-pending')).toContainText('已选择配置方案“wall-display”：下次启动时生效。');
    await expect(page.getByTestId('admin-profile-use-wall-display')).toHaveCount(0);
    const showProfiles = (p: Page) => p.getByTestId('admin-profile').evaluate((e) => e.scrollIntoView({ block: 'end' }));
    await showProfiles(page);
    await page.screenshot({ path: 'var/screens/admin-profile-pending-zh-CN-large-contrast-1080x1920.png' });
    await page.getByTestId('admin-language').click();
    await expect(page.getByTestId('admin-profile-pending')).toContainText('Profile "wall-display" chosen: it applies at the next start.');
    await expect(page.getByTestId('admin-profile-problems-torn')).toContainText('devise: unknown setting (misspelt, or not valid here)');
    await showProfiles(page);
    await page.screenshot({ path: 'var/screens/admin-profile-pending-en-large-contrast-1080x1920.png' });
    await expectTouchTargets(page);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const wide = await newPage(browser, terminal.url, sizes[1]!);
    await openPanel(wide);
    await expect(wide.getByTestId('admin-profile-current')).toHaveText('正在使用：e2e');
    await showProfiles(wide);
    await wide.screenshot({ path: 'var/screens/admin-profile-pending-zh-CN-large-contrast-1920x1080.png' });
    await wide.getByTestId('admin-language').click();
    await showProfiles(wide);
    await wide.screenshot({ path: 'var/screens/admin-profile-pending-en-large-contrast-1920x1080.png' });
    await wide.close();

    // Restart now: the host exits 75; started again as its service manager would, it is the call display.
    await page.getByTestId('admin-profile-restart').click();
    const exited = new Promise<number | null>((resolve) => terminal.child.once('exit', (code) => resolve(code)));
    await page.getByTestId('admin-confirm-yes').click();
    expect(await exited, terminal.output().slice(-3000)).toBe(75);
    expect(terminal.output()).toContain('profile switched from the admin panel');
    await page.close();
    terminal = await startTerminal(config, [], { dir });
    const after = await newPage(browser, terminal.url, sizes[1]!);
    await expect(after.getByTestId('screen-display')).toBeVisible();
    await openPanel(after);
    await expect(after.getByTestId('admin-terminal')).toContainText('e2e-kiosk · 叫号显示屏 · 配置 wall-display');
    await after.close();
  } finally {
    await terminal.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
