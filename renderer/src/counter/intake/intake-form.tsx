// Taking in an application at the window: the item (typed search over the local catalogue), the
// applicant (the card on the reader, or the number and name typed), an online case to bind, the guide's
// checklist with ticks, then 受理 or 出具一次性告知书 (the button follows the ticks, computed by the same
// rule the platform applies), and the outcome with its print state and 补打. A refused new gap shows
// the earlier notice's list so staff can check what was received last time.
import { useEffect, useMemo, useState } from 'react';
import type { IntakeChecklist, ItemHit, OutputOf } from '../../../../main/contract/index.ts';
import type { KioskError } from '../../../../domain/errors.ts';
import type { Ticket } from '../../../../domain/queue.ts';
import { hasValidCheckDigit } from '../../../../domain/id-number.ts';
import { missingMaterials, type MaterialRole } from '../../../../domain/intake-rules.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { Problem, PrintState, useCardOnReader } from './intake-parts.tsx';

type Outcome = OutputOf<'intake.accept'>;

const roleKey: Record<MaterialRole, 'intake.role.required' | 'intake.role.conditional' | 'intake.role.deferrable' | 'intake.role.exempt'> = {
  required: 'intake.role.required',
  conditional: 'intake.role.conditional',
  deferrable: 'intake.role.deferrable',
  exempt: 'intake.role.exempt',
};

export function IntakeForm({ ticket, staffId }: { ticket: Ticket | null; staffId: string }) {
  const t = useT();
  const [item, setItem] = useState<IntakeChecklist | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<KioskError | null>(null);
  const reset = () => {
    setItem(null);
    setOutcome(null);
    setProblem(null);
  };
  if (outcome) return <OutcomeView outcome={outcome} onNext={reset} />;
  return (
    <div className="intake-form">
      {item ? <ItemHeader item={item} onChange={reset} /> : <ItemSearch onChosen={setItem} onProblem={setProblem} />}
      {item ? <Application item={item} ticket={ticket} staffId={staffId} onDone={setOutcome} /> : <Problem error={problem} />}
      {!item && <p className="intake-muted">{t('intake.applicant.title')} · {t('intake.materials.title')}</p>}
    </div>
  );
}

