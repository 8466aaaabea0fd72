// A case's fees and their payment orders (the simulated provider: services/payment-store.ts). None of
// its GETs is in a read mode: an order read past its expiry is written down as expired.
import { family, type PlatformServices } from './family.ts';

export const paymentRoutes = (s: PlatformServices) =>
  family({
    'payments.fees': async ({ body, tx }) => ({
      fees: await s.payments.fees(body.idNumber !== undefined ? { idNumber: body.idNumber } : { caseNumber: body.caseNumber!, queryCode: body.queryCode! }, tx),
    }),
    'payments.createOrder': ({ body, terminalId, tx }) => s.payments.createOrder(body.feeId, terminalId, tx),
    'payments.getOrder': ({ params, tx }) => s.payments.order(params.orderId, tx),
    'payments.openOrders': async ({ tx }) => ({ orders: await s.payments.openOrders(tx) }),
    'payments.settle': ({ params, body, tx }) => s.payments.settle(params.orderId, body.action, tx),
  });
