// The config's `admin` section (the admin panel's PIN, lockout, session, profiles folder) and `dev`
// (the developer page and the development clock).
import { z } from 'zod';
import { parsePinHash } from '../../domain/admin-pin.ts';

/** The admin panel for the hall's IT staff (hidden gesture + PIN; main/core/admin). */
export const adminSchema = z
  .strictObject({
    /** The PIN's scrypt hash (`npm run admin-pin`); absent: the panel cannot be opened. */
    pinHash: z
      .string()
      .superRefine((h, ctx) => {
        const r = parsePinHash(h);
        if (!r.ok) ctx.addIssue({ code: 'custom', message: r.problem });
      })
      .optional(),
    /** Wrong PINs in a row before the panel locks. */
    maxTries: z.number().int().min(1).max(20).default(5),
    /** How long it stays locked after maxTries wrong PINs. */
    lockoutMinutes: z.number().int().min(1).max(24 * 60).default(15),
    /** The open panel closes itself after this long untouched. */
    sessionMinutes: z.number().int().min(1).max(60).default(5),
    /** The folder of the profiles staff may switch to from the panel (config/profile-switch.ts):
     *  absolute, or relative to the config file; absent: the profiles installed with the terminal. */
    profilesDir: z.string().min(1).optional(),
  })
  .prefault({});

export const devSchema = z
  .strictObject({
    page: z.boolean().default(false),
    /** Development only: the core's clock starts at this time (ISO 8601) and runs on from there,
     *  to show a hall during its opening hours at any hour of the day. */
    clockStart: z.string().datetime({ offset: true }).optional(),
  })
  .prefault({});
