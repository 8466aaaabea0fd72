// The config's `ui` section: the screens' idle timeout, size, looks, home tasks, voice and attract loop.
import { z } from 'zod';
import { idleTimeoutSchema, playlistSchema } from '../../domain/hall-settings.ts';
import { homeEntrySchema } from '../../domain/terminal.ts';

const attractSchema = z.strictObject({
  /** How long the home screen rests untouched (no visit in progress) before the loop starts. */
  afterSeconds: z.number().int().min(10).max(3600).default(60),
  /** The media's folder on the kiosk: absolute, or relative to the config file (config/load.ts resolves it). */
  folder: z.string().min(1),
  /** Shown in this order, round and round. A file with an extension the kiosk cannot show, or missing
   *  when the terminal starts, is logged by name and left out (main/core/system/attract-media.ts). */
  items: playlistSchema.default([]),
});

export const uiSchema = z
  .strictObject({
    idleTimeoutSeconds: idleTimeoutSchema.default(90),
    /** Physical width of the screen's visible area in its orientation, so that the theme's
     *  millimetres are real millimetres. Absent: CSS's nominal 96 dpi. */
    screenWidthMm: z.number().min(50).max(3000).optional(),
    largeText: z.boolean().default(false),
    highContrast: z.boolean().default(false),
    /** The hall's tasks on the kiosk's home, in this order; a task whose screens this version
     *  does not have yet is left off (and logged), never shown dead. */
    homeEntries: z
      .array(homeEntrySchema)
      .min(1)
      .refine((a) => new Set(a).size === a.length, 'an entry is listed twice')
      .default(['ticket', 'checkIn', 'book', 'guide', 'progress', 'rate', 'complain', 'help', 'pay', 'forms']),
    /** Spoken prompts and the ticket number (renderer/src/voice); staff can also mute them at run
     *  time from the developer page. */
    voice: z.strictObject({ enabled: z.boolean().default(true), volume: z.number().min(0).max(1).default(0.8) }).prefault({}),
    /** The attract loop: the hall's images and videos fill the untouched home screen after a while. */
    attract: attractSchema.optional(),
  })
  .prefault({});
