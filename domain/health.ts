// A terminal's health as the platform sees it (the heartbeat): what the hall's supervision and IT staff
// read to know a kiosk is alive, has paper, is in sync and is used. No personal data: error codes and
// times only (never messages), usage as counts per flow and business day.
import { z } from 'zod';
import { deviceStatusSchema, roleSchema } from './terminal.ts';

/** The flows counted per business day (取号, 预约签到, 办事指南, 进度查询, 评价, 投诉, 表单提交, 打印). */
export const usageFlows = ['tickets', 'checkIns', 'guidesOpened', 'casesLookedUp', 'ratings', 'complaints', 'formsHandedIn', 'prints'] as const;
export type UsageFlow = (typeof usageFlows)[number];

/** What the ticket printer reports about its paper; unknown without a printer or while it is away. */
export const paperLevelSchema = z.enum(['ok', 'low', 'out', 'unknown']);
export type PaperLevel = z.infer<typeof paperLevelSchema>;

const isoTime = z.string().datetime({ offset: true });

export const usageCountsSchema = z
  .object({
    /** The business date counted (yyyy-MM-dd, the hall's time zone). */
    date: z.iso.date(),
    counts: z.object(Object.fromEntries(usageFlows.map((f) => [f, z.number().int().nonnegative()])) as Record<UsageFlow, z.ZodNumber>).strict(),
  })
  .strict();
export type UsageCounts = z.infer<typeof usageCountsSchema>;

export const heartbeatErrorSchema = z
  .object({ code: z.string().max(80), source: z.string().max(40), at: isoTime })
  .strict();

/** The state of the hall's remote config on the terminal (see main/core/system/remote-config.ts). */
export const remoteConfigStatusSchema = z
  .object({
    /** When the config in force was accepted; null while the file's own values apply. */
    appliedAt: isoTime.nullable(),
    /** The last pushed config refused, with why (a zod issue path and message); null if none. */
    lastRefused: z.object({ at: isoTime, reason: z.string().max(500) }).strict().nullable(),
  })
  .strict();
export type RemoteConfigStatus = z.infer<typeof remoteConfigStatusSchema>;

/**
 * The self-updater's state (the Electron host's electron-updater, main/hosts/update-state.ts): idle (up to
 * date as of the last check), checking, available (a newer version found, its download starting),
 * downloading (with percent), downloaded (waiting for the quiet hour `installAt` with nobody at the
 * kiosk), installing, error (with the updater's words).
 */
export const updateStatusSchema = z
  .object({
    state: z.enum(['idle', 'checking', 'available', 'downloading', 'downloaded', 'installing', 'error']),
    /** The version running now. */
    currentVersion: z.string().max(40),
    /** The version the hall's server offers (available and after); null: none offered. */
    offeredVersion: z.string().max(40).nullable(),
    /** How much of it is downloaded, 0-100 (downloading); null otherwise. */
    percent: z.number().min(0).max(100).nullable(),
    /** The quiet time ("HH:mm", the hall's zone) a downloaded update is installed at. */
    installAt: z.string().max(5),
    /** The updater's words for the last failure (state error, or a check failing while one waits downloaded); null: none. */
    error: z.string().max(200).nullable(),
    /** When the hall's server was last asked; null: not yet since the start. */
    lastCheckAt: isoTime.nullable(),
  })
  .strict();
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

export const heartbeatSchema = z
  .object({
    version: z.string().max(40),
    role: roleSchema,
    devices: z.array(deviceStatusSchema).max(50),
    outboxDepth: z.number().int().nonnegative(),
    catalogueVersion: z.number().int().nonnegative().nullable(),
    sentAt: isoTime,
    // Since issue 16; optional so a heartbeat a terminal of an older version left in its outbox is still taken.
    uptimeSeconds: z.number().int().nonnegative().optional(),
    paper: paperLevelSchema.optional(),
    /** When the catalogue was last checked with the platform. */
    catalogueSyncedAt: isoTime.nullable().optional(),
    lastErrors: z.array(heartbeatErrorSchema).max(20).optional(),
    usage: usageCountsSchema.optional(),
    remoteConfig: remoteConfigStatusSchema.optional(),
    /** The host's renderer watchdog: restarts since the host started and the last reason; null: none runs. */
    watchdog: z.object({ restarts: z.number().int().nonnegative(), lastReason: z.string().max(200).nullable() }).strict().nullable().optional(),
    /** The host's self-updater; null: this terminal does not update itself (browser host, deb, no update.url). */
    update: updateStatusSchema.nullable().optional(),
  })
  .strict();
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/** The platform's view of one terminal: its latest heartbeat and when it was last heard from. */
export const terminalHealthSchema = z
  .object({
    terminalId: z.string(),
    role: roleSchema,
    lastSeenAt: isoTime.nullable(),
    heartbeat: heartbeatSchema.nullable(),
  })
  .strict();
export type TerminalHealth = z.infer<typeof terminalHealthSchema>;
