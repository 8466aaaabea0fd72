// The terminal's configuration: one zod schema, so every file is checked the same way and every
// problem is reported with its key path. Objects are strict: a misspelt key is an error, not ignored.
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../domain/hall-time.ts';
import { guideUrlTemplateProblem } from '../domain/guide-link.ts';
import { clockTimeSchema } from '../domain/catalogue-codes.ts';
import { hallSettingsSchema, idleTimeoutSchema, playlistSchema } from '../domain/hall-settings.ts';
import { parsePinHash } from '../domain/admin-pin.ts';
import { deviceKindSchema, homeEntrySchema, localeSchema, roleSchema, type DeviceKind } from '../domain/terminal.ts';

// The hall's settings (the file's `hallSettings` section, and what the platform pushes) are a domain
// schema: the reference platform validates what staff put with the same one.
export { hallSettingsSchema, idleTimeoutSchema, playlistSchema, type HallSettings } from '../domain/hall-settings.ts';

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
// eslint-disable-next-line no-control-regex
const cupsQueuePattern = /^(?!-)[^\s/#\\'"\u0000-\u001f\u007f]{1,127}$/;

const connectionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('simulated'),
    /** pty: the simulator on one end of a socat pty pair, the real serial driver on the other; memory: an in-process link;
     *  hid: the simulator plays a USB HID device handed to the real HID transport in place of node-hid's (pads, scanners). */
    over: z.enum(['pty', 'memory', 'hid']).default('memory'),
  }),
  z.strictObject({
    type: z.literal('serial'),
    path: z.string().min(1),
    baudRate: z.number().int().positive().default(115200),
  }),
  z.strictObject({
    type: z.literal('tcp'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  z.strictObject({
    type: z.literal('hid'),
    vendorId: z.number().int().min(0).max(0xffff),
    productId: z.number().int().min(0).max(0xffff),
    /** node-hid's device path, when several identical devices are attached; absent: the first match. */
    path: z.string().min(1).optional(),
  }),
  z.strictObject({
    /** An A4 printer's CUPS queue, printed to with `lp` and watched with `lpstat`. */
    type: z.literal('cups'),
    printer: z.string().regex(cupsQueuePattern, 'a CUPS queue name (lpstat -p lists them): no spaces, "/", "#" or quotes'),
    /** Another CUPS server, "host" or "host:port"; absent: the local scheduler. */
    server: z.string().min(1).optional(),
    /** Extra `-o name=value` job options, e.g. { "sides": "two-sided-long-edge" }. */
    options: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an IPP option name'), z.string()).default({}),
    /** How often the queue's state is read with lpstat. */
    statusIntervalSeconds: z.number().min(1).max(3600).default(15),
  }),
]);

type ConnectionType = z.output<typeof connectionSchema>['type'];
type SimulatedOver = Extract<z.output<typeof connectionSchema>, { type: 'simulated' }>['over'];

/** Which connections each kind of device can be reached through (and, simulated, over what). */
export const deviceConnections: Readonly<Record<DeviceKind, { readonly types: readonly ConnectionType[]; readonly simulatedOver: readonly SimulatedOver[] }>> = {
  printer: { types: ['simulated', 'serial', 'tcp'], simulatedOver: ['pty', 'memory'] },
  idcard: { types: ['simulated', 'serial', 'tcp'], simulatedOver: ['pty', 'memory'] },
  ratingPad: { types: ['simulated', 'serial', 'tcp', 'hid'], simulatedOver: ['pty', 'memory', 'hid'] },
  scanner: { types: ['simulated', 'serial', 'tcp', 'hid'], simulatedOver: ['pty', 'memory', 'hid'] },
  documentPrinter: { types: ['simulated', 'cups'], simulatedOver: ['memory'] },
};

const deviceSchema = z.strictObject({
  id: z.string().regex(idPattern, 'letters, digits, "-" or "_", at most 64'),
  kind: deviceKindSchema,
  label: z.string().min(1),
  /** The model's profile or key map, where the kind has several (printer profile, pad key map). */
  model: z.string().optional(),
  connection: connectionSchema,
});

const attractSchema = z.strictObject({
  /** How long the home screen rests untouched (no visit in progress) before the loop starts. */
  afterSeconds: z.number().int().min(10).max(3600).default(60),
  /** The media's folder on the kiosk: absolute, or relative to the config file (config/load.ts resolves it). */
  folder: z.string().min(1),
  /** Shown in this order, round and round. A file with an extension the kiosk cannot show, or missing
   *  when the terminal starts, is logged by name and left out (main/core/system/attract-media.ts). */
  items: playlistSchema.default([]),
});

/** A public key pin: the base64 SHA-256 of the certificate's SubjectPublicKeyInfo (as HPKP wrote it). */
const spkiPinSchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'the base64 SHA-256 of the public key (44 characters ending in "=")');

