// Reads a QR code back from an image, as a phone would, with zbarimg (Debian's zbar-tools).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of the QR in a PNG image (a screenshot, a printed slip), read with zbarimg. */
export function readQr(png: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'hall-qr-'));
  try {
    const file = join(dir, 'qr.png');
    writeFileSync(file, png);
    return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
