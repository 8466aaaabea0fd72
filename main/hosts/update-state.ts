// The self-updater's state as its events come: what the Electron host's electron-updater says (checking,
// available, download progress, downloaded, not available, error), kept for the status snapshot's host
// part, the admin panel and the heartbeat (domain/health.ts updateStatusSchema), and for the policy's
// next step (update-policy.ts). Pure: the updater is anything with electron-updater's `on` for these
// events and the clock is injected, so tests drive it with a fake updater (main/hosts/electron/
// update-service.ts is the Electron wiring). Every change is logged.
import type { Clock } from '../../domain/clock.ts';
import type { UpdateStatus } from '../../domain/health.ts';
import { redactText } from '../../domain/log-redaction.ts';
import type { Logger } from '../core/system/event-log.ts';
import type { UpdateState } from './update-policy.ts';

/** The events of electron-updater's autoUpdater this follows (its AppUpdaterEvents, as far as used). */
export interface UpdaterEvents {
  on(event: 'checking-for-update', listener: () => void): unknown;
  on(event: 'update-not-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'download-progress', listener: (info: { percent: number }) => void): unknown;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-cancelled', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdateTrackerOptions {
  readonly clock: Pick<Clock, 'now'>;
  /** The version running now. */
  readonly currentVersion: string;
  /** The quiet time a downloaded update waits for (update-policy.ts UpdatePlan.installAt). */
  readonly installAt: string;
  readonly log: Logger;
}

/** The updater's words, short and without anything personal (a URL's query, a long number). */
const words = (e: unknown) => redactText(e instanceof Error ? e.message : String(e)).slice(0, 200);

export class UpdateTracker {
  readonly #o: UpdateTrackerOptions;
  #state: UpdateState = { phase: 'idle' };
  #lastCheckAt: number | null = null;
  #error: string | null = null;
  /** The whole percent last logged, so a download logs once per 10 %. */
  #loggedPercent = -1;

  constructor(options: UpdateTrackerOptions) {
    this.#o = options;
  }

  /** Follows the updater's events from now on. */
  follow(updater: UpdaterEvents): this {
    updater.on('checking-for-update', () => this.checking());
    updater.on('update-not-available', () => this.#set({ phase: 'idle' }));
    updater.on('update-cancelled', () => this.#set({ phase: 'idle' }));
    updater.on('update-available', (info) => this.#set({ phase: 'available', version: info.version }));
    updater.on('download-progress', (p) => this.#progress(p.percent));
    updater.on('update-downloaded', (info) => this.#set({ phase: 'ready', version: info.version }));
    updater.on('error', (e) => this.failed(e));
    return this;
  }

  /** A check starts (asked by the host, or announced by the updater): counted as the last check. */
  checking(): void {
    this.#lastCheckAt = this.#o.clock.now();
    if (this.#state.phase !== 'checking') this.#set({ phase: 'checking' });
  }

  /** A check or a download failed. A downloaded update stays ready (it is installed at the quiet hour anyway); anything else is an error until the next check. */
  failed(e: unknown): void {
    this.#error = words(e);
    this.#o.log.warn('update failed', { reason: this.#error });
    if (this.#state.phase !== 'ready' && this.#state.phase !== 'installing') this.#set({ phase: 'error', message: this.#error });
  }

  /** Installing now (the host quits into the installer). */
  installing(): boolean {
    if (this.#state.phase !== 'ready') return false;
    this.#set({ phase: 'installing', version: this.#state.version });
    return true;
  }

  state(): UpdateState {
    return this.#state;
  }

  lastCheckAt(): number | null {
    return this.#lastCheckAt;
  }

  /** For the status snapshot and the heartbeat. */
  status(): UpdateStatus {
    const s = this.#state;
    const base = {
      currentVersion: this.#o.currentVersion,
      installAt: this.#o.installAt,
      lastCheckAt: this.#lastCheckAt === null ? null : new Date(this.#lastCheckAt).toISOString(),
    };
    switch (s.phase) {
      case 'idle':
      case 'checking':
        return { ...base, state: s.phase, offeredVersion: null, percent: null, error: null };
      case 'available':
        return { ...base, state: 'available', offeredVersion: s.version, percent: null, error: null };
      case 'downloading':
        return { ...base, state: 'downloading', offeredVersion: s.version, percent: s.percent, error: null };
      case 'ready':
        // A check that failed while it waits is said beside it: the download is fine.
        return { ...base, state: 'downloaded', offeredVersion: s.version, percent: 100, error: this.#error };
      case 'installing':
        return { ...base, state: 'installing', offeredVersion: s.version, percent: 100, error: null };
      case 'error':
        return { ...base, state: 'error', offeredVersion: null, percent: null, error: s.message };
      default:
        return s satisfies never;
    }
  }

  #progress(percent: number): void {
    const s = this.#state;
    if (s.phase !== 'available' && s.phase !== 'downloading') return;
    const p = Math.min(100, Math.max(0, Math.floor(percent)));
    this.#state = { phase: 'downloading', version: s.version, percent: p };
    if (Math.floor(p / 10) !== Math.floor(this.#loggedPercent / 10)) {
      this.#loggedPercent = p;
      this.#o.log.info('update state', { phase: 'downloading', version: s.version, percent: p });
    }
  }

  #set(next: UpdateState): void {
    if (next.phase === 'checking' || next.phase === 'available') this.#loggedPercent = -1;
    if (next.phase !== 'error' && next.phase !== 'ready') this.#error = null;
    if (next.phase === 'ready' && this.#state.phase !== 'ready') this.#error = null;
    this.#state = next;
    this.#o.log.info('update state', { ...next });
  }
}
