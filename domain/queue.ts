// Queue tickets as the platform, the terminal and its screens all know them: a ticket, its states and
// priority, the waiting counts of a business, and the counter actions at a window.
import { z } from 'zod';

export const ticketStates = ['waiting', 'called', 'serving', 'held', 'skipped', 'transferred', 'finished'] as const;
export const priorityKinds = ['green', 'appointment', 'onlineApplication'] as const;

const isoTime = z.string().datetime({ offset: true });
const isoDate = z.string().date();

export const ticketPrioritySchema = z.object({
  code: z.string(),
  label: z.string(),
  /** Printed on the slip: 绿色通道, 预约, 网办... */
  mark: z.string(),
  basis: z.string(),
});

export const ticketSchema = z.object({
  id: z.string(),
  /** Prefix + 3 digits: A023. */
  number: z.string().regex(/^[A-Z]{1,2}\d{3}$/),
  categoryId: z.string(),
  businessDate: isoDate,
  issuedAt: isoTime,
  state: z.enum(ticketStates),
  priority: ticketPrioritySchema.nullable(),
  /** issue, appointment, transfer, or offline (numbered by a terminal while the platform was away). */
  origin: z.enum(['issue', 'appointment', 'transfer', 'offline']),
  channel: z.string(),
  terminalId: z.string(),
  waitingAhead: z.number().int().nonnegative().nullable(),
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
  /** Last 6 characters of the ID number (for a reprint, 补打); null without real name. */
  idTail6: z.string().length(6).nullable(),
  windowId: z.string().nullable(),
  staffId: z.string().nullable(),
  calledAt: isoTime.nullable(),
  callCount: z.number().int().nonnegative(),
  finishedAt: isoTime.nullable(),
  transferredFrom: z.string().nullable(),
  transferredTo: z.string().nullable(),
  appointmentCode: z.string().nullable(),
  /** Transferred to a named window (转移到指定窗口): only that window (its id) calls it; null: any window of its business. */
  reservedFor: z.string().nullable(),
});
export type Ticket = z.output<typeof ticketSchema>;

export const categoryCountsSchema = z.object({
  categoryId: z.string(),
  businessDate: isoDate,
  waiting: z.number().int().nonnegative(),
  serving: z.number().int().nonnegative(),
  held: z.number().int().nonnegative(),
  lastCalled: z.string().nullable(),
});
export type CategoryCounts = z.output<typeof categoryCountsSchema>;

/** Counter actions at a window (呼叫下一位, 重呼, 开始办理, 过号, 挂起, 回呼, 转移, 办结). */
export const counterActions = ['callNext', 'recall', 'start', 'skip', 'hold', 'callBack', 'transfer', 'finish'] as const;
export type CounterActionName = (typeof counterActions)[number];


/**
 * The queue's events on the platform's live stream (queue.events), as every hall screen may see
 * them: no personal data (no ID tail). The platform's own types (platform/queue/types.ts) match them;
 * a test keeps the two in step.
 */
export const queueEventTypes = ['ticketIssued', 'ticketCalled', 'ticketStateChanged', 'ticketTransferred', 'ticketFinished', 'appointmentCheckedIn', 'countsChanged', 'configurationChanged'] as const;
export type QueueEventType = (typeof queueEventTypes)[number];

const publicTicketSchema = ticketSchema.omit({ idTail6: true });
const at = isoTime;
export const queueEventSchemas = {
  ticketIssued: z.object({ type: z.literal('ticketIssued'), at, ticket: publicTicketSchema }),
  ticketCalled: z.object({
    type: z.literal('ticketCalled'),
    at,
    ticketId: z.string(),
    number: z.string(),
    categoryId: z.string(),
    windowId: z.string(),
    /** As on the sign and in the announcement: "请A023号到5号窗口". */
    windowNumber: z.string(),
    windowName: z.string(),
    area: z.string(),
    /** A repeat announcement (重呼). */
    recall: z.boolean(),
    callCount: z.number().int().nonnegative(),
  }),
  ticketStateChanged: z.object({
    type: z.literal('ticketStateChanged'),
    at,
    ticketId: z.string(),
    number: z.string(),
    categoryId: z.string(),
    from: z.enum(ticketStates),
    to: z.enum(ticketStates),
    windowId: z.string().nullable(),
  }),
  ticketTransferred: z.object({
    type: z.literal('ticketTransferred'),
    at,
    fromTicketId: z.string(),
    fromCategoryId: z.string(),
    position: z.enum(['keep', 'end']),
    ticket: publicTicketSchema,
  }),
  ticketFinished: z.object({
    type: z.literal('ticketFinished'),
    at,
    ticketId: z.string(),
    number: z.string(),
    categoryId: z.string(),
    windowId: z.string(),
    staffId: z.string().nullable(),
  }),
  appointmentCheckedIn: z.object({ type: z.literal('appointmentCheckedIn'), at, code: z.string(), ticketId: z.string(), categoryId: z.string() }),
  countsChanged: z.object({ type: z.literal('countsChanged'), at, counts: z.array(categoryCountsSchema) }),
  configurationChanged: z.object({ type: z.literal('configurationChanged'), at }),
} as const satisfies { [T in QueueEventType]: z.ZodType<{ type: T }> };
export type QueueEventOf<T extends QueueEventType> = z.output<(typeof queueEventSchemas)[T]>;

/**
 * The hall's call board (queue.board) as a call display reads it when it starts or resyncs: today's
 * latest calls (one per ticket, at its latest call; newest first), the waiting counts per business,
 * the businesses' names, and the windows with whether they are open. No personal data.
 */
export const boardCallSchema = z.object({
  ticketId: z.string().min(1),
  number: z.string().regex(/^[A-Z]{1,2}\d{3}$/),
  categoryId: z.string().min(1),
  windowId: z.string().min(1),
  windowNumber: z.string().regex(/^\d{1,3}$/),
  windowName: z.string(),
  area: z.string(),
  /** When it was (last) called. */
  at: isoTime,
  /** Called more than once (重呼). */
  recall: z.boolean(),
  callCount: z.number().int().positive(),
});
export type BoardCall = z.output<typeof boardCallSchema>;

/** A window as the board shows it: open (staff on duty), paused (暂停服务, when the platform knows) or closed. */
export const boardWindowStates = ['open', 'paused', 'closed'] as const;
export const boardWindowSchema = z.object({
  id: z.string().min(1),
  number: z.string().regex(/^\d{1,3}$/),
  name: z.string(),
  area: z.string(),
  categoryIds: z.array(z.string()),
  state: z.enum(boardWindowStates),
});
export type BoardWindow = z.output<typeof boardWindowSchema>;

export const queueBoardSchema = z.object({
  businessDate: isoDate,
  /** The platform's time when it answered. */
  at: isoTime,
  calls: z.array(boardCallSchema),
  counts: z.array(categoryCountsSchema),
  categories: z.array(z.object({ id: z.string().min(1), name: z.string(), prefix: z.string() })),
  windows: z.array(boardWindowSchema),
});
export type QueueBoard = z.output<typeof queueBoardSchema>;
/** The most calls queue.board answers (and a display keeps). */
export const BOARD_CALLS_MAX = 50;
