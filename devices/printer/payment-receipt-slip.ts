// A payment receipt (缴费凭证) as ESC/POS bytes: the hall, what was paid for (case, item, fee and its
// 收费依据), the amount in figures and in capitals (大写), when, the order and the provider's serial
// number. The payment provider of the reference platform is a simulation, and the slip says so: it is
// a 缴费凭证 of a simulated payment, not a 财政票据 (the 非税收入 bill comes from the finance bureau's
// electronic bill system). Pure: the same slip and profile give the same bytes.
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { formatYuan, yuanInCapitals } from '../../domain/money.ts';
import type { CaseFee, PaymentOrder } from '../../domain/payments.ts';
import { ok, type Result } from '../../domain/result.ts';
import { startSlip } from './slip-parts.ts';
import type { PrinterProfile } from './types.ts';

export const paymentReceiptTitle = '缴费凭证（模拟支付）';
export const paymentReceiptNotice = '本凭证由参考平台的模拟支付生成，仅供演示，未发生真实扣款；不是财政票据，不能作为报销凭证。';

export interface PaymentReceiptSlip {
  readonly hallName: string;
  readonly fee: CaseFee;
  /** A paid order of that fee. */
  readonly order: PaymentOrder;
  /** Epoch ms: when the slip was printed. */
  readonly printedAt: number;
}

export function encodePaymentReceiptSlip(slip: PaymentReceiptSlip, profile: PrinterProfile, options: { readonly timeZone?: string } = {}): Result<Uint8Array> {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const { fee, order } = slip;
  const { e, cols, wrapped, row } = startSlip(profile, slip.hallName, paymentReceiptTitle);

  e.line('办件编号');
  e.bold(true);
  wrapped(fee.caseNumber);
  e.bold(false);
  e.line('事项名称');
  wrapped(fee.itemName);
  e.line('收费项目');
  wrapped(fee.name);
  e.line('收费依据');
  wrapped(fee.basis);
  e.line('-'.repeat(cols)).align('center').bold(true).size(2, 2);
  e.line(formatYuan(order.amountFen));
  e.size(1, 1);
  wrapped(`大写：${yuanInCapitals(order.amountFen)}`);
  e.bold(false).align('left').line('-'.repeat(cols));
  row('支付状态', '已支付');
  if (order.settledAt !== null) row('支付时间', formatHallTime(order.settledAt, zone));
  e.line('订单号');
  wrapped(order.orderId);
  if (order.receiptNumber !== null) {
    e.line('交易流水号');
    wrapped(order.receiptNumber);
  }
  row('打印时间', formatHallTime(slip.printedAt, zone));
  e.line('-'.repeat(cols));
  wrapped(paymentReceiptNotice);
  e.cut(profile.cut, profile.feedBeforeCut);
  const built = e.build();
  return built.ok ? ok(built.value) : built;
}
