// Updates from the hall's own server with electron-updater's generic provider: checked every
// update.checkEveryHours, downloaded in the background (verified against latest.yml's sha512), and
// installed only at the quiet time with nobody at the kiosk (update-policy.ts decides; this file is
// the Electron wiring, type-checked only). Every step is logged. Off when update.url is null, and in
// an unpackaged run (there is no installed app to replace).
import { app, powerMonitor } from 'electron';
import electronUpdater from 'electron-updater';
import type { Logger } from '../../core/system/event-log.ts';
import { kioskIdle, nextUpdateStep, type KioskActivity, type UpdatePlan, type UpdateState } from '../update-policy.ts';

export interface RunningUpdates {
  /** The state now (for the log and the developer page). */
  state(): UpdateState;
  /** Installs a downloaded update now, if one is ready and nobody is at the kiosk; false otherwise (the caller goes on as it would). */
  installIfReady(): boolean;
  stop(): void;
}

/** How often the host looks at the plan: the quiet hour is an hour long, a tick a minute is plenty. */
const TICK_MS = 60_000;

export function startUpdates(plan: UpdatePlan, cardOnReader: () => boolean, log: Logger, beforeInstall: () => void): RunningUpdates {
  const { autoUpdater } = electronUpdater;
  let state: UpdateState = { phase: 'idle' };
  let lastCheckAt: number | null = null;
  const set = (next: UpdateState) => {
    state = next;
    log.info('update state', { ...next });
  };
  autoUpdater.logger = { info: (m: unknown) => log.debug(String(m)), warn: (m: unknown) => log.warn(String(m)), error: (m: unknown) => log.error(String(m)) };
  autoUpdater.setFeedURL({ provider: 'generic', url: plan.url, channel: plan.channel });
  autoUpdater.channel = plan.channel;
  // Never an older version, never installed by a quit we did not choose (a crash restart, staff exit).
  autoUpdater.allowDowngrade = false;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.on('update-available', (info: { version: string }) => set({ phase: 'downloading', version: info.version }));
  autoUpdater.on('update-not-available', () => set({ phase: 'idle' }));
  autoUpdater.on('update-downloaded', (info: { version: string }) => set({ phase: 'ready', version: info.version }));
  autoUpdater.on('error', (e: Error) => {
    log.warn('update failed', { reason: e.message });
    // A download cut short starts again at the next check; a ready one stays ready.
    if (state.phase !== 'ready') set({ phase: 'idle' });
  });

  const install = () => {
    if (state.phase !== 'ready') return false;
    set({ phase: 'installing', version: state.version });
    beforeInstall();
    // Silent (no installer window on the kiosk) and run again after.
    autoUpdater.quitAndInstall(true, true);
    return true;
  };
  const activity = (): KioskActivity => ({ untouchedSeconds: powerMonitor.getSystemIdleTime(), cardOnReader: cardOnReader() });
  const tick = () => {
    const step = nextUpdateStep(state, plan, Date.now(), lastCheckAt, activity());
    if (step === 'check') {
      lastCheckAt = Date.now();
      set({ phase: 'checking' });
      autoUpdater.checkForUpdates().catch((e: unknown) => {
        log.warn('update check failed', { reason: e instanceof Error ? e.message : String(e) });
        set({ phase: 'idle' });
      });
    } else if (step === 'install') install();
  };
  log.info('updates on', { url: plan.url, channel: plan.channel, installAt: plan.installAt, version: app.getVersion() });
  const timer = setInterval(tick, TICK_MS);
  tick();
  // Asked by the daily restart: never mid-visit either.
  return { state: () => state, installIfReady: () => kioskIdle(activity(), plan) && install(), stop: () => clearInterval(timer) };
}
