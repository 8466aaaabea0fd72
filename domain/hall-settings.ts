// The hall's settings for its terminals (idle timeout, notices shown, media playlist, opening hours):
// the terminal's config file section `hallSettings`, what the platform pushes (terminals.settings),
// and what hall staff put on the platform (terminals.updateSettings) are all checked by this one
// schema. Each field left out keeps the terminal's own value.
import { z } from 'zod';
import { openingHoursSchema } from './queue-setup.ts';

/** A media file's name inside the attract folder: a plain name, never a path. */
// eslint-disable-next-line no-control-regex
const mediaFileName = /^(?!\.)[^/\\\u0000-\u001f\u007f]{1,200}$/;

/** The attract loop's playlist: shown in this order, round and round. */
export const playlistSchema = z
  .array(
    z.strictObject({
      file: z.string().regex(mediaFileName, 'a file name inside the folder (no "/", "\\", or leading ".")'),
      /** Images: how long each shows (default 10). Videos play to their end. */
      seconds: z.number().min(2).max(600).optional(),
      /** A line shown under the picture. */
      caption: z.string().min(1).max(120).optional(),
    }),
  )
  .max(200);

export const idleTimeoutSchema = z.number().int().min(10).max(3600);

/**
 * What the hall may change remotely (pushed by the platform, main/core/system/remote-config.ts), the
 * config file's `hallSettings` section and what staff put on the platform: the SAME schema validates all. Each field left out keeps
 * the terminal's own value (ui.idleTimeoutSeconds, ui.attract.items, the notices shown, the platform's
 * opening hours).
 */
export const hallSettingsSchema = z.strictObject({
  /** Overrides ui.idleTimeoutSeconds. */
  idleTimeoutSeconds: idleTimeoutSchema.optional(),
  /** Show the hall notices (synced from the platform) on the screens. */
  notices: z.boolean().optional(),
  /** Overrides ui.attract.items (files inside the attract folder). */
  playlist: playlistSchema.optional(),
  /** The hall's opening hours: the kiosk and the call display show their closed screen outside them. */
  openingHours: openingHoursSchema.optional(),
});
export type HallSettings = z.infer<typeof hallSettingsSchema>;
