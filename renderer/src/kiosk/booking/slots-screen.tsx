// 办事预约, step 2: the day and half-day. The next open working days of the business, each with its
// morning and afternoon as large buttons saying the hours and how many places are left; a full one is
// shown as full (not hidden), so nobody wonders where it went.
import { useCall } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { errorText } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { BookingOffline } from './booking-offline.tsx';
import { dayText, halfText, isAway } from './booking-words.ts';
import './booking.css';

export function SlotsScreen({ categoryId, categoryName }: { categoryId: string; categoryName: string }) {
  const t = useT();
  const { go } = useVisit();
  const slots = useCall('appointments.slots', { categoryId });
  const body = (() => {
    switch (slots.state) {
      case 'loading':
        return <p className="muted">{t('booking.loading')}</p>;
      case 'failed':
        return isAway(slots.error.code) ? <BookingOffline /> : <p role="alert">{errorText(t, slots.error)}</p>;
      case 'done':
        if (slots.value.days.length === 0) return <p data-testid="booking-no-days">{t('booking.slots.none')}</p>;
        return (
          <div className="booking-days" data-testid="booking-days">
            {slots.value.days.map((d) => (
              <section key={d.date} className="booking-day" aria-labelledby={`day-${d.date}`}>
                <h3 id={`day-${d.date}`}>{dayText(t, d.date, d.weekday)}</h3>
                <div className="booking-halves">
                  {d.halves.map((h) => (
                    <Button
                      key={h.half}
                      variant={h.free > 0 ? 'primary' : 'secondary'}
                      disabled={h.free === 0}
                      onPress={() => go({ name: 'booking.who', params: { choice: { categoryId, categoryName, date: d.date, weekday: d.weekday, half: h.half, from: h.from, to: h.to } } })}
                      testId={`booking-slot-${d.date}-${h.half}`}
                    >
                      <span className="booking-half">
                        <strong>{halfText(t, h.half)}</strong>
                        <span dir="ltr">
                          {h.from}-{h.to}
                        </span>
                        <span className={h.free > 0 ? 'booking-free' : 'booking-full'} data-free={h.free}>
                          {h.free > 0 ? t('booking.slots.free', { n: h.free }) : t('booking.slots.full')}
                        </span>
                      </span>
                    </Button>
                  ))}
                </div>
              </section>
            ))}
          </div>
        );
      default:
        return slots satisfies never;
    }
  })();
  return (
    <ScreenFrame id="booking-slots" title={t('booking.slots.title')}>
      <p className="booking-intro">{t('booking.slots.intro', { business: categoryName })}</p>
      {body}
    </ScreenFrame>
  );
}
