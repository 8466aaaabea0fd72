// 好差评 at the window (counter role): when the window finishes a ticket, the rating pad asks the
// citizen and the counter screen's citizen side shows the same question; the next rating key (or a
// touch on the screen's faces) is the rating, bound to the ticket, the window and the staff member who
// served it. A bad rating asks for the reasons on the screen. The view below is what the citizen
// side shows; it changes by the `windowRating.changed` event.
import { z } from 'zod';
import { ratingLevels, ratingReasons } from '../../domain/rating.ts';
import { followUpPhoneSchema } from '../../domain/evaluation.ts';
import { dailySupervisionSchema, followUpRecordSchema, followUpUpdateSchema } from '../../domain/supervision.ts';
import { method } from './define.ts';

const level = z.enum(ratingLevels);
const ticket = z.object({ ticketId: z.string(), number: z.string() });

export const windowRatingViewSchema = z.discriminatedUnion('state', [
  /** Nothing to ask: the citizen side shows nothing. */
  z.object({ state: z.literal('idle') }),
  /** "请对本次服务进行评价": the five levels, until `until` (ISO time). */
  z.object({ state: z.literal('asking'), ticket, until: z.string() }),
  /** A bad level was chosen: the reasons, until `until`; without them it is filed as "no reason given". */
  z.object({ state: z.literal('reasons'), ticket, level, until: z.string() }),
  /** Thanks: the rating is kept (`sent`: the platform has it already). */
  z.object({ state: z.literal('thanks'), ticket, level, sent: z.boolean() }),
  /** This ticket was rated already ("已评价过"). */
  z.object({ state: z.literal('refused'), ticket }),
]);
export type WindowRatingView = z.output<typeof windowRatingViewSchema>;

export const windowRatingPart = {
  methods: {
    'windowRating.state': method({
      summary: 'What the citizen side of the counter screen shows now (idle when there is nothing to rate).',
      input: z.object({}).strict(),
      output: windowRatingViewSchema,
    }),
    'windowRating.rate': method({
      summary:
        'The citizen touched a level on the counter screen (as a rating key on the pad): a good one is filed at once, a bad one asks for the reasons. windowRating.nothingToRate when no finished ticket waits for a rating.',
      input: z.object({ level }).strict(),
      output: windowRatingViewSchema,
    }),
    'windowRating.giveReasons': method({
      summary: 'The reasons of a bad rating (the national list), optionally a phone for the call back (回访): files the rating.',
      input: z
        .object({
          reasons: z
            .array(z.enum(ratingReasons))
            .min(1, 'pick at least one reason')
            .max(ratingReasons.length)
            .refine((r) => new Set(r).size === r.length, 'a reason is given twice'),
          followUpPhone: z.string().trim().pipe(followUpPhoneSchema).optional(),
        })
        .strict(),
      output: windowRatingViewSchema,
    }),
    'windowRating.ask': method({
      summary: "Staff asks again (the pad's 请评价 key): the last finished ticket, if it is not rated yet; evaluation.duplicate when it is.",
      input: z.object({}).strict(),
      output: windowRatingViewSchema,
    }),
    'dev.followUps': method({
      summary: "Developer page (standing in for the supervisor's screen): the follow-ups of bad ratings (核实整改, 回访), open or all.",
      input: z.object({ state: z.enum(['open', 'closed', 'all']).default('open') }).strict(),
      output: z.object({ followUps: z.array(followUpRecordSchema) }),
    }),
    'dev.updateFollowUp': method({
      summary: 'Developer page: record who handles a follow-up, what was done, the call back; an outcome closes it.',
      input: z.object({ id: z.string().min(1).max(64), update: followUpUpdateSchema }).strict(),
      output: followUpRecordSchema,
    }),
    'dev.supervisionDaily': method({
      summary: "Developer page: the day's figures per window and staff (电子监察).",
      input: z.object({ date: z.iso.date() }).strict(),
      output: dailySupervisionSchema,
    }),
  },
  events: {
    'windowRating.changed': windowRatingViewSchema,
  },
} as const;
