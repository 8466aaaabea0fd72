// The window's businesses with how many wait, and the numbers to call back: held (挂起) at this
// window and skipped (过号) here today.
import type { CounterState } from '../../../main/contract/index.ts';
import { hallClock } from './counter-words.tsx';
import { useT, type MessageKey } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';

export function Businesses({ state }: { state: CounterState }) {
  const t = useT();
  const mine = state.businesses.filter((b) => b.mine);
  return (
    <section className="counter-panel" aria-labelledby="counter-businesses">
      <h2 id="counter-businesses">{t('counter.businesses')}</h2>
      <ul className="counter-list" data-testid="counter-businesses">
        {mine.map((b) => (
          <li key={b.categoryId} data-testid={`business-${b.categoryId}`} data-waiting={b.waiting ?? ''}>
            <span className="counter-prefix">{b.prefix}</span>
            <span className="counter-grow">{b.name}</span>
            <strong>{b.waiting === null ? t('counter.waiting.unknown') : t('counter.waiting', { count: b.waiting })}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface CallBackItem {
  readonly id: string;
  readonly number: string;
  readonly detail: string;
}

/** Held (挂起) at this window and skipped (过号) here today: each with "call back" while the window is free. */
export function CallBackLists({ state, busy, timeZone, onCallBack }: { state: CounterState; busy: boolean; timeZone: string; onCallBack: (ticketId: string) => void }) {
  const blocked = busy || state.current !== null || state.paused;
  const held = state.held.map((h) => ({ id: h.id, number: h.number, detail: h.categoryName }));
  const skipped = state.skipped.map((s) => ({ id: s.id, number: s.number, detail: `${s.categoryName} · ${hallClock(s.at, timeZone)}` }));
  return (
    <>
      <CallBackList kind="held" title="counter.held" none="counter.held.none" items={held} blocked={blocked} onCallBack={onCallBack} />
      <CallBackList kind="skipped" title="counter.skipped" none="counter.skipped.none" items={skipped} blocked={blocked} onCallBack={onCallBack} />
    </>
  );
}

function CallBackList({ kind, title, none, items, blocked, onCallBack }: { kind: 'held' | 'skipped'; title: MessageKey; none: MessageKey; items: readonly CallBackItem[]; blocked: boolean; onCallBack: (ticketId: string) => void }) {
  const t = useT();
  return (
    <section className="counter-panel" aria-labelledby={`counter-${kind}`}>
      <h2 id={`counter-${kind}`}>{t(title)}</h2>
      {items.length === 0 ? (
        <p className="counter-hint">{t(none)}</p>
      ) : (
        <ul className="counter-list" data-testid={`counter-${kind}`}>
          {items.map((item) => (
            <li key={item.id} data-testid={`${kind}-${item.number}`}>
              <strong className="counter-number">{item.number}</strong>
              <span className="counter-grow">{item.detail}</span>
              <Button variant="secondary" testId={`callback-${item.number}`} disabled={blocked} onPress={() => onCallBack(item.id)}>
                {t('counter.action.callBack')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
