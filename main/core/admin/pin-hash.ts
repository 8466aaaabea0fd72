// The admin PIN hashed and checked with scrypt (node:crypto, async so the core's thread is not held),
// compared in constant time. The format (`scrypt$N$r$p$salt$hash`) is domain/admin-pin.ts's.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { parsePinHash, type PinHash } from '../../../domain/admin-pin.ts';

/** Defaults for a new hash: N=2^15, r=8, p=1 (32 MB, some tens of ms on a kiosk's CPU). */
export const DEFAULT_SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(pin: string, salt: Uint8Array, length: number, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: 256 * 1024 * 1024 + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(pin.normalize('NFKC'), salt, length, options, (e, key) => (e ? reject(e) : resolve(key))));
}

/** A new hash of the PIN, with a fresh 16-byte salt. */
export async function hashPin(pin: string, o: { N: number; r: number; p: number } = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, KEY_LENGTH, o);
  return `scrypt$${o.N}$${o.r}$${o.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether the PIN matches the parsed hash (constant-time comparison of the derived keys). */
export async function pinMatches(pin: string, h: PinHash): Promise<boolean> {
  const key = await derive(pin, h.salt, h.hash.length, h);
  return timingSafeEqual(key, h.hash);
}

/** Whether the PIN matches the hash text; a malformed hash matches nothing. */
export async function verifyPin(pin: string, hashText: string): Promise<boolean> {
  const parsed = parsePinHash(hashText);
  return parsed.ok ? pinMatches(pin, parsed.value) : false;
}
