// The config's `platform.tls` made ready for the platform transport: the CA file read and checked to
// hold readable certificates (so a wrong file is named when the config is loaded, not found out later
// as an unexplained TLS failure), the pins as a list.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type PemRead = { readonly ok: true; readonly pem: string } | { readonly ok: false; readonly problem: string };

export function readCaPemFile(path: string, readText: (path: string) => string = (p) => readFileSync(p, 'utf8')): PemRead {
  let pem: string;
  try {
    pem = readText(path);
  } catch (e) {
    return { ok: false, problem: `cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const certificates = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  try {
    if (certificates.length === 0) throw new Error('none');
    for (const c of certificates) new X509Certificate(c);
  } catch {
    return { ok: false, problem: `${path} holds no readable PEM certificate ("-----BEGIN CERTIFICATE-----")` };
  }
  return { ok: true, pem };
}

/** What the platform transport takes (main/platform-client/platform-transport.ts `PlatformTls`). */
export interface PlatformTlsSettings {
  /** PEM text of the only CA(s) trusted for the platform; null: the system's store. */
  readonly ca: string | null;
  /** Accepted base64 SHA-256 pins of the platform's public key; empty: no pin. */
  readonly pins: readonly string[];
}

/**
 * `platform.tls` read: the CA file's PEM and the pins. A file that is missing or holds no certificate
 * is a problem naming the file: the terminal does not start trusting less (or more) than the hall said.
 */
export function readPlatformTls(
  tls: { readonly caFile?: string | undefined; readonly pinSha256?: string | readonly string[] | undefined } | undefined,
  readText?: (path: string) => string,
): { ok: true; tls: PlatformTlsSettings | null } | { ok: false; problem: string } {
  if (tls === undefined) return { ok: true, tls: null };
  let ca: string | null = null;
  if (tls.caFile !== undefined) {
    const read = readCaPemFile(tls.caFile, readText);
    if (!read.ok) return { ok: false, problem: `platform.tls.caFile: ${read.problem}` };
    ca = read.pem;
  }
  const pins = tls.pinSha256 === undefined ? [] : typeof tls.pinSha256 === 'string' ? [tls.pinSha256] : [...tls.pinSha256];
  return { ok: true, tls: { ca, pins } };
}
