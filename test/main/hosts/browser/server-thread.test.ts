// The browser host's server on a thread of its own (server-thread.ts): the page is served while the
// calling thread is held (as it is while the core's modules load), and screens, log lines, heartbeats
// and media are relayed to the calling thread as server.ts gives them to its caller.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FrameTransport } from '../../../../main/contract/index.ts';
import type { Logger } from '../../../../main/core/system/event-log.ts';
import type { MediaFile } from '../../../../main/core/system/attract-media.ts';
import type { BrowserHost } from '../../../../main/hosts/browser/server.ts';
import { browserHostThread, startBrowserHostThread, type ServerThreadOptions } from '../../../../main/hosts/browser/server-thread.ts';
import { connectWs } from '../../../../main/rpc/ws.ts';

const TOKEN = 'a-fixed-token-for-this-test-only';
let dir: string;
let host: BrowserHost | null = null;
const lines: { level: string; message: string; data: unknown }[] = [];
const log: Logger = {
  debug: (message, data) => lines.push({ level: 'debug', message, data }),
  info: (message, data) => lines.push({ level: 'info', message, data }),
  warn: (message, data) => lines.push({ level: 'warn', message, data }),
  error: (message, data) => lines.push({ level: 'error', message, data }),
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-server-thread-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<p>the kiosk page</p>');
  lines.length = 0;
});
afterEach(async () => {
  await host?.close();
  host = null;
  rmSync(dir, { recursive: true, force: true });
});

function start(extra: Partial<ServerThreadOptions> = {}): Promise<BrowserHost> {
  return startBrowserHostThread({ rendererDir: join(dir, 'renderer'), port: 0, devPage: false, token: TOKEN, connect: () => () => {}, log, ...extra });
}

