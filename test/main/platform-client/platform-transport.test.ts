// TLS to the platform (config platform.tls) against a real HTTPS server on loopback, with certificates
// made at test time by the openssl CLI: the configured CA is the only one trusted, the pin is checked,
// each refusal says what was refused; and the config refuses TLS settings without an https URL.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile, parseConfig } from '../../../config/load.ts';
import { PlatformClient } from '../../../main/platform-client/client.ts';
import { readPlatformTls } from '../../../config/platform-tls.ts';
import { platformTransport, spkiPin, type PlatformTls } from '../../../main/platform-client/platform-transport.ts';
import { bootTerminal } from '../../../main/hosts/boot.ts';
import { ManualClock } from '../../support/manual-clock.ts';

let dir: string;
let server: Server;
let base: string;
let hallCa: string;
let otherCa: string;
let serverCert: string;

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** A CA (key + self-signed certificate) named `name` in the temp folder. */
function makeCa(name: string): string {
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.pem`);
  return readFileSync(join(dir, `${name}.pem`), 'utf8');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-tls-'));
  hallCa = makeCa('hall-ca');
  otherCa = makeCa('other-ca');
  // The platform's certificate, for 127.0.0.1 and localhost, signed by the hall's CA.
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=platform', '-keyout', 'server.key', '-out', 'server.csr');
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'hall-ca.pem', '-CAkey', 'hall-ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'ext.cnf', '-out', 'server.pem');
  serverCert = readFileSync(join(dir, 'server.pem'), 'utf8');
  server = createServer({ key: readFileSync(join(dir, 'server.key')), cert: serverCert }, (req, res) => {
    if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('event: hello\ndata: {}\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
    res.end(JSON.stringify({ ok: true, path: req.url, auth: req.headers['authorization'] ?? null }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const get = (tls: PlatformTls | null, path = '/api/v1/ping') =>
  platformTransport(tls).fetch(`${base}${path}`, { method: 'GET', headers: { authorization: 'Bearer c' }, signal: new AbortController().signal });

describe('TLS to the platform', () => {
  it('trusts the configured CA: the answer, its headers and the request headers go through', async () => {
    const res = await get({ ca: hallCa, pins: [] });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"v1"');
    expect(JSON.parse(await res.text())).toEqual({ ok: true, path: '/api/v1/ping', auth: 'Bearer c' });
  });

  it('refuses a platform whose certificate another CA signed, saying so', async () => {
    await expect(get({ ca: otherCa, pins: [] })).rejects.toThrow("the platform's certificate is not signed by the configured CA");
  });

  it('without a caFile the system store decides: a private CA is unknown there', async () => {
    // Without settings Node's fetch and the system store are used: our private CA is unknown there.
    await expect(get(null)).rejects.toThrow();
    await expect(get({ ca: null, pins: [spkiPin(serverCert)] })).rejects.toThrow("the platform's certificate is not signed by a CA this system trusts");
  });

  it('accepts the pinned public key and refuses any other, naming the key it saw', async () => {
    const pin = spkiPin(serverCert);
    expect((await get({ ca: hallCa, pins: [pin] })).status).toBe(200);
    // Two pins during a key change: either is accepted.
    expect((await get({ ca: hallCa, pins: [spkiPin(otherCa), pin] })).status).toBe(200);
    await expect(get({ ca: hallCa, pins: [spkiPin(otherCa)] })).rejects.toThrow(`the platform's public key does not match platform.tls.pinSha256 (it is ${pin})`);
  });

  it('carries the event stream over the same TLS', async () => {
    const t = platformTransport({ ca: hallCa, pins: [spkiPin(serverCert)] });
    const res = await t.stream(`${base}/events`, { headers: {}, signal: new AbortController().signal });
    expect(res.status).toBe(200);
    let text = '';
    for await (const c of res.body!) text += Buffer.from(c).toString('utf8');
    expect(text).toBe('event: hello\ndata: {}\n\n');
    await expect(platformTransport({ ca: otherCa, pins: [] }).stream(`${base}/events`, { headers: {}, signal: new AbortController().signal })).rejects.toThrow(
      'not signed by the configured CA',
    );
  });

  it('a refused certificate reaches the platform client as a clear offline reason', async () => {
    const client = new PlatformClient({ baseUrl: base, fetch: platformTransport({ ca: otherCa, pins: [] }).fetch, clock: new ManualClock(), timeoutMs: 5000, credentials: () => null });
    const r = await client.call('system.health');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("the platform's certificate is not signed by the configured CA");
  });
});

