// What the host gives the core so the admin panel can restart or quit the terminal and show the
// watchdog's count and the self-updater's state. Browser host (main/hosts/browser/cli.ts): restart = exit with 75, which the service
// manager (packaging/) starts again, exit = 0; Electron: app.relaunch + app.exit.
import type { UpdateStatus } from '../../../domain/health.ts';

export interface HostControl {
  readonly kind: 'browser' | 'electron';
  restart(reason: string): void;
  exit(reason: string): void;
  /** The renderer watchdog's restarts and last reason; null: the host runs none. */
  watchdog(): { readonly restarts: number; readonly lastFailure: string | null } | null;
  /** The self-updater's state (main/hosts/update-state.ts); absent or null: this host does not update itself. */
  update?(): UpdateStatus | null;
}

