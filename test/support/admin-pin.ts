// The admin panel's PIN for tests: a test PIN and its hash at a cheap scrypt cost (N=2^10; the
// `npm run admin-pin` default is N=2^15, some tens of ms a check, too slow for a suite that unlocks
// the panel many times). The hash has a fresh salt on each call, as the real one does.
import { hashPin } from '../../main/core/admin/pin-hash.ts';

/** The PIN the admin tests unlock the panel with. */
export const TEST_ADMIN_PIN = '24681357';

/** scrypt cost for tests' hashes. */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 } as const;

/** The config's `admin.pinHash` for a PIN (default TEST_ADMIN_PIN), at the tests' cheap cost. */
export function testPinHash(pin: string = TEST_ADMIN_PIN): Promise<string> {
  return hashPin(pin, TEST_SCRYPT);
}
