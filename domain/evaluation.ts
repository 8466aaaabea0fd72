// 好差评: the five levels as named values (stored and sent by name; codes only at the edges), and an
// evaluation as the terminal sends it (国办发〔2019〕51号, GB/T 39734/39735-2020, DOMAIN.md §4).
import { z } from 'zod';

/** Ordered from best to worst; the order is GB/T 39046's. */
export const ratingLevels = ['verySatisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'veryDissatisfied'] as const;
export type RatingLevel = (typeof ratingLevels)[number];
export const ratingLevelSchema = z.enum(ratingLevels);

/** The national wording (what a screen shows). */
export const ratingLevelLabels: Readonly<Record<RatingLevel, string>> = {
  verySatisfied: '非常满意',
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
  veryDissatisfied: '非常不满意',
};

/** 不满意 and 非常不满意 must carry a reason. */
export function ratingNeedsReason(level: RatingLevel): boolean {
  return level === 'dissatisfied' || level === 'veryDissatisfied';
}

/** Where the rating was given (评价渠道). */
export const evaluationChannels = ['hallPad', 'hallTablet', 'qrCode', 'pc', 'mobile', 'phone', 'sms'] as const;
export const evaluationStages = ['accept', 'finish'] as const;

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
    windowId: z.string().min(1).max(64),
    staffId: z.string().min(1).max(64),
    channel: z.enum(evaluationChannels),
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
  });
export type Evaluation = z.output<typeof evaluationSchema>;
export type EvaluationInput = z.input<typeof evaluationSchema>;
