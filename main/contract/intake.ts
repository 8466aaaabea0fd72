// One-window intake (一窗受理, 接件受理) and result hand-out (综合出件) as the counter's screen asks the
// core: an item's checklist from the local catalogue (there offline too), accept for the ticket at the
// window (a case, or a one-time notice of every missing material), printed on the ticket printer and
// reprinted on demand; a case looked up for hand-out and handed over to its verified holder. Accept,
// notice and hand-out need the platform (platform.offline says so plainly).
import { z } from 'zod';
import { guideMaterialSchema, handOutCaseSchema, handedOverSchema, intakeOutcomeSchema } from '../../domain/intake.ts';
import { errorCodes } from '../../domain/errors.ts';
import { method } from './define.ts';
import { typedIdNumberSchema } from './identity.ts';

const caseNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{8,50}$/, 'a case number (办件编号): 8 to 50 letters or digits');
const staffId = z.string().trim().min(1, 'the staff number of who is serving').max(32);
const materialNames = z.array(z.string().min(1).max(200)).max(100);

/** Whether a slip came out, and when not, why (the result stays on screen either way). */
export const intakePrintSchema = z.object({ printed: z.boolean(), problem: z.enum(errorCodes).nullable() });
export type IntakePrint = z.output<typeof intakePrintSchema>;

export const intakeChecklistSchema = z.object({
  item: z.object({
    id: z.string(),
    name: z.string(),
    taskCode: z.string(),
    deptName: z.string(),
    /** 即办件: decided on the spot. */
    instant: z.boolean(),
    /** 承诺时限: days (0: 当场办结) in 工作日 or 自然日. */
    promiseDays: z.number().int().min(0),
    promiseUnit: z.enum(['工作日', '自然日']),
    expressDelivery: z.boolean(),
    resultName: z.string(),
  }),
  materials: z.array(guideMaterialSchema),
});
export type IntakeChecklist = z.output<typeof intakeChecklistSchema>;

export const intakePart = {
  methods: {
    'intake.checklist': method({
      summary: "An item's materials as the window checks them (required, conditional with when it applies, 容缺后补, 免提交), from the local catalogue: there offline too.",
      input: z.object({ itemId: z.string().min(1).max(80) }).strict(),
      output: intakeChecklistSchema,
    }),
    'intake.accept': method({
      summary:
        'Accept for the ticket at this window: a case (or the online case named bound), or a one-time notice of every missing material; printed at once on the ticket printer. The applicant: the ID card on the reader, else the number (with its check character) and name typed. Needs the platform.',
      input: z
        .object({
          ticketId: z.string().min(1).max(64),
          staffId,
          itemId: z.string().min(1).max(80),
          /** Typed when the card cannot be read; never logged. */
          idNumber: typedIdNumberSchema.optional(),
          /** The applicant's name, typed with the number (the card gives it otherwise). */
          name: z.string().trim().min(1, 'the applicant’s name').max(30).optional(),
          caseNumber: caseNumber.optional(),
          received: materialNames,
          applies: materialNames.default([]),
          delivery: z.enum(['window', 'express']).default('window'),
        })
        .strict()
        .refine((b) => b.idNumber === undefined || b.name !== undefined, { message: 'a typed ID number needs the applicant’s name', path: ['name'] }),
      output: z.object({ outcome: intakeOutcomeSchema, print: intakePrintSchema }),
    }),
    'intake.print': method({
      summary: 'Prints again (补打) a receipt or notice given at this counter since it started; the query code is left off a reprint.',
      input: z.object({ kind: z.enum(['receipt', 'notice']), number: z.string().min(1).max(60) }).strict(),
      output: intakePrintSchema,
    }),
    'intake.findCase': method({
      summary: 'A case by number (typed or scanned from the receipt QR) before handing its result over: status, item, what to hand over. Needs the platform.',
      input: z.object({ caseNumber }).strict(),
      output: handOutCaseSchema,
    }),
    'intake.handOver': method({
      summary: "Hands a ready result over (综合出件): the holder verified by the ID card on the reader, or by the receipt's query code. Needs the platform.",
      input: z.object({ caseNumber, staffId, ticketId: z.string().min(1).max(64).optional(), queryCode: z.string().trim().regex(/^\d{6}$/, 'the query code: 6 digits').optional() }).strict(),
      output: z.object({ caseNumber: z.string(), itemName: z.string(), resultName: z.string(), applicantMasked: z.string(), handedOver: handedOverSchema }),
    }),
  },
  events: {},
} as const;
