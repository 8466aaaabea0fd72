// ID numbers at the queue are reduced to what may be stored: a keyed hash (HMAC-SHA256 with the
// platform's secret) for the duplicate guard and the per-person limit, and the last 6 characters for
// a reprint (domain/id-number.ts). The full number is never stored, logged or put in an error.
import { createHmac } from 'node:crypto';
import { normaliseIdNumber } from '../../domain/id-number.ts';

/** Same formula as the platform's other stores (records), so one person hashes alike everywhere. */
export function hashIdNumber(secret: string, id: string): string {
  return createHmac('sha256', secret).update(normaliseIdNumber(id)).digest('hex');
}
