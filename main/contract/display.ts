// The hall's call display (叫号显示屏, role display): the board the screen shows (the newest call
// large, the history, the waiting counts per business, the closed windows), how current it is (the
// platform's event stream: when it was last heard, its reconnects, and whether the screen must say
// its calls may not be current), and each call to announce. The renderer speaks; the core decides
// which calls are said (live ones, and after a reconnect only the newest few missed: DisplayBoard).
import { z } from 'zod';
import { boardCallSchema, boardWindowSchema } from '../../domain/queue.ts';
import { method } from './define.ts';

export const displayCountSchema = z.object({
  categoryId: z.string(),
  name: z.string(),
  prefix: z.string(),
  waiting: z.number().int().nonnegative(),
  lastCalled: z.string().nullable(),
});
export type DisplayCount = z.output<typeof displayCountSchema>;

export const displayLinkSchema = z.object({
  /** The platform's event stream now. */
  state: z.enum(['connected', 'connecting', 'off']),
  /** When the screen last heard from the platform (connected: now; else when the stream was lost or the board last read); null: never. */
  lastHeardAt: z.string().nullable(),
  /** How many times the stream came back after it was lost. */
  reconnects: z.number().int().nonnegative(),
  /** Not heard for longer than config display.staleSeconds: the screen says its calls may not be current. */
  stale: z.boolean(),
});
export type DisplayLink = z.output<typeof displayLinkSchema>;

export const displaySettingsSchema = z.object({
  languages: z.array(z.enum(['zh-CN', 'en'])),
  repeat: z.number().int().min(1).max(3),
  historyLength: z.number().int().positive(),
  notices: z.boolean(),
  orientation: z.enum(['auto', 'landscape', 'portrait']),
  /** The voice's volume (0..1) from ui.voice; 0 when the voice is off. */
  volume: z.number().min(0).max(1),
});
export type DisplaySettings = z.output<typeof displaySettingsSchema>;

export const displayStateSchema = z.object({
  /** waiting: no board read yet (starting, or the platform not reached); ready: the board is known. */
  status: z.enum(['waiting', 'ready']),
  businessDate: z.string().nullable(),
  /** The calls this screen shows, newest first: the first is the current call; at most historyLength + 1. */
  calls: z.array(boardCallSchema),
  /** Waiting per business this screen's windows serve, in the queue set-up's order. */
  counts: z.array(displayCountSchema),
  /** This screen's windows that are not open (closed: no staff on duty; paused). */
  closedWindows: z.array(boardWindowSchema),
  link: displayLinkSchema,
  settings: displaySettingsSchema,
});
export type DisplayState = z.output<typeof displayStateSchema>;

export const displayAnnouncementSchema = z.object({
  /** Rises by one per announcement of this core: a screen says each once. */
  seq: z.number().int().positive(),
  call: boardCallSchema,
  /** Why it is said: a live call (or recall), or one of the newest missed while the screen was not hearing. */
  cause: z.enum(['live', 'missed']),
});
export type DisplayAnnouncement = z.output<typeof displayAnnouncementSchema>;

export const displayPart = {
  methods: {
    'display.state': method({
      summary: 'The call board as this display shows it now: calls (newest first), waiting counts, closed windows, how current it is, the display settings.',
      input: z.object({}).strict(),
      output: displayStateSchema,
    }),
    'display.resync': method({
      summary: 'Read the board from the platform again now (platform.offline and the like when it cannot: the screen keeps what it has).',
      input: z.object({}).strict(),
      output: displayStateSchema,
    }),
  },
  events: {
    /** The board or its link changed. */
    'display.changed': displayStateSchema,
    /** A call to say aloud, once, in the configured languages and times. */
    'display.announce': displayAnnouncementSchema,
  },
} as const;
