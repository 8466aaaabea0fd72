// Case progress (办件进度): a case by its number (办件编号), with its steps and times.
import { z } from 'zod';

export const caseStates = ['accepted', 'reviewing', 'decided', 'certifying', 'delivering', 'finished', 'rejected', 'suspended'] as const;

export const caseStepSchema = z.object({
  /** 受理, 审查, 决定, 制证, 送达... */
  name: z.string().min(1),
  state: z.enum(['done', 'current', 'pending']),
  at: z.string().datetime({ offset: true }).nullable(),
  deptName: z.string().min(1),
  note: z.string().nullable(),
});

export const caseProgressSchema = z.object({
  caseNumber: z.string().min(1).max(50),
  itemName: z.string().min(1),
  taskCode: z.string().length(31),
  /** Masked: 张*明. Never the full name on a public screen. */
  applicantMasked: z.string(),
  state: z.enum(caseStates),
  acceptedAt: z.string().datetime({ offset: true }),
  /** When the promise time limit runs out (承诺办结时限). */
  promisedBy: z.string().date().nullable(),
  steps: z.array(caseStepSchema).min(1),
  /** How the result is collected: window, express delivery... */
  delivery: z.string().nullable(),
});
export type CaseProgress = z.output<typeof caseProgressSchema>;
