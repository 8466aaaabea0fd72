// Cold start of the browser host to the first interactive paint of the kiosk home: from spawning
// the host process until the home screen shows with the core's status in it (the citizen can tap).
// Beside it, the floor: Chromium starting and painting a static page with no core at all.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../playwright.config.ts';
import { startTerminal, testConfig } from '../test/support/terminal-process.ts';
import { median, printTable } from './table.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

const ours: { host: number; browser: number; page: number; total: number }[] = [];
const floor: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const terminal = await startTerminal(testConfig({ environment: 'production', dev: { page: false } }));
  const t1 = performance.now();
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  const t2 = performance.now();
  await page.goto(terminal.url);
  await page.getByTestId('tile-accessibility').waitFor();
  await page.locator('[data-testid="platform-status"][data-state="online"]').waitFor();
  const t3 = performance.now();
  ours.push({ host: t1 - t0, browser: t2 - t1, page: t3 - t2, total: t3 - t0 });
  await browser.close();
  await terminal.stop();

  const s0 = performance.now();
  const b = await chromium.launch({ executablePath: chromiumPath, args });
  const p = await b.newPage({ viewport: { width: 1080, height: 1920 } });
  await p.goto('data:text/html,<button>ok</button>');
  await p.locator('button').waitFor();
  floor.push(performance.now() - s0);
  await b.close();
}

const m = (f: (r: (typeof ours)[number]) => number) => median(ours.map(f));
printTable(`Cold start to first interactive paint (median of ${RUNS})`, [
  ['host process ready (boot, store, embedded platform, HTTP/WS)', `${m((r) => r.host).toFixed(0)} ms`],
  ['Chromium launch + new page', `${m((r) => r.browser).toFixed(0)} ms`],
  ['page load to interactive home with live status', `${m((r) => r.page).toFixed(0)} ms`],
  ['total: cold start to first interactive paint', `${m((r) => r.total).toFixed(0)} ms`],
  ['floor: Chromium + a static page, no core', `${median(floor).toFixed(0)} ms`],
  ['ratio total / floor', `${(m((r) => r.total) / median(floor)).toFixed(2)}x`],
]);
