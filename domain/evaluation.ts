// 好差评: the five levels as named values (stored and sent by name; codes only at the edges), and an
// evaluation as the terminal sends it (国办发〔2019〕51号, GB/T 39734/39735-2020, DOMAIN.md §4).
import { z } from 'zod';
import { evaluationChannels, evaluationStages, ratingLevelLabels, ratingLevels, ratingNeedsReason, ratingReasons } from './rating.ts';

export { ratingLevels, ratingLevelLabels, ratingNeedsReason, evaluationChannels, evaluationStages, ratingReasons, ratingReasonLabels, evaluationStageOf, areaCodeOfTaskCode } from './rating.ts';
export type { RatingLevel, EvaluationStage, RatingReason } from './rating.ts';

export const ratingLevelSchema = z.enum(ratingLevels);
export const ratingReasonSchema = z.enum(ratingReasons);

/** A mobile number the hall can call back (回访): 11 digits, 13x-19x. */
export const followUpPhoneSchema = z.string().regex(/^1[3-9]\d{9}$/, 'an 11-digit mobile number starting 13-19');

/** YYYYMMDDThhmmss, local hall time, as the national 好差评 exchange writes it. */
export const ratedAtSchema = z.string().regex(/^\d{8}T\d{6}$/, 'expected YYYYMMDDThhmmss');

export const evaluationSchema = z
  .object({
    /** Exactly one of the two: the case (办件编号) or the served ticket. */
    caseNumber: z.string().min(1).max(50).optional(),
    ticketId: z.string().min(1).max(64).optional(),
    stage: z.enum(evaluationStages),
    level: ratingLevelSchema,
    /** Picked from the reason list; required (or `comment`) for bad ratings. */
    reasons: z.array(z.string().min(1).max(100)).max(10).default([]),
    comment: z.string().max(500).optional(),
    /**
     * The window and the staff member rated. A rating pad at a window knows them and must send them; a
     * rating of a case from elsewhere (a kiosk, a phone) may leave them out, and the platform fills
     * them from the case (who accepted it).
     */
    windowId: z.string().min(1).max(64).optional(),
    staffId: z.string().min(1).max(64).optional(),
    channel: z.enum(evaluationChannels),
    /** Optional: a mobile number the hall may call about this rating (核实整改, 回访). Personal data. */
    followUpPhone: followUpPhoneSchema.optional(),
    ratedAt: ratedAtSchema,
    /** 行政区划代码 of the hall. */
    areaCode: z.string().regex(/^[1-9]\d{5}$/),
  })
  .strict()
  .superRefine((e, ctx) => {
    if ((e.caseNumber === undefined) === (e.ticketId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: 'give exactly one of caseNumber and ticketId' });
    }
    if (ratingNeedsReason(e.level) && e.reasons.length === 0 && !e.comment?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: `a "${ratingLevelLabels[e.level]}" rating needs a reason` });
    }
    if (e.channel === 'hallPad' || e.caseNumber === undefined) {
      for (const key of ['windowId', 'staffId'] as const) {
        if (e[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required for a rating of a served ticket or from a rating pad` });
      }
    }
  });
export type Evaluation = z.output<typeof evaluationSchema>;
export type EvaluationInput = z.input<typeof evaluationSchema>;
