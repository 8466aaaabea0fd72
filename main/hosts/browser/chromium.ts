// Finds and runs the system Chromium as the kiosk's window: --app (a plain window) or --kiosk
// (fullscreen, no way out). A crashed or closed browser is started again, with backoff.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { Logger } from '../../core/system/event-log.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export function findChromium(env: NodeJS.ProcessEnv): string | null {
  const configured = env['CHROMIUM_PATH'];
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function hasDisplay(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

export function chromiumArgs(url: string, opts: { kiosk: boolean; profileDir: string; asRoot: boolean }): string[] {
  return [
    opts.kiosk ? '--kiosk' : '--start-maximized',
    `--user-data-dir=${opts.profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--noerrdialogs',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-translate',
    '--disable-features=Translate,TranslateUI,MediaRouter',
    '--lang=zh-CN',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--autoplay-policy=no-user-gesture-required',
    ...(opts.asRoot ? ['--no-sandbox'] : []),
    `--app=${url}`,
  ];
}

export interface BrowserWindowProcess {
  stop(): void;
}

export function runChromium(binary: string, url: string, opts: { kiosk: boolean; profileDir: string; log: Logger }): BrowserWindowProcess {
  mkdirSync(opts.profileDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) opts.log.warn('running as root: Chromium is started with --no-sandbox');
  let child: ChildProcess | null = null;
  let stopped = false;
  let restarts = 0;
  const launch = () => {
    const started = Date.now();
    child = spawn(binary, chromiumArgs(url, { ...opts, asRoot }), { stdio: 'ignore' });
    opts.log.info('Chromium started', { kiosk: opts.kiosk, pid: child.pid });
    child.once('exit', (code, signal) => {
      child = null;
      if (stopped) return;
      // A browser that ran a while restarts at once; one that keeps dying backs off up to a minute.
      restarts = Date.now() - started > 60_000 ? 0 : restarts + 1;
      const delay = Math.min(60_000, 1000 * 2 ** Math.min(restarts, 6));
      opts.log.warn('Chromium exited; starting it again', { code, signal, inMs: delay });
      setTimeout(() => !stopped && launch(), delay).unref();
    });
  };
  launch();
  return {
    stop() {
      stopped = true;
      child?.kill('SIGTERM');
    },
  };
}
