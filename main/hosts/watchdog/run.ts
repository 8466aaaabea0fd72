// The watchdog at work in a host: ticks once a second on an injected clock, feeds the renderer
// state machine, restarts the renderer when it says so, and asks for the daily restart at the quiet
// hour. Hosts give it how to restart (browser host: kill Chromium, which its runner relaunches;
// Electron: reload or recreate the window) and how to exit.
import type { Logger } from '../../core/system/event-log.ts';
import { initialWatchdog, stepWatchdog, type WatchdogEvent, type WatchdogOptions, type WatchdogState } from './renderer-watchdog.ts';
import { dailyRestartDue } from './schedule.ts';

export interface WatchdogDeps {
  readonly now: () => number;
  /** Calls fn every ms; returns a stop function (setInterval in hosts, by hand in tests). */
  readonly every: (fn: () => void, ms: number) => () => void;
  readonly options: WatchdogOptions;
  /** null: no renderer of the host's own to watch (serving only); just the daily restart. */
  readonly restartRenderer: ((reason: string) => void) | null;
  readonly log: Logger;
  /** The daily restart: the quiet time and the hall's zone, and what to do then (exit for the service manager). */
  readonly daily?: { readonly at: string; readonly timeZone: string; readonly exit: () => void };
}

export interface RunningWatchdog {
  heartbeat(): void;
  /** The shell saw the renderer crash or hang. */
  failed(reason: 'crashed' | 'unresponsive'): void;
  /** Renderer restarts so far, and the last reason: for the status. */
  status(): { readonly restarts: number; readonly lastFailure: string | null };
  stop(): void;
}

export const TICK_MS = 1000;

export function startWatchdog(deps: WatchdogDeps): RunningWatchdog {
  const bootedAt = deps.now();
  let state: WatchdogState = initialWatchdog(bootedAt, deps.options);
  let exiting = false;

  const feed = (event: WatchdogEvent) => {
    const restart = deps.restartRenderer;
    if (!restart) return;
    const r = stepWatchdog(state, event, deps.options);
    state = r.state;
    if (r.action.type !== 'restart') return;
    deps.log.warn('restarting the renderer', { reason: r.action.reason, restarts: state.restarts + 1 });
    try {
      restart(r.action.reason);
    } catch (e) {
      deps.log.error('could not restart the renderer', { error: (e as Error).message });
    }
    state = stepWatchdog(state, { type: 'restarted', at: deps.now() }, deps.options).state;
  };

  const stopTicking = deps.every(() => {
    const now = deps.now();
    if (deps.daily && !exiting && dailyRestartDue(bootedAt, now, deps.daily.at, deps.daily.timeZone)) {
      exiting = true;
      deps.log.info('daily restart at the quiet hour', { at: deps.daily.at });
      deps.daily.exit();
      return;
    }
    if (deps.restartRenderer) feed({ type: 'tick', at: now });
  }, TICK_MS);

  return {
    heartbeat: () => feed({ type: 'heartbeat', at: deps.now() }),
    failed: (reason) => feed({ type: 'failed', at: deps.now(), reason }),
    status: () => ({ restarts: state.restarts, lastFailure: state.lastFailure }),
    stop: stopTicking,
  };
}
