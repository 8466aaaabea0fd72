// Paying a fee (便民缴费) as the kiosk asks the core for it: the fees of a case found by the ID card, by
// its number and query code, or of a case already looked up in this visit; a payment order for one fee
// (the platform's QR, with its expiry), followed by the core until it is paid, expired or cancelled
// (`payments.orderChanged`), and a receipt slip (缴费凭证) printed when it is paid. Paying needs the
// platform: offline is said plainly and nothing is started. The developer page's simulated provider
// lists the open orders and marks one paid or cancelled.
import { z } from 'zod';
import { caseFeeSchema, paymentOrderSchema } from '../../domain/payments.ts';
import { errorCodes } from '../../domain/errors.ts';
import { method } from './define.ts';

const caseNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{8,50}$/, 'a case number (办件编号): 8 to 50 letters or digits');
const orderId = z.string().min(1).max(80);

export const feesSchema = z.object({ fees: z.array(caseFeeSchema) });

/** What became of the receipt of a paid order: printed, or why not (paper out...); null until paid. */
export const receiptOutcomeSchema = z
  .discriminatedUnion('printed', [z.object({ printed: z.literal(true) }), z.object({ printed: z.literal(false), code: z.enum(errorCodes) })])
  .nullable();
export type ReceiptOutcome = z.output<typeof receiptOutcomeSchema>;

export const orderChangeSchema = z.object({ order: paymentOrderSchema, receipt: receiptOutcomeSchema });
export type OrderChange = z.output<typeof orderChangeSchema>;

export const paymentsPart = {
  methods: {
    'payments.lookup': method({
      summary: 'The fees of the cases of the ID card on the reader (or the number typed when the card cannot be read). Needs the platform.',
      input: z
        .object({ idNumber: z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, 'an ID number: 17 digits and a check character').optional() })
        .strict(),
      output: feesSchema,
    }),
    'payments.query': method({
      summary: 'The fees of one case by its number (办件编号) and the query code on its acceptance receipt. Needs the platform.',
      input: z.object({ caseNumber, queryCode: z.string().trim().regex(/^\d{6}$/, 'the query code: 6 digits') }).strict(),
      output: feesSchema,
    }),
    'payments.caseFees': method({
      summary: 'The fees of a case already looked up in this visit (by card, or by number and query code). Needs the platform.',
      input: z.object({ caseNumber }).strict(),
      output: feesSchema,
    }),
    'payments.start': method({
      summary:
        'A payment order for an unpaid fee of this visit (its QR and expiry; an open one is reused, an expired one replaced), then followed until paid, expired or cancelled: each change comes as payments.orderChanged, and a paid one prints its receipt.',
      input: z.object({ feeId: z.string().min(1).max(80) }).strict(),
      output: paymentOrderSchema,
    }),
    'payments.stop': method({
      summary: 'The payment screen went away: stop following the order and cancel it if still unpaid (if it was paid meanwhile, its receipt prints).',
      input: z.object({}).strict(),
      output: z.null(),
    }),
    'payments.cancel': method({
      summary: 'The citizen cancels the order being followed.',
      input: z.object({ orderId }).strict(),
      output: paymentOrderSchema,
    }),
    'payments.printReceipt': method({
      summary: 'Prints the receipt (缴费凭证) of an order paid in this visit again (after paper was put in).',
      input: z.object({ orderId }).strict(),
      output: z.null(),
    }),
    'payments.devOrders': method({
      summary: 'Developer page, the simulated payment provider: the open orders on the platform.',
      input: z.object({}).strict(),
      output: z.object({ orders: z.array(paymentOrderSchema) }),
    }),
    'payments.devSettle': method({
      summary: 'Developer page, the simulated payment provider: mark an order paid or cancelled.',
      input: z.object({ orderId, action: z.enum(['pay', 'cancel']) }).strict(),
      output: paymentOrderSchema,
    }),
  },
  events: {
    /** The order being followed changed state (and, once paid, whether its receipt printed). */
    'payments.orderChanged': orderChangeSchema,
  },
} as const;
