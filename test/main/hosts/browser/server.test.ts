import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { startBrowserHost, type BrowserHost } from '../../../../main/hosts/browser/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

let host: BrowserHost | null = null;
let dir: string;
afterEach(async () => {
  await host?.close();
  host = null;
  rmSync(dir, { recursive: true, force: true });
});

async function start(files: Record<string, string>, devPage = false) {
  dir = mkdtempSync(join(tmpdir(), 'hall-host-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(renderer, name), text);
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  host = await startBrowserHost({ rendererDir: renderer, port: 0, devPage, connect: () => () => {}, log: new EventLog(new ManualClock()).for('t') });
  return host;
}

/** A raw GET, so that paths like /../ reach the server unnormalised. */
function get(h: BrowserHost, path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(h.origin, { path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.once('error', reject);
    req.end();
  });
}

describe('browser host static server', () => {
  it('serves the kiosk page with security headers, and assets', async () => {
    const h = await start({ 'index.html': '<p>kiosk</p>', 'assets/app.js': 'console.log(1)' });
    const page = await get(h, '/');
    expect(page.status).toBe(200);
    expect(page.body).toBe('<p>kiosk</p>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const js = await get(h, '/assets/app.js');
    expect(js.headers['content-type']).toContain('text/javascript');
    expect(js.headers['cache-control']).toContain('immutable');
  });

  it('never serves a file outside the renderer folder', async () => {
    const h = await start({ 'index.html': 'x' });
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
      const r = await get(h, path);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('outside');
    }
  });

  it("answers Chromium's favicon request with no content, not a 404 the page's console reports", async () => {
    const h = await start({ 'index.html': 'x' });
    const r = await get(h, '/favicon.ico');
    expect(r.status).toBe(204);
    expect(r.body).toBe('');
    expect((await get(h, '/other.ico')).status).toBe(404);
  });

  it('says the renderer is not built instead of a blank page', async () => {
    const h = await start({});
    const r = await get(h, '/');
    expect(r.status).toBe(503);
    expect(r.body).toContain('npm run build');
  });

  it('serves the developer page only where the profile enables it', async () => {
    const off = await start({ 'index.html': 'k', 'dev.html': 'd' });
    expect((await get(off, '/dev')).status).toBe(404);
    expect(off.devUrl).toBeNull();
    await off.close();
    rmSync(dir, { recursive: true, force: true });
    const on = await start({ 'index.html': 'k', 'dev.html': 'd' }, true);
    expect((await get(on, '/dev')).body).toBe('d');
    expect(on.devUrl).toBe(`${on.origin}/dev#token=${on.token}`);
  });
});
