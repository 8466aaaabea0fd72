// Reads a PEM file of CA certificates (the platform's CA, config platform.tls.caFile) and checks that
// it holds at least one readable certificate, so a wrong file is named when the config is loaded,
// not found out later as an unexplained TLS failure.
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
