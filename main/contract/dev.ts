// The developer page: devices with their simulators, and the core's event log. Enabled by config,
// never in production profiles; every method answers `dev.disabled` otherwise.
import { z } from 'zod';
import { method } from './define.ts';
import { deviceKindSchema } from '../../domain/terminal.ts';
import { voiceSettingsSchema } from './system.ts';
import { counterActions } from '../../domain/queue.ts';

export const logLevelSchema = z.enum(['debug', 'info', 'warn', 'error']);
export type LogLevel = z.infer<typeof logLevelSchema>;

export const logEntrySchema = z.object({
  seq: z.number().int().nonnegative(),
  at: z.string(),
  level: logLevelSchema,
  /** The part of the core that wrote it: "platform", "devices.printer-1", "rpc"... */
  source: z.string(),
  message: z.string(),
  /** Structured specifics; never a full ID number or a name (DESIGN.md convention 7). */
  data: z.record(z.string(), z.unknown()).optional(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

export const devDeviceSchema = z.object({
  id: z.string(),
  kind: deviceKindSchema,
  label: z.string(),
  /** How it is reached: "simulated", "serial /dev/ttyUSB0 @115200", "tcp 10.0.0.5:9100"... */
  connection: z.string(),
  simulated: z.boolean(),
  /** What the simulator can be told to do (insert a card, run out of paper...); empty for real devices. */
  simulatorActions: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type DevDevice = z.infer<typeof devDeviceSchema>;

/** A PDF a simulated A4 printer was sent, with its pages rendered for the developer page. */
export const keptDocumentSchema = z.object({
  deviceId: z.string(),
  /** 1, 2, 3... per device: the simulator's job number. */
  jobNumber: z.number().int().positive(),
  at: z.string(),
  title: z.string(),
  copies: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
  /** Each page as data:image/png;base64 (rendered with pdftoppm); empty when it could not be rendered. */
  pages: z.array(z.string().startsWith('data:image/png;base64,')),
  /** Why there are no page images (pdftoppm missing, PDF unreadable); null when rendered. */
  previewError: z.string().nullable(),
});
export type KeptDocument = z.infer<typeof keptDocumentSchema>;

/** A window of the hall, for the developer page's window controls. */
export const devWindowSchema = z.object({ id: z.string(), number: z.string(), name: z.string(), categoryIds: z.array(z.string()), staffed: z.boolean() });
export type DevWindow = z.infer<typeof devWindowSchema>;

/** The hall's settings as the platform keeps them (terminals.settings), for the developer page's editor. */
export const devHallSettingsSchema = z.object({ settings: z.record(z.string(), z.unknown()), updatedAt: z.string().nullable(), version: z.number().int().nonnegative() });
export type DevHallSettings = z.infer<typeof devHallSettingsSchema>;

export const devPart = {
  methods: {
    'dev.listDevices': method({
      summary: 'Configured devices, how each is connected, and what its simulator can do.',
      input: z.object({}).strict(),
      output: z.array(devDeviceSchema),
    }),
    'dev.simulate': method({
      summary: "Tell a simulated device to do something (insert a card, run out of paper, press a key...).",
      input: z.object({ deviceId: z.string().min(1).max(64), action: z.string().min(1).max(100) }).strict(),
      output: z.null(),
    }),
    'dev.listDocuments': method({
      summary: 'The PDFs the simulated A4 printers kept (newest first), pages rendered as images.',
      input: z.object({}).strict(),
      output: z.array(keptDocumentSchema),
    }),
    'dev.setVoice': method({
      summary: 'Mute or unmute the kiosk voice until the terminal restarts (staff; config `ui.voice.enabled` is the start state).',
      input: z.object({ enabled: z.boolean() }).strict(),
      output: voiceSettingsSchema,
    }),
    'dev.getLog': method({
      summary: 'The newest entries of the core event log, oldest first.',
      input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
      output: z.array(logEntrySchema),
    }),
    'dev.listWindows': method({
      summary: "The hall's windows from the platform's queue set-up, for the window controls (staff stand-in).",
      input: z.object({}).strict(),
      output: z.array(devWindowSchema),
    }),
    'dev.windowAction': method({
      summary: 'A counter action at a window, as its staff would do it (call next, start, finish...): the phone page and the hall screens follow.',
      input: z.object({ windowId: z.string().min(1).max(64), action: z.enum(counterActions).exclude(['transfer', 'callBack']) }).strict(),
      output: z.object({ ticketId: z.string(), number: z.string(), state: z.string() }),
    }),
    'dev.hallSettings': method({
      summary: "The hall's settings for its terminals as the platform keeps them (the developer page stands in for the platform's console).",
      input: z.object({}).strict(),
      output: devHallSettingsSchema,
    }),
    'dev.putHallSettings': method({
      summary:
        "Puts the hall's settings on the platform (terminals.updateSettings), as hall staff would: checked there (a bad field refused by name, platform.rejected with the issues), a new version every terminal takes at its next sync; this one syncs them at once.",
      input: z.object({ settings: z.record(z.string(), z.unknown()) }).strict(),
      output: devHallSettingsSchema,
    }),
  },
  events: {
    'log.entryAdded': logEntrySchema,
    /** What a simulated printer just cut, as an image. */
    'dev.slipPrinted': z.object({ deviceId: z.string(), at: z.string(), png: z.string().startsWith('data:image/png;base64,'), text: z.string() }),
    /** What a simulated A4 printer was just sent, pages as images. */
    'dev.documentPrinted': keptDocumentSchema,
  },
} as const;
