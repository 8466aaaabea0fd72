// The admin panel for the hall's IT staff (reached by a hidden gesture and a PIN; production too,
// where the developer page is forbidden). Every check is the core's (main/core/admin): the screen
// only shows. Each method but admin.gesture and admin.unlock answers `admin.locked` unless this
// connection unlocked the panel and has used it within admin.sessionMinutes.
import { z } from 'zod';
import { method } from './define.ts';
import { deviceKindSchema, roleSchema } from '../../domain/terminal.ts';
import { logEntrySchema } from './dev.ts';
import { statusSnapshotSchema } from './system.ts';
import { remoteConfigStatusSchema } from '../../domain/health.ts';
import { profileProblemSchema } from '../../domain/config-problem.ts';

const noInput = z.object({}).strict();
const isoTime = z.string();

/** What the hidden gesture learns: whether a PIN pad may open at all, and whether it is locked now. */
export const adminGateSchema = z.object({
  /** False: config admin.pinHash is absent, the panel cannot be opened (the gesture only logs). */
  pinConfigured: z.boolean(),
  /** Locked after admin.maxTries wrong PINs: until when (ISO 8601); null: not locked. */
  lockedUntil: isoTime.nullable(),
  triesLeft: z.number().int().nonnegative(),
});
export type AdminGate = z.infer<typeof adminGateSchema>;

/** admin.unlock's answer: the session, or why not (values, not errors: the pad shows each). */
export const adminUnlockSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('unlocked'), sessionMinutes: z.number().int().positive() }),
  z.object({ outcome: z.literal('wrongPin'), triesLeft: z.number().int().positive() }),
  z.object({ outcome: z.literal('locked'), until: isoTime }),
  z.object({ outcome: z.literal('noPin') }),
]);
export type AdminUnlock = z.infer<typeof adminUnlockSchema>;

export const adminStatusSchema = z.object({
  /** The core's time of the answer (ISO 8601): ages are counted from it. */
  now: isoTime,
  terminal: z.object({ id: z.string(), role: roleSchema, profile: z.string() }),
  /** A role switch written and waiting for the next start; null: none. */
  pendingRole: roleSchema.nullable(),
  snapshot: statusSnapshotSchema,
});
export type AdminStatus = z.infer<typeof adminStatusSchema>;

/** A profile installed with the terminal, as a switch would take it (config/profile-switch.ts). */
export const adminProfileSchema = z.object({
  /** Its file name without .json: what admin.setProfile names. */
  name: z.string(),
  /** The role it would run as; null when it is refused. */
  role: roleSchema.nullable(),
  devices: z.array(z.object({ kind: deviceKindSchema, label: z.string() })),
  /** Why it cannot be taken (empty: it can): each as data, for the panel's words, and as the log's English line. */
  problems: z.array(profileProblemSchema),
});
export const adminProfilesSchema = z.object({
  /** The folder they are read from (config admin.profilesDir, or the one installed with the terminal). */
  folder: z.string(),
  /** The profile this terminal runs now (config `profile`). */
  current: z.string(),
  /** A profile switched to and waiting for the next start; null: none. */
  pending: z.string().nullable(),
  profiles: z.array(adminProfileSchema),
  /** The folder cannot be read: the log's line and the system's code (ENOENT, EACCES...); profiles is then empty. Null: read. */
  problem: z.object({ line: z.string(), code: z.string() }).nullable(),
});
export type AdminProfiles = z.infer<typeof adminProfilesSchema>;

export const adminSyncSchema = z.object({
  ok: z.boolean(),
  /** The catalogue: unchanged, updated (delta) or replaced (full); null when it failed. */
  outcome: z.enum(['unchanged', 'full', 'delta']).nullable(),
  version: z.number().int().nullable(),
  changed: z.number().int().nonnegative(),
  /** Why it failed (an error code and the words for staff); null when it worked. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** The hall's remote settings after the sync (applied at, last refused and why). */
  settings: remoteConfigStatusSchema,
});
export type AdminSync = z.infer<typeof adminSyncSchema>;

