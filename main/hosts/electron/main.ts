// The Electron host: a thin shell. It boots the same core as the browser host, opens one kiosk
// window on our own scheme, and carries RPC frames over one IPC channel. Everything else lives in
// the core and the renderer, and is tested through the browser host.
import { app, BrowserWindow, ipcMain, Menu, protocol, type WebContents } from 'electron';
import { createReadStream, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { FrameTransport } from '../../contract/index.ts';
import { formatConfigProblems, loadConfigFile, resolveConfigSource } from '../../../config/load.ts';
import { applyLocalOverride } from '../../../config/local-override.ts';
import { bootTerminal } from '../boot.ts';
import { answerMedia, MEDIA_PREFIX } from '../media-files.ts';
import { serveCore } from '../serve-core.ts';
import { startWatchdog, type RunningWatchdog } from '../watchdog/run.ts';
import { DAILY_RESTART_EXIT_CODE } from '../watchdog/schedule.ts';
import { selfUpdatePossible, updatePlan } from '../update-policy.ts';
import { startUpdates, type RunningUpdates } from './update-service.ts';
import { installPaths, packagedConfigSource, placeInstalledData } from './install-paths.ts';
import { devToolsAllowed, resolveSchemeFile } from './lockdown-rules.ts';
import { APP_ORIGIN, APP_SCHEME, CSP, lockDownContents, lockDownSessions } from './security.ts';

const appRoot = app.getAppPath();
const rendererDir = join(appRoot, 'dist', 'renderer');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.wav': 'audio/wav' };

// stream: the attract loop's videos are read in ranges from the scheme.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, stream: true } }]);
if (!app.requestSingleInstanceLock()) app.quit();

function ipcTransport(contents: WebContents): FrameTransport {
  const frames = new Set<(f: string) => void>();
  const closes = new Set<() => void>();
  let closed = false;
  const onFrame = (e: Electron.IpcMainEvent, frame: unknown) => {
    if (e.sender === contents && typeof frame === 'string') for (const l of [...frames]) l(frame);
  };
  ipcMain.on('hall:frame', onFrame);
  const close = () => {
    if (closed) return;
    closed = true;
    ipcMain.off('hall:frame', onFrame);
    for (const l of [...closes]) l();
  };
  contents.once('destroyed', close);
  return {
    send: (f) => !closed && !contents.isDestroyed() && contents.send('hall:frame', f),
    onFrame: (l) => (frames.add(l), () => frames.delete(l)),
    onClose: (l) => (closes.add(l), () => closes.delete(l)),
    close,
  };
}

async function main() {
  // Installed, the config and the data live outside the app folder an update replaces (install-paths.ts).
  const profiles = join(appRoot, 'config', 'profiles');
  const paths = installPaths(process.platform, process.env);
  const loaded = loadConfigFile(app.isPackaged ? packagedConfigSource(process.argv, process.env, paths, profiles) : resolveConfigSource(process.argv, process.env, profiles));
  if (!loaded.ok) {
    console.error(formatConfigProblems(loaded));
    app.exit(2);
    return;
  }
  const placed = app.isPackaged ? placeInstalledData(loaded.config, paths, dirname(process.resourcesPath), process.platform) : ({ ok: true, config: loaded.config } as const);
  if (!placed.ok) {
    console.error(`The configuration in ${loaded.source} is not valid:\n  - ${placed.problem}`);
    app.exit(2);
    return;
  }
  // A profile or role switched from the admin panel (local-override.json beside the store, in the data folder once
  // placed) applies from this start.
  const config = applyLocalOverride(placed.config, (line) => console.error(line), profiles);
  await app.whenReady();
  lockDownSessions();

  // The core's catalogue apply worker is built next to this bundle by scripts/build.ts. The terminal
  // boots before the scheme is handled: the attract loop's files are known once the core has checked them.
  // Set once the watchdog runs (after the window): the status reads it from then on.
  // eslint-disable-next-line prefer-const -- read by the core's status before the watchdog exists
  let watchdogRef: RunningWatchdog | undefined;
  // Likewise the self-updater's state, once it runs (none: null in the status).
  let updatesRef: RunningUpdates | null = null;
  // The admin panel's restart (relaunch, then quit) and exit (quit), and the watchdog's count for the status.
  const terminal = await bootTerminal(config, {
    catalogueWorker: new URL('./catalogue-apply-worker.js', import.meta.url),
    profilesDir: profiles,
    host: {
      kind: 'electron',
      restart: () => {
        app.relaunch();
        app.quit();
      },
      exit: () => app.quit(),
      watchdog: () => watchdogRef?.status() ?? null,
      update: () => updatesRef?.status() ?? null,
    },
  });
  const log = terminal.log.for('host.electron');
  // Before the first window: every web contents is locked down as it is created.
  lockDownContents(config.environment, (what) => log.warn('blocked', { what }));
  // No application menu: its accelerators (reload, close, quit, devtools) would be ways out.
  Menu.setApplicationMenu(null);
  protocol.handle(APP_SCHEME, async (request) => {
    const { host, pathname } = new URL(request.url);
    if (host === 'renderer' && pathname.startsWith(MEDIA_PREFIX)) {
      const answer = answerMedia(terminal.core.mediaFiles, pathname, request.headers.get('range'));
      if (answer.status === 404) return new Response('not found', { status: 404 });
      if (answer.status === 416 || request.method === 'HEAD') return new Response(null, { status: answer.status, headers: answer.headers });
      const body = Readable.toWeb(createReadStream(answer.file.path, { start: answer.start, end: answer.end })) as ReadableStream<Uint8Array>;
      return new Response(body, { status: answer.status, headers: answer.headers });
    }
    if (host !== 'renderer') return new Response('not found', { status: 404 });
    // No `..` (raw or encoded), no absolute path, no symlink out of the renderer folder.
    const resolved = resolveSchemeFile(rendererDir, pathname, realpathSync);
    if (!resolved.ok) {
      if (resolved.error !== 'scheme.notFound') log.warn('refused a scheme request', { refusal: resolved.error });
      return new Response('not found', { status: 404 });
    }
    const file = resolved.value;
    if (basename(file) === 'dev.html' && !config.dev.page) return new Response('not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });

  const rpc = serveCore(terminal.core, terminal.log);
  const connections = new Map<WebContents, () => void>();
  ipcMain.on('hall:hello', (e) => {
    connections.get(e.sender)?.();
    connections.set(e.sender, rpc.connect(ipcTransport(e.sender)));
  });

  const open = (page: 'index.html' | 'dev.html', kiosk: boolean) => {
    const win = new BrowserWindow({
      kiosk,
      fullscreen: kiosk,
      autoHideMenuBar: true,
      backgroundColor: '#eef2f7',
      show: false,
      // Written out here, not built by a function: electronegativity (npm test) reads this literal.
      webPreferences: {
        preload: join(import.meta.dirname, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        // A middle click would otherwise open a link in a new window.
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        // The kiosk voice speaks when a ticket comes out, not only right after a touch.
        autoplayPolicy: 'no-user-gesture-required',
        // Only the developer profile has devtools; security.ts closes them anywhere else.
        devTools: devToolsAllowed(config.environment),
      },
    });
    win.once('ready-to-show', () => win.show());
    if (page === 'index.html') {
      // The kiosk window's renderer is watched: a crash or a hang goes to the watchdog, which reloads
      // it (or opens a new window if this one is gone), backing off when it keeps failing.
      win.webContents.on('render-process-gone', (_e, details) => {
        log.error('renderer gone', { reason: details.reason });
        watchdog?.failed('crashed');
      });
      win.on('unresponsive', () => {
        log.warn('renderer unresponsive');
        watchdog?.failed('unresponsive');
      });
    }
    void win.loadURL(`${APP_ORIGIN}/${page}`);
    return win;
  };
  let kioskWindow = open('index.html', true);
  let exitCode = 0;
  const watchdog: RunningWatchdog = startWatchdog({
    now: () => Date.now(),
    every: (fn, ms) => {
      const id = setInterval(fn, ms);
      return () => clearInterval(id);
    },
    options: {
      // No page heartbeat here: the preload exposes one port and nothing else, and Chromium's own
      // hang monitor (the unresponsive event) is this host's heartbeat.
      timeoutMs: Number.POSITIVE_INFINITY,
      backoffInitialMs: 0,
      backoffMaxMs: config.watchdog.backoffMaxSeconds * 1000,
      stableMs: 10 * 60_000,
    },
    restartRenderer: () => {
      if (kioskWindow.isDestroyed()) kioskWindow = open('index.html', true);
      else kioskWindow.webContents.reload();
    },
    log: terminal.log.for('host.watchdog'),
    ...(config.watchdog.dailyRestartAt !== undefined
      ? {
          daily: {
            at: config.watchdog.dailyRestartAt,
            timeZone: config.queue.timeZone,
            exit: () => {
              // A downloaded update is installed instead (that restarts the terminal too).
              if (updates?.installIfReady()) return;
              exitCode = DAILY_RESTART_EXIT_CODE;
              app.quit();
            },
          },
        }
      : {}),
  });
  watchdogRef = watchdog;
  // Updates from the hall's server (config update), installed at the quiet time with nobody at the kiosk.
  const plan = updatePlan(config);
  const possible = selfUpdatePossible(process.platform, process.env);
  if (plan && app.isPackaged && !possible.ok) log.warn('updates configured but not possible here', { why: possible.why });
  const updates: RunningUpdates | null =
    plan && app.isPackaged && possible.ok
      ? startUpdates(plan, () => terminal.core.identity.state().holder !== null || terminal.core.identity.state().cardLeft, terminal.log.for('host.update'), () => watchdog.stop())
      : null;
  updatesRef = updates;
  if (plan && !app.isPackaged) log.info('updates configured but not checked: this Electron app is not installed from a package');
  if (config.dev.page) {
    app.on('browser-window-created', (_e, w) => {
      w.webContents.on('before-input-event', (event, input) => {
        if (input.control && input.shift && input.key.toLowerCase() === 'd') {
          event.preventDefault();
          open('dev.html', false);
        }
      });
    });
  }
  log.info('Electron host ready', { kiosk: true, devPage: config.dev.page });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (e) => {
    e.preventDefault();
    watchdog.stop();
    updates?.stop();
    rpc.close();
    void terminal.shutdown().finally(() => app.exit(exitCode));
  });
}

void main().catch((e: unknown) => {
  console.error(e);
  app.exit(1);
});
