// The attract loop's media as both hosts serve them under /media/<name>: only the files the core
// checked at start (TerminalCore.mediaFiles), looked up by exact name, so no path from the request
// ever reaches the file system; byte ranges for video (Chromium asks for `bytes=0-` and then seeks);
// and a policy that keeps a hall's SVG from running anything if opened on its own.
import { statSync } from 'node:fs';
import type { MediaFile } from '../core/system/attract-media.ts';

export const MEDIA_PREFIX = '/media/';

/** A media file opened on its own (not as an <img>/<video>) is a sandboxed document that may load nothing. */
export const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

export type MediaAnswer =
  | { readonly status: 404 }
  /** Not a range we can give: the whole size is said, nothing else. */
  | { readonly status: 416; readonly headers: Readonly<Record<string, string>> }
  /** Send bytes start..end (inclusive) of `file`. */
  | { readonly status: 200 | 206; readonly file: MediaFile; readonly start: number; readonly end: number; readonly headers: Readonly<Record<string, string>> };

/**
 * What to answer for `pathname` (already without the query) and a `Range` header: the media file by
 * its exact (decoded) name, or 404 for anything else, including any name with a path in it.
 */
export function answerMedia(files: ReadonlyMap<string, MediaFile>, pathname: string, range: string | null | undefined): MediaAnswer {
  if (!pathname.startsWith(MEDIA_PREFIX)) return { status: 404 };
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(MEDIA_PREFIX.length));
  } catch {
    return { status: 404 };
  }
  // A Map has no prototype keys, and the names in it are plain file names (config/schema/ui.ts).
  const file = files.get(name);
  if (!file) return { status: 404 };
  let size: number;
  try {
    const s = statSync(file.path);
    // Checked at start, but the folder may have changed since.
    if (!s.isFile() || s.size === 0) return { status: 404 };
    size = s.size;
  } catch {
    return { status: 404 };
  }
  const base = {
    'content-type': file.contentType,
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    'content-security-policy': MEDIA_CSP,
    'cache-control': 'no-cache',
    // Only this terminal's own pages may embed them.
    'cross-origin-resource-policy': 'same-origin',
  };
  if (!range) return { status: 200, file, start: 0, end: size - 1, headers: { ...base, 'content-length': String(size) } };
  const r = parseRange(range, size);
  if (r === 'unsatisfiable') return { status: 416, headers: { 'content-range': `bytes */${size}`, 'x-content-type-options': 'nosniff' } };
  // A range form we do not take (several ranges, another unit): the whole file, as HTTP allows.
  if (r === null) return { status: 200, file, start: 0, end: size - 1, headers: { ...base, 'content-length': String(size) } };
  return {
    status: 206,
    file,
    start: r.start,
    end: r.end,
    headers: { ...base, 'content-length': String(r.end - r.start + 1), 'content-range': `bytes ${r.start}-${r.end}/${size}` },
  };
}

/**
 * One byte range of a file of `size` bytes (RFC 9110 14.1.2): `bytes=a-b`, `bytes=a-`, `bytes=-n`.
 * Null for what we do not take (several ranges, other units, nonsense): the caller sends the whole file.
 */
export function parseRange(header: string, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return null;
  if (a === '') {
    const n = Number(b);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  if (start >= size) return 'unsatisfiable';
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (end < start) return null;
  return { start, end };
}
