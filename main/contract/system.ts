// The terminal itself: who it is (from config) and how it is (platform link, devices).
import { remoteConfigStatusSchema, updateStatusSchema } from '../../domain/health.ts';
import { z } from 'zod';
import { method } from './define.ts';
import { deviceStatusSchema, homeEntrySchema, localeSchema, roleSchema } from '../../domain/terminal.ts';
import { openingHoursSchema } from '../../domain/queue-setup.ts';

/** Spoken prompts: on or muted (config `ui.voice`, or staff on the developer page), and how loud (0..1). */
export const voiceSettingsSchema = z.object({ enabled: z.boolean(), volume: z.number().min(0).max(1) });
export type VoiceSettings = z.infer<typeof voiceSettingsSchema>;

/** The attract loop (config `ui.attract`): the hall's media over the untouched home screen. */
export const attractItemSchema = z.object({
  /** Where the screen loads it from: the host serves it at this path, on the page's own origin. */
  src: z.string().startsWith('/media/'),
  kind: z.enum(['image', 'video']),
  /** Images: how long it shows; null for a video, which plays to its end. */
  seconds: z.number().positive().nullable(),
  caption: z.string().nullable(),
});
/** Null: no attract loop (none configured, or no item could be shown). */
export const attractLoopSchema = z.object({ afterSeconds: z.number().int().positive(), items: z.array(attractItemSchema).min(1) }).nullable();
export type AttractItem = z.infer<typeof attractItemSchema>;
export type AttractLoop = z.infer<typeof attractLoopSchema>;

export const terminalInfoSchema = z.object({
  terminalId: z.string(),
  role: roleSchema,
  hallName: z.string(),
  /** Area or floor, shown under the hall name (e.g. "一楼 A 区"). */
  hallArea: z.string(),
  locale: localeSchema,
  idleTimeoutSeconds: z.number().int().positive(),
  /** Physical width of the visible screen; null when not configured (CSS nominal millimetres). */
  screenWidthMm: z.number().positive().nullable(),
  accessibility: z.object({ largeText: z.boolean(), highContrast: z.boolean() }),
  /** The hall's tasks on the kiosk's home, in order (config `ui.homeEntries`). */
  homeEntries: z.array(homeEntrySchema),
  devPage: z.boolean(),
  version: z.string(),
  /** The core's time when it answered (ms): screens show the hall's time, not the browser's. */
  now: z.number(),
  /** The hall's time zone (IANA): times are shown in it whatever zone the machine is set to. */
  timeZone: z.string(),
  voice: voiceSettingsSchema,
  /** The attract loop over the resting home screen (config `ui.attract`); null: none. */
  attract: attractLoopSchema,
  /** The hall's opening hours (hallSettings, remote over file): the kiosk and the call display close
   *  outside them (domain/opening-hours.ts screenStateAt); null: none set, always on. */
  openingHours: openingHoursSchema.nullable(),
});
export type TerminalInfo = z.infer<typeof terminalInfoSchema>;

/** What the hall's remote settings change on a running screen, pushed as `system.settingsChanged`
 *  the moment they are applied (no reload, no wait for the next system.getInfo). */
export const liveSettingsSchema = z.object({
  idleTimeoutSeconds: terminalInfoSchema.shape.idleTimeoutSeconds,
  attract: attractLoopSchema,
  openingHours: terminalInfoSchema.shape.openingHours,
  /** Whether the hall notices are shown (notices.current answers none when not). */
  notices: z.boolean(),
});
export type LiveSettings = z.infer<typeof liveSettingsSchema>;

/** The platform's live event stream (main/core/link/platform-events.ts): staff acknowledging a help call arrive through it. */
export const platformEventStreamSchema = z.object({
  state: z.enum(['connected', 'connecting', 'off']),
  /** When the state last changed (ISO 8601). */
  since: z.string(),
  /** The last event id received: a reconnection resumes after it. */
  lastEventId: z.string().nullable(),
  /** Why the last connection ended; null while connected. */
  reason: z.string().nullable(),
  /** When the next attempt is due (ISO 8601) while waiting to reconnect. */
  reconnectAt: z.string().nullable(),
});
export type PlatformEventStream = z.infer<typeof platformEventStreamSchema>;

/** The state of the link to the central platform. */
export const platformLinkSchema = z.object({
  state: z.enum(['online', 'offline', 'connecting']),
  /** True when the platform is the reference platform running inside this terminal. */
  embedded: z.boolean(),
  /** When the state last changed (ISO 8601). */
  since: z.string(),
  /** Why the last check failed, for the developer page; null when online. */
  reason: z.string().nullable(),
  /** The live event stream from the platform; absent where the core does not listen to it. */
  events: platformEventStreamSchema.optional(),
});
export type PlatformLink = z.infer<typeof platformLinkSchema>;

/** How fresh the terminal's copy of the catalogue is. */
export const catalogueFreshnessSchema = z.object({
  version: z.number().int().nullable(),
  /** When the platform last confirmed the copy (ISO 8601); null: never synced. */
  checkedAt: z.string().nullable(),
  lastError: z.string().nullable(),
});

/** What waits in the outbox for the platform. */
export const outboxStatusSchema = z.object({
  pending: z.number().int().nonnegative(),
  refused: z.number().int().nonnegative(),
  /** When the oldest waiting item was made (ISO 8601). */
  oldestPendingAt: z.string().nullable(),
});

/** The host process: version, uptime, and its watchdog's renderer restarts (main/hosts/watchdog). */
export const hostStatusSchema = z.object({
  /** browser, electron, or none (a core without a host of its own: tests, scripts). */
  kind: z.enum(['browser', 'electron', 'none']),
  version: z.string(),
  /** When the core started (ISO 8601) and how long ago, in seconds. */
  startedAt: z.string(),
  uptimeSeconds: z.number().int().nonnegative(),
  /** The renderer watchdog's restarts since the host started and the last reason; null: no watchdog. */
  watchdog: z.object({ restarts: z.number().int().nonnegative(), lastReason: z.string().nullable() }).nullable(),
  /** The self-updater's state (domain/health.ts); null: this host does not update itself (browser host, deb, update.url null). */
  update: updateStatusSchema.nullable(),
});
export type HostStatus = z.infer<typeof hostStatusSchema>;

export const statusSnapshotSchema = z.object({
  platform: platformLinkSchema,
  devices: z.array(deviceStatusSchema),
  catalogue: catalogueFreshnessSchema,
  outbox: outboxStatusSchema,
  /** The hall's remote settings: when the ones in force were accepted, the last refused and why. */
  remoteConfig: remoteConfigStatusSchema.optional(),
  /** The host process and its watchdog (admin panel, developer page). */
  host: hostStatusSchema.optional(),
});
export type StatusSnapshot = z.infer<typeof statusSnapshotSchema>;

const noInput = z.object({}).strict();

export const systemPart = {
  methods: {
    'system.getInfo': method({
      summary: 'Who this terminal is: role, hall, locale, idle timeout, accessibility defaults, attract loop, opening hours.',
      input: noInput,
      output: terminalInfoSchema,
    }),
    'system.getStatus': method({
      summary: 'The platform link and every configured device, now.',
      input: noInput,
      output: statusSnapshotSchema,
    }),
  },
  events: {
    'system.statusChanged': statusSnapshotSchema,
    /** Staff muted or unmuted the voice. */
    'system.voiceChanged': voiceSettingsSchema,
    /** The hall's remote settings changed (idle timeout, attract playlist, opening hours, notices shown). */
    'system.settingsChanged': liveSettingsSchema,
  },
} as const;
