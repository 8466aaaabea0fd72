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
import { findChromium, hasDisplay, runChromium, type BrowserWindowProcess } from './chromium.ts';
import { portFromArgs } from './port-flag.ts';
import { startBrowserHost } from './server.ts';

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
try {
  host = await startBrowserHost({
    rendererDir: join(root, 'dist', 'renderer'),
    port,
    devPage: config.dev.page,
    connect: (t) => rpc.connect(t),
    log,
    media: terminal.core.mediaFiles,
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
  // A fresh profile per launch in the temp folder, removed when that browser exits.
  window = runChromium(chromium, host.url, { kiosk, tmpRoot: tmpdir(), log });
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await window?.stop();
  rpc.close();
  await host.close();
  await terminal.shutdown();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
