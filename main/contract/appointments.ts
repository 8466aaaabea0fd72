// 办事预约 at the kiosk as the screens ask the core for it: the free places of a business per day and
// half-day, booking one with the ID card (or the number typed) and a mobile number, printing the slip.
import { z } from 'zod';
import { halfDays, MOBILE_PATTERN } from '../../domain/booking.ts';
import { method } from './define.ts';

const clock = z.string().regex(/^\d{2}:\d{2}$/);
const half = z.enum(halfDays);

export const bookingDaySchema = z.object({
  date: z.string(),
  /** ISO weekday: 1 = Monday .. 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  /** Its open half-days (上午 am / 下午 pm) with their places; a full one has free 0. */
  halves: z.array(z.object({ half, from: clock, to: clock, capacity: z.number().int().nonnegative(), free: z.number().int().nonnegative() })),
});
export type BookingDay = z.output<typeof bookingDaySchema>;

/** A booking as the kiosk shows and prints it. */
export const bookingViewSchema = z.object({
  code: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  area: z.string(),
  date: z.string(),
  weekday: z.number().int().min(1).max(7),
  half,
  slot: z.object({ from: clock, to: clock }),
  /** When to come that day: the check-in window. */
  checkIn: z.object({ from: clock, until: clock }),
  /** 110105********1234 */
  holderMasked: z.string(),
  /** 139****5678 */
  phoneMasked: z.string(),
  /** printed: take the slip; noPrinter/failed: the code is shown large (and spoken) instead. */
  print: z.enum(['printed', 'noPrinter', 'failed']),
  /** Why it did not print (printer.paperOut...), for the screen's wording. */
  printError: z.string().nullable(),
});
export type BookingView = z.output<typeof bookingViewSchema>;

const idNumber = z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, 'an ID number: 17 digits and a check character');

export const appointmentsPart = {
  methods: {
    'appointments.slots': method({
      summary: 'The open days and half-days of a business that takes appointments, with the free places (full ones too). Needs the platform: offline is refused (a place cannot be promised offline).',
      input: z.object({ categoryId: z.string().min(1).max(64) }).strict(),
      output: z.object({ categoryId: z.string(), days: z.array(bookingDaySchema) }),
    }),
    'appointments.book': method({
      summary:
        'Book a half-day for the holder of the ID card on the reader (or of the number typed, its check digit checked) with a mobile number; the slip is printed, or the screen shows the code. One booking per holder, business and day.',
      input: z
        .object({
          categoryId: z.string().min(1).max(64),
          date: z.iso.date(),
          half,
          phone: z.string().regex(MOBILE_PATTERN, 'a mobile number: 11 digits starting with 13-19'),
          /** Typed on the screen when no card is used; never logged. */
          idNumber: idNumber.optional(),
        })
        .strict(),
      output: bookingViewSchema,
    }),
    'appointments.printSlip': method({
      summary: 'Print again the slip of a booking made in this visit (after the paper was refilled).',
      input: z.object({ code: z.string().min(4).max(20) }).strict(),
      output: bookingViewSchema,
    }),
  },
  events: {},
} as const;
