// What several sections of the config share: the id pattern of a terminal or a device, and a window
// of the queue set-up (the counter's own, the call display's filter).
import { z } from 'zod';

export const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A window id of the queue set-up, e.g. "w07". */
export const windowIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a window id of the queue set-up, e.g. "w07"');
