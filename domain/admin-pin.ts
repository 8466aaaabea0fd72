// The admin panel's PIN as the config keeps it: never the PIN, only its scrypt hash written as
// `scrypt$N$r$p$<salt base64>$<hash base64>`. Zod-free and pure: the config schema checks the format
// with it, the core (main/core/admin/pin-hash.ts) hashes and compares with node:crypto.

export interface PinHash {
  /** scrypt's cost (a power of two), block size and parallelism. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Uint8Array;
  readonly hash: Uint8Array;
}

export const PIN_HASH_FORMAT = 'scrypt$N$r$p$<salt base64>$<hash base64>';

/** A PIN staff can type on the panel's pad: 4 to 12 digits. */
export const PIN_PATTERN = /^\d{4,12}$/;

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (padded) to bytes; null when it is not. */
function fromBase64(s: string): Uint8Array | null {
  if (!B64.test(s) || s.length % 4 !== 0) return null;
  const body = s.replace(/=+$/, '');
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of body) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** The parts of a PIN hash, or what is wrong with it in words. */
export function parsePinHash(text: string): { ok: true; value: PinHash } | { ok: false; problem: string } {
  const parts = text.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return { ok: false, problem: `not a PIN hash of the form ${PIN_HASH_FORMAT} (make one with "npm run admin-pin")` };
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const int = (s: string) => (/^\d{1,10}$/.test(s) ? Number(s) : NaN);
  const N = int(n);
  if (!(N >= 1024 && N <= 2 ** 20 && (N & (N - 1)) === 0)) return { ok: false, problem: `scrypt N must be a power of two from 1024 to 1048576 (got "${n}")` };
  const R = int(r);
  if (!(R >= 1 && R <= 32)) return { ok: false, problem: `scrypt r must be 1 to 32 (got "${r}")` };
  const P = int(p);
  if (!(P >= 1 && P <= 16)) return { ok: false, problem: `scrypt p must be 1 to 16 (got "${p}")` };
  if (128 * N * R * P > 256 * 1024 * 1024) return { ok: false, problem: 'scrypt N, r and p together need more than 256 MB of memory' };
  const s = fromBase64(salt);
  if (!s || s.length < 16) return { ok: false, problem: 'the salt must be base64 of at least 16 bytes' };
  const h = fromBase64(hash);
  if (!h || h.length < 32 || h.length > 64) return { ok: false, problem: 'the hash must be base64 of 32 to 64 bytes' };
  return { ok: true, value: { N, r: R, p: P, salt: s, hash: h } };
}
