// One-window intake (一窗受理, 接件受理) and result hand-out (综合出件) as the Hall Platform API
// carries them: what a counter sends when it accepts a case or hands a result over, the acceptance
// (受理回执) or the one-time notice of every missing material (一次性告知书) it gets back, and a case
// as staff look it up before handing its result over. The rules: intake-rules.ts.
import { z } from 'zod';
import { caseStatuses } from './cases.ts';
import { codeLabel, nationalCodeLists, type Material } from './catalogue.ts';
import { materialRole } from './intake-rules.ts';
import { PERSON_NAME_PATTERN } from './person-name.ts';

const isoTime = z.string().datetime({ offset: true });
const staffId = z.string().trim().min(1, 'a staff number').max(32);
const windowId = z.string().min(1).max(64);
const materialName = z.string().min(1).max(200);
export const intakeCaseNumberSchema = z.string().regex(/^[0-9A-Z]{8,50}$/, 'a case number (办件编号): 8 to 50 letters or digits');
const idNumber = z.string().regex(/^\d{17}[\dX]$/, 'an ID number: 17 digits and a check character');
const unique = (names: readonly string[]) => new Set(names).size === names.length;

export const intakeAcceptBodySchema = z
  .object({
    windowId,
    staffId,
    /** The ticket being served at the window: bound to the case, so its rating is filed against it. */
    ticketId: z.string().min(1).max(64),
    itemId: z.string().min(1).max(80),
    applicant: z.object({ idNumber, name: z.string().trim().min(1).max(30).regex(PERSON_NAME_PATTERN, 'letters only') }).strict(),
    /** An existing case to bind (applied online: 网上申请, then 窗口核验) instead of creating one. */
    caseNumber: intakeCaseNumberSchema.optional(),
    /** Materials received, by their names in the item's guide: each as the guide asks (originals, copies). */
    received: z.array(materialName).max(100).refine(unique, 'a material is named twice'),
    /** Conditional materials (非必要: 委托代办时...) staff marked as applying to this applicant. */
    applies: z.array(materialName).max(100).refine(unique, 'a material is named twice').default([]),
    /** How the result reaches the applicant: at the window (综合出件) or by express, where the item offers it. */
    delivery: z.enum(['window', 'express']).default('window'),
  })
  .strict();

/** A material as the guide asks for it: what the notice says about a missing one, the receipt about a received one. */
export const guideMaterialSchema = z.object({
  name: materialName,
  originals: z.number().int().min(0),
  copies: z.number().int().min(0),
  /** 纸质, 电子, 纸质+电子 */
  format: z.string(),
  /** 申请人自备, 政府部门核发 (and which), 其他 */
  source: z.string(),
  /** required, conditional (applies) or deferrable. */
  role: z.enum(['required', 'conditional', 'deferrable', 'exempt']),
  /** The guide's acceptance standard (受理标准): for a conditional one, when it applies. */
  standard: z.string(),
});
export type GuideMaterial = z.output<typeof guideMaterialSchema>;

const itemFacts = {
  itemId: z.string(),
  itemName: z.string(),
  taskCode: z.string(),
  deptName: z.string(),
  /** 张*明: never the full name or ID number. */
  applicantMasked: z.string(),
  windowId: z.string(),
  staffId: z.string(),
};

export const acceptanceSchema = z.object({
  ...itemFacts,
  caseNumber: intakeCaseNumberSchema,
  /** The 6-digit query code (查询密码), shown once on the receipt; null for a bound case (the applicant has it already). */
  queryCode: z.string().regex(/^\d{6}$/).nullable(),
  /** True: an existing case (applied online) was bound; false: a case was created. */
  bound: z.boolean(),
  received: z.array(guideMaterialSchema),
  /** 容缺后补: accepted without them; bring them later. */
  deferred: z.array(z.string()),
  acceptedAt: isoTime,
  /** yyyy-MM-dd: the item's promise limit in working days on the hall calendar (即办件: today). */
  promisedBy: z.iso.date(),
  /** 即办件: decided on the spot. */
  instant: z.boolean(),
  delivery: z.enum(['window', 'express']),
  /** 结果名称: what is handed over. */
  resultName: z.string(),
});
export type Acceptance = z.output<typeof acceptanceSchema>;

export const missingNoticeSchema = z.object({
  ...itemFacts,
  /** GZ + yyyyMMdd + 4-digit sequence of the business date. */
  number: z.string().regex(/^GZ\d{12}$/),
  businessDate: z.iso.date(),
  issuedAt: isoTime,
  /** Every missing material, in the guide's order, with what the guide says about it. */
  missing: z.array(guideMaterialSchema).min(1),
  /** What was received this time (names): the next visit need not bring them again. */
  received: z.array(z.string()),
  consultPhone: z.string(),
});
export type MissingNotice = z.output<typeof missingNoticeSchema>;

export const intakeOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('accepted'), acceptance: acceptanceSchema }),
  z.object({ outcome: z.literal('notice'), notice: missingNoticeSchema }),
]);
export type IntakeOutcome = z.output<typeof intakeOutcomeSchema>;

export const handOverBodySchema = z
  .object({
    windowId,
    staffId,
    caseNumber: intakeCaseNumberSchema,
    /** The collection ticket being served, when there is one: bound to the case (its rating is filed against it). */
    ticketId: z.string().min(1).max(64).optional(),
    /** The holder verified by the ID card on the counter's reader... */
    idNumber: idNumber.optional(),
    /** ...or by the receipt's query code. */
    queryCode: z.string().regex(/^\d{6}$/, 'the query code: 6 digits').optional(),
  })
  .strict()
  .refine((b) => (b.idNumber === undefined) !== (b.queryCode === undefined), { message: 'give either idNumber or queryCode', path: ['idNumber'] });

export const handedOverSchema = z.object({ at: isoTime, windowId: z.string(), staffId: z.string() });

/** A case as staff see it before handing its result over (never the applicant's full name or ID). */
export const handOutCaseSchema = z.object({
  caseNumber: intakeCaseNumberSchema,
  itemId: z.string(),
  itemName: z.string(),
  deptName: z.string(),
  applicantMasked: z.string(),
  status: z.enum(caseStatuses),
  promisedBy: z.iso.date(),
  delivery: z.object({ method: z.enum(['window', 'express']), trackingNumber: z.string().nullable() }),
  /** 结果名称: what to hand over. */
  resultName: z.string(),
  handedOver: handedOverSchema.nullable(),
});
export type HandOutCase = z.output<typeof handOutCaseSchema>;

/** A material as the guide asks for it, in words a notice, a receipt or the counter's checklist shows. */
export function guideMaterial(m: Material): GuideMaterial {
  const lists = nationalCodeLists;
  const source = codeLabel(lists.materialSource, m.source) ?? m.source;
  return {
    name: m.name,
    originals: m.originals,
    copies: m.copies,
    format: codeLabel(lists.materialFormat, m.format) ?? m.format,
    source: m.sourceDept ? `${source}（${m.sourceDept}）` : source,
    role: materialRole(m),
    standard: m.acceptanceStandard,
  };
}
