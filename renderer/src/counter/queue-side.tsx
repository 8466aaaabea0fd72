// The window's businesses with how many wait, and the numbers to call back: held (挂起) at this
// window and skipped (过号) here today.
import type { CounterState } from '../../../main/contract/index.ts';
import { formatHallTime } from '../../../domain/hall-time.ts';
import { useT } from '../i18n/i18n.tsx';
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

export function CallBackLists({ state, busy, timeZone, onCallBack }: { state: CounterState; busy: boolean; timeZone: string; onCallBack: (ticketId: string) => void }) {
  const t = useT();
  const blocked = busy || state.current !== null || state.paused;
  return (
    <>
      <section className="counter-panel" aria-labelledby="counter-held">
        <h2 id="counter-held">{t('counter.held')}</h2>
        {state.held.length === 0 ? (
          <p className="counter-hint">{t('counter.held.none')}</p>
        ) : (
          <ul className="counter-list" data-testid="counter-held">
            {state.held.map((h) => (
              <li key={h.id} data-testid={`held-${h.number}`}>
                <strong className="counter-number">{h.number}</strong>
                <span className="counter-grow">{h.categoryName}</span>
                <Button variant="secondary" testId={`callback-${h.number}`} disabled={blocked} onPress={() => onCallBack(h.id)}>
                  {t('counter.action.callBack')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="counter-panel" aria-labelledby="counter-skipped">
        <h2 id="counter-skipped">{t('counter.skipped')}</h2>
        {state.skipped.length === 0 ? (
          <p className="counter-hint">{t('counter.skipped.none')}</p>
        ) : (
          <ul className="counter-list" data-testid="counter-skipped">
            {state.skipped.map((s) => (
              <li key={s.id} data-testid={`skipped-${s.number}`}>
                <strong className="counter-number">{s.number}</strong>
                <span className="counter-grow">
                  {s.categoryName} · {formatHallTime(s.at, timeZone)}
                </span>
                <Button variant="secondary" testId={`callback-${s.number}`} disabled={blocked} onPress={() => onCallBack(s.id)}>
                  {t('counter.action.callBack')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
