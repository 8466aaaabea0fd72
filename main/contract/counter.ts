// The window terminal (role counter, 窗口叫号终端): staff sign in at the window (staff number and PIN,
// or the staff card on the reader), call and serve the queue's tickets (call next, recall, start, skip
// 过号, hold 挂起 and call back 回呼, transfer 转移, finish 办结), pause the window (暂停服务), and answer
// the kiosks' help calls (帮办). The screen never polls: `counter.changed` carries the whole state.
import { z } from 'zod';
import { helpCallSchema } from '../../domain/help.ts';
import { staffOnDutySchema, STAFF_ID_PATTERN, STAFF_PIN_PATTERN } from '../../domain/staff.ts';
import { ticketSchema } from '../../domain/queue.ts';
import { method } from './define.ts';

const isoTime = z.string().datetime({ offset: true });

/**
 * A ticket as the window screen shows it: the platform's ticket (its holder only as the ID number's
 * last 6 characters, idTail6; its priority mark, appointment code, transfer origin) and its business's name.
 */
export const counterTicketSchema = ticketSchema.extend({
  /** The business's name (from the cached queue set-up), or its id when unknown. */
  categoryName: z.string(),
});
export type CounterTicket = z.output<typeof counterTicketSchema>;

export const counterBusinessSchema = z.object({
  categoryId: z.string(),
  name: z.string(),
  prefix: z.string(),
  /** Served at this window (else only a transfer target). */
  mine: z.boolean(),
  /** Waiting now (null until the platform's counts are known). */
  waiting: z.number().int().nonnegative().nullable(),
});
export type CounterBusiness = z.output<typeof counterBusinessSchema>;

/** Another window of the hall, as a transfer target (转移到指定窗口). */
export const counterWindowSchema = z.object({
  id: z.string(),
  /** "5", as on its sign. */
  number: z.string(),
  name: z.string(),
  /** The businesses it serves, in its order. */
  categoryIds: z.array(z.string()),
  /** Staff on duty there (as of the cached queue set-up): only an open window takes a transfer. */
  open: z.boolean(),
});
export type CounterWindow = z.output<typeof counterWindowSchema>;

export const counterStateSchema = z.object({
  windowId: z.string(),
  /** "5" and "综合受理5号窗口", once the queue set-up is known. */
  windowNumber: z.string().nullable(),
  windowName: z.string().nullable(),
  /** Who is signed in at this window from this terminal (null: the sign-in screen). */
  staff: staffOnDutySchema.nullable(),
  /** 暂停服务: no new citizen is called. */
  paused: z.boolean(),
  /** Paused by itself after `idlePauseMinutes` untouched: staff must sign in again. */
  locked: z.boolean(),
  /** The window's businesses first (its order), then the others (transfer targets). */
  businesses: z.array(counterBusinessSchema),
  /** The hall's other windows, by number (transfer targets). */
  otherWindows: z.array(counterWindowSchema),
  /** The ticket at the window: called or being served. */
  current: counterTicketSchema.nullable(),
  /** Held (挂起) at this window, to call back. */
  held: z.array(counterTicketSchema),
  /** Skipped (过号) at this window today, to call back when the citizen comes. */
  skipped: z.array(z.object({ id: z.string(), number: z.string(), categoryName: z.string(), at: isoTime })),
  /** The kiosks' open help calls (帮办), oldest first. */
  helpCalls: z.array(helpCallSchema),
  /** The platform's event stream is connected: what is shown follows the hall live. */
  live: z.boolean(),
  /** When the window's state was last read from the platform (null: never since start). */
  readAt: isoTime.nullable(),
  /** The idle pause's minutes (config counter.idlePauseMinutes). */
  idlePauseMinutes: z.number().int().positive(),
});
export type CounterState = z.output<typeof counterStateSchema>;

/** What the staff can do with the queue at the window. */
export const counterActInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('callNext') }).strict(),
  z.object({ action: z.literal('recall') }).strict(),
  z.object({ action: z.literal('start') }).strict(),
  z.object({ action: z.literal('skip') }).strict(),
  z.object({ action: z.literal('hold') }).strict(),
  z.object({ action: z.literal('finish') }).strict(),
  z.object({ action: z.literal('callBack'), ticketId: z.string().min(1).max(64) }).strict(),
  // To another business, to a named window of the hall (转移到指定窗口: only it calls the citizen next), or both.
  z
    .object({ action: z.literal('transfer'), toCategoryId: z.string().min(1).max(64).optional(), toWindowId: z.string().min(1).max(64).optional(), position: z.enum(['keep', 'end']) })
    .strict()
    .refine((t) => t.toCategoryId !== undefined || t.toWindowId !== undefined, { message: 'a transfer needs a business (toCategoryId) or a window (toWindowId)', path: ['toCategoryId'] }),
]);
export type CounterActInput = z.output<typeof counterActInputSchema>;

const callId = z.string().min(1).max(64);
const empty = z.object({}).strict();

export const counterPart = {
  methods: {
    'counter.state': method({ summary: "The window terminal's state now (staff, pause, businesses, current, held, skipped, help calls).", input: empty, output: counterStateSchema }),
    'counter.signIn': method({
      summary: 'Staff sign in at this window by staff number and PIN (staff.wrongPin with details.attemptsLeft, staff.locked with details.until, staff.onDutyElsewhere with details.windowNumber).',
      input: z.object({ staffId: z.string().regex(STAFF_ID_PATTERN, 'a staff number: two capitals and four digits, e.g. LX2001'), pin: z.string().regex(STAFF_PIN_PATTERN, 'a PIN: 4 to 8 digits') }).strict(),
      output: counterStateSchema,
    }),
    'counter.signOut': method({ summary: 'The staff sign out (queue.windowBusy while a citizen is at the window).', input: empty, output: counterStateSchema }),
    'counter.pause': method({ summary: '暂停服务: no new citizen is called until resumed.', input: empty, output: counterStateSchema }),
    'counter.resume': method({ summary: 'The paused window serves again.', input: empty, output: counterStateSchema }),
    'counter.act': method({
      summary: 'A queue action at this window; a press retried after a timeout or with the platform away is sent with the same idempotency key.',
      input: counterActInputSchema,
      output: counterStateSchema,
    }),
    'counter.activity': method({ summary: 'The staff touched the screen or a key: the idle pause starts counting again.', input: empty, output: z.object({}) }),
    'counter.acknowledgeHelp': method({ summary: 'The signed-in staff go to a kiosk that called for help (帮办).', input: z.object({ callId }).strict(), output: counterStateSchema }),
    'counter.resolveHelp': method({ summary: 'The citizen at that kiosk was helped.', input: z.object({ callId }).strict(), output: counterStateSchema }),
    'dev.padDisplay': method({
      summary: "Developer page: what the simulated window caller's display was told to show (latest last) and how often it beeped; null without a simulated serial pad.",
      input: empty,
      output: z.object({ shown: z.array(z.string()), beeps: z.number().int().nonnegative() }).nullable(),
    }),
  },
  events: {
    /** The whole state, after every change (an action here, an event of the hall, the idle pause). */
    'counter.changed': counterStateSchema,
    /** The caller's transfer key was pressed on the pad: the screen opens the transfer choice. */
    'counter.transferRequested': z.object({}),
    /** A card on the reader at the sign-in screen did not sign anyone in: why (staff.unknownCard, staff.onDutyElsewhere, platform.offline...). */
    'counter.cardRefused': z.object({ code: z.string(), windowNumber: z.string().nullable() }),
  },
} as const;
