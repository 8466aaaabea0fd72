// 咨询投诉建议, the end: the reference number large (what to quote at the help desk or on the phone), what
// happens next as the platform answered it (a reply within N working days, none for praise or without
// a phone) or that it is kept on this kiosk until the network is back, and the receipt slip: take it,
// or, when it could not be printed (no paper), write the number down. 完成 ends the visit.
import type { ComplaintFiled } from '../../../../main/contract/index.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { kindTitle } from './kind-screen.tsx';
import './complaints.css';

/** What happens next, in words and with the number of days when there is one. */
export function nextWords(filed: ComplaintFiled): { key: MessageKey; days?: number } {
  if (filed.next.state === 'queued') return { key: 'complaints.done.queued' };
  const days = filed.next.replyWithinWorkingDays;
  if (days !== null) return { key: 'complaints.done.days', days };
  return { key: filed.kind === 'praise' ? 'complaints.done.praise' : 'complaints.done.noPhone' };
}

export function DoneScreen({ filed }: { filed: ComplaintFiled }) {
  const t = useT();
  const { finish } = useVisit();
  const next = nextWords(filed);
  const slip: MessageKey = filed.print === 'printed' ? 'complaints.done.printed' : filed.printError === 'printer.paperOut' ? 'complaints.done.paperOut' : 'complaints.done.notPrinted';
  const actions = (
    <Button onPress={finish} testId="complaint-finish">
      {t('complaints.done.finish')}
    </Button>
  );
  return (
    <ScreenFrame id="complaints-done" title={t('complaints.done.title')} actions={actions} noBack>
      <section className="complaint-done" data-testid="complaint-done" data-next={filed.next.state} data-print={filed.print}>
        <p className="complaint-done-kind">{t(kindTitle(filed.kind))}</p>
        <p className="muted">{t('complaints.done.reference')}</p>
        <p className={`complaint-reference${filed.print === 'printed' ? '' : ' is-unprinted'}`} data-testid="complaint-reference" dir="ltr">
          {filed.reference}
        </p>
        <p className={filed.print === 'printed' ? 'ticket-print ok' : 'ticket-print warn'} data-testid="complaint-slip" role={filed.print === 'printed' ? 'status' : 'alert'}>
          {t(slip)}
        </p>
        <p className="complaint-next" data-testid="complaint-next">
          {next.days === undefined ? t(next.key) : t(next.key, { days: next.days })}
        </p>
      </section>
    </ScreenFrame>
  );
}