function ItemSearch({ onChosen, onProblem }: { onChosen: (c: IntakeChecklist) => void; onProblem: (e: KioskError | null) => void }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly ItemHit[] | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (q === '') return setHits(null);
    let live = true;
    void api.catalogue.search({ query: q, limit: 8 }).then((r) => live && (r.ok ? setHits(r.value.hits) : onProblem(r.error)));
    return () => {
      live = false;
    };
  }, [query, onProblem]);
  const choose = async (id: string) => {
    const r = await api.intake.checklist({ itemId: id });
    if (r.ok) onChosen(r.value);
    else onProblem(r.error);
  };
  return (
    <fieldset className="intake-block">
      <legend>{t('intake.item.title')}</legend>
      <input
        className="intake-input intake-fill"
        autoFocus
        value={query}
        placeholder={t('intake.item.search')}
        aria-label={t('intake.item.search')}
        data-testid="intake-item-search"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && hits?.[0] && void choose(hits[0].id)}
      />
      {hits && hits.length === 0 && <p className="intake-muted">{t('intake.item.none')}</p>}
      {hits && hits.length > 0 && (
        <ul className="intake-hits">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" className="intake-hit" data-testid="intake-item-hit" onClick={() => void choose(h.id)}>
                <span>{h.name}</span>
                <span className="intake-muted">{h.deptName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function ItemHeader({ item, onChange }: { item: IntakeChecklist; onChange: () => void }) {
  const t = useT();
  return (
    <div className="intake-item" data-testid="intake-item">
      <div>
        <strong>{item.item.name}</strong>
        <span className="intake-muted">
          {item.item.taskCode} · {t('intake.item.promise', { promise: item.item.promiseDays === 0 ? t('intake.promise.onTheSpot') : t(item.item.promiseUnit === '工作日' ? 'intake.promise.workingDays' : 'intake.promise.days', { n: item.item.promiseDays }) })} · {t('intake.item.result', { result: item.item.resultName })}
        </span>
      </div>
      <Button variant="secondary" onPress={onChange} testId="intake-item-change">
        {t('intake.item.change')}
      </Button>
    </div>
  );
}

function Application({ item, ticket, staffId, onDone }: { item: IntakeChecklist; ticket: Ticket | null; staffId: string; onDone: (o: Outcome) => void }) {
  const t = useT();
  const card = useCardOnReader();
  const [idNumber, setIdNumber] = useState('');
  const [name, setName] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [delivery, setDelivery] = useState<'window' | 'express'>('window');
  const [received, setReceived] = useState<ReadonlySet<string>>(new Set());
  const [applies, setApplies] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<KioskError | null>(null);
  const facts = useMemo(() => item.materials.map((m) => ({ name: m.name, need: m.role === 'required' ? '1' : m.role === 'deferrable' ? '3' : '2', sharedExempt: m.role === 'exempt' })), [item]);
  const missing = missingMaterials(facts, [...received], [...applies]);
  const typedId = idNumber.trim().toUpperCase();
  const typedOk = typedId === '' || (/^\d{17}[\dX]$/.test(typedId) && hasValidCheckDigit(typedId));
  const hasApplicant = card !== null || (typedId !== '' && typedOk && name.trim() !== '');
  const toggle = (set: ReadonlySet<string>, name: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(name);
    else next.delete(name);
    return next;
  };
  const submit = async () => {
    if (!ticket) return;
    setBusy(true);
    setProblem(null);
    const r = await api.intake.accept({
      ticketId: ticket.id,
      staffId,
      itemId: item.item.id,
      ...(card === null && typedId !== '' ? { idNumber: typedId, name: name.trim() } : {}),
      ...(caseNumber.trim() === '' ? {} : { caseNumber: caseNumber.trim() }),
      received: item.materials.filter((m) => received.has(m.name)).map((m) => m.name),
      applies: [...applies],
      delivery,
    });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setProblem(r.error);
  };
  return (
    <>
      <fieldset className="intake-block">
        <legend>{t('intake.applicant.title')}</legend>
        {card ? (
          <p className="intake-ok" data-testid="intake-card">
            {t('intake.applicant.card', { name: card.nameMasked, id: card.idMasked })}
          </p>
        ) : (
          <p className="intake-muted">{t('intake.applicant.noCard')}</p>
        )}
        <div className="intake-row">
          {!card && (
            <>
              <label>
                {t('intake.applicant.idNumber')}
                <input className="intake-input" value={idNumber} maxLength={18} inputMode="text" autoComplete="off" data-testid="intake-id-number" aria-invalid={!typedOk} onChange={(e) => setIdNumber(e.target.value)} />
              </label>
              <label>
                {t('intake.applicant.name')}
                <input className="intake-input" value={name} maxLength={30} autoComplete="off" data-testid="intake-name" onChange={(e) => setName(e.target.value)} />
              </label>
            </>
          )}
          <label>
            {t('intake.case.label')}
            <input className="intake-input intake-case-input" value={caseNumber} maxLength={50} autoComplete="off" data-testid="intake-case-number" onChange={(e) => setCaseNumber(e.target.value)} />
          </label>
          {item.item.expressDelivery && (
            <label>
              {t('intake.delivery.label')}
              <select className="intake-input" value={delivery} data-testid="intake-delivery" onChange={(e) => setDelivery(e.target.value as 'window' | 'express')}>
                <option value="window">{t('intake.delivery.window')}</option>
                <option value="express">{t('intake.delivery.express')}</option>
              </select>
            </label>
          )}
        </div>
        {!typedOk && (
          <p className="intake-problem" role="alert" data-testid="intake-id-invalid">
            {t('intake.applicant.idInvalid')}
          </p>
        )}
      </fieldset>
      <fieldset className="intake-block">
        <legend>{t('intake.materials.title')}</legend>
        <table className="intake-checklist" data-testid="intake-checklist">
          <tbody>
            {item.materials.map((m) => (
              <tr key={m.name} className={`role-${m.role}`} data-testid="intake-material" data-name={m.name}>
                <td className="intake-tick">
                  {m.role !== 'exempt' && (
                    <label className="intake-check">
                      <input type="checkbox" checked={received.has(m.name)} data-testid="intake-received" onChange={(e) => setReceived(toggle(received, m.name, e.target.checked))} />
                      <span>{t('intake.materials.received')}</span>
                    </label>
                  )}
                </td>
                <td>
                  <strong>{m.name}</strong>
                  <span className="intake-muted">
                    {[m.originals > 0 ? t('intake.materials.originals', { n: m.originals }) : null, m.copies > 0 ? t('intake.materials.copies', { n: m.copies }) : null, m.format, m.source].filter(Boolean).join(' · ')}
                  </span>
                  {m.role === 'conditional' && <span className="intake-condition">{m.standard}</span>}
                </td>
                <td className="intake-role">
                  <span className={`intake-badge badge-${m.role}`}>{t(roleKey[m.role])}</span>
                  {m.role === 'conditional' && (
                    <label className="intake-check">
                      <input type="checkbox" checked={applies.has(m.name)} data-testid="intake-applies" onChange={(e) => setApplies(toggle(applies, m.name, e.target.checked))} />
                      <span>{t('intake.materials.applies')}</span>
                    </label>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className={missing.length > 0 ? 'intake-warn' : 'intake-ok'} data-testid="intake-missing">
          {missing.length > 0 ? t('intake.materials.missing', { count: missing.length, names: missing.join('、') }) : t('intake.materials.complete')}
        </p>
      </fieldset>
      <NewGap error={problem} />
      {problem?.code !== 'intake.newGap' && <Problem error={problem} />}
      <div className="intake-actions">
        <Button variant="primary" disabled={busy || !ticket || !hasApplicant} onPress={() => void submit()} testId="intake-submit">
          {busy ? t('intake.busy') : missing.length > 0 ? t('intake.action.notice', { count: missing.length }) : t('intake.action.accept')}
        </Button>
        {!hasApplicant && <span className="intake-muted">{t('error.intake.noApplicant')}</span>}
      </div>
    </>
  );
}

/** A refused new gap: the earlier notice's lists, so staff can check what was received last time. */
function NewGap({ error }: { error: KioskError | null }) {
  const t = useT();
  if (error?.code !== 'intake.newGap') return null;
  const d = error.details as { earlier?: { number: string; businessDate: string; missing: string[]; received: string[] }; newGaps?: string[] } | undefined;
  return (
    <div className="intake-problem intake-newgap" role="alert" data-testid="intake-new-gap">
      <strong>{t('intake.newGap.title')}</strong>
      {d?.earlier && (
        <>
          <p>{t('intake.newGap.text', { number: d.earlier.number, date: d.earlier.businessDate })}</p>
          <ul>
            {d.earlier.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {d.earlier.received.length > 0 && (
            <p>
              {t('intake.newGap.received')} {d.earlier.received.join('、')}
            </p>
          )}
        </>
      )}
      <p>{t('intake.newGap.gaps', { names: (d?.newGaps ?? []).join('、') })}</p>
    </div>
  );
}

function OutcomeView({ outcome, onNext }: { outcome: Outcome; onNext: () => void }) {
  const t = useT();
  const [print, setPrint] = useState(outcome.print);
  const o = outcome.outcome;
  const reprint = async () => {
    const r = o.outcome === 'accepted' ? await api.intake.print({ kind: 'receipt', number: o.acceptance.caseNumber }) : await api.intake.print({ kind: 'notice', number: o.notice.number });
    if (r.ok) setPrint(r.value);
  };
  return (
    <div className="intake-outcome" data-testid={`intake-outcome-${o.outcome}`}>
      {o.outcome === 'accepted' ? (
        <>
          <h2 className="intake-ok">{t('intake.accepted.title')}</h2>
          <dl className="intake-facts">
            <dt>{t('intake.accepted.case')}</dt>
            <dd data-testid="intake-case">{o.acceptance.caseNumber}</dd>
            {o.acceptance.queryCode !== null && (
              <>
                <dt>{t('intake.accepted.code')}</dt>
                <dd data-testid="intake-query-code">{o.acceptance.queryCode}</dd>
              </>
            )}
            <dt>{t('intake.accepted.promised')}</dt>
            <dd data-testid="intake-promised">{o.acceptance.promisedBy}</dd>
          </dl>
          {o.acceptance.bound && <p>{t('intake.accepted.bound')}</p>}
        </>
      ) : (
        <>
          <h2 className="intake-warn">{t('intake.notice.title')}</h2>
          <dl className="intake-facts">
            <dt>{t('intake.notice.number')}</dt>
            <dd data-testid="intake-notice-number">{o.notice.number}</dd>
            <dt>{t('intake.notice.missing')}</dt>
            <dd>
              <ol data-testid="intake-notice-missing">
                {o.notice.missing.map((m) => (
                  <li key={m.name}>{m.name}</li>
                ))}
              </ol>
            </dd>
          </dl>
        </>
      )}
      <PrintState print={print} />
      <div className="intake-actions">
        <Button variant="secondary" onPress={() => void reprint()} testId="intake-reprint">
          {t('intake.reprint')}
        </Button>
        <Button variant="primary" onPress={onNext} testId="intake-next">
          {t('intake.next')}
        </Button>
      </div>
    </div>
  );
}
