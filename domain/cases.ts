// Case progress (办件进度): what a citizen sees of a case (办件), found by its number and the query
// code printed on the acceptance receipt (查询密码), or by the ID card of the applicant.
import { z } from 'zod';

export const caseStatuses = ['accepted', 'inReview', 'correction', 'ready', 'delivered', 'rejected'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

const isoDateTime = z.string().datetime({ offset: true });

export const caseStepSchema = z.object({
  /** 受理, 审查, 决定, 制证, 送达... */
  name: z.string().min(1),
  status: z.enum(['done', 'current', 'pending']),
  at: isoDateTime.nullable(),
  /** The post or officer that handles it (承办人). */
  handler: z.string().nullable(),
  opinion: z.string().nullable(),
});

export const caseProgressSchema = z.object({
  caseNumber: z.string().min(1).max(50),
  taskCode: z.string().length(31),
  itemId: z.string().min(1),
  itemName: z.string().min(1),
  deptName: z.string().min(1),
  /** Masked: 张*明, or the company name. Never a full personal name or ID number. */
  applicantMasked: z.string(),
  channel: z.enum(['window', 'online', 'kiosk']),
  acceptedAt: isoDateTime,
  /** When the promised time limit runs out (承诺办结时限). */
  promisedBy: z.string().date(),
  finishedAt: isoDateTime.nullable(),
  status: z.enum(caseStatuses),
  steps: z.array(caseStepSchema).min(1),
  delivery: z.object({ method: z.enum(['window', 'express']), trackingNumber: z.string().nullable() }),
});
export type CaseProgress = z.output<typeof caseProgressSchema>;
