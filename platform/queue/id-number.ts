// ID numbers at the queue: checked (GB 11643 check character), then reduced to what may be stored: a
// keyed hash (HMAC-SHA256 with the platform's secret) for the duplicate guard and the per-person limit,
// and the last 6 characters for a reprint. The full number is never stored, logged or put in an error.
import { createHmac } from 'node:crypto';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Trimmed, with a lower-case x made upper-case. */
export function normaliseIdNumber(id: string): string {
  return id.trim().toUpperCase();
}

/** 17 digits and the right ISO 7064 MOD 11-2 check character (resident cards, permits, 2023 foreign card). */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11) === id.charAt(17);
}

/** Same formula as the platform's other stores (records), so one person hashes alike everywhere. */
export function hashIdNumber(secret: string, id: string): string {
  return createHmac('sha256', secret).update(id.toUpperCase()).digest('hex');
}

export function idTail6(id: string): string {
  return id.slice(-6);
}

/** Age in full years on a yyyy-MM-dd date, from the birth date in characters 7-14; null if not a date. */
export function ageOn(id: string, date: string): number | null {
  const birth = id.slice(6, 14);
  if (!/^\d{8}$/.test(birth)) return null;
  const by = Number(birth.slice(0, 4));
  const bm = Number(birth.slice(4, 6));
  const bd = Number(birth.slice(6, 8));
  if (bm < 1 || bm > 12 || bd < 1 || bd > 31) return null;
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}
