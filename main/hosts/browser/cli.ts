// The browser host: boots the core, serves the renderer and the RPC port on loopback, and opens the
// system Chromium as the kiosk window. With no display or no Chromium it keeps serving and prints
// the URLs to open.
//   node main/hosts/browser/cli.ts [--config FILE | --profile NAME] [--kiosk | --windowed] [--no-open] [--port N]
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatConfigProblems, loadConfigFile, resolveConfigSource } from '../../../config/load.ts';
import { bootTerminal } from '../boot.ts';
import { serveCore } from '../serve-core.ts';
import { findChromium, hasDisplay, runChromium, sweepStaleProfiles, type BrowserWindowProcess } from './chromium.ts';
import { portFromArgs } from './port-flag.ts';
import { startBrowserHost } from './server.ts';
import { startWatchdog } from '../watchdog/run.ts';
import { DAILY_RESTART_EXIT_CODE } from '../watchdog/schedule.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const argv = process.argv.slice(2);
const source = resolveConfigSource(argv, process.env);
const loaded = loadConfigFile(source);
if (!loaded.ok) {
  console.error(formatConfigProblems(loaded));
  process.exit(2);
}
const config = loaded.config;
const portArg = portFromArgs(argv, config.host.browser.port);
if (!portArg.ok) {
  console.error(portArg.error);
  process.exit(2);
}
const port = portArg.value;
const kiosk = argv.includes('--kiosk') ? true : argv.includes('--windowed') ? false : config.host.browser.kiosk;

const terminal = await bootTerminal(config);
const log = terminal.log.for('host.browser');
const rpc = serveCore(terminal.core, terminal.log);
let host;
// eslint-disable-next-line prefer-const -- set once Chromium is started, read by the heartbeat route before that
let watchdog: ReturnType<typeof startWatchdog> | undefined;
try {
  host = await startBrowserHost({
    rendererDir: join(root, 'dist', 'renderer'),
    port,
    devPage: config.dev.page,
    connect: (t) => rpc.connect(t),
    log,
    media: terminal.core.mediaFiles,
    onHeartbeat: () => watchdog?.heartbeat(),
  });
} catch (e) {
  console.error(`Cannot serve the terminal on 127.0.0.1:${port}: ${(e as Error).message}${port ? ' (another terminal on this machine? start it with --port N, or --port 0 for any free port)' : ''}`);
  await terminal.shutdown();
  process.exit(1);
}

// One machine-readable line first: tests and scripts wait for it.
console.log(`HALL_TERMINAL_READY ${JSON.stringify({ url: host.url, devUrl: host.devUrl, platform: terminal.platformUrl })}`);
console.log(`Terminal:       ${host.url}`);
if (host.devUrl) console.log(`Developer page: ${host.devUrl}`);

let window: BrowserWindowProcess | null = null;
const chromium = findChromium(process.env);
if (argv.includes('--no-open')) {
  log.info('not opening a browser (--no-open)');
} else if (!hasDisplay(process.env)) {
  log.info('no display (DISPLAY / WAYLAND_DISPLAY unset): serving only; open the URLs above');
} else if (!chromium) {
  log.warn('no Chromium found (set CHROMIUM_PATH): serving only; open the URLs above');
} else {
  // A fresh profile per launch in the temp folder, removed when that browser exits; those of a host
  // that was killed outright are swept first.
  sweepStaleProfiles(tmpdir(), { log });
  window = runChromium(chromium, host.url, { kiosk, tmpRoot: tmpdir(), log });
}

// The watchdog restarts the page's Chromium when its heartbeats stop (a crash is already handled by
// runChromium); with no browser of ours it only keeps the daily restart.
const browser = window as BrowserWindowProcess | null;
watchdog = startWatchdog({
  now: () => Date.now(),
  every: (fn, ms) => {
    const id = setInterval(fn, ms);
    id.unref();
    return () => clearInterval(id);
  },
  options: {
    timeoutMs: config.watchdog.heartbeatTimeoutSeconds * 1000,
    backoffInitialMs: 0,
    backoffMaxMs: config.watchdog.backoffMaxSeconds * 1000,
    stableMs: 10 * 60_000,
  },
  restartRenderer: browser ? () => browser.restart() : null,
  log: terminal.log.for('host.watchdog'),
  ...(config.watchdog.dailyRestartAt !== undefined
    ? { daily: { at: config.watchdog.dailyRestartAt, timeZone: config.queue.timeZone, exit: () => void stop(DAILY_RESTART_EXIT_CODE) } }
    : {}),
});

let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  watchdog.stop();
  await window?.stop();
  rpc.close();
  await host.close();
  await terminal.shutdown();
  process.exit(code);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
