// The ticket at the window, large: its number, business, marks (priority, appointment, transferred),
// the holder as the ID tail only, when it was taken and called, how long it waited, the calls made.
import type { CounterTicket } from '../../../main/contract/index.ts';
import { hallClock } from './counter-words.tsx';
import { useT } from '../i18n/i18n.tsx';
import { useNow } from '../ui/use-now.ts';

export function CurrentTicket({ ticket, paused, timeZone }: { ticket: CounterTicket | null; paused: boolean; timeZone: string }) {
  const t = useT();
  const now = useNow(30_000);
  if (ticket === null) {
    return (
      <div className="counter-current is-empty" data-testid="counter-current" data-number="">
        <div className="counter-current-label">{t('counter.current')}</div>
        <div className="counter-current-none">{t('counter.current.none')}</div>
        <div className="counter-hint">{paused ? t('counter.current.pausedHint') : t('counter.current.noneHint')}</div>
      </div>
    );
  }
  const waitedTo = ticket.calledAt === null ? now : Date.parse(ticket.calledAt);
  const waited = Math.max(0, Math.round((waitedTo - Date.parse(ticket.issuedAt)) / 60_000));
  return (
    <div className="counter-current" data-testid="counter-current" data-number={ticket.number} data-state={ticket.state}>
      <div className="counter-current-label">
        {t('counter.current')} · <span data-testid="counter-current-state">{ticket.state === 'serving' ? t('counter.state.serving') : t('counter.state.called')}</span>
      </div>
      <div className="counter-current-body">
        <div>
          <div className="counter-current-head">
            <div className="counter-current-number" data-testid="counter-current-number">
              {ticket.number}
            </div>
            <div className="counter-current-business">{ticket.categoryName}</div>
          </div>
          <ul className="counter-marks">
            {ticket.priority && <li className="counter-mark is-priority">{ticket.priority.mark}</li>}
            {(ticket.origin === 'appointment' || ticket.appointmentCode !== null) && <li className="counter-mark">{t('counter.mark.appointment')}</li>}
            {ticket.transferredFrom !== null && <li className="counter-mark">{t('counter.mark.transferred')}</li>}
          </ul>
        </div>
        <div className="counter-facts">
          <p data-testid="counter-holder">{ticket.idTail6 === null ? t('counter.holder.none') : t('counter.holder', { tail: ticket.idTail6 })}</p>
          <p>
            {t('counter.issuedAt', { time: hallClock(ticket.issuedAt, timeZone) })} · {t('counter.waited', { minutes: waited })}
          </p>
          {ticket.calledAt !== null && (
            <p data-testid="counter-calls">
              {t('counter.calledAt', { time: hallClock(ticket.calledAt, timeZone) })} · {t('counter.callCount', { count: ticket.callCount })}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
