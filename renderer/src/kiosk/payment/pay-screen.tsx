// Pay one fee (便民缴费) through the platform's QR: the amount large, what it is for and its basis, the
// QR large with the time left before it expires, and the order's state live (the core follows it and
// tells each change, payments.orderChanged). Paid: the receipt (缴费凭证) comes out of the ticket
// printer, or the screen says why not and offers to print it again. Expired: said, with a new QR on
// request. Cancelled (here or on the phone): said. Leaving the screen stops the following and voids
// an unpaid QR; a fee found by the ID card leaves with the card.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { CardState, OrderChange, ReceiptOutcome } from '../../../../main/contract/index.ts';
import type { CaseFee, PaymentOrder } from '../../../../domain/payments.ts';
import { api } from '../../api/client.ts';
import { ok } from '../../../../domain/result.ts';
import { useEvent } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useNow } from '../../ui/use-now.ts';
import { CardGone } from '../cases/card-gone.tsx';
import { CasesOffline, isAway } from '../cases/cases-offline.tsx';
import { errorText, useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useSayOnShow } from '../../voice/voice.tsx';
import { FeeFacts } from './fee-card.tsx';
import { timeLeft } from './pay-words.ts';
import '../cases/cases.css';
import './payment.css';

const QrCode = lazy(() => import('../../ui/qr-code.tsx').then((m) => ({ default: m.QrCode })));

export function PayScreen({ fee, byCard, card }: { fee: CaseFee; byCard: boolean; card: CardState; timeZone: string }) {
  const t = useT();
  const feedback = useFeedback();
  const [order, setOrder] = useState<PaymentOrder | null>(null);
  const [receipt, setReceipt] = useState<ReceiptOutcome>(null);
  const [away, setAway] = useState(false);
  const gone = byCard && !card.holder;

  const start = async () => {
    setReceipt(null);
    const r = await api.payments.start({ feeId: fee.feeId });
    if (r.ok) setOrder(r.value);
    else if (isAway(r.error)) setAway(true);
    else feedback.show(r.error);
  };
  useEffect(() => {
    if (gone) return;
    void start();
    // Leaving the screen: no more following, and an unpaid QR is voided.
    return () => void api.payments.stop({});
  }, [fee.feeId, gone]);
  useEvent('payments.orderChanged', (change: OrderChange) => {
    if (change.order.orderId !== order?.orderId) return;
    setOrder(change.order);
    setReceipt(change.receipt);
  });

  if (gone) {
    return (
      <ScreenFrame id="payment-pay" title={t('payment.pay.title')}>
        <p role="alert">{t('payment.cardGone')}</p>
        <CardGone purpose="pay" />
      </ScreenFrame>
    );
  }
  const cancel = async () => {
    if (!order) return;
    const r = await feedback.run(() => api.payments.cancel({ orderId: order.orderId }));
    if (r) setOrder(r);
  };
  const reprint = async () => {
    if (!order) return;
    // The method answers null when it printed: told apart from a failure (which feedback shows) by `true`.
    const printed = await feedback.run(async () => {
      const r = await api.payments.printReceipt({ orderId: order.orderId });
      return r.ok ? ok(true) : r;
    }, 'payment.receipt.busy');
    if (printed) setReceipt({ printed: true });
  };
  const actions =
    order?.state === 'pending' ? (
      <Button variant="secondary" onPress={() => void cancel()} testId="pay-cancel">
        {t('payment.pay.cancel')}
      </Button>
    ) : order?.state === 'expired' ? (
      <Button onPress={() => void start()} testId="pay-renew">
        {t('payment.pay.renew')}
      </Button>
    ) : order?.state === 'cancelled' ? (
      <Button onPress={() => void start()} testId="pay-again">
        {t('payment.pay.again')}
      </Button>
    ) : order?.state === 'paid' && receipt && !receipt.printed ? (
      <Button onPress={() => void reprint()} testId="pay-reprint">
        {t('payment.receipt.again')}
      </Button>
    ) : null;
  return (
    <ScreenFrame id="payment-pay" title={t('payment.pay.title')} actions={actions}>
      <div className="pay-layout" data-testid="pay" data-state={order?.state ?? 'starting'}>
        <FeeFacts fee={fee} />
        <div className="pay-side">
          {order === null ? <p role="status">{t('payment.pay.starting')}</p> : <OrderState order={order} receipt={receipt} />}
        </div>
      </div>
      {away && <CasesOffline onClose={() => setAway(false)} words="payment.offline" />}
    </ScreenFrame>
  );
}

function OrderState({ order, receipt }: { order: PaymentOrder; receipt: ReceiptOutcome }) {
  const t = useT();
  switch (order.state) {
    case 'pending':
      return <Pending order={order} />;
    case 'paid':
      return <Paid receipt={receipt} />;
    case 'expired':
      return <Ended words={t('payment.state.expired')} state="expired" />;
    case 'cancelled':
      return <Ended words={t('payment.state.cancelled')} state="cancelled" />;
    default:
      return order.state satisfies never;
  }
}

function Pending({ order }: { order: PaymentOrder }) {
  const t = useT();
  const now = useNow();
  return (
    <div className="pay-qr" data-testid="pay-qr" data-url={order.payUrl}>
      <p className="pay-scan">{t('payment.pay.scan')}</p>
      <Suspense fallback={null}>
        <QrCode text={order.payUrl} label={t('payment.pay.qr')} sizeMm={80} />
      </Suspense>
      <p className="pay-countdown" data-testid="pay-countdown" role="timer">
        {t('payment.pay.countdown', timeLeft(Date.parse(order.expiresAt), now, Date.parse(order.expiresAt) - Date.parse(order.createdAt)))}
      </p>
      <p className="pay-state" data-testid="pay-state" role="status">
        {t('payment.state.pending')}
      </p>
      <p className="pay-sim">{t('payment.pay.sim')}</p>
    </div>
  );
}

function Paid({ receipt }: { receipt: ReceiptOutcome }) {
  const t = useT();
  const words = receipt === null ? '' : receipt.printed ? t('payment.receipt.printed') : t('payment.receipt.failed', { why: errorText(t, { code: receipt.code, message: '' }) });
  return (
    <div className="pay-ended pay-paid" role="status">
      <p className="pay-state pay-state-paid" data-testid="pay-state">
        <span aria-hidden="true">✓ </span>
        {t('payment.state.paid')}
      </p>
      {receipt && (
        <p className={receipt.printed ? 'pay-receipt' : 'pay-receipt pay-receipt-failed'} data-testid="pay-receipt" data-printed={String(receipt.printed)} role={receipt.printed ? undefined : 'alert'}>
          {words}
        </p>
      )}
    </div>
  );
}

function Ended({ words, state }: { words: string; state: 'expired' | 'cancelled' }) {
  useSayOnShow({ kind: 'failure', words });
  return (
    <div className={`pay-ended pay-${state}`} role="alert">
      <p className="pay-state" data-testid="pay-state">
        {words}
      </p>
    </div>
  );
}
