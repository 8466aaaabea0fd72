// 电子监察 (supervision): what the hall's supervisors read from the platform. A bad rating's follow-up
// record (核实整改, 回访: who handles it, what was done, when the citizen was called back, the outcome it
// was closed with), and the day's figures per window and per staff member (calls, waits, service
// times, what became of the tickets, ratings by level). Schemas only; the platform computes them.
import { z } from 'zod';
import { evaluationStages, followUpPhoneSchema, ratingLevels } from './evaluation.ts';

const isoTime = z.string().datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);

/** How a follow-up was closed: put right (整改到位), explained to the citizen (解释说明), the citizen could not be reached (联系不上). */
export const followUpOutcomes = ['rectified', 'explained', 'unreachable'] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

export const followUpRecordSchema = z.object({
  /** The evaluation's id (one follow-up per bad rating). */
  id: z.string().min(1).max(64),
  /** 'case:<number>' or 'ticket:<id>'. */
  target: z.string().min(1).max(80),
  stage: z.enum(evaluationStages),
  level: z.enum(ratingLevels),
  reasons: z.array(z.string().max(100)),
  comment: z.string().max(500).nullable(),
  windowId: z.string().nullable(),
  staffId: z.string().nullable(),
  /** The number the citizen left for the call back; null when none was left. */
  phone: followUpPhoneSchema.nullable(),
  /** YYYYMMDDThhmmss hall time, as the rating carries it. */
  ratedAt: z.string(),
  /** yyyy-MM-dd: the last working day it is due. */
  dueBy: z.iso.date(),
  state: z.enum(['open', 'closed']),
  /** Who handles it (a staff number or a name). */
  handler: z.string().nullable(),
  /** What was verified and done (核实整改). */
  actionTaken: z.string().nullable(),
  /** When the citizen was called back (回访). */
  calledBackAt: isoTime.nullable(),
  outcome: z.enum(followUpOutcomes).nullable(),
  closedAt: isoTime.nullable(),
  updatedAt: isoTime.nullable(),
});
export type FollowUpRecord = z.output<typeof followUpRecordSchema>;

/**
 * An update of a follow-up: any of who handles it, what was done, when the citizen was called back;
 * `outcome` closes it (a close needs what was done, and a call back unless the citizen was unreachable).
 */
export const followUpUpdateSchema = z
  .object({
    handler: text(40).optional(),
    actionTaken: text(500).optional(),
    calledBackAt: isoTime.optional(),
    outcome: z.enum(followUpOutcomes).optional(),
  })
  .strict()
  .refine((u) => Object.keys(u).length > 0, { message: 'nothing to update: give handler, actionTaken, calledBackAt or outcome' });
export type FollowUpUpdate = z.output<typeof followUpUpdateSchema>;

const count = z.number().int().nonnegative();
/** Seconds, rounded; null when there was nothing to average. */
const seconds = z.number().nonnegative().nullable();

export const ratingCountsSchema = z.object(Object.fromEntries(ratingLevels.map((l) => [l, count])) as Record<(typeof ratingLevels)[number], typeof count>);
export type RatingCounts = z.output<typeof ratingCountsSchema>;

export const dailyFiguresSchema = z.object({
  /** Tickets called (a recall is not a new call). */
  calls: count,
  /** Repeat announcements (重呼) and call backs. */
  recalls: count,
  /** Average from issue (or from a transfer, for a transferred ticket's successor) to the call. */
  averageWaitSeconds: seconds,
  /** Average from the call to 办结, over the finished tickets. */
  averageServiceSeconds: seconds,
  finished: count,
  skipped: count,
  transferred: count,
  ratings: ratingCountsSchema,
  /** Ratings given / tickets finished (served); null when none was finished. */
  ratingRate: z.number().nonnegative().nullable(),
});
export type DailyFigures = z.output<typeof dailyFiguresSchema>;

export const dailySupervisionSchema = z.object({
  date: z.iso.date(),
  windows: z.array(z.object({ windowId: z.string(), figures: dailyFiguresSchema })),
  staff: z.array(z.object({ staffId: z.string(), figures: dailyFiguresSchema })),
  hall: dailyFiguresSchema,
});
export type DailySupervision = z.output<typeof dailySupervisionSchema>;
