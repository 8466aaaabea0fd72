// The simulated payment provider on the developer page: the platform's open payment orders, each with
// "mark paid" and "cancel" (what a citizen's phone would do at the QR's page), for people and the e2e
// tests. Refreshed every two seconds and on request; no real money path anywhere.
import { useCallback, useEffect, useState } from 'react';
import type { PaymentOrder } from '../../../domain/payments.ts';
import { client } from '../api/client.ts';
import { useEvent } from '../api/hooks.ts';

export function PaymentsView() {
  const [orders, setOrders] = useState<readonly PaymentOrder[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const r = await client.call('payments.devOrders', {});
    if (r.ok) setOrders(r.value.orders);
    setProblem(r.ok ? null : `${r.error.code}: ${r.error.message}`);
  }, []);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, [refresh]);
  useEvent('payments.orderChanged', () => void refresh());
  const settle = async (orderId: string, action: 'pay' | 'cancel') => {
    const r = await client.call('payments.devSettle', { orderId, action });
    setProblem(r.ok ? null : `${r.error.code}: ${r.error.message}`);
    await refresh();
  };
  return (
    <section>
      <h2>Payments (simulated provider)</h2>
      <p>
        <button type="button" data-testid="dev-payments-refresh" onClick={() => void refresh()}>
          Refresh open orders
        </button>
      </p>
      {orders?.length === 0 && <p data-testid="dev-payments-none">No open payment order.</p>}
      <ul data-testid="dev-payments">
        {orders?.map((o) => (
          <li key={o.orderId} data-testid={`dev-order-${o.orderId}`}>
            {o.name} ¥{(o.amountFen / 100).toFixed(2)} — {o.caseNumber} — expires {o.expiresAt.slice(11, 19)}{' '}
            <button type="button" data-testid={`dev-order-pay-${o.orderId}`} onClick={() => void settle(o.orderId, 'pay')}>
              mark paid
            </button>{' '}
            <button type="button" data-testid={`dev-order-cancel-${o.orderId}`} onClick={() => void settle(o.orderId, 'cancel')}>
              cancel
            </button>
          </li>
        ))}
      </ul>
      {problem && <p className="bad">{problem}</p>}
    </section>
  );
}
