// 办事预约, step 5: everything on one page before it is booked: business, day, half-day and hours, who
// (masked), the phone (masked). Booking by card needs the card still on the reader: when it was lifted,
// the screen says so and the booking waits until it is back (or another way is chosen). The platform's
// refusals come in plain words (full now, already booked that day, not open, begun).
import type { CardState } from '../../../../main/contract/index.ts';
import { maskMobile } from '../../../../domain/booking.ts';
import { maskIdNumber } from '../../../../domain/id-number.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import type { BookingChoice, BookingWho } from './booking-choice.ts';
import { dayText, halfText } from './booking-words.ts';
import './booking.css';

export function ReviewScreen({ choice, who, phone, card }: { choice: BookingChoice; who: BookingWho; phone: string; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const cardGone = who.kind === 'card' && card.holder?.idMasked !== who.idMasked;
  const book = async () => {
    if (feedback.busy || cardGone) return;
    const booking = await feedback.run(
      () => api.appointments.book({ categoryId: choice.categoryId, date: choice.date, half: choice.half, phone, ...(who.kind === 'typed' ? { idNumber: who.idNumber } : {}) }),
      'booking.busy',
    );
    if (booking) go({ name: 'booking.done', params: { booking } });
  };
  const actions = (
    <Button onPress={() => void book()} disabled={cardGone} testId="booking-confirm">
      {t('booking.review.confirm')}
    </Button>
  );
  return (
    <ScreenFrame id="booking-review" title={t('booking.review.title')} actions={actions}>
      <dl className="booking-fields" data-testid="booking-review">
        <dt>{t('booking.field.business')}</dt>
        <dd>{choice.categoryName}</dd>
        <dt>{t('booking.field.day')}</dt>
        <dd>{dayText(t, choice.date, choice.weekday)}</dd>
        <dt>{t('booking.field.time')}</dt>
        <dd>
          {halfText(t, choice.half)}{' '}
          <span dir="ltr">
            {choice.from}-{choice.to}
          </span>
        </dd>
        <dt>{t('booking.field.who')}</dt>
        <dd dir="ltr">{who.kind === 'card' ? `${who.nameMasked} ${who.idMasked}` : maskIdNumber(who.idNumber)}</dd>
        <dt>{t('booking.field.phone')}</dt>
        <dd dir="ltr">{maskMobile(phone)}</dd>
      </dl>
      {cardGone && (
        <div className="panel booking-notice" role="alert" data-testid="booking-card-gone">
          <p>{t('booking.review.cardGone')}</p>
          <Button variant="secondary" onPress={() => go({ name: 'booking.who', params: { choice } })} testId="booking-card-gone-again">
            {t('booking.review.cardGone.other')}
          </Button>
        </div>
      )}
      <p className="muted">{t('booking.review.note')}</p>
    </ScreenFrame>
  );
}
