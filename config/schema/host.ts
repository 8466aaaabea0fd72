// The config's `host`, `watchdog` and `update` sections: the browser host, the renderer's watchdog and
// the daily restart, updates from the hall's own server.
import { z } from 'zod';
import { clockTimeSchema } from '../../domain/catalogue-codes.ts';

export const hostSchema = z
  .strictObject({
    browser: z
      .strictObject({
        /** 0 picks a free port. */
        port: z.number().int().min(0).max(65535).default(0),
        /** Open Chromium in kiosk mode (fullscreen, no exit) rather than an app window. */
        kiosk: z.boolean().default(true),
      })
      .prefault({}),
  })
  .prefault({});

export const watchdogSchema = z
  .strictObject({
    /** No heartbeat from the page for this long: the host restarts the renderer. */
    heartbeatTimeoutSeconds: z.number().int().min(5).max(600).default(20),
    /** Restarts that fail again quickly wait 1 s, 2 s, 4 s... up to this. */
    backoffMaxSeconds: z.number().int().min(1).max(3600).default(60),
    /** A quiet time ("03:30", the hall's zone) at which the host exits for its service manager to
     *  restart it once a day; absent: no daily restart. */
    dailyRestartAt: clockTimeSchema.optional(),
  })
  .prefault({});

/** Updates from the hall's own server (electron-updater's generic provider; Electron host only). */
export const updateSchema = z
  .strictObject({
    /** The folder on the hall's web server holding latest.yml / latest-linux.yml and the installers;
     *  null: this terminal never looks for updates. */
    url: z.url({ protocol: /^https?$/ }).nullable().default(null),
    /** The update channel: `latest` reads latest.yml, `beta` beta.yml... */
    channel: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'a channel name such as "latest" or "beta"').default('latest'),
    /** How often the server is asked. */
    checkEveryHours: z.number().min(1).max(168).default(6),
    /** The quiet time ("03:30", the hall's zone) a downloaded update is installed at, when no visit is
     *  in progress; absent: watchdog.dailyRestartAt (installing restarts the terminal anyway). */
    installAt: clockTimeSchema.optional(),
  })
  .prefault({});
