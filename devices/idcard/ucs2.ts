// Fixed-width UCS-2LE fields, space padded, as on the card's text block. Pure helpers.

/** Decodes bytes[at..at+width) as UTF-16LE code units, right padding (spaces, NULs) removed. */
export function readField(bytes: Uint8Array, at: number, width: number): string {
  return trimPadding(readRaw(bytes, at, width));
}

const isPadding = (unit: number | undefined): boolean => unit === 0x20 || unit === 0;

/** Removes trailing spaces and NULs. */
export function trimPadding(s: string): string {
  let end = s.length;
  while (end > 0 && isPadding(s.charCodeAt(end - 1))) end--;
  return s.slice(0, end);
}

/** Whether a value ends in a character the card uses for padding (it would not survive a read). */
export function endsInPadding(s: string): boolean {
  return s.length > 0 && isPadding(s.charCodeAt(s.length - 1));
}

/** The field without trimming (for names continued in a second field). */
export function readRaw(bytes: Uint8Array, at: number, width: number): string {
  let s = '';
  for (let i = at; i + 1 < at + width && i + 1 < bytes.length; i += 2) {
    s += String.fromCharCode((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8));
  }
  return s;
}

/**
 * Writes text into bytes[at..at+width) as UTF-16LE, padded with spaces. Returns false (and writes
 * nothing) when the text does not fit.
 */
export function writeField(bytes: Uint8Array, at: number, width: number, text: string): boolean {
  if (text.length * 2 > width) return false;
  for (let i = 0; i < width / 2; i++) {
    const unit = i < text.length ? text.charCodeAt(i) : 0x20;
    bytes[at + i * 2] = unit & 0xff;
    bytes[at + i * 2 + 1] = unit >> 8;
  }
  return true;
}
