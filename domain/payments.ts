// Fees of a case (便民缴费) and their payment orders: what a citizen pays at the kiosk for a case with an
// unpaid fee (a 非税收入 such as a certificate's 工本费), through the platform's payment QR. Amounts are
// integers in fen (分); the words a person reads (¥40.00, 肆拾元整) are made once in money.ts.
import { z } from 'zod';

const isoDateTime = z.string().datetime({ offset: true });

/** Fen: a whole number, at most ¥10,000,000.00 (nothing a hall charges comes near it). */
export const fenSchema = z.number().int().nonnegative().max(1_000_000_000);

export const feeStatuses = ['unpaid', 'paid'] as const;

export const caseFeeSchema = z.object({
  /** The platform's id of this fee of this case. */
  feeId: z.string().min(1).max(80),
  caseNumber: z.string().min(1).max(50),
  itemName: z.string().min(1),
  deptName: z.string().min(1),
  /** What it is for (收费项目): 居民身份证工本费（丢失补领）. */
  name: z.string().min(1),
  amountFen: fenSchema,
  /** 元/证, 元/件. */
  unit: z.string().min(1),
  /** 收费依据: the pricing document. */
  basis: z.string().min(1),
  note: z.string().nullable(),
  status: z.enum(feeStatuses),
  paidAt: isoDateTime.nullable(),
});
export type CaseFee = z.output<typeof caseFeeSchema>;

export const orderStates = ['pending', 'paid', 'expired', 'cancelled'] as const;
export type OrderState = (typeof orderStates)[number];

export const paymentOrderSchema = z.object({
  orderId: z.string().min(1).max(80),
  feeId: z.string().min(1).max(80),
  caseNumber: z.string().min(1).max(50),
  /** What it is for, as on the fee. */
  name: z.string().min(1),
  amountFen: fenSchema,
  state: z.enum(orderStates),
  createdAt: isoDateTime,
  /** A pending order can be paid until then; after it, it is expired. */
  expiresAt: isoDateTime,
  /** When it was paid or cancelled; null while pending or once expired. */
  settledAt: isoDateTime.nullable(),
  /** What the payment QR carries: the provider's page for this order. */
  payUrl: z.string().url(),
  /** The payment's serial number at the provider (交易流水号), once paid. */
  receiptNumber: z.string().nullable(),
});
export type PaymentOrder = z.output<typeof paymentOrderSchema>;

/**
 * The payment events on the platform's live stream (queue.events): an order reached `state` (paid,
 * cancelled, or found expired when read past its expiry). Only the order's id and state, sent to every
 * listener: no amount, nothing about who pays; a terminal that follows the order asks for it.
 */
export const paymentChangedEventSchema = z.object({
  type: z.literal('paymentChanged'),
  at: isoDateTime,
  orderId: z.string().min(1).max(80),
  state: z.enum(orderStates),
});
export type PaymentChangedEvent = z.output<typeof paymentChangedEventSchema>;
export const paymentEventSchemas = { paymentChanged: paymentChangedEventSchema } as const;
