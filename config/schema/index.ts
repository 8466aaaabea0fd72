// The terminal's configuration: one zod schema, so every file is checked the same way and every
// problem is reported with its key path. Objects are strict: a misspelt key is an error, not ignored.
// Each section is its own file in this folder; this index puts them together, checks what spans
// sections (a counter's window, production's limits, TLS, devices' connections...) and exports what
// the rest of the terminal uses.
import { z } from 'zod';
import { isTimeZone } from '../../domain/hall-time.ts';
import { hallSettingsSchema } from '../../domain/hall-settings.ts';
import { adminSchema, devSchema } from './admin.ts';
import { counterSchema } from './counter.ts';
import { deviceConnections, deviceSchema } from './devices.ts';
import { displaySchema } from './display.ts';
import { hostSchema, updateSchema, watchdogSchema } from './host.ts';
import { catalogueSchema, formsSchema, helpSchema } from './kiosk.ts';
import { platformSchema } from './platform.ts';
import { queueSchema } from './queue.ts';
import { logSchema, storeSchema } from './store.ts';
import { terminalSchema } from './terminal.ts';
import { uiSchema } from './ui.ts';

// The hall's settings (the file's `hallSettings` section, and what the platform pushes) are a domain
// schema: the reference platform validates what staff put with the same one.
export { hallSettingsSchema, idleTimeoutSchema, playlistSchema, type HallSettings } from '../../domain/hall-settings.ts';
export { deviceConnections } from './devices.ts';

export const configSchema = z
  .strictObject({
    /** The profile's name, shown on the developer page. */
    profile: z.string().default('custom'),
    /** `production` forbids everything meant for developers (the developer page). */
    environment: z.enum(['development', 'production']).default('production'),
    terminal: terminalSchema,
    ui: uiSchema,
    platform: platformSchema,
    store: storeSchema,
    log: logSchema,
    queue: queueSchema,
    catalogue: catalogueSchema,
    forms: formsSchema,
    help: helpSchema,
    counter: counterSchema,
    display: displaySchema,
    devices: z.array(deviceSchema).default([]),
    /** The settings the hall may change remotely; the platform's, when valid, win field by field. */
    hallSettings: hallSettingsSchema.prefault({}),
    host: hostSchema,
    watchdog: watchdogSchema,
    update: updateSchema,
    admin: adminSchema,
    dev: devSchema,
  })
  .superRefine((c, ctx) => {
    if (c.terminal.role === 'counter' && c.counter.windowId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['counter', 'windowId'], message: 'a counter terminal needs the window it stands at (counter.windowId, e.g. "w07")' });
    }
    if (c.environment === 'production' && c.dev.clockStart !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['dev', 'clockStart'], message: 'a production terminal runs on the real time' });
    }
    if (c.environment === 'production' && c.dev.page) {
      ctx.addIssue({
        code: 'custom',
        path: ['dev', 'page'],
        message: 'the developer page cannot be enabled in a production profile',
      });
    }
    const tls = c.platform.tls;
    if (tls !== undefined && !c.platform.url?.startsWith('https:')) {
      ctx.addIssue({
        code: 'custom',
        path: ['platform', 'tls'],
        message: c.platform.url === undefined ? 'platform.tls needs an https platform.url (the embedded platform is plain loopback)' : `platform.tls needs an https platform.url, not "${c.platform.url}"`,
      });
    }
    if (c.platform.database !== undefined && c.platform.url !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['platform', 'database'], message: 'platform.database is the embedded platform\'s database: with platform.url set no platform runs here, so leave one of them out' });
    }
    if (c.update.url !== null && c.update.installAt === undefined && c.watchdog.dailyRestartAt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['update', 'installAt'], message: 'updates need a quiet time to be installed at: update.installAt or watchdog.dailyRestartAt (e.g. "03:30")' });
    }
    c.queue.reservedRanges.forEach((r, i) => {
      if (r.end < r.start) ctx.addIssue({ code: 'custom', path: ['queue', 'reservedRanges', i, 'end'], message: 'the range ends before it starts' });
    });
    if (c.queue.offlinePolicy === 'reserved' && c.queue.reservedRanges.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['queue', 'reservedRanges'], message: 'offlinePolicy "reserved" needs at least one reserved range' });
    }
    if (!isTimeZone(c.queue.timeZone)) {
      ctx.addIssue({ code: 'custom', path: ['queue', 'timeZone'], message: `unknown time zone "${c.queue.timeZone}" (an IANA name such as "Asia/Shanghai" or "Asia/Urumqi")` });
    }
    const seen = new Set<string>();
    c.devices.forEach((d, i) => {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: ['devices', i, 'id'], message: `device id "${d.id}" is used twice` });
      seen.add(d.id);
      const allowed = deviceConnections[d.kind];
      const c = d.connection;
      if (!allowed.types.includes(c.type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', i, 'connection', 'type'],
          message: `a ${d.kind} is reached through ${allowed.types.map((t) => `"${t}"`).join(', ')}, not "${c.type}"`,
        });
      } else if (c.type === 'simulated' && !allowed.simulatedOver.includes(c.over)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', i, 'connection', 'over'],
          message: `a simulated ${d.kind} runs over ${allowed.simulatedOver.map((t) => `"${t}"`).join(', ')}, not "${c.over}"`,
        });
      }
    });
  });

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type DeviceConfig = Config['devices'][number];
