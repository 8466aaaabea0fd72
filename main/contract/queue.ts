// The queue as the screens ask the core for it: the business tiles, taking a ticket, checking in.
import { z } from 'zod';
import { method } from './define.ts';
import { priorityKinds } from '../../domain/queue.ts';
import { typedIdNumberSchema } from './identity.ts';

// ---- what the screens ask of the core -------------------------------------------------------------

export const categoryTileSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  prefix: z.string(),
  /** Where it is served, as printed on the slip. */
  area: z.string(),
  deptNames: z.array(z.string()),
  /** The ID card must be read to take this ticket (实名取号). */
  realNameRequired: z.boolean(),
  /** People waiting now; null when the platform cannot be asked. */
  waiting: z.number().int().nonnegative().nullable(),
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
  /** While offline: can this terminal still number a ticket for it (reserved range)? */
  offlineAvailable: z.boolean(),
  /** Within its opening hours now (hall time): a closed tile is greyed out and says when it opens. */
  openNow: z.boolean(),
  /** When it opens next, while closed: later today (inDays 0), tomorrow (1)...; null when open or never. */
  opensAt: z.object({ inDays: z.number().int().min(0), weekday: z.number().int().min(1).max(7), at: z.string() }).nullable(),
  /** Today's hours, "08:30-12:00, 13:30-17:00"; "" when it does not open today. */
  hoursText: z.string(),
  /**
   * 绿色通道: a desk only for those its priority rules name. Self-service only by age read from the
   * card (minAge; null: no age rule); the other groups (staffGroups) are confirmed by hall staff.
   */
  greenChannel: z.object({ minAge: z.number().int().positive().nullable(), staffGroups: z.array(z.string()) }).nullable(),
  /** 办事预约: the business takes appointments (the booking screens list it). */
  bookable: z.boolean(),
});
export type CategoryTile = z.output<typeof categoryTileSchema>;

/** A ticket as the kiosk shows and prints it. */
export const issuedTicketSchema = z.object({
  /** The platform's id; null for a ticket numbered offline (until reconciled). */
  ticketId: z.string().nullable(),
  number: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  area: z.string(),
  deptName: z.string(),
  issuedAt: z.string(),
  waitingAhead: z.number().int().nonnegative().nullable(),
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
  /** 绿色通道, 预约... printed on the slip; null for an ordinary ticket. */
  priorityMark: z.string().nullable(),
  /** Numbered by this terminal while the platform was away: the slip says so. */
  offline: z.boolean(),
  /** The tracking link of the slip's QR (follow the queue, rate on a phone); null without one. */
  trackingUrl: z.string().nullable(),
  /** A repeated appointment check-in: the same ticket as before. */
  repeated: z.boolean(),
  /** printed: take the slip; noPrinter/failed: the screen shows the number (and a phone QR) instead. */
  print: z.enum(['printed', 'noPrinter', 'failed']),
  /** Why it did not print (printer.paperOut...), for the screen's wording. */
  printError: z.string().nullable(),
});
export type IssuedTicket = z.output<typeof issuedTicketSchema>;

/** The categories as the home screen lists them. */
export const queueCategoriesSchema = z.object({
  /** The platform answered: every tile can take a ticket (offline, only those with offlineAvailable). */
  online: z.boolean(),
  businessDate: z.string().nullable(),
  /** The set-up shown is the terminal's cached copy (the platform is away, or its answer was refused). */
  fromCache: z.boolean(),
  /** When the platform gave the set-up shown (ISO time); null when that is not known. */
  fetchedAt: z.string().nullable(),
  categories: z.array(categoryTileSchema),
});
export type QueueCategories = z.output<typeof queueCategoriesSchema>;

export const queuePart = {
  methods: {
    'queue.listCategories': method({
      summary: 'The business categories a ticket can be taken for, with how many wait (from the cached set-up when offline).',
      input: z.object({}).strict(),
      output: queueCategoriesSchema,
    }),
    'queue.issueTicket': method({
      summary:
        'Take a ticket for a category. The ID card in the reader, if any, makes it a real-name ticket. Offline: refused or numbered from the reserved range, as the profile says.',
      input: z
        .object({
          categoryId: z.string().min(1).max(64),
          priority: z.enum(priorityKinds).nullable().default(null),
          /** Typed on the screen when the card cannot be read (reader or SAM failure); never logged. */
          idNumber: typedIdNumberSchema.optional(),
        })
        .strict(),
      output: issuedTicketSchema,
    }),
    'queue.reprint': method({
      summary:
        'Print again (补打) a ticket of this visit: one taken here, or the one the platform named when it refused a second (queue.duplicate). The slip is marked 补打 and shows only the last 6 ID characters.',
      input: z.object({ ticketId: z.string().min(1).max(64) }).strict(),
      output: issuedTicketSchema,
    }),
    'queue.checkIn': method({
      summary: 'Check in an online appointment by its code (typed or scanned).',
      input: z.object({ code: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{4,20}$/, '4-20 letters or digits') }).strict(),
      output: issuedTicketSchema,
    }),
    'queue.checkInByCard': method({
      summary:
        "Check in the appointment of the ID card on the reader (or of the number typed when the card cannot be read): the platform finds the holder's appointment today.",
      input: z
        .object({
          /** Typed on the screen when the card cannot be read; never logged. */
          idNumber: typedIdNumberSchema.optional(),
        })
        .strict(),
      output: issuedTicketSchema,
    }),
  },
  events: {},
} as const;
