// Finds and runs the system Chromium as the kiosk's window: --app (a plain window) or --kiosk
// (fullscreen, no way out). Each launch gets a fresh, empty profile in a temp folder, removed when
// that browser exits: nothing a visitor typed or a page stored outlives it. A crashed or closed
// browser is started again, with backoff. A host killed outright never removes its profile: the
// next host sweeps those whose owners are dead (sweepStaleProfiles) before it launches its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
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

// Features that would put Chromium's own UI or gestures over the page, or talk to Google.
const DISABLED_FEATURES = [
  'Translate',
  'TranslateUI',
  'MediaRouter',
  'GlobalMediaControls',
  'OverscrollHistoryNavigation',
  'TouchpadOverscrollHistoryNavigation',
  'AutofillServerCommunication',
  'PrivacySandboxSettings4',
];

export function chromiumArgs(url: string, opts: { kiosk: boolean; profileDir: string; asRoot: boolean }): string[] {
  return [
    opts.kiosk ? '--kiosk' : '--start-maximized',
    `--user-data-dir=${opts.profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    // No dialog or bubble a visitor could not dismiss: crash reports, "restore pages?", infobars.
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    // No keyring unlock prompt on a Linux desktop session.
    '--password-store=basic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-quic',
    '--no-pings',
    '--disable-translate',
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
    // Permission prompts and notifications are refused, not asked; a page cannot open new windows.
    '--deny-permission-prompts',
    '--disable-notifications',
    '--block-new-web-contents',
    '--lang=zh-CN',
    // Touch: no zoom by pinch, no back/forward by swiping off the edge.
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--autoplay-policy=no-user-gesture-required',
    ...(opts.asRoot ? ['--no-sandbox'] : []),
    `--app=${url}`,
  ];
}

export interface Profile {
  readonly dir: string;
  remove(): void;
}

/** The name every profile folder of ours starts with: the sweep touches nothing else. */
export const PROFILE_PREFIX = 'hall-chromium-';
/** Inside a profile: the pid of the host that made it (a sweep keeps it while that host lives). */
export const OWNER_FILE = 'hall-host.pid';

/** A new profile folder under `tmpRoot` (os.tmpdir() in the host), empty but for the owner's pid;
 *  remove() deletes it. */
export function freshProfile(tmpRoot: string, ownerPid = process.pid): Profile {
  const dir = mkdtempSync(join(tmpRoot, PROFILE_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), `${ownerPid}\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

/** True when a process with this pid exists (EPERM: it exists, owned by another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the profiles left by hosts that were killed (SIGKILL, power cut) before they could remove
 * their own: only folders named PROFILE_PREFIX* directly under `tmpRoot`, and only when every pid that
 * names a user of it is dead: the owner host's (OWNER_FILE) and the Chromium's (its SingletonLock
 * symlink, "hostname-pid"). A folder with no pid to judge by, or a lock from another machine, is
 * left alone. Returns the folders removed.
 */
export function sweepStaleProfiles(tmpRoot: string, opts: { alive?: (pid: number) => boolean; log?: Logger } = {}): string[] {
  const alive = opts.alive ?? pidAlive;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(tmpRoot);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(PROFILE_PREFIX)) continue;
    const dir = join(tmpRoot, name);
    try {
      // A symlink named like ours is not ours: never followed, never removed.
      if (!lstatSync(dir).isDirectory()) continue;
      const pids = profileUsers(dir);
      if (pids === null || pids.length === 0 || pids.some(alive)) continue;
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      removed.push(dir);
    } catch (e) {
      opts.log?.warn('could not sweep a stale Chromium profile', { profile: dir, error: (e as Error).message });
    }
  }
  if (removed.length) opts.log?.info('removed stale Chromium profiles of hosts no longer running', { count: removed.length });
  return removed;
}

/** The pids that name a user of the profile; null when one cannot be judged (a lock of another machine). */
function profileUsers(dir: string): number[] | null {
  const pids: number[] = [];
  const owner = join(dir, OWNER_FILE);
  if (existsSync(owner)) {
    const pid = Number(readFileSync(owner, 'utf8').trim());
    if (!Number.isSafeInteger(pid) || pid <= 0) return null;
    pids.push(pid);
  }
  let lock: string | null;
  try {
    lock = readlinkSync(join(dir, 'SingletonLock'));
  } catch {
    lock = null; // no browser ever locked it (or it unlocked on a clean exit)
  }
  if (lock !== null) {
    const m = /^(.*)-(\d+)$/.exec(lock);
    if (!m || m[1] !== hostname()) return null;
    pids.push(Number(m[2]));
  }
  return pids;
}

export interface BrowserWindowProcess {
  /** Stops the browser (and does not start it again); resolves once it exited and its profile is gone. */
  stop(): Promise<void>;
  /** Kills a hung browser; the exit starts a fresh one (with a fresh profile), as after a crash. */
  restart(): void;
}

export function runChromium(binary: string, url: string, opts: { kiosk: boolean; tmpRoot: string; log: Logger }): BrowserWindowProcess {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) opts.log.warn('running as root: Chromium is started with --no-sandbox');
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let stopped = false;
  let restarts = 0;
  const launch = () => {
    const started = Date.now();
    const profile = freshProfile(opts.tmpRoot);
    const proc = spawn(binary, chromiumArgs(url, { kiosk: opts.kiosk, profileDir: profile.dir, asRoot }), { stdio: 'ignore' });
    child = proc;
    opts.log.info('Chromium started', { kiosk: opts.kiosk, pid: proc.pid, profile: profile.dir });
    exited = new Promise((resolve) => {
      proc.once('exit', (code, signal) => {
        child = null;
        try {
          profile.remove();
        } catch (e) {
          opts.log.warn('could not remove the Chromium profile', { profile: profile.dir, error: (e as Error).message });
        }
        resolve();
        if (stopped) return;
        // A browser that ran a while restarts at once; one that keeps dying backs off up to a minute.
        restarts = Date.now() - started > 60_000 ? 0 : restarts + 1;
        const delay = Math.min(60_000, 1000 * 2 ** Math.min(restarts, 6));
        opts.log.warn('Chromium exited; starting it again', { code, signal, inMs: delay });
        setTimeout(() => !stopped && launch(), delay).unref();
      });
    });
  };
  launch();
  return {
    restart() {
      // SIGKILL: a hung renderer may not act on SIGTERM, and the profile is thrown away anyway.
      child?.kill('SIGKILL');
    },
    async stop() {
      stopped = true;
      const running = child;
      if (running) {
        running.kill('SIGTERM');
        // A browser that ignores SIGTERM is killed, so that its profile can go.
        const kill = setTimeout(() => running.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(kill);
      }
    },
  };
}
