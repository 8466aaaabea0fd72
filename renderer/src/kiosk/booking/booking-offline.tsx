// Booking needs the platform (a place cannot be promised offline): said plainly, with what to do now.
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useSayOnShow } from '../../voice/voice.tsx';
import { useVisit } from '../visit.tsx';

export function BookingOffline() {
  const t = useT();
  const { home } = useVisit();
  useSayOnShow({ kind: 'failure', words: t('booking.offline') });
  return (
    <div className="panel booking-notice" data-testid="booking-offline" role="alert">
      <p>{t('booking.offline')}</p>
      <Button onPress={home} testId="booking-offline-home">
        {t('booking.offline.home')}
      </Button>
    </div>
  );
}
