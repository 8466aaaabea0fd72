// The page's heartbeat to the browser host: every few seconds while the page's main thread runs, a
// tiny POST to /heartbeat with this boot's token. When it stops (the page hung, crashed or was
// navigated away) the host's watchdog restarts Chromium. Under Electron there is no such endpoint:
// the shell watches the renderer itself (render-process-gone, unresponsive).

export const HEARTBEAT_INTERVAL_MS = 5000;

export interface HeartbeatDeps {
  /** Sends one beat; a failure is ignored (the host is restarting, or the next beat gets through). */
  readonly beat: () => Promise<unknown>;
  readonly every: (fn: () => void, ms: number) => () => void;
}

/** Beats now and every interval; returns the stop function. */
export function startHeartbeat(deps: HeartbeatDeps, intervalMs = HEARTBEAT_INTERVAL_MS): () => void {
  const once = () => void deps.beat().catch(() => {});
  once();
  return deps.every(once, intervalMs);
}

/** The browser host's beat: POST /heartbeat with the token; null under Electron or with no token. */
export function browserHostBeat(token: string | null): (() => Promise<unknown>) | null {
  if (token === null || 'hallPort' in window) return null;
  return () => fetch('/heartbeat', { method: 'POST', headers: { 'x-hall-token': token }, cache: 'no-store' });
}
