// Case progress (办件进度): what a citizen sees of a case (办件), found by its number and the query
// code printed on the acceptance receipt (查询密码), or by the ID card of the applicant.
import { z } from 'zod';

export const caseStatuses = ['accepted', 'inReview', 'correction', 'ready', 'delivered', 'rejected'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** How a status is printed on slips and sheets (the screens have their own words per language). */
export const caseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  accepted: '已受理',
  inReview: '审查中',
  correction: '待补正材料',
  ready: '已办结，待领取',
  delivered: '已办结，已送达',
  rejected: '不予办理',
};

export const caseStepStatusLabels: Readonly<Record<'done' | 'current' | 'pending', string>> = {
  done: '已完成',
  current: '办理中',
  pending: '待办理',
};

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

/**
 * What the applicant does next, as printed (Chinese): `collectAt` names the result-collection window
 * (综合出件窗口 一楼A区) for a result handed out at a window.
 */
export function caseNextStepText(c: Pick<CaseProgress, 'status' | 'promisedBy' | 'delivery'>, collectAt: string | null): string {
  switch (c.status) {
    case 'accepted':
    case 'inReview':
      return `正在办理，承诺于 ${c.promisedBy} 前办结，请耐心等待。`;
    case 'correction':
      return '材料需补正：请按一次性告知单准备材料，到受理窗口补交。';
    case 'ready':
      if (c.delivery.method === 'express') {
        return c.delivery.trackingNumber ? `办理结果将邮寄送达，快递单号 ${c.delivery.trackingNumber}。` : '办理结果将邮寄送达，请留意快递。';
      }
      return `办理结果已可领取：请携带身份证和受理回执到${collectAt ?? '出件窗口'}领取。`;
    case 'delivered':
      return '已办结，办理结果已送达。';
    case 'rejected':
      return '不予办理：请查看不予办理决定书；如有疑问可咨询受理窗口。';
  }
}