/** Resolves when `check` holds, looking every 10 ms (the relay is asynchronous). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never: ${what}`);
}

describe('the page server on its own thread', () => {
  it('serves the page while the calling thread is held', async () => {
    host = await start();
    const out = join(dir, 'fetched.html');
    // Another process asks for the page; this thread is then held (no event loop turn) until the page
    // has arrived there, or 20 s.
    const child = spawn(process.execPath, ['-e', `fetch(${JSON.stringify(host.origin + '/')}).then((r) => r.text()).then((t) => require('node:fs').writeFileSync(${JSON.stringify(out + '.tmp')}, t)).then(() => require('node:fs').renameSync(${JSON.stringify(out + '.tmp')}, ${JSON.stringify(out)}))`], { stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    const held = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 400 && !existsSync(out); i++) Atomics.wait(held, 0, 0, 50);
    const servedWhileHeld = existsSync(out);
    await exited;
    expect(servedWhileHeld).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('<p>the kiosk page</p>');
  }, 30_000);

  it('relays a screen: frames both ways, its close either way, and says so in the log', async () => {
    const screens: FrameTransport[] = [];
    const received: string[] = [];
    const closed: string[] = [];
    host = await start({
      connect: (t) => {
        screens.push(t);
        t.onFrame((f) => received.push(f));
        t.onClose(() => closed.push(`screen ${screens.indexOf(t)}`));
        return () => t.close();
      },
    });
    const wsUrl = `${host.origin.replace('http', 'ws')}/rpc?token=${TOKEN}`;
    const a = await connectWs(wsUrl);
    if (a instanceof Error) throw a;
    const fromHost: string[] = [];
    let aClosed = false;
    a.onFrame((f) => fromHost.push(f));
    a.onClose(() => (aClosed = true));
    a.send('{"first":1}');
    a.send('{"second":2}');
    await until(() => received.length === 2, 'two frames relayed');
    expect(received).toEqual(['{"first":1}', '{"second":2}']);
    screens[0]!.send('{"answer":"一"}');
    await until(() => fromHost.length === 1, 'a frame back');
    expect(fromHost).toEqual(['{"answer":"一"}']);
    // Closed by the calling thread: the page's socket goes, and the transport says so once.
    screens[0]!.close();
    await until(() => aClosed && closed.length === 1, 'closed from the host');
    // Closed by the page.
    const b = await connectWs(wsUrl);
    if (b instanceof Error) throw b;
    await until(() => screens.length === 2, 'a second screen');
    b.close();
    await until(() => closed.length === 2, 'closed from the page');
    expect(closed).toEqual(['screen 0', 'screen 1']);
    // A frame sent to a screen that is gone is dropped, not an error.
    screens[1]!.send('{"late":true}');
    expect(lines.filter((l) => l.message === 'a screen connected')).toHaveLength(2);
    expect(lines.filter((l) => l.message === 'a screen disconnected')).toHaveLength(2);
  });

  it('refuses a socket without the token, in the calling thread log; heartbeats reach it', async () => {
    let heartbeats = 0;
    host = await start({ onHeartbeat: () => heartbeats++ });
    const refused = await connectWs(`${host.origin.replace('http', 'ws')}/rpc?token=wrong-token-of-the-same-length!`);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toContain('401');
    await until(() => lines.some((l) => l.message === 'refused a WebSocket connection'), 'the refusal logged');
    expect(lines.find((l) => l.message === 'refused a WebSocket connection')).toMatchObject({ level: 'warn', data: { why: 'Unauthorized' } });
    expect((await fetch(`${host.origin}/heartbeat`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${host.origin}/heartbeat`, { method: 'POST', headers: { 'x-hall-token': TOKEN } })).status).toBe(204);
    await until(() => heartbeats === 1, 'the heartbeat relayed');
    expect(heartbeats).toBe(1);
  });

  it('answers media from the calling thread, as they are at the time of the request', async () => {
    mkdirSync(join(dir, 'media'));
    writeFileSync(join(dir, 'media', 'hall.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    const files = new Map<string, MediaFile>();
    host = await start({ media: () => files });
    expect((await fetch(`${host.origin}/media/hall.png`)).status).toBe(404);
    files.set('hall.png', { name: 'hall.png', path: join(dir, 'media', 'hall.png'), contentType: 'image/png' });
    const whole = await fetch(`${host.origin}/media/hall.png`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await whole.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const part = await fetch(`${host.origin}/media/hall.png`, { headers: { range: 'bytes=4-' } });
    expect(part.status).toBe(206);
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([1, 2, 3]);
    expect((await fetch(`${host.origin}/media/..%2Findex.html`)).status).toBe(404);
  });

  it('says why it cannot listen (the port taken)', async () => {
    const taken: Server = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const port = (taken.address() as { port: number }).port;
    try {
      await expect(start({ port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      taken.close();
    }
  });

  it('stops: its screens are told, and nothing listens any more', async () => {
    let closed = 0;
    host = await start({ connect: (t) => (t.onClose(() => closed++), () => t.close()) });
    const origin = host.origin;
    const ws = await connectWs(`${origin.replace('http', 'ws')}/rpc?token=${TOKEN}`);
    if (ws instanceof Error) throw ws;
    await until(() => lines.some((l) => l.message === 'a screen connected'), 'the screen connected');
    await host.close();
    host = null;
    expect(closed).toBe(1);
    await expect(fetch(`${origin}/`)).rejects.toThrow();
  });

  it('is started once, and a thread started early serves what it is given later', async () => {
    const thread = browserHostThread(null);
    host = await thread.start({ rendererDir: join(dir, 'renderer'), port: 0, devPage: false, connect: () => () => {}, log });
    expect(await (await fetch(`${host.origin}/`)).text()).toBe('<p>the kiosk page</p>');
    expect(host.url).toMatch(/#token=[\w-]{32}$/);
    expect(() => thread.start({ rendererDir: dir, port: 0, devPage: false, connect: () => () => {}, log })).toThrow(/already started/);
  });
});
