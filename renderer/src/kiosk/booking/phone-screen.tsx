// 办事预约, step 4: a mobile number (11 digits, on the digits keyboard), for the platform to reach the
// citizen about the booking. A number that cannot be a mobile number is said so when it is given.
import { useState } from 'react';
import { isMobile } from '../../../../domain/booking.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import type { BookingChoice, BookingWho } from './booking-choice.ts';
import { ChoiceSummary } from './choice-summary.tsx';
import './booking.css';

const PHONE_LENGTH = 11;

export function PhoneScreen({ choice, who }: { choice: BookingChoice; who: BookingWho }) {
  const t = useT();
  const { go } = useVisit();
  const [phone, setPhone] = useState('');
  const [wrong, setWrong] = useState(false);
  const next = () => (isMobile(phone) ? go({ name: 'booking.review', params: { choice, who, phone } }) : setWrong(true));
  const actions = (
    <Button onPress={next} disabled={phone.length !== PHONE_LENGTH} testId="booking-phone-next">
      {t('booking.next')}
    </Button>
  );
  return (
    <ScreenFrame id="booking-phone" title={t('booking.phone.title')} actions={actions}>
      <ChoiceSummary choice={choice} />
      <section className="way" aria-labelledby="booking-phone-label">
        <h3 id="booking-phone-label">{t('booking.phone.text')}</h3>
        <KeyboardInput value={phone} onChange={(v) => (setPhone(v), setWrong(false))} layout="digits" placeholder={t('booking.phone.placeholder')} maxLength={PHONE_LENGTH} testId="booking-phone" />
        {wrong ? (
          <p className="alert-inline" role="alert" data-testid="booking-phone-wrong">
            {t('booking.phone.wrong')}
          </p>
        ) : (
          phone.length > 0 &&
          phone.length < PHONE_LENGTH && (
            <p className="muted" role="status">
              {t('booking.phone.short', { n: PHONE_LENGTH - phone.length })}
            </p>
          )
        )}
      </section>
    </ScreenFrame>
  );
}
