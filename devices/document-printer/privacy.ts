// No full ID number on paper (DESIGN.md convention 7). Builders mask the fields they know to be ID
// numbers; the layout then masks anything else that is one (a number typed into a free-text field),
// recognised by shape, a real birth date and the GB 11643 check character, so that bank accounts and
// case numbers are left alone.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** An 18-character resident ID number (or residence-permit number) with a valid check character. */
export function looksLikeIdNumber(text: string): boolean {
  if (!/^\d{17}[\dX]$/.test(text)) return false;
  const y = Number(text.slice(6, 10));
  const m = Number(text.slice(10, 12));
  const d = Number(text.slice(12, 14));
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(text[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] === text[17];
}

/** `110105199001011234` -> `110105********1234`; anything else keeps at most its first 6 and last 4. */
export function maskIdNumber(id: string): string {
  const trimmed = id.trim().toUpperCase();
  const length = [...trimmed].length;
  if (length <= 10) return '*'.repeat(length);
  return trimmed.slice(0, 6) + '*'.repeat(length - 10) + trimmed.slice(-4);
}

const CANDIDATE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

/** Masks every ID number found in a text. */
export function maskIdNumbersIn(text: string): string {
  return text.replace(CANDIDATE, (s) => (looksLikeIdNumber(s.toUpperCase()) ? maskIdNumber(s) : s));
}
