// Offline numbering from a cold start (issue 11): the terminal runs against a standalone reference
// platform and syncs once, without any screen open (so only the sync can have cached the queue
// set-up); then the terminal and the platform stop; the terminal boots again with the platform
// down, lists the businesses from its cached set-up, and a citizen who taps one gets a ticket from
// the range reserved for this terminal, marked offline on the screen and on the slip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { systemClock } from '../../domain/clock.ts';
import { businessDateOf } from '../../domain/hall-time.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

let dir: string;
let platform: RunningPlatform | null = null;
let terminal: TerminalProcess | null = null;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-e2e-offline-'));
});
test.afterAll(async () => {
  await terminal?.stop();
  await platform?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('after one sync, a terminal booted cold with the platform down gives an offline ticket from its reserved range', async ({ browser }) => {
  platform = await startPlatform({ clock: systemClock, version: 'e2e', seed: (p) => seedReferencePlatform(p, businessDateOf(Date.now(), 'Asia/Shanghai')) });
  const config = testConfig({
    platform: { url: platform.url, enrolmentCode: await platform.platform.auth.issueEnrolmentCode('e2e-kiosk', 'kiosk'), healthIntervalSeconds: 0.3, requestTimeoutMs: 1000 },
    queue: { offlinePolicy: 'reserved', reservedRanges: [{ categoryId: 'general', start: 900, end: 949 }] },
    devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', model: 'generic-80', connection: { type: 'simulated', over: 'memory' } }],
  });

  // First run: enrol and sync, with no screen asking for the categories.
  terminal = await startTerminal(config, [], { dir });
  await expect.poll(() => terminal!.output(), { message: 'the sync caches the queue set-up' }).toContain('queue set-up cached');
  await terminal.stop();
  await platform.close();
  platform = null;

  // Cold start with the platform down.
  terminal = await startTerminal(config, [], { dir });
  const dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await dev.goto(terminal.devUrl!);
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await kiosk.goto(terminal.url);
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
  await kiosk.getByTestId('entry-ticket').click();
  await expect(kiosk.getByTestId('home-offline')).toContainText('离线');
  const general = kiosk.getByTestId('category-general');
  await expect(general).toBeEnabled();
  await expect(general).toContainText('离线取号');
  // A business without a reserved range cannot be taken offline.
  await expect(kiosk.getByTestId('category-tax')).toBeDisabled();
  await kiosk.screenshot({ path: 'var/screens/offline-home-1080x1920.png' });

  await general.click();
  await expect(kiosk.getByTestId('ticket-screen')).toBeVisible();
  await expect(kiosk.getByTestId('ticket-number')).toHaveText('A900');
  await expect(kiosk.getByTestId('ticket-offline')).toContainText('离线票');
  await expect(kiosk.getByTestId('ticket-print')).toContainText('请取走下方的凭条');
  await kiosk.screenshot({ path: 'var/screens/offline-ticket-1080x1920.png' });
  const slip = dev.getByTestId('slip');
  await expect(slip).toBeVisible();
  await slip.screenshot({ path: 'var/screens/offline-slip.png' });
  await kiosk.getByTestId('ticket-done').click();
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();
});
