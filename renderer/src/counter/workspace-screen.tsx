// The staff's workspace at the window: who is on duty and the pause; the window's businesses and how
// many wait; the current ticket large with the intake panel beside it; the actions (F1-F8); the held
// and skipped numbers to call back; the kiosks' help calls; the citizen side (the rating prompt).
import { useCallback, useState } from 'react';
import type { CounterState } from '../../../main/contract/index.ts';
import { api } from '../api/client.ts';
import { useEvent } from '../api/hooks.ts';
import { useT } from '../i18n/i18n.tsx';
import { ActionBar, type BarAction } from './action-bar.tsx';
import { OutcomeLine } from './counter-words.tsx';
import { CurrentTicket } from './current-ticket.tsx';
import { HelpPanel } from './help-panel.tsx';
import { IntakePanel } from './intake/intake-panel.tsx';
import { CallBackLists, Businesses } from './queue-side.tsx';
import { CitizenRatingPanel } from './rating/citizen-rating-panel.tsx';
import { TransferDialog, type TransferChoice } from './transfer-dialog.tsx';
import { useRunner, type Outcome } from './use-counter.ts';

export function WorkspaceScreen({ state, timeZone }: { state: CounterState; timeZone: string }) {
  const t = useT();
  const { busy, outcome, run, clear } = useRunner();
  const [transferring, setTransferring] = useState(false);
  const staff = state.staff!;
  const openTransfer = useCallback(() => {
    if (!state.current) return;
    clear();
    setTransferring(true);
  }, [state.current, clear]);
  useEvent('counter.transferRequested', openTransfer);
  const done = (key: string, number?: string, business?: string, windowNumber?: string) => (s: CounterState): Outcome => ({
    kind: 'done',
    key,
    params: { number: number ?? s.current?.number ?? '', ...(business ? { business } : {}), ...(windowNumber ? { window: windowNumber } : {}) },
  });
  const onAction = (a: BarAction) => {
    const number = state.current?.number;
    switch (a) {
      case 'transfer':
        openTransfer();
        return;
      case 'pause':
        void run(() => (state.paused ? api.counter.resume({}) : api.counter.pause({})));
        return;
      case 'callNext':
      case 'recall':
      case 'start':
        void run(() => api.counter.act({ action: a }), done(`counter.done.${a}`));
        return;
      case 'skip':
      case 'hold':
      case 'finish':
        void run(() => api.counter.act({ action: a }), done(`counter.done.${a}`, number));
        return;
      default:
        return a satisfies never;
    }
  };
  const transfer = ({ toCategoryId, toWindowId, position }: TransferChoice) => {
    const number = state.current?.number;
    const business = state.businesses.find((b) => b.categoryId === (toCategoryId ?? state.current?.categoryId))?.name;
    const win = state.otherWindows.find((w) => w.id === toWindowId);
    const outcome = win ? done('counter.done.transferWindow', number, business, String(Number(win.number))) : done('counter.done.transfer', number, business);
    const input = { action: 'transfer' as const, position, ...(toCategoryId === null ? {} : { toCategoryId }), ...(toWindowId === null ? {} : { toWindowId }) };
    void run(() => api.counter.act(input), outcome).then((ok) => ok && setTransferring(false));
  };
  return (
    <div className="counter-workspace" data-testid="counter-workspace" data-paused={state.paused}>
      {state.paused && (
        <div className="counter-paused" role="status" data-testid="counter-paused">
          {t('counter.paused.banner')}
        </div>
      )}
      {!state.live && (
        <div className="counter-notice" role="status" data-testid="counter-not-live">
          {t('counter.live.off')}
        </div>
      )}
      <div className="counter-columns">
        <div className="counter-column">
          <Businesses state={state} />
          <HelpPanel
            state={state}
            busy={busy}
            timeZone={timeZone}
            onAcknowledge={(callId) => void run(() => api.counter.acknowledgeHelp({ callId }))}
            onResolve={(callId) => void run(() => api.counter.resolveHelp({ callId }))}
          />
        </div>
        <div className="counter-column counter-main">
          <CurrentTicket ticket={state.current} paused={state.paused} timeZone={timeZone} />
          {/* The actions stay under the number they act on; intake (long checklists) comes after them. */}
          <ActionBar state={state} busy={busy} onAction={onAction} />
          <OutcomeLine outcome={outcome} timeZone={timeZone} busy={busy} />
          <IntakePanel ticket={state.current} staffId={staff.id} timeZone={timeZone} />
        </div>
        <div className="counter-column">
          <CallBackLists state={state} busy={busy} timeZone={timeZone} onCallBack={(ticketId) => void run(() => api.counter.act({ action: 'callBack', ticketId }), done('counter.done.callBack'))} />
          <div className="counter-citizen-side">
            <CitizenRatingPanel />
          </div>
        </div>
      </div>
      {transferring && state.current && <TransferDialog state={state} ticket={state.current} busy={busy} failure={outcome?.kind === 'failed' ? outcome.error : null} timeZone={timeZone} onConfirm={transfer} onCancel={() => setTransferring(false)} />}
    </div>
  );
}
