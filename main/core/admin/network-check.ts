// The admin panel's network check: the platform's address resolved (DNS), its port reached (TCP) and
// its health answered (HTTP), each timed, and one plain verdict: ok or the first step that failed.
// The probes are injected so tests decide what each step finds.
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import type { NetworkCheck } from '../../contract/admin.ts';

export interface NetworkProbes {
  /** The addresses of a host name. */
  lookup(host: string): Promise<string[]>;
  /** Opens and closes a TCP connection. */
  connect(host: string, port: number, timeoutMs: number): Promise<void>;
  /** GETs a URL; the HTTP status. */
  get(url: string, timeoutMs: number): Promise<number>;
  /** A monotonic time in ms, for the timings. */
  now(): number;
}

export const nodeProbes: NetworkProbes = {
  lookup: async (host) => (await lookup(host, { all: true })).map((a) => a.address),
  connect: (host, port, timeoutMs) =>
    new Promise((resolve, reject) => {
      const socket = connect({ host, port, timeout: timeoutMs });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('timeout', () => {
        socket.destroy();
        reject(new Error(`no answer within ${timeoutMs} ms`));
      });
      socket.once('error', (e) => reject(e));
    }),
  get: async (url, timeoutMs) => {
    const r = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await r.body?.cancel();
    return r.status;
  },
  now: () => performance.now(),
};

const why = (e: unknown) => {
  const x = e as NodeJS.ErrnoException;
  return x.code ? `${x.code}: ${x.message}` : String(x?.message ?? e);
};

/** The three steps against the platform at baseUrl; its health path answers the HTTP step. */
export async function networkCheck(baseUrl: string, healthPath: string, timeoutMs: number, probes: NetworkProbes = nodeProbes): Promise<NetworkCheck> {
  const url = new URL(baseUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const steps: NetworkCheck['steps'] = [];
  const timed = async <T>(f: () => Promise<T>): Promise<{ ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number }> => {
    const t0 = probes.now();
    try {
      const value = await f();
      return { ok: true, value, ms: Math.round(probes.now() - t0) };
    } catch (error) {
      return { ok: false, error, ms: Math.round(probes.now() - t0) };
    }
  };
  const skipped = (step: 'tcp' | 'http') => steps.push({ step, ok: false, ms: null, detail: 'not tried' });

  const dns = await timed(() => probes.lookup(host));
  steps.push(dns.ok ? { step: 'dns', ok: true, ms: dns.ms, detail: `${host} → ${dns.value.join(', ')}` } : { step: 'dns', ok: false, ms: dns.ms, detail: `${host}: ${why(dns.error)}` });
  if (!dns.ok) {
    skipped('tcp');
    skipped('http');
    return { url: url.origin, steps, verdict: 'dnsFailed' };
  }
  const tcp = await timed(() => probes.connect(host, port, timeoutMs));
  steps.push(tcp.ok ? { step: 'tcp', ok: true, ms: tcp.ms, detail: `port ${port} open` } : { step: 'tcp', ok: false, ms: tcp.ms, detail: `port ${port}: ${why(tcp.error)}` });
  if (!tcp.ok) {
    skipped('http');
    return { url: url.origin, steps, verdict: 'tcpFailed' };
  }
  const target = new URL(healthPath, url).toString();
  const http = await timed(() => probes.get(target, timeoutMs));
  const good = http.ok && http.value >= 200 && http.value < 300;
  steps.push({ step: 'http', ok: good, ms: http.ms, detail: http.ok ? `GET ${new URL(target).pathname}: HTTP ${http.value}` : `GET ${new URL(target).pathname}: ${why(http.error)}` });
  return { url: url.origin, steps, verdict: good ? 'ok' : 'httpFailed' };
}
