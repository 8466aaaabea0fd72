// Cold start of the kiosk as a hall's machine does it: `node main/hosts/browser/cli.ts` started, the
// host opening the system Chromium itself, until the kiosk home is interactive (its tiles shown and
// the core's live status online in them: the citizen can tap). This machine has no display, so the
// host is told there is one and is given, as CHROMIUM_PATH, a wrapper that runs the same Chromium
// with the host's own arguments plus --headless and a DevTools port (the page is its --app URL). The
// bench attaches over that port and times the page from inside: performance.timeOrigin and the first
// animation frame after the home is interactive are wall-clock times on this machine, like the spawn.
//
// Two kinds of start:
//   - restart: the database and Node's compile cache are there from an earlier start (every start
//     of a kiosk after its first: each morning, after the daily restart, after a power cut);
//   - first start: an empty folder (the database created and seeded, the compile cache empty).
// Beside it, the floor: the same Chromium wrapper opening a static page with no core, spawn to
// DOMContentLoaded.
//   BENCH_RUNS (default 5), BENCH_ROOT (another checkout to measure, for a before/after).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPath } from '../playwright.config.ts';
import { repoRoot, testConfig } from '../test/support/terminal-process.ts';
import { median, printTable } from './table.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const ROOT = process.env['BENCH_ROOT'] ?? repoRoot;

const work = mkdtempSync(join(tmpdir(), 'bench-cold-start-'));
const wrapper = join(work, 'chromium-headless.sh');
writeFileSync(
  wrapper,
  `#!/bin/bash
args=()
for a in "$@"; do case "$a" in --app=*) url="\${a#--app=}";; *) args+=("$a");; esac; done
exec ${chromiumPath} --headless=new --remote-debugging-port="$BENCH_CDP_PORT" --disable-gpu --window-size=1080,1920 "\${args[@]}" "$url"
`,
);
chmodSync(wrapper, 0o755);

interface Run {
  /** From the spawn, in ms: the page's navigation start, its DOMContentLoaded, the host's ready line, the home interactive. */
  navigation: number;
  dcl: number;
  coreReady: number;
  interactive: number;
  /** The host process's CPU time (user + system, all its threads) at its ready line and at the home interactive, in ms. */
  cpuReady: number;
  cpuInteractive: number;
}

const restart: Run[] = [];
const first: Run[] = [];
const floor: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(work, 'run-'));
    first.push(await startKiosk(dir));
    restart.push(await startKiosk(dir));
    floor.push(await staticPage());
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const fmt = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
const col = (runs: Run[], f: (r: Run) => number) => fmt(runs.map(f));
printTable(`Cold start, host spawn -> kiosk home interactive, Chromium opened by the host (median (range) of ${RUNS}; ${ROOT})`, [
  ['restart: page navigation starts (host up to its HTTP server, Chromium launched)', col(restart, (r) => r.navigation)],
  ['restart: page DOMContentLoaded', col(restart, (r) => r.dcl)],
  ['restart: core ready (the host prints HALL_TERMINAL_READY)', col(restart, (r) => r.coreReady)],
  ['restart: home interactive with live status', col(restart, (r) => r.interactive)],
  ['restart: host CPU (user + system) at its ready line', col(restart, (r) => r.cpuReady)],
  ['restart: host CPU at the home interactive', col(restart, (r) => r.cpuInteractive)],
  ['first start (new database, empty compile cache): core ready', col(first, (r) => r.coreReady)],
  ['first start: home interactive', col(first, (r) => r.interactive)],
  ['floor: the same Chromium, a static page, spawn -> DOMContentLoaded', fmt(floor)],
  ['ratio restart / floor (medians)', `${(median(restart.map((r) => r.interactive)) / median(floor)).toFixed(2)}x`],
]);

