// 办事预约, step 3: who books. The ID card on the reader (its holder shown masked), or the ID number
// typed on the ID keyboard; the typed number's check digit (GB 11643) is checked when it is given, with
// words saying which character to look at, and the core checks it again.
import { useState } from 'react';
import type { CardState } from '../../../../main/contract/index.ts';
import { hasValidCheckDigit } from '../../../../domain/id-number.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import type { BookingChoice } from './booking-choice.ts';
import { ChoiceSummary } from './choice-summary.tsx';
import '../ways.css';
import './booking.css';

const ID_LENGTH = 18;

export function WhoScreen({ choice, card }: { choice: BookingChoice; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const holder = card.holder;
  const submitTyped = () => {
    if (!hasValidCheckDigit(typed)) return setWrong(true);
    go({ name: 'booking.phone', params: { choice, who: { kind: 'typed', idNumber: typed } } });
  };
  const actions = !holder && (
    <Button onPress={submitTyped} disabled={typed.length !== ID_LENGTH} testId="booking-id-next">
      {t('booking.next')}
    </Button>
  );
  return (
    <ScreenFrame id="booking-who" title={t('booking.who.title')} actions={actions || undefined}>
      <ChoiceSummary choice={choice} />
      {holder ? (
        <section className="way booking-card" data-testid="booking-card" role="status">
          <h3>{t('booking.who.card.present', { name: holder.nameMasked })}</h3>
          <p dir="ltr">{holder.idMasked}</p>
          <Button onPress={() => go({ name: 'booking.phone', params: { choice, who: { kind: 'card', nameMasked: holder.nameMasked, idMasked: holder.idMasked } } })} testId="booking-card-use">
            {t('booking.who.card.use')}
          </Button>
        </section>
      ) : (
        <div className="ways">
          <section className="way" aria-labelledby="booking-who-card" data-testid="booking-who-card">
            <h3 id="booking-who-card">{t('booking.who.card.title')}</h3>
            <p className={card.cardLeft ? 'alert-inline' : undefined}>{card.cardLeft ? t('booking.who.card.left') : t('booking.who.card.text')}</p>
          </section>
          <section className="way" aria-labelledby="booking-who-typed" data-testid="booking-who-typed">
            <h3 id="booking-who-typed">{t('booking.who.typed.title')}</h3>
            <KeyboardInput value={typed} onChange={(v) => (setTyped(v.toUpperCase()), setWrong(false))} layout="idNumber" placeholder={t('booking.who.typed.placeholder')} maxLength={ID_LENGTH} testId="booking-id" />
            {wrong && (
              <p className="alert-inline" role="alert" data-testid="booking-id-wrong">
                {t('booking.who.typed.wrong')}
              </p>
            )}
          </section>
        </div>
      )}
    </ScreenFrame>
  );
}
