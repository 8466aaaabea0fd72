// The events of the platform's live stream (`queue.events`, Server-Sent Events) that the terminal
// understands, each with its schema: a part of the core subscribes by type and gets the payload
// parsed (main/core/link/platform-events.ts). An event of a type not listed here still passes the
// envelope (`queueEventSchema`) and is ignored; add a type here with its schema to listen to it.
import type { z } from 'zod';
import { helpEventSchemas } from '../help.ts';
import { paymentEventSchemas } from '../payments.ts';
import { queueEventSchemas } from '../queue.ts';
import { staffEventSchemas } from '../staff.ts';

export const platformEventSchemas = {
  ...queueEventSchemas,
  ...helpEventSchemas,
  ...paymentEventSchemas,
  ...staffEventSchemas,
} as const;

export type PlatformEventType = keyof typeof platformEventSchemas;
export type PlatformEventOf<T extends PlatformEventType> = z.output<(typeof platformEventSchemas)[T]>;

/**
 * The SSE `id:` of an event is opaque to the terminal: the database's order on a platform over
 * PostgreSQL (the same id on every platform process), `<stream epoch>-<sequence>` on one over SQLite.
 * A terminal that reconnects sends the last id it saw as Last-Event-ID; the platform replays what
 * followed while it still holds it, or sends a `resync` event (a restart, too far behind,
 * notifications lost) so the terminal asks again for what it needs instead of trusting it missed nothing.
 */
export const RESYNC_EVENT = 'resync';
