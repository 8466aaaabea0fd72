// When the Electron host looks for an update and when it installs one: the decisions, as pure
// functions of the clock and what the kiosk is doing, so tests drive them without Electron or a
// server (the wiring is main/hosts/electron/update-service.ts). An update is installed only at the
// hall's quiet time and only when nobody is at the kiosk: never mid-visit.
import type { Config } from '../../config/schema/index.ts';
import { clockMinutes, localTimeAt } from '../../domain/hall-time.ts';
import { RESTART_WINDOW_MINUTES } from './watchdog/schedule.ts';

export interface UpdatePlan {
  /** The folder on the hall's server (latest.yml ...). */
  readonly url: string;
  readonly channel: string;
  readonly checkEveryMs: number;
  /** The quiet time an update is installed at ("03:30", the hall's zone). */
  readonly installAt: string;
  readonly timeZone: string;
  /** Untouched this long (and no card on the reader): nobody is at the kiosk. */
  readonly idleAfterSeconds: number;
}

/**
 * The update plan a config asks for; null when updates are off (update.url null). The quiet time is
 * update.installAt, else the daily restart's (installing restarts the terminal anyway, so both are
 * "the quiet hour"); the schema refuses a URL with neither.
 */
export function updatePlan(config: Config): UpdatePlan | null {
  const { url, channel, checkEveryHours, installAt } = config.update;
  const at = installAt ?? config.watchdog.dailyRestartAt;
  if (url === null || at === undefined) return null;
  // The longest a visit may rest untouched: the idle timeout (the hall's, if it set one), or a help call's wait.
  const idle = Math.max(config.ui.idleTimeoutSeconds, config.hallSettings.idleTimeoutSeconds ?? 0, config.help.waitSeconds);
  return { url, channel, checkEveryMs: checkEveryHours * 3_600_000, installAt: at, timeZone: config.queue.timeZone, idleAfterSeconds: idle + 60 };
}

/** A check is due when none was made yet, or the last was `every` ago (a clock set back counts as due). */
export function checkDue(lastCheckAt: number | null, now: number, everyMs: number): boolean {
  return lastCheckAt === null || now - lastCheckAt >= everyMs || now < lastCheckAt;
}

/** Within the hour after the quiet time `at` (the hall's zone), as the daily restart's window. */
export function inQuietWindow(now: number, at: string, timeZone: string): boolean {
  const local = localTimeAt(now, timeZone);
  const since = (local.minutes - clockMinutes(at) + 24 * 60) % (24 * 60);
  return since < RESTART_WINDOW_MINUTES;
}

/** What the host sees of the kiosk: how long since the last touch or key (the system's input idle time), and the card reader. */
export interface KioskActivity {
  readonly untouchedSeconds: number;
  /** A card on the reader (a visit, or a card left behind that the screen is asking about). */
  readonly cardOnReader: boolean;
}

/** Nobody at the kiosk: untouched past any visit's longest rest, and no card on the reader. */
export function kioskIdle(activity: KioskActivity, plan: Pick<UpdatePlan, 'idleAfterSeconds'>): boolean {
  return !activity.cardOnReader && activity.untouchedSeconds >= plan.idleAfterSeconds;
}

/** The updater's state (followed by update-state.ts): ready is downloaded and waiting for the quiet hour. */
export type UpdateState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'checking' }
  | { readonly phase: 'available'; readonly version: string }
  | { readonly phase: 'downloading'; readonly version: string; readonly percent: number }
  | { readonly phase: 'ready'; readonly version: string }
  | { readonly phase: 'installing'; readonly version: string }
  | { readonly phase: 'error'; readonly message: string };

export type UpdateStep = 'check' | 'install' | 'wait';

/** The one step to take on a tick: install a ready update at the quiet time with nobody there, else check when due. */
export function nextUpdateStep(
  state: UpdateState,
  plan: UpdatePlan,
  now: number,
  lastCheckAt: number | null,
  activity: KioskActivity,
): UpdateStep {
  switch (state.phase) {
    case 'ready':
      return inQuietWindow(now, plan.installAt, plan.timeZone) && kioskIdle(activity, plan) ? 'install' : 'wait';
    case 'idle':
    case 'error':
      // A failed check or download is tried again at the next check.
      return checkDue(lastCheckAt, now, plan.checkEveryMs) ? 'check' : 'wait';
    case 'checking':
    case 'available':
    case 'downloading':
    case 'installing':
      return 'wait';
  }
}

/**
 * Whether this installation can update itself unattended: Windows (NSIS, installed per user) and a
 * Linux AppImage (the kiosk user replaces its own file) can; a deb cannot, since dpkg needs root and
 * electron-updater would ask for a password through pkexec that nobody at a kiosk can give. A deb
 * terminal is updated by the hall's IT staff (the offline bundle, or their own apt repository).
 */
export function selfUpdatePossible(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): { ok: true } | { ok: false; why: string } {
  if (platform === 'win32') return { ok: true };
  if (platform === 'linux' && env['APPIMAGE']) return { ok: true };
  if (platform === 'linux') return { ok: false, why: 'a deb installation is updated by the hall IT staff (dpkg needs root): update.url is not used' };
  return { ok: false, why: `no unattended updates on ${platform}` };
}
