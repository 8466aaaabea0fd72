// 办事预约, step 1: the business. Only the businesses that take appointments, as large buttons with
// what they cover; while the platform is away, booking is said to be unavailable (no place can be
// promised offline) instead of a list that would fail at the next step.
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useCategories } from '../queue/use-categories.ts';
import { errorText } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { BookingOffline } from './booking-offline.tsx';
import { isAway } from './booking-words.ts';
import './booking.css';

export function BusinessScreen() {
  const t = useT();
  const { go } = useVisit();
  const categories = useCategories();
  const body = (() => {
    switch (categories.state) {
      case 'loading':
        return <p className="muted">{t('booking.loading')}</p>;
      case 'failed':
        return isAway(categories.error.code) ? <BookingOffline /> : <p role="alert">{errorText(t, categories.error)}</p>;
      case 'done': {
        if (!categories.value.online) return <BookingOffline />;
        const bookable = categories.value.categories.filter((c) => c.bookable);
        if (bookable.length === 0) return <p data-testid="booking-none">{t('booking.business.none')}</p>;
        return (
          <>
            <p className="booking-intro">{t('booking.business.intro')}</p>
            <div className="booking-list" data-testid="booking-businesses">
              {bookable.map((c) => (
                <Button key={c.id} variant="secondary" onPress={() => go({ name: 'booking.slots', params: { categoryId: c.id, categoryName: c.name } })} testId={`booking-business-${c.id}`}>
                  <span className="booking-business">
                    <strong>{c.name}</strong>
                    <span className="tile-note">{c.description}</span>
                  </span>
                </Button>
              ))}
            </div>
          </>
        );
      }
      default:
        return categories satisfies never;
    }
  })();
  return (
    <ScreenFrame id="booking-business" title={t('booking.business.title')}>
      {body}
    </ScreenFrame>
  );
}
