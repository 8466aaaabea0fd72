// 好差评 at the kiosk: a citizen finds a case they may rate (by the ID card: the holder's own cases;
// by its number and the receipt's query code: never by number alone), learns before rating whether it
// can still be rated (the platform's record, and a rating of it still waiting on this terminal), and
// rates it: five levels, a reason for the two bad ones, an optional phone for the hall's follow-up
// (核实整改, 回访). The rating goes through the outbox, exactly once; offline it waits on the terminal.
import { z } from 'zod';
import { caseStatuses } from '../../domain/cases.ts';
import { evaluationStages, followUpPhoneSchema, ratingLevelLabels, ratingLevelSchema, ratingNeedsReason, ratingReasonSchema, ratingReasons } from '../../domain/evaluation.ts';
import { method } from './define.ts';

/** A case as the rating screens show it, with the stage it would be rated at now. */
export const rateableCaseSchema = z.object({
  caseNumber: z.string(),
  itemName: z.string(),
  deptName: z.string(),
  status: z.enum(caseStatuses),
  /** 受理 (a case in progress) or 办结 (a finished one): DOMAIN.md §4. */
  stage: z.enum(evaluationStages),
  acceptedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RateableCase = z.output<typeof rateableCaseSchema>;

/** The working days the hall takes to follow a bad rating up (the platform's local rule). */
const followUpWorkingDays = z.number().int().positive();

const caseNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{8,50}$/, 'a case number (办件编号): 8 to 50 letters or digits');

export const ratingInputSchema = z
  .object({
    caseNumber,
    level: ratingLevelSchema,
    /** Picked from the national list; a bad rating needs one, or a comment. */
    reasons: z
      .array(ratingReasonSchema)
      .max(ratingReasons.length)
      .refine((r) => new Set(r).size === r.length, 'a reason is given twice')
      .default([]),
    comment: z.string().trim().max(500, 'at most 500 characters').optional(),
    /** So the hall can call back; optional, never required. */
    followUpPhone: z.string().trim().pipe(followUpPhoneSchema).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (ratingNeedsReason(r.level) && r.reasons.length === 0 && !r.comment) {
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: `a "${ratingLevelLabels[r.level]}" rating needs a reason: pick one or write one` });
    }
    if (!ratingNeedsReason(r.level) && r.reasons.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'reasons are for the two bad levels only' });
    }
  });

export const ratingPart = {
  methods: {
    'rating.lookup': method({
      summary:
        "好差评 by ID card: the holder's own cases that can still be rated (or those of the number typed when the card cannot be read), and how many are rated already. Needs the platform.",
      input: z
        .object({ idNumber: z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, 'an ID number: 17 digits and a check character').optional() })
        .strict(),
      output: z.object({ cases: z.array(rateableCaseSchema), alreadyRated: z.number().int().nonnegative(), followUpWorkingDays }),
    }),
    'rating.query': method({
      summary:
        '好差评 by case number and the receipt’s query code: the case, if it can still be rated (evaluation.duplicate when rated at this stage, also by a rating still waiting on this terminal). Needs the platform.',
      input: z.object({ caseNumber, queryCode: z.string().trim().regex(/^\d{6}$/, 'the query code: 6 digits') }).strict(),
      output: z.object({ case: rateableCaseSchema, followUpWorkingDays }),
    }),
    'rating.check': method({
      summary: 'Whether a case looked up in this visit (case progress) can be rated now, and at which stage.',
      input: z.object({ caseNumber }).strict(),
      output: z.object({ case: rateableCaseSchema, followUpWorkingDays }),
    }),
    'rating.submit': method({
      summary:
        'Rates a case found in this visit, from this kiosk (channel 自助终端). Kept on the terminal and delivered exactly once; `sent` says whether the platform has it already.',
      input: ratingInputSchema,
      output: z.object({
        reference: z.string(),
        waiting: z.number().int().nonnegative(),
        /** False: kept on this kiosk, sent when the platform is back. */
        sent: z.boolean(),
        followUpWorkingDays,
      }),
    }),
  },
  events: {},
} as const;
