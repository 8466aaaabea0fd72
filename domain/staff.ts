// Window staff on duty (窗口人员上岗): who is signed in at a window, whether the window is paused
// (暂停服务), and the event the platform sends when that changes. The PIN and the staff card are
// checked on the platform only; no terminal keeps either.
import { z } from 'zod';
import { windowSchema } from './queue-setup.ts';

const isoTime = z.string().datetime({ offset: true });

/** A staff PIN: 4 to 8 digits. */
export const STAFF_PIN_PATTERN = /^\d{4,8}$/;
/** A staff number (工号): two capitals and four digits, LX2001. */
export const STAFF_ID_PATTERN = /^[A-Z]{2}\d{4}$/;
/** Wrong PINs in a row before a staff number is locked, and for how long. */
export const STAFF_PIN_ATTEMPTS = 5;
export const STAFF_LOCK_MINUTES = 15;

/** The staff member as the window screen shows them: never their PIN or card. */
export const staffOnDutySchema = z.object({
  id: z.string().regex(STAFF_ID_PATTERN),
  name: z.string().min(1),
  position: z.string().min(1),
  stars: z.number().int().min(1).max(5),
});
export type StaffOnDuty = z.output<typeof staffOnDutySchema>;

/** A window's duty now: who is on it (null: closed), paused or not. */
export const windowDutySchema = z.object({
  window: windowSchema,
  staff: staffOnDutySchema.nullable(),
  paused: z.boolean(),
});
export type WindowDuty = z.output<typeof windowDutySchema>;

/** Sign in by staff number and PIN, or by the staff card's ID number (read by the window's reader). */
export const staffSignInSchema = z.union([
  z.object({ staffId: z.string().regex(STAFF_ID_PATTERN, 'a staff number: two capitals and four digits, e.g. LX2001'), pin: z.string().regex(STAFF_PIN_PATTERN, 'a PIN: 4 to 8 digits') }).strict(),
  z.object({ idNumber: z.string().regex(/^\d{17}[\dXx]$/, 'an ID number: 17 digits and a check character') }).strict(),
]);
export type StaffSignIn = z.output<typeof staffSignInSchema>;

export const staffEventTypes = ['windowDutyChanged'] as const;
export const staffEventSchemas = {
  /** Signed in, signed out, paused or resumed: displays show a paused window as such. No PIN, no card. */
  windowDutyChanged: z.object({
    type: z.literal('windowDutyChanged'),
    at: isoTime,
    windowId: z.string(),
    windowNumber: z.string(),
    staffId: z.string().nullable(),
    paused: z.boolean(),
  }),
} as const;
export type WindowDutyChangedEvent = z.output<(typeof staffEventSchemas)['windowDutyChanged']>;
