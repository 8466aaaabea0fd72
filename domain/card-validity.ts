// Whether an ID card is still valid on a day, written once: the identity session asks it of every card
// read, and every real-name use (ticket, check-in, cases) refuses a card it names expired, with the
// same words. A card's 有效期限 ends on its `validTo` date (the card is still good that day) or is 长期
// (long-term, issued from 46 years of age: never expires). "Today" is the hall's business date
// (hall-time.ts, from the injected clock), never the machine's.
import { isIsoDate, type IsoDate } from './calendar-date.ts';
import { kioskError, type KioskError } from './errors.ts';

/** The literal a long-term card carries in its valid-to field. */
export const LONG_TERM = '长期';

export type CardValidity =
  | { readonly state: 'valid'; readonly validTo: IsoDate | typeof LONG_TERM }
  | { readonly state: 'expired'; readonly validTo: IsoDate }
  /** The field is neither a date nor 长期 (a damaged or foreign layout): not named expired, but said. */
  | { readonly state: 'unreadable'; readonly validTo: string };

/** The card's validity on `today` (YYYY-MM-DD in the hall's zone). */
export function cardValidityOn(validTo: string, today: IsoDate): CardValidity {
  const v = validTo.trim();
  if (v === LONG_TERM) return { state: 'valid', validTo: LONG_TERM };
  if (!isIsoDate(v)) return { state: 'unreadable', validTo: v };
  return today > v ? { state: 'expired', validTo: v } : { state: 'valid', validTo: v };
}

/**
 * The refusal every real-name use gives an expired card: the date in the details (`validTo`) so each
 * screen says "your ID card expired on 2024-05-01; please use a valid card or ask at the help desk".
 */
export function expiredCardError(validTo: IsoDate): KioskError {
  return kioskError('idcard.expired', `the ID card expired on ${validTo}; use a valid card or ask at the help desk`, { validTo });
}
