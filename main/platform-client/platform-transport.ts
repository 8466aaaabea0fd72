// How the terminal reaches the platform over HTTP(S): one transport for the API calls (HttpFetch) and
// the event stream, so the hall's TLS settings (config platform.tls) hold for every request. Plain
// http:// (the embedded platform on loopback, a hall's own network) is node:http; https:// without TLS
// settings is Node's fetch (the system's trusted CAs): fetch's first request loads and compiles undici,
// about 50 ms of a terminal's start, which the embedded platform need not pay. With TLS settings it is node:https, since fetch
// takes no CA of its own without undici's Agent: `ca` given to node:tls REPLACES the system store, so
// only the configured CA is trusted; the pin is checked on the certificate's public key (SPKI) after
// the usual chain and name checks. A refusal is an Error whose message says which rule refused.
import { createHash, X509Certificate } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import type { HttpFetch, HttpResponseLike } from './client.ts';

export interface PlatformTls {
  /** PEM text of the only CA(s) trusted for the platform; null: the system's store. */
  readonly ca: string | null;
  /** Accepted base64 SHA-256 pins of the platform's public key; empty: no pin. */
  readonly pins: readonly string[];
}

/** What the event stream needs from a GET: the status and the body as it arrives. */
export interface StreamAnswer {
  readonly status: number;
  readonly body: AsyncIterable<Uint8Array> | null;
}

export interface PlatformTransport {
  readonly fetch: HttpFetch;
  readonly stream: (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<StreamAnswer>;
}

/** The base64 SHA-256 of a certificate's SubjectPublicKeyInfo (what `pinSha256` holds). */
export function spkiPin(certificate: string | Buffer): string {
  const spki = new X509Certificate(certificate).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/** The certificate errors of node:tls that mean "not signed by a CA we trust". */
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
]);

/** A TLS failure in words that say what was refused (the code stays at the end for the log reader). */
export function describeTlsFailure(e: unknown, tls: PlatformTls): Error {
  const code = (e as { code?: unknown }).code;
  if (e instanceof PinMismatch) return e;
  if (typeof code === 'string' && UNTRUSTED.has(code)) {
    return new Error(
      tls.ca !== null
        ? `the platform's certificate is not signed by the configured CA (platform.tls.caFile) [${code}]`
        : `the platform's certificate is not signed by a CA this system trusts [${code}]`,
    );
  }
  if (code === 'CERT_HAS_EXPIRED') return new Error(`the platform's certificate has expired [${code}]`);
  if (code === 'CERT_NOT_YET_VALID') return new Error(`the platform's certificate is not valid yet: check this terminal's clock [${code}]`);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return new Error(`the platform's certificate is for another host name than platform.url's [${code}]`);
  return e instanceof Error ? e : new Error(String(e));
}

class PinMismatch extends Error {}

type Send = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal }) => Promise<IncomingMessage>;

/** node:http for a plain http:// URL (default agent, keep-alive). */
const sendPlain: Send = (url, init) =>
  new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest(new URL(url), { method: init.method, headers: init.headers, signal: init.signal });
    req.once('response', resolve);
    req.once('error', reject);
    req.end(init.body);
  });

/** The transport over a node:http(s) sender: the whole answer read for a call, the body as it comes for the stream. */
function overNode(send: Send): PlatformTransport {
  return {
    fetch: async (url, init): Promise<HttpResponseLike> => {
      const res = await send(url, init);
      const chunks: Buffer[] = [];
      for await (const c of res) chunks.push(c as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      return {
        status: res.statusCode ?? 0,
        headers: { get: (name) => headerOf(res, name) },
        text: () => Promise.resolve(text),
      };
    },
    stream: async (url, init) => {
      const res = await send(url, { method: 'GET', headers: init.headers, signal: init.signal });
      return { status: res.statusCode ?? 0, body: res };
    },
  };
}

export function platformTransport(tls: PlatformTls | null): PlatformTransport {
  if (tls === null || (tls.ca === null && tls.pins.length === 0)) {
    const plain = overNode(sendPlain);
    const isPlain = (url: string) => url.startsWith('http:');
    return {
      fetch: (url, init) => (isPlain(url) ? plain.fetch(url, init) : fetch(url, init)),
      stream: async (url, init) => {
        if (isPlain(url)) return plain.stream(url, init);
        const res = await fetch(url, { method: 'GET', headers: init.headers, signal: init.signal });
        return { status: res.status, body: res.body as AsyncIterable<Uint8Array> | null };
      },
    };
  }
  const send: Send = (url, init) =>
    new Promise<IncomingMessage>((resolve, reject) => {
      const target = new URL(url);
      const options = {
        method: init.method,
        headers: init.headers,
        signal: init.signal,
        // No shared agent: a connection made under other TLS options is never reused for the platform.
        agent: false as const,
        ...(tls.ca === null ? {} : { ca: tls.ca }),
        checkServerIdentity: (host: string, cert: PeerCertificate) => {
          const wrong = checkServerIdentity(host, cert);
          if (wrong) return wrong;
          if (tls.pins.length === 0) return undefined;
          // cert.pubkey is the bare key for EC keys, not the SPKI a pin is taken over: hash the SPKI.
          const got = spkiPin(cert.raw);
          return tls.pins.includes(got) ? undefined : new PinMismatch(`the platform's public key does not match platform.tls.pinSha256 (it is ${got})`);
        },
      };
      if (target.protocol !== 'https:') return void sendPlain(url, init).then(resolve, reject);
      const req = httpsRequest(target, options);
      req.once('response', resolve);
      req.once('error', (e) => reject(describeTlsFailure(e, tls)));
      req.end(init.body);
    });
  return overNode(send);
}

function headerOf(res: IncomingMessage, name: string): string | null {
  const v = res.headers[name.toLowerCase()];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}
