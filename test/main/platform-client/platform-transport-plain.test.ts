// Plain http:// to the platform (the embedded one on loopback) goes through node:http, not fetch: a
// call's status, headers and body both ways; the event stream's chunks as they are sent, before the
// answer ends; an abort (the client's timeout) ends a call that has no answer yet.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformTransport } from '../../../main/platform-client/platform-transport.ts';

let server: Server;
let base: string;
let release: (() => void) | null = null;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  // Any use of fetch fails these tests.
  globalThis.fetch = () => Promise.reject(new Error('fetch was used for a plain http:// URL'));
  server = createServer((req, res) => {
    if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: one\ndata: {}\n\n');
      // The second event only when the test has read the first: the stream is read as it comes.
      release = () => res.end('event: two\ndata: {}\n\n');
      return;
    }
    if (req.url === '/never') return; // no answer: the caller's abort ends it
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json', etag: '"v7"' });
      res.end(JSON.stringify({ method: req.method, auth: req.headers['authorization'] ?? null, body }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('plain http transport', () => {
  for (const [name, tls] of [['no TLS settings', null], ['empty TLS settings', { ca: null, pins: [] }]] as const) {
    it(`carries a call both ways (${name})`, async () => {
      const res = await platformTransport(tls).fetch(`${base}/api`, { method: 'POST', headers: { authorization: 'Bearer c', 'content-type': 'application/json' }, body: '{"n":1}', signal: new AbortController().signal });
      expect(res.status).toBe(201);
      expect(res.headers.get('ETag')).toBe('"v7"');
      expect(JSON.parse(await res.text())).toEqual({ method: 'POST', auth: 'Bearer c', body: '{"n":1}' });
    });
  }

  it('gives the event stream as it is sent', async () => {
    const answer = await platformTransport(null).stream(`${base}/events`, { headers: {}, signal: new AbortController().signal });
    expect(answer.status).toBe(200);
    const seen: string[] = [];
    for await (const chunk of answer.body!) {
      seen.push(Buffer.from(chunk).toString());
      if (seen.length === 1) release!();
    }
    expect(seen.join('')).toBe('event: one\ndata: {}\n\nevent: two\ndata: {}\n\n');
    expect(seen[0]).toBe('event: one\ndata: {}\n\n');
  });

  it('an abort ends a call with no answer', async () => {
    const abort = new AbortController();
    const call = platformTransport(null).fetch(`${base}/never`, { method: 'GET', headers: {}, signal: abort.signal });
    abort.abort();
    await expect(call).rejects.toThrow(/abort/i);
  });
});
