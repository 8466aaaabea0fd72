// What a booking is made of as the citizen chooses it, screen by screen (carried in the visit's route
// parameters, so it all goes when the visit ends): the business, the day and half-day, who (the card
// on the reader, or the ID number typed), the mobile number.
import type { HalfDay } from '../../../../domain/booking.ts';

export interface BookingChoice {
  readonly categoryId: string;
  readonly categoryName: string;
  readonly date: string;
  /** ISO weekday: 1 = Monday .. 7 = Sunday. */
  readonly weekday: number;
  readonly half: HalfDay;
  readonly from: string;
  readonly to: string;
}

/** The card on the reader (its holder's name masked, as the reader gives it), or the number typed. */
export type BookingWho = { readonly kind: 'card'; readonly nameMasked: string; readonly idMasked: string } | { readonly kind: 'typed'; readonly idNumber: string };
