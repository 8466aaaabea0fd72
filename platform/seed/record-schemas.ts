// Shapes of the reference platform's sample records: appointments (网上预约) and cases (办件) with
// progress. They belong here until the appointment and case-progress methods are declared in
// main/contract; then these schemas should move there.
import { z } from 'zod';
import { caseNumberSchema, clockTimeSchema, parseCaseNumber, taskCodeSchema } from '../../domain/catalogue.ts';
import { hasValidCheckDigit } from '../../domain/id-number.ts';

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
export const idNumberSchema = z.string().refine((id) => hasValidCheckDigit(id) && id === id.toUpperCase(), { message: '公民身份号码格式或校验位错误' });
export const mobileSchema = z.string().regex(/^1[3-9]\d{9}$/, '手机号码格式不对');

export const appointmentSchema = z
  .object({
    /** 预约码, sent by SMS and typed or scanned at the kiosk. */
    code: z.string().regex(/^YY\d{8}$/),
    itemId: z.string().min(1),
    itemName: z.string().min(1),
    categoryId: z.string().min(1),
    date: isoDate,
    slot: z.object({ from: clockTimeSchema, to: clockTimeSchema }),
    applicant: z.object({ name: z.string().min(1), idNumber: idNumberSchema, phone: mobileSchema }),
    channel: z.enum(['web', 'app', 'miniProgram', 'phone']),
    status: z.enum(['booked', 'checkedIn', 'cancelled', 'missed']),
    createdAt: isoDateTime,
    checkedInAt: isoDateTime.nullable(),
  })
  .superRefine((a, ctx) => {
    if ((a.status === 'checkedIn') !== (a.checkedInAt !== null)) {
      ctx.addIssue({ code: 'custom', message: '只有已签到的预约有签到时间', path: ['checkedInAt'] });
    }
    if (a.createdAt.slice(0, 10) > a.date) ctx.addIssue({ code: 'custom', message: '预约创建时间晚于预约日期', path: ['createdAt'] });
  });
export type Appointment = z.infer<typeof appointmentSchema>;

export const caseStepSchema = z.object({
  name: z.string().min(1),
  status: z.enum(['done', 'current', 'pending']),
  at: isoDateTime.nullable(),
  handler: z.string().nullable(),
  opinion: z.string().nullable(),
});
export type CaseStep = z.infer<typeof caseStepSchema>;

export const caseStatuses = ['accepted', 'inReview', 'correction', 'ready', 'delivered', 'rejected'] as const;

export const caseRecordSchema = z
  .object({
    caseNumber: caseNumberSchema,
    taskCode: taskCodeSchema,
    itemId: z.string().min(1),
    itemName: z.string().min(1),
    deptName: z.string().min(1),
    applicant: z.object({
      kind: z.enum(['person', 'enterprise']),
      name: z.string().min(1),
      idNumber: idNumberSchema,
      phone: mobileSchema,
      orgName: z.string().nullable(),
      orgCode: z.string().nullable(),
    }),
    /** 查询密码 printed on the acceptance receipt. */
    queryCode: z.string().regex(/^\d{6}$/),
    channel: z.enum(['window', 'online', 'kiosk']),
    acceptedAt: isoDateTime,
    promisedBy: isoDate,
    finishedAt: isoDateTime.nullable(),
    status: z.enum(caseStatuses),
    steps: z.array(caseStepSchema).min(1),
    delivery: z.object({ method: z.enum(['window', 'express']), trackingNumber: z.string().nullable() }),
  })
  .superRefine((c, ctx) => {
    const issue = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    const parts = parseCaseNumber(c.caseNumber);
    if (parts) {
      if (parts.taskCode !== c.taskCode) issue('办件编号应以实施编码开头', 'caseNumber');
      if (parts.date !== c.acceptedAt.slice(0, 10)) issue('办件编号中的日期应为受理日期', 'caseNumber');
    }
    if (c.applicant.kind === 'enterprise' && (c.applicant.orgName === null || c.applicant.orgCode === null)) {
      issue('企业申请人应有名称和统一社会信用代码', 'applicant');
    }
    // Steps run in order: done ... current? ... pending, with non-decreasing times.
    let seenCurrent = false;
    let seenPending = false;
    let last = '';
    for (const s of c.steps) {
      if (s.status === 'done') {
        if (seenCurrent || seenPending) issue('已完成环节不应排在当前或待办环节之后', 'steps');
        if (s.at === null) issue('已完成环节应有完成时间', 'steps');
        else if (s.at < last) issue('环节时间应按先后排列', 'steps');
        else last = s.at;
      } else if (s.status === 'current') {
        if (seenCurrent || seenPending) issue('只能有一个当前环节，且在待办环节之前', 'steps');
        seenCurrent = true;
      } else {
        seenPending = true;
        if (s.at !== null) issue('待办环节不应有时间', 'steps');
      }
    }
    const finished = c.status === 'delivered' || c.status === 'rejected';
    if (finished !== (c.finishedAt !== null)) issue('只有办结（送达或不予办理）的办件有办结时间', 'finishedAt');
    if (finished && c.steps.some((s) => s.status !== 'done')) issue('办结的办件所有环节应已完成', 'steps');
    if (c.finishedAt !== null && c.finishedAt < c.acceptedAt) issue('办结时间早于受理时间', 'finishedAt');
    if (c.steps[0]?.at !== c.acceptedAt) issue('第一个环节（受理）的时间应为受理时间', 'steps');
  });
export type CaseRecord = z.infer<typeof caseRecordSchema>;
