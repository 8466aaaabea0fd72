// Updates from the hall's own server with electron-updater's generic provider: checked every
// update.checkEveryHours, downloaded in the background (verified against latest.yml's sha512), and
// installed only at the quiet time with nobody at the kiosk (update-policy.ts decides; update-state.ts
// follows the updater's events into the state the status snapshot, the admin panel and the heartbeat
// show; this file is the Electron wiring, type-checked only). Every step is logged. Off when update.url is null, and in
// an unpackaged run (there is no installed app to replace).
import { app, powerMonitor } from 'electron';
import electronUpdater from 'electron-updater';
import { systemClock } from '../../../domain/clock.ts';
import type { UpdateStatus } from '../../../domain/health.ts';
import type { Logger } from '../../core/system/event-log.ts';
import { kioskIdle, nextUpdateStep, type KioskActivity, type UpdatePlan } from '../update-policy.ts';
import { UpdateTracker } from '../update-state.ts';

export interface RunningUpdates {
  /** The state now, for the status snapshot's host part (HostControl.update). */
  status(): UpdateStatus;
  /** Installs a downloaded update now, if one is ready and nobody is at the kiosk; false otherwise (the caller goes on as it would). */
  installIfReady(): boolean;
  stop(): void;
}

/** How often the host looks at the plan: the quiet hour is an hour long, a tick a minute is plenty. */
const TICK_MS = 60_000;

export function startUpdates(plan: UpdatePlan, cardOnReader: () => boolean, log: Logger, beforeInstall: () => void): RunningUpdates {
  const { autoUpdater } = electronUpdater;
  autoUpdater.logger = { info: (m: unknown) => log.debug(String(m)), warn: (m: unknown) => log.warn(String(m)), error: (m: unknown) => log.error(String(m)) };
  autoUpdater.setFeedURL({ provider: 'generic', url: plan.url, channel: plan.channel });
  autoUpdater.channel = plan.channel;
  // Never an older version, never installed by a quit we did not choose (a crash restart, staff exit).
  autoUpdater.allowDowngrade = false;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  const tracker = new UpdateTracker({ clock: systemClock, currentVersion: app.getVersion(), installAt: plan.installAt, log }).follow(autoUpdater);

  const install = () => {
    if (!tracker.installing()) return false;
    beforeInstall();
    // Silent (no installer window on the kiosk) and run again after.
    autoUpdater.quitAndInstall(true, true);
    return true;
  };
  const activity = (): KioskActivity => ({ untouchedSeconds: powerMonitor.getSystemIdleTime(), cardOnReader: cardOnReader() });
  const tick = () => {
    const step = nextUpdateStep(tracker.state(), plan, Date.now(), tracker.lastCheckAt(), activity());
    if (step === 'check') {
      tracker.checking();
      // A failure also comes as the updater's error event; the tracker takes either.
      autoUpdater.checkForUpdates().catch((e: unknown) => tracker.failed(e));
    } else if (step === 'install') install();
  };
  log.info('updates on', { url: plan.url, channel: plan.channel, installAt: plan.installAt, version: app.getVersion() });
  const timer = setInterval(tick, TICK_MS);
  tick();
  // Asked by the daily restart: never mid-visit either.
  return { status: () => tracker.status(), installIfReady: () => kioskIdle(activity(), plan) && install(), stop: () => clearInterval(timer) };
}
