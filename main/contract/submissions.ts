// What a citizen hands in at the terminal for the platform: a rating (好差评), a complaint or
// suggestion (a filled form has its own part, forms.ts). Each is stored on the terminal first and delivered by the outbox, so
// nothing is lost when the network is; the answer says it is safely kept, not that it arrived.
import { z } from 'zod';
import { method } from './define.ts';
import { evaluationSchema } from '../../domain/evaluation.ts';
import { complaintSchema, personNameSchema } from '../../domain/api/routes.ts';
import { complaintKinds, MOBILE_PATTERN } from '../../domain/complaints.ts';

export const complaintInputSchema = z
  .object({
    kind: z.enum(complaintKinds),
    text: complaintSchema.shape.text,
    /** Optional: who to reply to (sealed at rest on the terminal, masked on paper). */
    name: personNameSchema.optional(),
    phone: z.string().trim().regex(MOBILE_PATTERN, 'an 11-digit mobile number').optional(),
    caseNumber: z.string().trim().min(1).max(50).regex(/^[A-Za-z0-9-]+$/, 'letters and digits').optional(),
    windowId: z.string().max(64).optional(),
  })
  .strict();

/** A complaint handed in: the reference printed and shown, what happens next, and the slip. */
export const complaintFiledSchema = z.object({
  /** Made on this kiosk (terminal code, date, sequence): what the citizen quotes. */
  reference: z.string(),
  kind: z.enum(complaintKinds),
  /** ISO instant it was filed. */
  filedAt: z.string(),
  /**
   * delivered: the platform has it and answered what happens next (a reply within N working days, or
   * none); queued: kept on this kiosk, sent when the network is back.
   */
  next: z.discriminatedUnion('state', [
    z.object({ state: z.literal('delivered'), replyWithinWorkingDays: z.number().int().positive().nullable() }),
    z.object({ state: z.literal('queued') }),
  ]),
  /** printed: take the slip; noPrinter/failed: the screen shows the reference large instead. */
  print: z.enum(['printed', 'noPrinter', 'failed']),
  /** Why it did not print (printer.paperOut...), for the screen's wording. */
  printError: z.string().nullable(),
  /** Items waiting for the platform, this one included if queued. */
  waiting: z.number().int().nonnegative(),
});
export type ComplaintFiled = z.output<typeof complaintFiledSchema>;

export const acceptedSchema = z.object({
  /** The idempotency key it travels under: quote it to staff if it ever goes astray. */
  reference: z.string(),
  /** Items waiting for the platform, this one included. */
  waiting: z.number().int().nonnegative(),
});

export const submissionsPart = {
  methods: {
    'evaluation.submit': method({
      summary: '好差评: rate a case or a served ticket. Kept on the terminal, then delivered exactly once.',
      input: evaluationSchema,
      output: acceptedSchema,
    }),
    'complaints.submit': method({
      summary:
        '咨询投诉建议: a question, complaint, suggestion or praise, under a reference made here; kept sealed in the outbox, delivered exactly once (at once when the platform answers), the receipt slip printed.',
      input: complaintInputSchema,
      output: complaintFiledSchema,
    }),
  },
  events: {},
} as const;
