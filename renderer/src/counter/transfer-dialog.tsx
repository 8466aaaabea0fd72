// Transfer (转移) the ticket at the window: to another business, to a named window of the hall
// (转移到指定窗口: only that window calls the citizen, before its other tickets), or both. First the
// business (default: the same one), then the window (default: none, any window of the business);
// only the open windows serving the chosen business are offered, by number; a window chosen
// before the business changed to one it does not serve is let go, one that closed meanwhile stays
// chosen and marked (the platform refuses it and the dialog says so). Then keep the citizen's place in
// the queue (default) or send them to its end, confirm. Escape cancels.
import { useEffect, useState } from 'react';
import type { CounterState, CounterTicket } from '../../../main/contract/index.ts';
import type { KioskError } from '../../../domain/errors.ts';
import { useT } from '../i18n/i18n.tsx';
import { useErrorText } from './counter-words.tsx';
import { Button } from '../ui/button.tsx';
import './transfer-dialog.css';

export interface TransferChoice {
  /** Another business; null: the ticket's own. */
  readonly toCategoryId: string | null;
  /** A named window; null: any window of the business. */
  readonly toWindowId: string | null;
  readonly position: 'keep' | 'end';
}

/** The windows a ticket may be transferred to in a business: open, serving it, not this one; by number. */
export function windowsFor(state: CounterState, categoryId: string): CounterState['otherWindows'] {
  return state.otherWindows.filter((w) => w.open && w.categoryIds.includes(categoryId));
}

/** "5号窗口" from "05". */
const signNumber = (n: string) => (/^\d+$/.test(n) ? String(Number(n)) : n);

export function TransferDialog({
  state,
  ticket,
  busy,
  failure,
  timeZone,
  onConfirm,
  onCancel,
}: {
  state: CounterState;
  ticket: CounterTicket;
  busy: boolean;
  /** The transfer just refused (said here: the outcome line is behind the dialog). */
  failure: KioskError | null;
  timeZone: string;
  onConfirm: (choice: TransferChoice) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const errorText = useErrorText(timeZone);
  const targets = state.businesses.filter((b) => b.categoryId !== ticket.categoryId);
  const [to, setTo] = useState<string | null>(null);
  const [windowId, setWindowId] = useState<string | null>(null);
  const [position, setPosition] = useState<'keep' | 'end'>('keep');
  const business = to ?? ticket.categoryId;
  const businessName = state.businesses.find((b) => b.categoryId === business)?.name ?? ticket.categoryName;
  const serving = windowsFor(state, business);
  // A chosen window that closed meanwhile stays chosen, marked: the platform says why it cannot take the number.
  const closedChoice = serving.some((w) => w.id === windowId) ? null : (state.otherWindows.find((w) => w.id === windowId && !w.open && w.categoryIds.includes(business)) ?? null);
  const windows = closedChoice ? [...serving, closedChoice].sort((a, b) => Number(a.number) - Number(b.number)) : serving;
  const chosenWindow = windows.find((w) => w.id === windowId) ?? null;
  const otherOpen = state.otherWindows.filter((w) => w.open).length - serving.length;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  const chooseBusiness = (id: string | null) => {
    setTo(id);
    const next = id ?? ticket.categoryId;
    if (windowId !== null && !windowsFor(state, next).some((w) => w.id === windowId)) setWindowId(null);
  };
  const ready = to !== null || chosenWindow !== null;
  return (
    <div className="counter-dialog-backdrop">
      <div className="counter-dialog transfer-dialog" role="dialog" aria-modal="true" aria-labelledby="transfer-title" data-testid="transfer-dialog">
        <h2 id="transfer-title">{t('counter.transfer.title', { number: ticket.number })}</h2>
        <h3 className="transfer-step">{t('counter.transfer.choose')}</h3>
        <div className="counter-targets" role="group" aria-label={t('counter.transfer.choose')}>
          <Button variant="toggle" pressed={to === null} testId="transfer-to-same" onPress={() => chooseBusiness(null)}>
            {t('counter.transfer.sameBusiness', { business: ticket.categoryName })}
          </Button>
          {targets.map((b) => (
            <Button key={b.categoryId} variant="toggle" pressed={to === b.categoryId} testId={`transfer-to-${b.categoryId}`} onPress={() => chooseBusiness(b.categoryId)}>
              <span className="counter-prefix">{b.prefix}</span> {b.name}
            </Button>
          ))}
        </div>
        <h3 className="transfer-step">{t('counter.transfer.chooseWindow', { business: businessName })}</h3>
        <div className="counter-targets transfer-windows" role="group" aria-label={t('counter.transfer.chooseWindow', { business: businessName })}>
          <Button variant="toggle" pressed={chosenWindow === null} testId="transfer-window-any" onPress={() => setWindowId(null)}>
            {t('counter.transfer.anyWindow')}
          </Button>
          {windows.map((w) => (
            <Button key={w.id} variant="toggle" pressed={chosenWindow?.id === w.id} testId={`transfer-window-${w.id}`} onPress={() => setWindowId(w.id)}>
              <span className="transfer-window-number">{t('counter.transfer.windowNumber', { number: signNumber(w.number) })}</span> <span className="transfer-window-name">{w.name}</span>
              {!w.open && <span className="transfer-window-closed"> {t('counter.transfer.windowClosed')}</span>}
            </Button>
          ))}
        </div>
        {serving.length === 0 && (
          <p className="counter-hint" data-testid="transfer-no-window">
            {t('counter.transfer.noWindow', { business: businessName })}
          </p>
        )}
        {serving.length > 0 && otherOpen > 0 && <p className="counter-hint">{t('counter.transfer.otherWindows', { count: otherOpen, business: businessName })}</p>}
        <div className="counter-row" role="group">
          <Button variant="toggle" pressed={position === 'keep'} testId="transfer-keep" onPress={() => setPosition('keep')}>
            {t('counter.transfer.keep')}
          </Button>
          <Button variant="toggle" pressed={position === 'end'} testId="transfer-end" onPress={() => setPosition('end')}>
            {t('counter.transfer.end')}
          </Button>
        </div>
        {/* What will happen, why it was refused, and the two buttons: always in view, the choices scroll above. */}
        <div className="transfer-footer">
        <p className="transfer-summary" role="status" data-testid="transfer-summary">
          {!ready
            ? t('counter.transfer.pick')
            : chosenWindow === null
              ? t('counter.transfer.summaryBusiness', { number: ticket.number, business: businessName })
              : t('counter.transfer.summaryWindow', { number: ticket.number, business: businessName, window: signNumber(chosenWindow.number) })}
        </p>
        {failure && (
          <p className="transfer-error" role="alert" data-testid="transfer-error" data-code={failure.code}>
            {errorText(failure)}
          </p>
        )}
        <div className="counter-row">
          <Button variant="secondary" testId="transfer-cancel" onPress={onCancel}>
            {t('counter.transfer.cancel')}
          </Button>
          <Button testId="transfer-confirm" disabled={!ready || busy} onPress={() => ready && onConfirm({ toCategoryId: to, toWindowId: chosenWindow?.id ?? null, position })}>
            {t('counter.transfer.confirm')}
          </Button>
        </div>
        </div>
      </div>
    </div>
  );
}