export const configSchema = z
  .strictObject({
    /** The profile's name, shown on the developer page. */
    profile: z.string().default('custom'),
    /** `production` forbids everything meant for developers (the developer page). */
    environment: z.enum(['development', 'production']).default('production'),
    terminal: z.strictObject({
      id: z.string().regex(idPattern, 'letters, digits, "-" or "_", at most 64'),
      role: roleSchema,
      hallName: z.string().min(1),
      hallArea: z.string().default(''),
      locale: localeSchema.default('zh-CN'),
    }),
    ui: z
      .strictObject({
        idleTimeoutSeconds: idleTimeoutSchema.default(90),
        /** Physical width of the screen's visible area in its orientation, so that the theme's
         *  millimetres are real millimetres. Absent: CSS's nominal 96 dpi. */
        screenWidthMm: z.number().min(50).max(3000).optional(),
        largeText: z.boolean().default(false),
        highContrast: z.boolean().default(false),
        /** The hall's tasks on the kiosk's home, in this order; a task whose screens this version
         *  does not have yet is left off (and logged), never shown dead. */
        homeEntries: z
          .array(homeEntrySchema)
          .min(1)
          .refine((a) => new Set(a).size === a.length, 'an entry is listed twice')
          .default(['ticket', 'checkIn', 'book', 'guide', 'progress', 'rate', 'complain', 'help', 'pay', 'forms']),
        /** Spoken prompts and the ticket number (renderer/src/voice); staff can also mute them at run
         *  time from the developer page. */
        voice: z.strictObject({ enabled: z.boolean().default(true), volume: z.number().min(0).max(1).default(0.8) }).prefault({}),
        /** The attract loop: the hall's images and videos fill the untouched home screen after a while. */
        attract: attractSchema.optional(),
      })
      .prefault({}),
    platform: z
      .strictObject({
        /** The central platform. Absent: the reference platform runs inside this terminal. */
        url: z.url({ protocol: /^https?$/ }).optional(),
        /** The embedded platform's database (no `url` only): `sqlite:<path>` or `postgres://user@host:port/db`
         *  (the platform checks it fully at start: platform/store/storage.ts parseDatabaseUrl). Absent: the
         *  SQLite file beside the store, as always. */
        database: z
          .string()
          .regex(/^(sqlite:.|postgres(ql)?:\/\/.)/, 'platform.database must be sqlite:<path> or postgres://user@host:port/database')
          .optional(),
        /** Where phones reach the platform's pages (the QR on slips and guides): absent, the platform's
         *  own address (`url`, or the embedded one's, which is loopback: set this for real phones). */
        publicUrl: z.url({ protocol: /^https?$/ }).optional(),
        /** The one-time code hall staff issued for this terminal; used once, then the credential is kept. */
        enrolmentCode: z.string().min(6).max(64).optional(),
        healthIntervalSeconds: z.number().min(0.2).max(3600).default(15),
        /** How often the catalogue and forms are synced (with jitter, and at once on reconnection). */
        syncIntervalSeconds: z.number().min(1).max(86_400).default(300),
        heartbeatIntervalSeconds: z.number().min(1).max(3600).default(60),
        requestTimeoutMs: z.number().int().min(100).max(120_000).default(5000),
        /** TLS to the platform (an https `url` only): `caFile`, a PEM file (absolute, or relative to the
         *  config file) whose CAs are then the ONLY ones trusted for the platform (not the system store);
         *  `pinSha256`, the base64 SHA-256 of the platform's public key (SPKI), or several during a key
         *  change: any other key is refused. Used by every request and the event stream. */
        tls: z
          .strictObject({
            caFile: z.string().min(1).optional(),
            pinSha256: z.union([spkiPinSchema, z.array(spkiPinSchema).min(1).max(4)]).optional(),
          })
          .optional(),
      })
      .prefault({}),
    store: z
      .strictObject({
        /** The SQLite file, relative to the working directory; ":memory:" for throw-away runs. */
        path: z.string().min(1).default('var/hall.db'),
        /** The key that seals personal data and secrets at rest; made on first start. Default: next to the database. */
        keyPath: z.string().min(1).optional(),
      })
      .prefault({}),
    log: z
      .strictObject({
        /** The folder of the JSON-lines log files (rotated); default: `logs` beside the database. null: no files. */
        dir: z.string().min(1).nullable().optional(),
        /** The lowest level written to the files and the console. */
        level: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
        /** A file is rotated each day, and sooner when it reaches this size (MB). */
        maxSizeMb: z.number().int().min(1).max(1024).default(20),
        /** Files kept besides the current one (the oldest are deleted): 14 daily files are two weeks. */
        keepFiles: z.number().int().min(1).max(1000).default(14),
        /** Readable lines on stdout too; default: in development only. */
        console: z.boolean().optional(),
      })
      .prefault({}),
    queue: z
      .strictObject({
        /** While the platform is away: refuse tickets, or number them from ranges reserved for this terminal. */
        offlinePolicy: z.enum(['refuse', 'reserved']).default('refuse'),
        /** Per category, the numbers this terminal may give out offline (printed as prefix + 3 digits). */
        reservedRanges: z
          .array(z.strictObject({ categoryId: z.string().min(1), start: z.number().int().min(0).max(999), end: z.number().int().min(0).max(999) }))
          .default([]),
        /** The hall's time zone, for business dates. */
        timeZone: z.string().default(DEFAULT_TIME_ZONE),
        /** The QR on the slip (track the queue, rate on a phone): a URL with {ticketId} and {number}; absent:
         *  the platform's phone page (domain/mobile-links.ts on `platform.publicUrl`). */
        slipQrUrl: z.string().url().optional(),
      })
      .prefault({}),
    catalogue: z
      .strictObject({
        /** The QR on a service guide (read it on a phone): a URL with {itemId} and/or {catalogCode}; absent:
         *  the platform's phone page (domain/mobile-links.ts on `platform.publicUrl`). */
        guideUrl: z
          .url({ protocol: /^https?$/ })
          .superRefine((u, ctx) => {
            const problem = guideUrlTemplateProblem(u);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          })
          .optional(),
      })
      .prefault({}),
    /** Application forms (申报材料表单化). */
    forms: z
      .strictObject({
        /** Where a phone downloads a handed-in form's PDF when the kiosk has no A4 printer (the QR): a URL
         *  with {submissionId} and {token}; absent: the platform's page (domain/mobile-links.ts on
         *  `platform.publicUrl`). */
        downloadUrl: z
          .url({ protocol: /^https?$/ })
          .refine((u) => u.includes('{submissionId}') && u.includes('{token}'), 'the download URL needs both {submissionId} and {token}')
          .optional(),
      })
      .prefault({}),
    /** Calling a helper (帮办代办) from the kiosk. */
    help: z
      .strictObject({
        /** Where citizens find staff in person when a call cannot reach them, in the hall's own words
         *  (e.g. "一楼东侧咨询台"); absent: the screens say 咨询台或帮办代办窗口. */
        deskPlace: z.string().trim().min(1).max(60).optional(),
        /** How long a kiosk with a call open waits for staff untouched before its visit ends (and the
         *  call is cancelled): longer than the idle timeout, since the citizen is waiting, not gone. */
        waitSeconds: z.number().int().min(60).max(3600).default(600),
      })
      .prefault({}),
    /** The window terminal (role counter): the window it stands at, and when it pauses by itself. */
    counter: z
      .strictObject({
        /** The hall's window this terminal serves (the queue set-up's window id, e.g. "w07"). Required for role counter. */
        windowId: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a window id of the queue set-up, e.g. "w07"').optional(),
        /** Minutes without a touch, a key or a caller key, with no citizen at the window, before the
         *  window pauses itself (暂停服务) and the staff must sign in again. */
        idlePauseMinutes: z.number().int().min(1).max(240).default(15),
        /** 好差评 at the window: how long the pad and the screen wait for the citizen's rating after 办结,
         *  and again for the reasons of a bad one. */
        ratingWaitSeconds: z.number().int().min(10).max(600).default(60),
        /** The hall's 行政区划代码 that window ratings carry (GB/T 2260, six digits). Without it the window
         *  does not ask for ratings (they could not be filed). */
        areaCode: z.string().regex(/^[1-9]\d{5}$/, 'a 6-digit area code (行政区划代码), e.g. "330102"').optional(),
      })
      .prefault({}),
    /** The hall's call display (role display, 叫号显示屏): which calls it shows, how it announces them. */
    display: z
      .strictObject({
        /** Which calls this screen shows: every call of the hall (both absent), or only those at these
         *  windows (queue set-up ids) and/or in these areas (a window's `area`, e.g. "一楼A区"). */
        show: z
          .strictObject({
            windows: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'a window id of the queue set-up, e.g. "w07"')).min(1).optional(),
            areas: z.array(z.string().trim().min(1)).min(1).optional(),
          })
          .prefault({}),
        /** How many earlier calls the history list keeps (the newest is shown large). */
        historyLength: z.number().int().min(1).max(50).default(8),
        /** The languages a call is announced in, in this order: Chinese always, English where the hall wants it. */
        languages: z
          .array(z.enum(['zh-CN', 'en']))
          .min(1)
          .default(['zh-CN'])
          .refine((l) => l[0] === 'zh-CN', 'Chinese comes first: ["zh-CN"] or ["zh-CN", "en"]')
          .refine((l) => new Set(l).size === l.length, 'a language is listed twice'),
        /** How many times each call is said (1-3), as halls repeat a call. */
        repeat: z.number().int().min(1).max(3).default(2),
        /** After a reconnect, of the calls missed only this many newest are said (the rest are shown). */
        backlogSaid: z.number().int().min(0).max(10).default(3),
        /** Show the hall notices (those the terminal syncs) as a ticker. */
        notices: z.boolean().default(true),
        /** Nothing heard from the platform for this long: the screen says its calls may not be current. */
        staleSeconds: z.number().int().min(2).max(600).default(20),
        /** auto: from the screen's shape (portrait when taller than wide). */
        orientation: z.enum(['auto', 'landscape', 'portrait']).default('auto'),
      })
      .prefault({}),
    devices: z.array(deviceSchema).default([]),
    /** The settings the hall may change remotely; the platform's, when valid, win field by field. */
    hallSettings: hallSettingsSchema.prefault({}),
    host: z
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
      .prefault({}),
    watchdog: z
      .strictObject({
        /** No heartbeat from the page for this long: the host restarts the renderer. */
        heartbeatTimeoutSeconds: z.number().int().min(5).max(600).default(20),
        /** Restarts that fail again quickly wait 1 s, 2 s, 4 s... up to this. */
        backoffMaxSeconds: z.number().int().min(1).max(3600).default(60),
        /** A quiet time ("03:30", the hall's zone) at which the host exits for its service manager to
         *  restart it once a day; absent: no daily restart. */
        dailyRestartAt: clockTimeSchema.optional(),
      })
      .prefault({}),
    /** Updates from the hall's own server (electron-updater's generic provider; Electron host only). */
    update: z
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
      .prefault({}),
    /** The admin panel for the hall's IT staff (hidden gesture + PIN; main/core/admin). */
    admin: z
      .strictObject({
        /** The PIN's scrypt hash (`npm run admin-pin`); absent: the panel cannot be opened. */
        pinHash: z
          .string()
          .superRefine((h, ctx) => {
            const r = parsePinHash(h);
            if (!r.ok) ctx.addIssue({ code: 'custom', message: r.problem });
          })
          .optional(),
        /** Wrong PINs in a row before the panel locks. */
        maxTries: z.number().int().min(1).max(20).default(5),
        /** How long it stays locked after maxTries wrong PINs. */
        lockoutMinutes: z.number().int().min(1).max(24 * 60).default(15),
        /** The open panel closes itself after this long untouched. */
        sessionMinutes: z.number().int().min(1).max(60).default(5),
        /** The folder of the profiles staff may switch to from the panel (config/profile-switch.ts):
         *  absolute, or relative to the config file; absent: the profiles installed with the terminal. */
        profilesDir: z.string().min(1).optional(),
      })
      .prefault({}),
    dev: z
      .strictObject({
        page: z.boolean().default(false),
        /** Development only: the core's clock starts at this time (ISO 8601) and runs on from there,
         *  to show a hall during its opening hours at any hour of the day. */
        clockStart: z.string().datetime({ offset: true }).optional(),
      })
      .prefault({}),
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
