// Hall notices (大厅公告): what the hall tells every citizen at the kiosk (holiday hours, a service
// moved, a system upgrade), published on the platform, synced to the terminal, shown on home while
// they are valid. Higher priority shows first.
import { z } from 'zod';

const isoTime = z.string().datetime({ offset: true });

export const noticeSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
    title: z.string().trim().min(1).max(60),
    body: z.string().trim().min(1).max(4000),
    validFrom: isoTime,
    /** null: until withdrawn. */
    validTo: isoTime.nullable(),
    /** 0 ordinary .. 9 urgent; higher shows first. */
    priority: z.number().int().min(0).max(9),
  })
  .refine((n) => n.validTo === null || Date.parse(n.validTo) > Date.parse(n.validFrom), { message: 'validTo must be after validFrom', path: ['validTo'] });
export type Notice = z.output<typeof noticeSchema>;

/** The notices valid at `now` (ms), most urgent first, then the newest. */
export function currentNotices<N extends Pick<Notice, 'validFrom' | 'validTo' | 'priority'>>(notices: readonly N[], now: number): N[] {
  return notices
    .filter((n) => Date.parse(n.validFrom) <= now && (n.validTo === null || now < Date.parse(n.validTo)))
    .sort((a, b) => b.priority - a.priority || Date.parse(b.validFrom) - Date.parse(a.validFrom));
}
