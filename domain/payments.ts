// Fees of a case (便民缴费) and their payment orders: what a citizen pays at the kiosk for a case with an
// unpaid fee (a 非税收入 such as a certificate's 工本费), through the platform's payment QR. Amounts are
// integers in fen (分); the words a person reads (¥40.00, 肆拾元整) are made here once.
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

/** ¥40.00 */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(Math.round(fen));
  const yuan = Math.floor(a / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(a % 100).padStart(2, '0')}`;
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿'];

/** The amount in capital figures (大写金额), as receipts print it: 4000 -> 肆拾元整, 12050 -> 壹佰贰拾元伍角. */
export function yuanInCapitals(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError(`an amount in fen is a whole number not below 0, not ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenPart = fen % 10;
  let words = '';
  if (yuan === 0) words = jiao === 0 && fenPart === 0 ? '零元' : '';
  else {
    const groups: number[] = [];
    for (let n = yuan; n > 0; n = Math.floor(n / 10000)) groups.push(n % 10000);
    let zero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g]!;
      if (group === 0) {
        zero = words !== '';
        continue;
      }
      if (words !== '' && (zero || group < 1000)) words += '零';
      zero = false;
      let inner = '';
      let innerZero = false;
      for (let p = 3; p >= 0; p--) {
        const d = Math.floor(group / 10 ** p) % 10;
        if (d === 0) {
          innerZero = inner !== '';
          continue;
        }
        if (innerZero) inner += '零';
        innerZero = false;
        inner += DIGITS[d]! + SMALL[p]!;
      }
      words += inner + BIG[g]!;
    }
    words += '元';
  }
  if (jiao === 0 && fenPart === 0) return `${words}整`;
  if (jiao !== 0) words += `${DIGITS[jiao]!}角`;
  else if (yuan !== 0) words += '零';
  if (fenPart !== 0) words += `${DIGITS[fenPart]!}分`;
  return words;
}