describe('platform.tls in the config', () => {
  const minimal = { terminal: { id: 'k1', role: 'kiosk', hallName: '某某政务服务中心' } };

  it('refuses TLS settings with an http URL, or with no URL (the embedded platform)', () => {
    const http = parseConfig({ ...minimal, platform: { url: 'http://platform.hall.local/', tls: { caFile: '/etc/hall-terminal/ca.pem' } } });
    expect(http.ok ? [] : http.problems).toEqual(['platform.tls: platform.tls needs an https platform.url, not "http://platform.hall.local/"']);
    const none = parseConfig({ ...minimal, platform: { tls: { pinSha256: spkiPin(serverCert) } } });
    expect(none.ok ? [] : none.problems).toEqual(['platform.tls: platform.tls needs an https platform.url (the embedded platform is plain loopback)']);
  });

  it('refuses a pin that is not a base64 SHA-256, and takes one or several good ones', () => {
    const bad = parseConfig({ ...minimal, platform: { url: 'https://p.hall.local/', tls: { pinSha256: 'abc' } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join('\n')).toContain('platform.tls.pinSha256');
    const pin = spkiPin(serverCert);
    expect(parseConfig({ ...minimal, platform: { url: 'https://p.hall.local/', tls: { pinSha256: pin } } }).ok).toBe(true);
    expect(parseConfig({ ...minimal, platform: { url: 'https://p.hall.local/', tls: { pinSha256: [pin, pin] } } }).ok).toBe(true);
  });

  it('finds the CA file relative to the config file, and refuses one that holds no certificate at load', () => {
    const file = join(dir, 'terminal.json');
    const withCa = (caFile: string) => writeFileSync(file, JSON.stringify({ ...minimal, platform: { url: 'https://p.hall.local/', tls: { caFile } } }));
    withCa('hall-ca.pem');
    const loaded = loadConfigFile(file);
    expect(loaded.ok && loaded.config.platform.tls?.caFile).toBe(join(dir, 'hall-ca.pem'));
    withCa('ext.cnf');
    const noCert = `platform.tls.caFile: ${join(dir, 'ext.cnf')} holds no readable PEM certificate ("-----BEGIN CERTIFICATE-----")`;
    expect(loadConfigFile(file)).toEqual({ ok: false, source: file, problems: [noCert], found: [{ kind: 'other', text: noCert }] });
    withCa('missing.pem');
    const unread = `platform.tls.caFile: cannot read ${join(dir, 'missing.pem')} (ENOENT)`;
    expect(loadConfigFile(file)).toEqual({ ok: false, source: file, problems: [unread], found: [{ kind: 'other', text: unread }] });
    expect(readPlatformTls({ caFile: join(dir, 'hall-ca.pem'), pinSha256: spkiPin(serverCert) })).toEqual({ ok: true, tls: { ca: hallCa, pins: [spkiPin(serverCert)] } });
  });

  it('a terminal whose CA file is missing does not start, naming the file', async () => {
    const parsed = parseConfig({ ...minimal, store: { path: ':memory:' }, log: { dir: null }, platform: { url: 'https://p.hall.local/', tls: { caFile: join(dir, 'missing.pem') } } });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    await expect(bootTerminal(parsed.config, { logStream: null })).rejects.toThrow(`platform.tls.caFile: cannot read ${join(dir, 'missing.pem')}`);
  });
});
