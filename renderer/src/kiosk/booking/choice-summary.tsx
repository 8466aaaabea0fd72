// What has been chosen so far (the business, the day, the half-day and its hours), at the top of each
// later booking screen, so the citizen always sees what they are booking.
import { useT } from '../../i18n/i18n.tsx';
import type { BookingChoice } from './booking-choice.ts';
import { dayText, halfText } from './booking-words.ts';

export function ChoiceSummary({ choice }: { choice: BookingChoice }) {
  const t = useT();
  return (
    <p className="booking-summary" data-testid="booking-summary">
      <strong>{choice.categoryName}</strong> · {dayText(t, choice.date, choice.weekday)} {halfText(t, choice.half)}{' '}
      <span dir="ltr">
        {choice.from}-{choice.to}
      </span>
    </p>
  );
}
