// The config's `queue` section: offline tickets, the hall's time zone, the slip's QR.
import { z } from 'zod';
import { DEFAULT_TIME_ZONE } from '../../domain/hall-time.ts';

export const queueSchema = z
  .strictObject({
    /** While the platform is away: refuse tickets, or number them from ranges reserved for this terminal. */
    offlinePolicy: z.enum(['refuse', 'reserved']).default('refuse'),
    /** Per category, the numbers this terminal may give out offline (printed as prefix + 3 digits). */
    reservedRanges: z
      .array(z.strictObject({ categoryId: z.string().min(1), start: z.number().int().min(0).max(999), end: z.number().int().min(0).max(999) }))
      .default([]),
    /** The hall's time zone, for business dates. */
    timeZone: z.string().default(DEFAULT_TIME_ZONE),
    /** The QR on the slip (track the queue, rate on a phone): a URL with {ticketId} and {number}; absent:
     *  the platform's phone page (domain/mobile-links.ts on `platform.publicUrl`). */
    slipQrUrl: z.string().url().optional(),
  })
  .prefault({});
