// `npm start`: builds what is stale and runs the terminal on the best host this machine has.
// Electron when its binary is installed (fetched here on first start where the network allows),
// otherwise the browser host with the system Chromium in app or kiosk mode.
//   npm start -- [--browser | --electron] [--kiosk | --windowed] [--config FILE | --profile NAME] [--no-open] [--port N]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostLine } from './host-choice.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forced = args.includes('--browser') ? 'browser' : args.includes('--electron') ? 'electron' : null;
const passthrough = args.filter((a) => a !== '--browser' && a !== '--electron');
const unavailableMarker = join(root, 'node_modules', '.hall-electron-unavailable');
const RETRY_DOWNLOAD_MS = 24 * 3600 * 1000;

/** The Electron binary's path, or null when the package or its binary is missing. */
function electronBinary(): string | null {
  // Electron's index.js tries a download itself when the binary is missing: ask only once it is there.
  if (!existsSync(join(root, 'node_modules', 'electron', 'path.txt'))) return null;
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function tryDownloadElectron(): string | null {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return null;
  if (existsSync(unavailableMarker) && Date.now() - Number(readFileSync(unavailableMarker, 'utf8').split('\n')[0]) < RETRY_DOWNLOAD_MS) return null;
  console.log('[start] fetching the Electron binary (tried once a day)…');
  const env = { ...process.env };
  delete env['ELECTRON_SKIP_BINARY_DOWNLOAD'];
  const r = spawnSync(process.execPath, [installer], { cwd: join(root, 'node_modules', 'electron'), env, stdio: 'pipe', timeout: 300_000 });
  const binary = electronBinary();
  // Why it failed (often only "fetch failed": no network) goes to a file for whoever wants it, not to the screen.
  if (!binary) writeFileSync(unavailableMarker, String(Date.now()) + '\n' + (r.stderr?.toString() || r.error?.message || '').trim());
  return binary;
}

function run(command: string, argv: string[]): never | void {
  const child = spawn(command, argv, { cwd: root, stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function build(parts: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), ...parts], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const electron = forced === 'browser' ? null : (electronBinary() ?? tryDownloadElectron());
if (forced === 'electron' && !electron) {
  console.error('[start] --electron was asked for, but the Electron binary is not installed and could not be fetched.');
  process.exit(1);
}
if (electron) {
  build(['renderer', 'electron']);
  console.log(hostLine({ host: 'electron' }));
  run(electron, [join(root, 'dist/electron/main.js'), ...passthrough]);
} else {
  build(['renderer']);
  console.log(hostLine({ host: 'browser', why: forced === 'browser' ? 'asked' : 'noElectron' }));
  run(process.execPath, [join(root, 'main/hosts/browser/cli.ts'), ...passthrough]);
}
