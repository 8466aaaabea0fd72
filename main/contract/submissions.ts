// What a citizen hands in at the terminal for the platform: a rating (好差评), a filled form, a
// complaint or suggestion. Each is stored on the terminal first and delivered by the outbox, so
// nothing is lost when the network is; the answer says it is safely kept, not that it arrived.
import { z } from 'zod';
import { method } from './define.ts';
import { evaluationSchema } from '../../domain/evaluation.ts';
import { formSubmissionSchema } from '../../domain/forms.ts';

export const complaintInputSchema = z
  .object({
    kind: z.enum(['complaint', 'suggestion', 'praise']),
    text: z.string().trim().min(5, 'at least 5 characters').max(2000),
    phone: z.string().regex(/^1\d{10}$/, 'an 11-digit mobile number').optional(),
    caseNumber: z.string().max(50).optional(),
    windowId: z.string().max(64).optional(),
  })
  .strict();

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
    'forms.submit': method({
      summary: 'Hand in a filled application form. Kept sealed on the terminal until delivered.',
      input: formSubmissionSchema.omit({ submittedAt: true }),
      output: acceptedSchema,
    }),
    'complaints.submit': method({
      summary: 'A complaint, suggestion or praise.',
      input: complaintInputSchema,
      output: acceptedSchema,
    }),
  },
  events: {},
} as const;
