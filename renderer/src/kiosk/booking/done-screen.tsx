// 办事预约, done: the booking code large, the day and hours, when to come (the check-in window) and what
// to bring. The slip came out, or (no paper, no printer) the code stays on screen, is spoken, and can be
// printed again once the paper is back.
import type { BookingView } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useLocale, useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { speechLocale, spellNumber } from '../../voice/speech-plan.ts';
import { useSayOnShow } from '../../voice/voice.tsx';
import { errorText, useFeedback } from '../feedback.tsx';
import type { KioskError } from '../../../../domain/errors.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { dayText, halfText } from './booking-words.ts';
import './booking.css';

export function DoneScreen({ booking }: { booking: BookingView }) {
  const t = useT();
  const { finish, go } = useVisit();
  const feedback = useFeedback();
  const printed = booking.print === 'printed';
  const spelled = spellNumber(booking.code, speechLocale(useLocale())).words.join(' ');
  useSayOnShow({ kind: 'failure', words: printed ? t('booking.done.say.printed', { code: spelled }) : t('booking.done.say.notPrinted', { code: spelled }) });
  const again = async () => {
    const b = await feedback.run(() => api.appointments.printSlip({ code: booking.code }), 'booking.printing');
    if (b) go({ name: 'booking.done', params: { booking: b } });
  };
  return (
    <ScreenFrame id="booking-done" title={t('booking.done.title')} noBack>
      <section className="panel booking-done" data-testid="booking-done" data-print={booking.print}>
        <p className="booking-business-name">{booking.categoryName}</p>
        <p className="muted">{t('booking.done.code')}</p>
        <p className="booking-code" data-testid="booking-code" dir="ltr">
          {booking.code}
        </p>
        <p className="booking-when">
          {dayText(t, booking.date, booking.weekday)} {halfText(t, booking.half)}{' '}
          <span dir="ltr">
            {booking.slot.from}-{booking.slot.to}
          </span>
        </p>
        <p>{t('booking.done.come', { from: booking.checkIn.from, until: booking.checkIn.until })}</p>
        {booking.area && <p>{t('booking.done.area', { area: booking.area })}</p>}
        <p>{t('booking.done.bring')}</p>
        <p className={printed ? 'booking-print ok' : 'booking-print warn'} data-testid="booking-print" role="status">
          {printed ? t('booking.done.printed') : t('booking.done.notPrinted')}
        </p>
        {booking.printError && <p className="muted">{errorText(t, { code: booking.printError as KioskError['code'], message: '' })}</p>}
        <div className="panel-actions">
          {!printed && (
            <Button variant="secondary" onPress={() => void again()} testId="booking-print-again">
              {t('booking.done.printAgain')}
            </Button>
          )}
          <Button onPress={finish} testId="booking-finish">
            {t('booking.done.finish')}
          </Button>
        </div>
      </section>
    </ScreenFrame>
  );
}
