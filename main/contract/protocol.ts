// The wire format of the RPC between screen and core, shared by both ends. Frames are JSON text;
// a transport (IPC port, WebSocket, in-memory pair) only moves them. The readers are written by
// hand rather than with zod: they run on every frame, and they keep zod out of the kiosk bundle.
import { errorCodes, type KioskError } from '../../domain/errors.ts';
import type { Result } from '../../domain/result.ts';

/** Screen -> core. */
export type ClientFrame =
  | { readonly k: 'req'; readonly id: number; readonly m: string; readonly i: unknown }
  | { readonly k: 'sub'; readonly e: string }
  | { readonly k: 'unsub'; readonly e: string };

/** Core -> screen. `bad` answers a frame the core could not read (it has no id to answer to). */
export type ServerFrame =
  | { readonly k: 'res'; readonly id: number; readonly r: Result<unknown, KioskError> }
  | { readonly k: 'evt'; readonly e: string; readonly p: unknown }
  | { readonly k: 'bad'; readonly error: KioskError };

/** A bidirectional channel of text frames. */
export interface FrameTransport {
  send(frame: string): void;
  /** Returns a function that removes the listener. */
  onFrame(listener: (frame: string) => void): () => void;
  /** Called once when the channel is gone (either side closed it). */
  onClose(listener: () => void): () => void;
  close(): void;
}

const MAX_NAME = 200;
const codes: ReadonlySet<string> = new Set(errorCodes);
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_NAME;
const keysWithin = (o: Obj, allowed: readonly string[]) => Object.keys(o).every((k) => allowed.includes(k));

export function isKioskError(v: unknown): v is KioskError {
  return (
    isObj(v) &&
    typeof v['code'] === 'string' &&
    codes.has(v['code']) &&
    typeof v['message'] === 'string' &&
    keysWithin(v, ['code', 'message', 'details'])
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads a frame from the screen; null for anything that is not exactly one. */
export function readClientFrame(text: string): ClientFrame | null {
  const f = parseJson(text);
  if (!isObj(f)) return null;
  switch (f['k']) {
    case 'req':
      return isId(f['id']) && isName(f['m']) && keysWithin(f, ['k', 'id', 'm', 'i'])
        ? { k: 'req', id: f['id'], m: f['m'], i: f['i'] }
        : null;
    case 'sub':
    case 'unsub':
      return isName(f['e']) && keysWithin(f, ['k', 'e']) ? { k: f['k'], e: f['e'] } : null;
    default:
      return null;
  }
}

/** Reads a frame from the core; null for anything that is not exactly one. */
export function readServerFrame(text: string): ServerFrame | null {
  const f = parseJson(text);
  if (!isObj(f)) return null;
  switch (f['k']) {
    case 'res': {
      const r = f['r'];
      if (!isId(f['id']) || !isObj(r)) return null;
      if (r['ok'] === true && keysWithin(r, ['ok', 'value'])) return { k: 'res', id: f['id'], r: { ok: true, value: r['value'] } };
      if (r['ok'] === false && isKioskError(r['error']) && keysWithin(r, ['ok', 'error'])) {
        return { k: 'res', id: f['id'], r: { ok: false, error: r['error'] } };
      }
      return null;
    }
    case 'evt':
      return isName(f['e']) ? { k: 'evt', e: f['e'], p: f['p'] } : null;
    case 'bad':
      return isKioskError(f['error']) ? { k: 'bad', error: f['error'] } : null;
    default:
      return null;
  }
}
