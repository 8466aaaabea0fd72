// The browser host serving the attract loop's media: only the configured files, by exact name, with
// their types, in byte ranges, under the same Host check as the renderer; never a path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import { attractMedia } from '../../../../main/core/system/attract-media.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { startBrowserHost, type BrowserHost } from '../../../../main/hosts/browser/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

let dir: string;
let host: BrowserHost;
const video = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-media-host-'));
  const media = join(dir, 'media');
  mkdirSync(media);
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), 'kiosk');
  writeFileSync(join(dir, 'config.json'), '{"secret":"the config"}');
  writeFileSync(join(media, 'welcome.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(join(media, '大厅 介绍.webm'), video);
  writeFileSync(join(media, 'photo.JPG'), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  writeFileSync(join(media, 'not-listed.png'), Buffer.from([0x89, 0x50]));
  const parsed = parseConfig({
    terminal: { id: 'k1', role: 'kiosk', hallName: '某某政务服务中心' },
    ui: { attract: { folder: media, items: [{ file: 'welcome.svg' }, { file: '大厅 介绍.webm' }, { file: 'photo.JPG' }] } },
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const log = new EventLog(new ManualClock()).for('t');
  host = await startBrowserHost({ rendererDir: join(dir, 'renderer'), port: 0, devPage: false, connect: () => () => {}, log, media: attractMedia(parsed.config.ui.attract, log).files });
});
afterEach(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so that paths like /media/../ reach the server unnormalised. */
function fetchRaw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(host.origin, { path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.once('error', reject);
    req.end();
  });
}

describe('browser host: /media/', () => {
  it('serves each configured file with its content type, and a policy that runs nothing in it', async () => {
    const svg = await fetchRaw('/media/welcome.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['x-content-type-options']).toBe('nosniff');
    expect(svg.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    expect(svg.headers['cross-origin-resource-policy']).toBe('same-origin');
    const jpg = await fetchRaw('/media/photo.JPG');
    expect(jpg.headers['content-type']).toBe('image/jpeg');
    expect([...jpg.body]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    const webm = await fetchRaw(`/media/${encodeURIComponent('大厅 介绍.webm')}`);
    expect(webm.headers['content-type']).toBe('video/webm');
    expect(webm.headers['accept-ranges']).toBe('bytes');
    expect(webm.body.equals(video)).toBe(true);
  });

  it('gives a video in byte ranges, as Chromium asks for it', async () => {
    const path = `/media/${encodeURIComponent('大厅 介绍.webm')}`;
    const first = await fetchRaw(path, { range: 'bytes=0-' });
    expect(first.status).toBe(206);
    expect(first.headers['content-range']).toBe('bytes 0-4095/4096');
    const middle = await fetchRaw(path, { range: 'bytes=1000-1099' });
    expect(middle.status).toBe(206);
    expect(middle.headers['content-length']).toBe('100');
    expect(middle.body.equals(video.subarray(1000, 1100))).toBe(true);
    const past = await fetchRaw(path, { range: 'bytes=5000-' });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe('bytes */4096');
    const head = await fetchRaw(path, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('4096');
    expect(head.body.length).toBe(0);
  });

  it('serves no file the config does not list, and no path out of the folder', async () => {
    for (const path of [
      '/media/not-listed.png',
      '/media/',
      '/media',
      '/media/../config.json',
      '/media/%2e%2e/config.json',
      '/media/%2e%2e%2fconfig.json',
      '/media/..%2f..%2fconfig.json',
      '/media/%2fetc%2fpasswd',
      '/media/welcome.svg/',
      '/media/WELCOME.SVG',
      '/media/welcome.svg%00.png',
    ]) {
      const r = await fetchRaw(path);
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toContain('the config');
    }
  });

  it('keeps the Host check of the rest of the server', async () => {
    const r = await fetchRaw('/media/welcome.svg', { host: 'evil.example' });
    expect(r.status).toBe(421);
  });

  it('serves nothing under /media/ when no attract loop is configured', async () => {
    await host.close();
    host = await startBrowserHost({ rendererDir: join(dir, 'renderer'), port: 0, devPage: false, connect: () => () => {}, log: new EventLog(new ManualClock()).for('t') });
    expect((await fetchRaw('/media/welcome.svg')).status).toBe(404);
  });
});
