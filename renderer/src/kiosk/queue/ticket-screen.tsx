// The ticket just taken: the number, large; where and how long; whether the slip came out. When it
// did not, the number stays on screen (and a phone can scan it) so nobody leaves without one.
import { lazy, Suspense, useEffect } from 'react';
import './queue-help.css';
import type { IssuedTicket } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { useSayOnShow } from '../../voice/voice.tsx';
import { useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';

/** A taken ticket stays on screen this long, then the kiosk is ready for the next person. */
const TICKET_SHOWN_MS = 20_000;

// Needed only when a slip did not print: its QR encoder is loaded then, not with the kiosk page.
const QrCode = lazy(() => import('../../ui/qr-code.tsx').then((m) => ({ default: m.QrCode })));

export function TicketScreen({ ticket }: { ticket: IssuedTicket }) {
  const t = useT();
  const { finish, go } = useVisit();
  useSayOnShow({ kind: 'ticket', number: ticket.number, printed: ticket.print === 'printed' });
  const feedback = useFeedback();
  const ticketId = ticket.ticketId;
  const reprint = async (id: string) => {
    const again = await feedback.run(() => api.queue.reprint({ ticketId: id }), 'reprint.busy');
    if (again) go({ name: 'queue.ticket', params: { ticket: again } });
  };
  useEffect(() => {
    const timer = setTimeout(finish, TICKET_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [finish]);
  const qrUrl = ticket.trackingUrl;
  const onDone = finish;
  return (
    <ScreenFrame id="ticket" title={t('ticket.title')} noBack>
    <section className="panel ticket" data-testid="ticket-screen" data-print={ticket.print}>
      <p className="ticket-business">{ticket.categoryName}</p>
      <p className="muted">{t('ticket.title')}</p>
      <p className="ticket-number" data-testid="ticket-number" dir="ltr">
        {ticket.number}
      </p>
      {ticket.priorityMark && <p className="ticket-mark">{ticket.priorityMark}</p>}
      {ticket.repeated && <p>{t('ticket.repeated')}</p>}
      {ticket.offline && (
        <p className="alert-inline" data-testid="ticket-offline">
          {t('ticket.offline')}
        </p>
      )}
      {ticket.waitingAhead !== null && <p>{t('ticket.ahead', { n: ticket.waitingAhead })}</p>}
      {ticket.estimatedWaitMinutes !== null && ticket.estimatedWaitMinutes > 0 && <p>{t('ticket.wait', { m: ticket.estimatedWaitMinutes })}</p>}
      {ticket.area && <p>{t('ticket.area', { area: ticket.area })}</p>}
      <p className={ticket.print === 'printed' ? 'ticket-print ok' : 'ticket-print warn'} data-testid="ticket-print">
        {ticket.print === 'printed' ? t('ticket.printed') : t('ticket.notPrinted')}
      </p>
      {ticket.print !== 'printed' && qrUrl && (
        <div className="ticket-qr">
          <Suspense fallback={null}>
            <QrCode text={qrUrl} label={t('ticket.scan')} />
          </Suspense>
          <span>{t('ticket.scan')}</span>
        </div>
      )}
      <div className="panel-actions">
        {ticketId !== null && (
          <Button variant="secondary" onPress={() => void reprint(ticketId)} testId="ticket-reprint">
            {t('reprint.button')}
          </Button>
        )}
        <Button onPress={onDone} testId="ticket-done">
          {t('ticket.done')}
        </Button>
      </div>
    </section>
    </ScreenFrame>
  );
}
