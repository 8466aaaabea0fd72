// Case progress (办件进度) as the kiosk asks the core for it: one case by its number and the receipt's
// query code, or the cases of the ID card on the reader; a case looked up in this visit can be printed
// (a slip on the ticket printer or an A4 sheet) and, when its result waits at the 综合出件 window, a
// pick-up ticket taken for it. What a visit looked up is forgotten when the visit ends, and the card's
// cases as soon as the card is lifted.
import { z } from 'zod';
import { caseProgressSchema } from '../../domain/cases.ts';
import { method } from './define.ts';
import { issuedTicketSchema } from './queue.ts';
import { typedIdNumberSchema } from './identity.ts';

/** Where a result ready for collection is handed out: the hall's result-collection business (综合出件). */
export const collectionPlaceSchema = z.object({
  categoryId: z.string(),
  /** 综合出件 */
  name: z.string(),
  /** 一楼A区 */
  area: z.string(),
  /** The windows' names, 综合出件37号窗口. */
  windows: z.array(z.string()),
});
export type CollectionPlace = z.output<typeof collectionPlaceSchema>;

export const caseViewSchema = caseProgressSchema.extend({
  /** Ready and to be collected at a window: where; null otherwise (or when the hall has no such business). */
  collection: collectionPlaceSchema.nullable(),
});
export type CaseView = z.output<typeof caseViewSchema>;

const caseNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{8,50}$/, 'a case number (办件编号): 8 to 50 letters or digits');

export const casesPart = {
  methods: {
    'cases.query': method({
      summary: 'One case by its number (办件编号) and the query code on its acceptance receipt (查询密码). Needs the platform.',
      input: z.object({ caseNumber, queryCode: z.string().trim().regex(/^\d{6}$/, 'the query code: 6 digits') }).strict(),
      output: caseViewSchema,
    }),
    'cases.lookup': method({
      summary:
        'The cases of the ID card on the reader (or the number typed when the card cannot be read): only the holder’s own. Needs the platform.',
      input: z
        .object({
          /** Typed on the screen when the card cannot be read; never logged. */
          idNumber: typedIdNumberSchema.optional(),
        })
        .strict(),
      output: z.object({ cases: z.array(caseViewSchema) }),
    }),
    'cases.print': method({
      summary: 'Prints a case looked up in this visit: a progress slip on the ticket printer, or an A4 sheet on the document printer.',
      input: z.object({ caseNumber, on: z.enum(['slip', 'sheet']) }).strict(),
      output: z.object({ on: z.enum(['slip', 'sheet']) }),
    }),
    'cases.collectionTicket': method({
      summary: 'A ticket for the result-collection window (综合出件) for a case of this visit whose result is ready there.',
      input: z.object({ caseNumber }).strict(),
      output: issuedTicketSchema,
    }),
  },
  events: {},
} as const;
