// The payments part of the contract (便民缴费): a case's fees, an order followed until it ends, its
// receipt, and the developer page's simulated provider (only with the developer page on).
import { kioskError } from '../../../domain/errors.ts';
import { err } from '../../../domain/result.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { paymentsPart } from '../../contract/payments.ts';
import type { PaymentDesk } from './payment-desk.ts';

export function paymentsHandlers(s: { readonly payments: PaymentDesk; readonly config: Config }): HandlersOf<typeof paymentsPart> {
  const dev = () => err(kioskError('dev.disabled', 'the developer page is off on this terminal'));
  return {
    'payments.lookup': ({ idNumber }) => s.payments.lookup(idNumber),
    'payments.query': ({ caseNumber, queryCode }) => s.payments.query(caseNumber, queryCode),
    'payments.caseFees': ({ caseNumber }) => s.payments.caseFees(caseNumber),
    'payments.start': ({ feeId }) => s.payments.start(feeId),
    'payments.stop': () => s.payments.stop(),
    'payments.cancel': ({ orderId }) => s.payments.cancel(orderId),
    'payments.printReceipt': ({ orderId }) => s.payments.printReceipt(orderId),
    'payments.devOrders': () => (s.config.dev.page ? s.payments.devOrders() : dev()),
    'payments.devSettle': ({ orderId, action }) => (s.config.dev.page ? s.payments.devSettle(orderId, action) : dev()),
  };
}
