// Result hand-out (综合出件): the case number typed or scanned from the receipt's QR, the case found
// (status, what to hand over, the applicant masked), the holder verified by the ID card on the reader
// or the receipt's query code, then marked handed over. Refusals are said plainly.
import { useEffect, useState } from 'react';
import type { HandOutCase } from '../../../../domain/intake.ts';
import type { KioskError } from '../../../../domain/errors.ts';
import type { Ticket } from '../../../../domain/queue.ts';
import type { OutputOf } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useEvent } from '../../api/hooks.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { formatHallTime } from '../../../../domain/hall-time.ts';
import { Problem, useCardOnReader } from './intake-parts.tsx';

const statusKey: Record<HandOutCase['status'], MessageKey> = {
  accepted: 'intake.caseStatus.accepted',
  inReview: 'intake.caseStatus.inReview',
  correction: 'intake.caseStatus.correction',
  ready: 'intake.caseStatus.ready',
  delivered: 'intake.caseStatus.delivered',
  rejected: 'intake.caseStatus.rejected',
};

export function HandOut({ ticket, staffId, timeZone }: { ticket: Ticket | null; staffId: string; timeZone: string }) {
  const t = useT();
  const card = useCardOnReader();
  const [caseNumber, setCaseNumber] = useState('');
  const [found, setFound] = useState<HandOutCase | null>(null);
  const [queryCode, setQueryCode] = useState('');
  const [done, setDone] = useState<OutputOf<'intake.handOver'> | null>(null);
  const [problem, setProblem] = useState<KioskError | null>(null);
  const [busy, setBusy] = useState(false);
  // A card put on (or lifted from) the reader is a new try: an earlier refusal no longer stands.
  useEffect(() => setProblem(null), [card]);
  const find = async (n = caseNumber) => {
    setProblem(null);
    setFound(null);
    setDone(null);
    const r = await api.intake.findCase({ caseNumber: n });
    if (r.ok) setFound(r.value);
    else setProblem(r.error);
  };
  // The receipt's QR carries the case number: a scan fills it in and looks it up.
  useEvent('scanner.scanned', (s) => {
    if (s.kind !== 'caseNumber' && !/^[0-9A-Z]{8,50}$/.test(s.value)) return;
    setCaseNumber(s.value);
    void find(s.value);
  });
  const confirm = async () => {
    if (!found) return;
    setBusy(true);
    setProblem(null);
    const r = await api.intake.handOver({ caseNumber: found.caseNumber, staffId, ...(ticket ? { ticketId: ticket.id } : {}), ...(card === null && queryCode.trim() !== '' ? { queryCode: queryCode.trim() } : {}) });
    setBusy(false);
    if (r.ok) setDone(r.value);
    else setProblem(r.error);
  };
  // Times in the hall's own zone (config queue.timeZone), as the slips print them.
  const at = (iso: string) => formatHallTime(iso, timeZone, { seconds: false });
  return (
    <div className="intake-form">
      <fieldset className="intake-block">
        <legend>{t('handOut.case')}</legend>
        <div className="intake-row">
          <input
            className="intake-input intake-wide"
            autoFocus
            value={caseNumber}
            maxLength={50}
            autoComplete="off"
            aria-label={t('handOut.case')}
            data-testid="handout-case-number"
            onChange={(e) => setCaseNumber(e.target.value.toUpperCase())}
            onKeyDown={(e) => e.key === 'Enter' && void find()}
          />
          <Button variant="secondary" onPress={() => void find()} disabled={caseNumber.trim() === ''} testId="handout-find">
            {t('handOut.find')}
          </Button>
        </div>
      </fieldset>
      {found && (
        <div className="intake-block" data-testid="handout-case" data-status={found.status}>
          <dl className="intake-facts">
            <dt>{t('handOut.status')}</dt>
            <dd>{t(statusKey[found.status])}</dd>
            <dt>{t('handOut.result')}</dt>
            <dd>
              {found.resultName} · {found.itemName}
            </dd>
            <dt>{t('handOut.applicant')}</dt>
            <dd>{found.applicantMasked}</dd>
          </dl>
          {found.handedOver && <p className="intake-warn">{t('handOut.already', { time: at(found.handedOver.at), window: found.handedOver.windowId })}</p>}
          {found.status !== 'ready' && !found.handedOver && <p className="intake-warn">{t('handOut.notReady')}</p>}
          {found.status === 'ready' && !done && (
            <>
              <p>{t('handOut.verify')}</p>
              {card ? (
                <p className="intake-ok" data-testid="handout-card">
                  {t('intake.applicant.card', { name: card.nameMasked, id: card.idMasked })}
                </p>
              ) : (
                <label>
                  {t('handOut.queryCode')}
                  <input className="intake-input" value={queryCode} maxLength={6} inputMode="numeric" autoComplete="off" data-testid="handout-query-code" onChange={(e) => setQueryCode(e.target.value)} />
                </label>
              )}
              <div className="intake-actions">
                <Button variant="primary" onPress={() => void confirm()} disabled={busy || (card === null && !/^\d{6}$/.test(queryCode.trim()))} testId="handout-confirm">
                  {t('handOut.confirm')}
                </Button>
              </div>
            </>
          )}
        </div>
      )}
      {done && (
        <p className="intake-ok intake-done" role="status" data-testid="handout-done">
          {t('handOut.done', { result: done.resultName, time: at(done.handedOver.at) })}
        </p>
      )}
      <Problem error={problem} />
    </div>
  );
}
