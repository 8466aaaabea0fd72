// The appointments part of the contract (办事预约): free places, booking, the slip printed again.
import type { HandlersOf } from '../../contract/index.ts';
import type { appointmentsPart } from '../../contract/appointments.ts';
import type { BookingDesk } from './booking-desk.ts';

export function bookingHandlers(s: { readonly booking: BookingDesk }): HandlersOf<typeof appointmentsPart> {
  return {
    'appointments.slots': ({ categoryId }) => s.booking.slots(categoryId),
    'appointments.book': (input) => s.booking.book(input),
    'appointments.printSlip': ({ code }) => s.booking.printSlip(code),
  };
}
