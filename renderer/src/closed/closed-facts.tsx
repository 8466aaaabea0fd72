// The two facts every closed screen states (kiosk and call display): today's hours and when the hall
// opens next. The label of the hours is the caller's: the kiosk speaks of itself ("本机服务时间"), the
// call display of the hall ("大厅服务时间").
import type { ScreenState } from '../../../domain/opening-hours.ts';
import type { MessageKey } from '../locales/index.ts';
import { useT } from '../i18n/i18n.tsx';
import { nextOpeningWords, todayHoursWords } from './closed-view.ts';

type Closed = Extract<ScreenState, { blank: true }>;

export function ClosedFacts({ state, hoursLabel }: { state: Closed; hoursLabel: MessageKey }) {
  const t = useT();
  return (
    <dl className="closed-facts">
      <div>
        <dt>{t(hoursLabel)}</dt>
        <dd data-testid="closed-hours">{todayHoursWords(t, state.todayHours)}</dd>
      </div>
      <div>
        <dt>{t('closed.nextLabel')}</dt>
        <dd data-testid="closed-next">{nextOpeningWords(t, state.next)}</dd>
      </div>
    </dl>
  );
}
