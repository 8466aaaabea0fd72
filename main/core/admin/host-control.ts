// What the host gives the core so the admin panel can restart or quit the terminal and show the
// watchdog's count. Browser host (main/hosts/browser/cli.ts): restart = exit with 75, which the service
// manager (packaging/) starts again, exit = 0; Electron: app.relaunch + app.exit.
export interface HostControl {
  readonly kind: 'browser' | 'electron';
  restart(reason: string): void;
  exit(reason: string): void;
  /** The renderer watchdog's restarts and last reason; null: the host runs none. */
  watchdog(): { readonly restarts: number; readonly lastFailure: string | null } | null;
}

