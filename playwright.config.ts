import { defineConfig } from '@playwright/test';

// Playwright drives Debian's Chromium (never a downloaded browser) through the browser host.
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    // A failure keeps its trace (test-results/, ignored by git): the page's own DOM, network and console at
    // each step, where the error context alone can show another worker's page.
    trace: 'retain-on-failure',
  },
});