export const networkStepSchema = z.object({
  step: z.enum(['dns', 'tcp', 'http']),
  ok: z.boolean(),
  /** How long it took, ms; null when not tried. */
  ms: z.number().nonnegative().nullable(),
  /** What it found: the addresses, the port, the HTTP status, or the failure. */
  detail: z.string(),
});
export const networkCheckSchema = z.object({
  url: z.string(),
  steps: z.array(networkStepSchema),
  /** The plain verdict: ok, or the first step that failed. */
  verdict: z.enum(['ok', 'dnsFailed', 'tcpFailed', 'httpFailed']),
});
export type NetworkCheck = z.infer<typeof networkCheckSchema>;

export const adminPart = {
  methods: {
    'admin.gesture': method({
      summary: 'The hidden gesture was made: logged; whether the PIN pad may open, and its lockout.',
      input: noInput,
      output: adminGateSchema,
    }),
    'admin.unlock': method({
      summary: 'The admin PIN: a session for this screen, or wrong (tries left), locked (until), no PIN configured.',
      input: z.object({ pin: z.string().regex(/^\d{1,12}$/, 'digits only, at most 12') }).strict(),
      output: adminUnlockSchema,
    }),
    'admin.status': method({
      summary: 'Devices, platform link, outbox, catalogue age, remote config, host (version, uptime, watchdog restarts).',
      input: noInput,
      output: adminStatusSchema,
    }),
    'admin.selfTest': method({
      summary: 'A device\'s self-test (as devices.selfTest).',
      input: z.object({ deviceId: z.string().min(1).max(64) }).strict(),
      output: z.object({ deviceId: z.string(), passed: z.literal(true), did: z.string() }),
    }),
    'admin.testPrint': method({
      summary: 'A test slip on the ticket printer.',
      input: noInput,
      output: z.object({ deviceId: z.string(), did: z.string() }),
    }),
    'admin.syncNow': method({
      summary: 'Sync the catalogue, forms, queue set-up, notices and hall settings now; the result.',
      input: noInput,
      output: adminSyncSchema,
    }),
    'admin.networkCheck': method({
      summary: 'DNS, TCP and HTTP to the platform, with timings and a plain verdict.',
      input: noInput,
      output: networkCheckSchema,
    }),
    'admin.recentLog': method({
      summary: 'The newest log entries (redacted), newest first.',
      input: z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
      output: z.array(logEntrySchema),
    }),
    'admin.setRole': method({
      summary: 'Switch the terminal\'s role (a local override beside the store, checked by the config schema), then restart.',
      input: z.object({ role: roleSchema }).strict(),
      output: z.object({ role: roleSchema, restarting: z.literal(true) }),
    }),
    'admin.profiles': method({
      summary: 'The profiles installed with the terminal, each with its role and devices, or why it cannot be taken.',
      input: noInput,
      output: adminProfilesSchema,
    }),
    'admin.setProfile': method({
      summary: 'Switch to an installed profile at the next start (a local override beside the store, checked by the config schema); no restart.',
      input: z.object({ name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'a profile file name without ".json"') }).strict(),
      output: z.object({ name: z.string(), role: roleSchema, appliesAtNextStart: z.literal(true) }),
    }),
    'admin.restart': method({
      summary: 'Restart the terminal (the host exits for its service manager, or relaunches).',
      input: noInput,
      output: z.object({ restarting: z.literal(true) }),
    }),
    'admin.exit': method({
      summary: 'Quit the terminal (to the desktop; the service manager does not start it again).',
      input: noInput,
      output: z.object({ exiting: z.literal(true) }),
    }),
    'admin.lock': method({
      summary: 'Close the panel\'s session.',
      input: noInput,
      output: z.null(),
    }),
  },
  events: {},
} as const;
