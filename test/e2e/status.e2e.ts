import { expect, test } from '@playwright/test';
import { systemClock } from '../../domain/clock.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

let platform: RunningPlatform | null = null;
let terminal: TerminalProcess;
let port = 0;

test.beforeAll(async () => {
  platform = await startPlatform({ clock: systemClock, version: 'e2e' });
  port = Number(new URL(platform.url).port);
  terminal = await startTerminal(testConfig({ platform: { url: platform.url, healthIntervalSeconds: 0.3, requestTimeoutMs: 500 } }));
});
test.afterAll(async () => {
  await terminal?.stop();
  await platform?.close();
});

test('platform status updates pushed by the core arrive on the home screen', async ({ page }) => {
  await page.goto(terminal.url);
  const status = page.getByTestId('platform-status');
  await expect(status).toHaveAttribute('data-state', 'online');
  await expect(status).not.toContainText('本机参考平台');

  await platform!.close();
  platform = null;
  await expect(status).toHaveAttribute('data-state', 'offline');
  await expect(status).toContainText('离线运行');

  platform = await startPlatform({ clock: systemClock, version: 'e2e', port });
  await expect(status).toHaveAttribute('data-state', 'online');
});

test('the developer page shows the platform changes in the live event log', async ({ page }) => {
  await page.goto(terminal.devUrl!);
  await expect(page.getByTestId('dev-connection')).toHaveText('connected to the core');
  await expect(page.getByTestId('dev-platform')).toContainText('online');
  const log = page.getByTestId('dev-log');
  await expect(log).toContainText('terminal core started');
  await platform!.close();
  platform = null;
  await expect(log).toContainText('platform offline');
  await expect(page.getByTestId('dev-platform')).toContainText('offline');
  platform = await startPlatform({ clock: systemClock, version: 'e2e', port });
  await expect(page.getByTestId('dev-platform')).toContainText('online');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'var/screens/dev-page.png' });
});

test('the kiosk tells the citizen when the core itself is gone', async ({ page }) => {
  const own = await startTerminal(testConfig());
  try {
    await page.goto(own.url);
    await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
    await own.stop();
    await expect(page.getByTestId('core-lost')).toBeVisible();
  } finally {
    await own.stop();
  }
});
