// The config's `display` section: the call display's calls shown, announcements, notices and orientation.
import { z } from 'zod';
import { windowIdSchema } from './common.ts';

/** The hall's call display (role display, 叫号显示屏): which calls it shows, how it announces them. */
export const displaySchema = z
  .strictObject({
    /** Which calls this screen shows: every call of the hall (both absent), or only those at these
     *  windows (queue set-up ids) and/or in these areas (a window's `area`, e.g. "一楼A区"). */
    show: z
      .strictObject({
        windows: z.array(windowIdSchema).min(1).optional(),
        areas: z.array(z.string().trim().min(1)).min(1).optional(),
      })
      .prefault({}),
    /** How many earlier calls the history list keeps (the newest is shown large). */
    historyLength: z.number().int().min(1).max(50).default(8),
    /** The languages a call is announced in, in this order: Chinese always, English where the hall wants it. */
    languages: z
      .array(z.enum(['zh-CN', 'en']))
      .min(1)
      .default(['zh-CN'])
      .refine((l) => l[0] === 'zh-CN', 'Chinese comes first: ["zh-CN"] or ["zh-CN", "en"]')
      .refine((l) => new Set(l).size === l.length, 'a language is listed twice'),
    /** How many times each call is said (1-3), as halls repeat a call. */
    repeat: z.number().int().min(1).max(3).default(2),
    /** After a reconnect, of the calls missed only this many newest are said (the rest are shown). */
    backlogSaid: z.number().int().min(0).max(10).default(3),
    /** Show the hall notices (those the terminal syncs) as a ticker. */
    notices: z.boolean().default(true),
    /** Nothing heard from the platform for this long: the screen says its calls may not be current. */
    staleSeconds: z.number().int().min(2).max(600).default(20),
    /** auto: from the screen's shape (portrait when taller than wide). */
    orientation: z.enum(['auto', 'landscape', 'portrait']).default('auto'),
  })
  .prefault({});