async function startKiosk(dir: string): Promise<Run> {
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ ...testConfig({ environment: 'production', dev: { page: false } }), store: { path: join(dir, 'hall.db') } }));
  const port = await freePort();
  const t0 = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'main/hosts/browser/cli.ts'), '--config', file, '--port=0'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISPLAY: ':bench',
      WAYLAND_DISPLAY: '',
      CHROMIUM_PATH: wrapper,
      BENCH_CDP_PORT: String(port),
      // The host's compile cache in the run's folder (empty at a first start). A "before" (BENCH_ROOT)
      // older than the compile cache (before d339cd3) would be cached by Node itself here,
      // which that code never did: measure those without this line.
      NODE_COMPILE_CACHE: join(dir, 'compile-cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let coreReady = NaN;
  let cpuReady = NaN;
  const exited = new Promise((r) => child.once('exit', r));
  const onData = (b: Buffer) => {
    out += b.toString();
    if (Number.isNaN(coreReady) && out.includes('HALL_TERMINAL_READY')) {
      coreReady = Date.now() - t0;
      cpuReady = cpuMs(child.pid!);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let browser: Browser | null = null;
  try {
    browser = await attach(port, () => out);
    const page = await pageOf(browser);
    const seen = await evaluateProbe(page);
    const cpuInteractive = cpuMs(child.pid!);
    if (Number.isNaN(coreReady)) throw new Error(`interactive before the ready line?\n${out}`);
    return { navigation: seen.origin - t0, dcl: seen.origin + seen.dcl - t0, coreReady, interactive: seen.origin + seen.at - t0, cpuReady, cpuInteractive };
  } finally {
    await browser?.close().catch(() => {});
    child.kill('SIGTERM');
    await exited;
  }
}

/** Spawn -> DOMContentLoaded of a static page in the same Chromium, opened the same way. */
async function staticPage(): Promise<number> {
  const port = await freePort();
  const profile = mkdtempSync(join(work, 'static-'));
  const t0 = Date.now();
  const child = spawn(wrapper, [`--user-data-dir=${profile}`, '--no-first-run', '--no-sandbox', '--app=data:text/html,<button>ok</button>'], {
    env: { ...process.env, BENCH_CDP_PORT: String(port) },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  let browser: Browser | null = null;
  try {
    browser = await attach(port, () => '');
    const page = await pageOf(browser, 'data:');
    const r = (await page.evaluate(
      `new Promise((resolve) => { const done = () => resolve(performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd); document.readyState === 'loading' ? addEventListener('DOMContentLoaded', () => setTimeout(done)) : done(); })`,
    )) as number;
    return r - t0;
  } finally {
    await browser?.close().catch(() => {});
    child.kill('SIGTERM');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Connects to the Chromium's DevTools port as soon as it listens. */
async function attach(port: number, output: () => string): Promise<Browser> {
  for (let i = 0; i < 600; i++) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: 2000 });
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  throw new Error(`Chromium's DevTools port never answered\n${output()}`);
}

async function pageOf(browser: Browser, prefix = 'http://127.0.0.1'): Promise<Page> {
  for (let i = 0; i < 600; i++) {
    const page = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith(prefix));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the kiosk page never opened');
}

/** In the page: when the home first has its tiles and the status online, the next frame's time. */
async function evaluateProbe(page: Page): Promise<{ origin: number; dcl: number; at: number }> {
  const probe = `new Promise((resolve) => {
    const ready = () => document.querySelector('[data-testid="tile-accessibility"]') && document.querySelector('[data-testid="platform-status"][data-state="online"]');
    const done = (at) => {
      const nav = () => performance.getEntriesByType('navigation')[0];
      const finish = () => resolve({ origin: performance.timeOrigin, dcl: nav().domContentLoadedEventEnd, at });
      nav()?.domContentLoadedEventEnd ? finish() : addEventListener('DOMContentLoaded', () => setTimeout(finish));
    };
    if (ready()) return done(-1);
    const mo = new MutationObserver(() => {
      if (!ready()) return;
      mo.disconnect();
      requestAnimationFrame(() => done(performance.now()));
    });
    mo.observe(document, { subtree: true, childList: true, attributes: true });
  })`;
  for (let tries = 0; ; tries++) {
    try {
      const r = (await page.evaluate(probe)) as { origin: number; dcl: number; at: number };
      if (r.at < 0) throw new Error('the home was already interactive when the bench attached: no figure');
      return r;
    } catch (e) {
      // The page navigated (about:blank to the kiosk) while the probe was being installed.
      if (tries > 20 || !/context was destroyed|navigation/i.test((e as Error).message)) throw e;
    }
  }
}

/** A process's CPU time so far (Linux: /proc/<pid>/stat utime + stime, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based), so indexes 11 and 12 here.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}
