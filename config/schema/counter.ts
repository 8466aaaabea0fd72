// The config's `counter` section: the window terminal's window, its idle pause and window ratings.
import { z } from 'zod';
import { windowIdSchema } from './common.ts';

/** The window terminal (role counter): the window it stands at, and when it pauses by itself. */
export const counterSchema = z
  .strictObject({
    /** The hall's window this terminal serves (the queue set-up's window id, e.g. "w07"). Required for role counter. */
    windowId: windowIdSchema.optional(),
    /** Minutes without a touch, a key or a caller key, with no citizen at the window, before the
     *  window pauses itself (暂停服务) and the staff must sign in again. */
    idlePauseMinutes: z.number().int().min(1).max(240).default(15),
    /** 好差评 at the window: how long the pad and the screen wait for the citizen's rating after 办结,
     *  and again for the reasons of a bad one. */
    ratingWaitSeconds: z.number().int().min(10).max(600).default(60),
    /** The hall's 行政区划代码 that window ratings carry (GB/T 2260, six digits). Without it the window
     *  does not ask for ratings (they could not be filed). */
    areaCode: z.string().regex(/^[1-9]\d{5}$/, 'a 6-digit area code (行政区划代码), e.g. "330102"').optional(),
  })
  .prefault({});
