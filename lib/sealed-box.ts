// Seals what must be kept on disk but not in clear (an outbox body may hold an ID number from a form; the
// reference platform's complaints, ratings and forms hold names and phones): AES-256-GCM with a key kept
// outside the database, in a file only the user can read. A host with an OS keyring may supply its own key instead.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SealedBox {
  seal(plain: string): Buffer;
  /** null when the data was tampered with or sealed with another key. */
  open(sealed: Buffer): string | null;
}

export function sealedBox(key: Buffer): SealedBox {
  if (key.length !== 32) throw new Error('sealed box: the key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    open(sealed) {
      if (sealed.length < 28) return null;
      try {
        const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
        d.setAuthTag(sealed.subarray(12, 28));
        return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

/** The key in `path`, made (0600) on first use. */
export function keyFile(path: string): Buffer {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(path, 0o600);
  const key = readFileSync(path);
  if (key.length !== 32) throw new Error(`the key file ${path} is not a 32-byte key; it may be damaged`);
  return key;
}
