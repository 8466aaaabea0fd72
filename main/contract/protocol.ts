// The wire format of the RPC between screen and core, shared by both ends. Frames are JSON text;
// a transport (IPC port, WebSocket, in-memory pair) only moves them.
import { z } from 'zod';
import { kioskErrorSchema } from './errors.ts';

const resultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: kioskErrorSchema }),
]);

/** Screen -> core. */
export const clientFrameSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('req'), id: z.number().int().nonnegative(), m: z.string().max(200), i: z.unknown() }),
  z.object({ k: z.literal('sub'), e: z.string().max(200) }),
  z.object({ k: z.literal('unsub'), e: z.string().max(200) }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

/** Core -> screen. `bad` answers a frame the core could not read (it has no id to answer to). */
export const serverFrameSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('res'), id: z.number().int().nonnegative(), r: resultSchema }),
  z.object({ k: z.literal('evt'), e: z.string(), p: z.unknown() }),
  z.object({ k: z.literal('bad'), error: kioskErrorSchema }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;

/** A bidirectional channel of text frames. */
export interface FrameTransport {
  send(frame: string): void;
  /** Returns a function that removes the listener. */
  onFrame(listener: (frame: string) => void): () => void;
  /** Called once when the channel is gone (either side closed it). */
  onClose(listener: () => void): () => void;
  close(): void;
}

/** Parses a frame's JSON and shape; `null` for anything else. */
export function parseFrame<T>(schema: z.ZodType<T>, text: string): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
