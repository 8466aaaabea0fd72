// The simulated payment provider's page at the payment QR's URL (模拟支付): a phone that scans the
// kiosk's QR in a demonstration opens it and confirms (or cancels) the payment. It says plainly that
// it is a simulation and that no money moves. No terminal credential: the order id (random, 128 bits)
// is the only key, as with a real provider's pay link. Served beside the API, not part of it.
import type { FastifyInstance } from 'fastify';
import { formatYuan } from '../../domain/money.ts';
import type { PaymentOrder } from '../../domain/payments.ts';
import { PlatformError } from './platform-error.ts';
import type { PaymentStore } from '../services/payment-store.ts';

const STATE_WORDS: Readonly<Record<PaymentOrder['state'], string>> = {
  pending: '待支付',
  paid: '已支付',
  expired: '已过期（请在自助终端上重新获取二维码）',
  cancelled: '已取消',
};

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:20px;margin:0;padding:16px;color:#111;background:#fff}
.sim{background:#fff3cd;border:2px solid #8a6d00;padding:12px;border-radius:8px;font-weight:bold}
.amount{font-size:44px;font-weight:bold;margin:8px 0}button{font-size:24px;min-height:56px;width:100%;margin:8px 0;border-radius:8px;border:2px solid #0b4f9c}
.pay{background:#0b4f9c;color:#fff}.cancel{background:#fff;color:#0b4f9c}.error{color:#a00;font-weight:bold}</style></head>
<body><h1>模拟支付 — 确认支付</h1><p class="sim" data-testid="pay-page-simulation">这是参考平台的模拟支付页面，用于演示和测试：不会扣款，也不产生真实交易。</p>${body}</body></html>`;
}

function orderHtml(o: PaymentOrder, note: string): string {
  const open = o.state === 'pending';
  const actions = open
    ? `<form method="post" action="${escape(o.orderId)}/pay"><button class="pay" type="submit" data-testid="pay-page-confirm">确认支付</button></form>
<form method="post" action="${escape(o.orderId)}/cancel"><button class="cancel" type="submit" data-testid="pay-page-cancel">取消支付</button></form>`
    : '';
  return page(
    '模拟支付',
    `${note}<p>${escape(o.name)}</p><p class="amount">${escape(formatYuan(o.amountFen))}</p>
<p>办件编号：${escape(o.caseNumber)}</p><p>订单号：${escape(o.orderId)}</p>
<p data-testid="pay-page-state">状态：${escape(STATE_WORDS[o.state])}</p>${actions}`,
  );
}

export function registerPayPage(app: FastifyInstance, payments: PaymentStore): void {
  void app.register(async (scope) => {
    // A plain HTML form posts urlencoded; the buttons carry no fields, the path says what to do.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    const answer = async (orderId: string, act: (() => Promise<unknown>) | null) => {
      try {
        await act?.();
        return { status: 200, html: orderHtml(await payments.order(orderId), '') };
      } catch (e) {
        if (!(e instanceof PlatformError)) throw e;
        if (e.code === 'payment.orderNotFound') return { status: 404, html: page('模拟支付', '<p class="error">没有这个支付订单。</p>') };
        const words = e.code === 'payment.expired' ? '订单已过期，不能支付：请在自助终端上重新获取二维码。' : e.code === 'payment.alreadyPaid' ? '订单已支付，不能取消。' : '订单已取消，不能支付。';
        return { status: 409, html: orderHtml(await payments.order(orderId), `<p class="error" data-testid="pay-page-error">${words}</p>`) };
      }
    };
    scope.get<{ Params: { orderId: string } }>('/pay/:orderId', async (req, reply) => {
      const a = await answer(req.params.orderId, null);
      return reply.code(a.status).type('text/html; charset=utf-8').send(a.html);
    });
    for (const action of ['pay', 'cancel'] as const) {
      scope.post<{ Params: { orderId: string } }>(`/pay/:orderId/${action}`, async (req, reply) => {
        const a = await answer(req.params.orderId, () => payments.settle(req.params.orderId, action));
        return reply.code(a.status).type('text/html; charset=utf-8').send(a.html);
      });
    }
  });
}
