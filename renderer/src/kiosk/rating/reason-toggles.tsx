// The national reasons of a bad rating (差评原因) as large toggles, in the national order whatever order
// they were touched in: the kiosk's rating flow and the counter's citizen side ask the same way.
import { ratingReasons, type RatingReason } from '../../../../domain/rating.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { reasonText } from './rating-words.ts';

/** `chosen` with `r` added or taken out, kept in the national order. */
export function toggledReason(chosen: readonly RatingReason[], r: RatingReason): RatingReason[] {
  return chosen.includes(r) ? chosen.filter((x) => x !== r) : ratingReasons.filter((x) => x === r || chosen.includes(x));
}

export function ReasonToggles(props: {
  chosen: readonly RatingReason[];
  onChange: (chosen: RatingReason[]) => void;
  label: string;
  className: string;
  /** Each toggle's test id is `<testIdPrefix><reason>`. */
  testIdPrefix: string;
  testId?: string;
}) {
  const t = useT();
  const { chosen } = props;
  return (
    <div className={props.className} role="group" aria-label={props.label} {...(props.testId ? { 'data-testid': props.testId } : {})}>
      {ratingReasons.map((r) => (
        <Button key={r} variant="toggle" pressed={chosen.includes(r)} onPress={() => props.onChange(toggledReason(chosen, r))} testId={`${props.testIdPrefix}${r}`}>
          <span className="rating-check" aria-hidden="true">
            {chosen.includes(r) ? '✓' : ''}
          </span>
          {reasonText(t, r)}
        </Button>
      ))}
    </div>
  );
}
