// The renderer watchdog's decisions, kept pure: the host feeds it heartbeats from the page, crash
// and hang events from the shell, and ticks of an injected clock; it answers whether to restart
// the renderer now. Restarts back off (a page that dies at once would otherwise be relaunched in a
// tight loop, burning the CPU the rest of the kiosk needs), and the count is kept for the status.

export interface WatchdogOptions {
  /** No heartbeat for this long (ms) after the last one: the page is taken as hung. */
  readonly timeoutMs: number;
  /** The first restart waits this long after the failure is seen (ms); 0 restarts at once. */
  readonly backoffInitialMs: number;
  /** Each restart that fails again before `stableMs` doubles the wait, up to this (ms). */
  readonly backoffMaxMs: number;
  /** A page that has sent heartbeats this long after a restart counts as healthy again: the back-off resets. */
  readonly stableMs: number;
}

export type WatchdogPhase =
  /** Started or restarted, no heartbeat yet: the page gets `timeoutMs` to load and send its first. */
  | 'starting'
  | 'alive'
  /** Failed; a restart is due at `restartAt`. */
  | 'waiting';

export type FailureReason = 'no-heartbeat' | 'crashed' | 'unresponsive';

export interface WatchdogState {
  readonly phase: WatchdogPhase;
  /** The time of the last heartbeat, or of the (re)start while none came since. */
  readonly lastSeenAt: number;
  /** When the renderer was last (re)started. */
  readonly startedAt: number;
  /** The wait before the next restart (ms), grown by each quick failure. */
  readonly backoffMs: number;
  /** Set in 'waiting'. */
  readonly restartAt: number | null;
  readonly lastFailure: FailureReason | null;
  /** Restarts done since the host started: shown in the status. */
  readonly restarts: number;
}

export type WatchdogEvent =
  | { readonly type: 'heartbeat'; readonly at: number }
  /** The shell saw the renderer die (Electron render-process-gone, Chromium exited) or hang (Electron unresponsive). */
  | { readonly type: 'failed'; readonly at: number; readonly reason: 'crashed' | 'unresponsive' }
  | { readonly type: 'tick'; readonly at: number }
  /** The host has restarted the renderer (after a 'restart' action). */
  | { readonly type: 'restarted'; readonly at: number };

export type WatchdogAction = { readonly type: 'none' } | { readonly type: 'restart'; readonly reason: FailureReason };

export function initialWatchdog(now: number, options: WatchdogOptions): WatchdogState {
  return { phase: 'starting', lastSeenAt: now, startedAt: now, backoffMs: options.backoffInitialMs, restartAt: null, lastFailure: null, restarts: 0 };
}

/** Checks options once at start so a bad config fails with what was wrong, not with a restart loop. */
export function watchdogOptionsProblem(o: WatchdogOptions): string | null {
  if (!(o.timeoutMs > 0)) return `timeoutMs must be positive (got ${o.timeoutMs})`;
  if (!(o.backoffInitialMs >= 0)) return `backoffInitialMs must be 0 or more (got ${o.backoffInitialMs})`;
  if (!(o.backoffMaxMs >= o.backoffInitialMs)) return `backoffMaxMs (${o.backoffMaxMs}) must be at least backoffInitialMs (${o.backoffInitialMs})`;
  if (!(o.stableMs > 0)) return `stableMs must be positive (got ${o.stableMs})`;
  return null;
}

const NONE: WatchdogAction = { type: 'none' };

function fail(state: WatchdogState, at: number, reason: FailureReason): WatchdogState {
  return { ...state, phase: 'waiting', restartAt: at + state.backoffMs, lastFailure: reason };
}

export function stepWatchdog(state: WatchdogState, event: WatchdogEvent, options: WatchdogOptions): { state: WatchdogState; action: WatchdogAction } {
  switch (event.type) {
    case 'heartbeat': {
      // A late heartbeat from the page being replaced changes nothing: the restart goes ahead.
      if (state.phase === 'waiting') return { state, action: NONE };
      // Healthy for long enough since the last restart: the next failure starts the back-off afresh.
      const stable = event.at - state.startedAt >= options.stableMs;
      return { state: { ...state, phase: 'alive', lastSeenAt: event.at, backoffMs: stable ? options.backoffInitialMs : state.backoffMs }, action: NONE };
    }
    case 'failed': {
      if (state.phase === 'waiting') return { state, action: NONE };
      return settle(fail(state, event.at, event.reason), event.at);
    }
    case 'tick': {
      if (state.phase !== 'waiting' && event.at - state.lastSeenAt >= options.timeoutMs) {
        return settle(fail(state, event.at, 'no-heartbeat'), event.at);
      }
      return settle(state, event.at);
    }
    case 'restarted': {
      const grown = state.backoffMs === 0 ? Math.min(1000, options.backoffMaxMs) : state.backoffMs * 2;
      return {
        state: {
          ...state,
          phase: 'starting',
          lastSeenAt: event.at,
          startedAt: event.at,
          restartAt: null,
          restarts: state.restarts + 1,
          backoffMs: Math.min(grown, options.backoffMaxMs),
        },
        action: NONE,
      };
    }
  }
}

/** In 'waiting', the restart is due once the clock reaches restartAt. */
function settle(state: WatchdogState, at: number): { state: WatchdogState; action: WatchdogAction } {
  if (state.phase === 'waiting' && state.restartAt !== null && at >= state.restartAt) {
    return { state, action: { type: 'restart', reason: state.lastFailure ?? 'no-heartbeat' } };
  }
  return { state, action: NONE };
}
