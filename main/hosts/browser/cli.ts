// The browser host: serves the renderer and the RPC port on loopback, opens the system Chromium as the
// kiosk window, and boots the core meanwhile (a screen that connects before the core is up waits for
// it: core-gate.ts). With no display or no Chromium it keeps serving and prints the URLs to open.
//   node main/hosts/browser/cli.ts [--config FILE | --profile NAME] [--kiosk | --windowed] [--no-open] [--port N]
import { constants, enableCompileCache, flushCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, hasDisplay, runChromium, sweepStaleProfiles, type BrowserWindowProcess } from './chromium.ts';
import { coreGate, heldLogger } from './core-gate.ts';
import { portFromArgs } from './port-flag.ts';
import { startBrowserHost } from './server.ts';
import type { BootedTerminal } from '../boot.ts';
import type { startWatchdog as StartWatchdog } from '../watchdog/run.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// Node strips the types of every .ts file it loads, about 2 s of a cold start on a kiosk's CPU; its
// compile cache keeps the result (and V8's code cache) on disk for the next start, keyed by each
// file's content. Only what is imported after this line is cached, so the core comes in by import().
// It never throws: an unwritable folder (an app installed read-only) only costs the speed, said below.
const compileCache = enableCompileCache(process.env['NODE_COMPILE_CACHE'] ?? join(root, 'var', 'compile-cache'));
const [{ formatConfigProblems, loadConfigFile, profilesDir, resolveConfigSource }, { applyLocalOverride }] = await Promise.all([
  import('../../../config/load.ts'),
  import('../../../config/local-override.ts'),
]);

const argv = process.argv.slice(2);
const source = resolveConfigSource(argv, process.env);
const loaded = loadConfigFile(source);
if (!loaded.ok) {
  console.error(formatConfigProblems(loaded));
  process.exit(2);
}
// A profile or role switched from the admin panel (local-override.json beside the store) applies from this start.
const config = applyLocalOverride(loaded.config, (line) => console.error(line), profilesDir);
const portArg = portFromArgs(argv, config.host.browser.port);
if (!portArg.ok) {
  console.error(portArg.error);
  process.exit(2);
}
const port = portArg.value;
const kiosk = argv.includes('--kiosk') ? true : argv.includes('--windowed') ? false : config.host.browser.kiosk;

// The page first, the core after: Chromium starts and loads the page while the core boots.
const log = heldLogger();
if (compileCache.status === constants.compileCacheStatus.FAILED) log.warn('no compile cache: every start strips and compiles the sources again', { directory: compileCache.directory, why: compileCache.message });
const gate = coreGate();
let terminal: BootedTerminal | undefined;
let host;
// eslint-disable-next-line prefer-const -- set once Chromium is started, read by the heartbeat route and the status before that
let watchdog: ReturnType<typeof StartWatchdog> | undefined;
try {
  host = await startBrowserHost({
    rendererDir: join(root, 'dist', 'renderer'),
    port,
    devPage: config.dev.page,
    connect: gate.connect,
    log,
    media: () => terminal?.core.mediaFiles,
    onHeartbeat: () => watchdog?.heartbeat(),
  });
} catch (e) {
  console.error(`Cannot serve the terminal on 127.0.0.1:${port}: ${(e as Error).message}${port ? ' (another terminal on this machine? start it with --port N, or --port 0 for any free port)' : ''}`);
  process.exit(1);
}

let window: BrowserWindowProcess | null = null;
const chromium = findChromium(process.env);
const opening = argv.includes('--no-open') ? 'no-open' : !hasDisplay(process.env) ? 'no-display' : !chromium ? 'no-chromium' : 'open';
// A fresh profile per launch in the temp folder, removed when that browser exits; those of a host that
// was killed outright are swept first.
if (opening === 'open') {
  sweepStaleProfiles(tmpdir(), { log });
  window = runChromium(chromium!, host.url, { kiosk, tmpRoot: tmpdir(), log });
}
// Stopped while the core boots: the browser goes too (it would outlive this process otherwise).
// (Without a browser of ours there is nothing to wait for: it exits at once.)
const stopEarly = () => void (window?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
process.once('SIGINT', stopEarly);
process.once('SIGTERM', stopEarly);

const [{ bootTerminal }, { serveCore }, { startWatchdog }, { DAILY_RESTART_EXIT_CODE }] = await Promise.all([
  import('../boot.ts'),
  import('../serve-core.ts'),
  import('../watchdog/run.ts'),
  import('../watchdog/schedule.ts'),
]);
try {
  // The admin panel's restart and exit: exit codes for the service manager (75: start again, see packaging/).
  terminal = await bootTerminal(config, {
    host: {
      kind: 'browser',
      restart: () => void stop(DAILY_RESTART_EXIT_CODE),
      exit: () => void stop(0),
      watchdog: () => watchdog?.status() ?? null,
    },
  });
} catch (e) {
  console.error(`The terminal could not start: ${(e as Error).message}`);
  await window?.stop();
  await host.close();
  process.exit(1);
}
log.attach(terminal.log.for('host.browser'));
const rpc = serveCore(terminal.core, terminal.log);
gate.open((t) => rpc.connect(t));
// Everything is loaded now: the compile cache is written for the next start, a few seconds on, so that
// writing it (about 0.2-0.3 s when it is new) does not hold the page's first requests. An exit before
// that writes it too.
setTimeout(() => flushCompileCache(), 5000).unref();

// One machine-readable line first: tests and scripts wait for it.
console.log(`HALL_TERMINAL_READY ${JSON.stringify({ url: host.url, devUrl: host.devUrl, platform: terminal.platformUrl })}`);
console.log(`Terminal:       ${host.url}`);
if (host.devUrl) console.log(`Developer page: ${host.devUrl}`);
if (opening === 'no-open') log.info('not opening a browser (--no-open)');
else if (opening === 'no-display') log.info('no display (DISPLAY / WAYLAND_DISPLAY unset): serving only; open the URLs above');
else if (opening === 'no-chromium') log.warn('no Chromium found (set CHROMIUM_PATH): serving only; open the URLs above');

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

const booted = terminal;
let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  watchdog.stop();
  await window?.stop();
  rpc.close();
  await host.close();
  await booted.shutdown();
  process.exit(code);
};
process.off('SIGINT', stopEarly);
process.off('SIGTERM', stopEarly);
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
