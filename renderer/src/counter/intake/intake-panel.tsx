// One-window intake (一窗受理, 接件受理) and result hand-out (综合出件) at the counter: the staff side of a
// window, for the ticket being served. Two modes: take in an application (the item, the applicant, the
// guide's checklist, then 受理 or 出具一次性告知书 — the button says which by the ticks) and hand a ready
// result out (find the case, verify the holder, mark it handed over). Compact and keyboard-first for
// trained staff at a desk (1920x1080 and 1366x768), high contrast available; the counter app mounts it.
import { useState, type ReactNode } from 'react';
import type { Ticket } from '../../../../domain/queue.ts';
import { useT } from '../../i18n/i18n.tsx';
import { HandOut } from './hand-out.tsx';
import { IntakeForm } from './intake-form.tsx';
import './intake.css';

type Mode = 'intake' | 'handOut';

export function IntakePanel({ ticket, staffId, timeZone }: { ticket: Ticket | null; staffId: string; /** The hall's zone, for the times shown. */ timeZone: string }): ReactNode {
  const t = useT();
  const [mode, setMode] = useState<Mode>('intake');
  return (
    <section className="intake-panel" data-testid="intake-panel" aria-label={t('intake.mode.intake')}>
      <div className="intake-tabs" role="tablist">
        {(['intake', 'handOut'] as const).map((m) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className={`intake-tab${mode === m ? ' is-on' : ''}`} data-testid={`intake-mode-${m}`} onClick={() => setMode(m)}>
            {t(m === 'intake' ? 'intake.mode.intake' : 'intake.mode.handOut')}
          </button>
        ))}
        <span className="intake-ticket" data-testid="intake-ticket">
          {ticket ? t('intake.ticket', { number: ticket.number }) : t('intake.noTicket')}
        </span>
      </div>
      {mode === 'intake' ? <IntakeForm key={ticket?.id ?? 'none'} ticket={ticket} staffId={staffId} /> : <HandOut key={ticket?.id ?? 'none'} ticket={ticket} staffId={staffId} timeZone={timeZone} />}
    </section>
  );
}
