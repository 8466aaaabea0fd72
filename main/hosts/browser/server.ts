// The browser host's server: the built renderer over HTTP on loopback, and the RPC port over a
// WebSocket that only a page holding this boot's token may open.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { FrameTransport } from '../../contract/index.ts';
import { MAX_FRAME_BYTES, wsTransport } from '../../rpc/ws.ts';
import type { Logger } from '../../core/system/event-log.ts';
import type { MediaFile } from '../../core/system/attract-media.ts';
import { kioskCsp } from '../csp.ts';
import { answerMedia, MEDIA_PREFIX } from '../media-files.ts';

export interface BrowserHostOptions {
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  /** 0 picks a free port. Always bound to 127.0.0.1. */
  readonly port: number;
  readonly devPage: boolean;
  /** Serves one RPC connection; returns a function that closes it. */
  readonly connect: (transport: FrameTransport) => () => void;
  readonly log: Logger;
  /** Fixed only in tests; otherwise a fresh random token every boot. */
  readonly token?: string;
  /** The attract loop's files (TerminalCore.mediaFiles), served under /media/<name>; nothing else is.
   *  A function when the core boots after the server starts (none until then). */
  readonly media?: ReadonlyMap<string, MediaFile> | (() => ReadonlyMap<string, MediaFile> | undefined);
  /** Called on each heartbeat the page posts to /heartbeat (the renderer watchdog). */
  readonly onHeartbeat?: () => void;
}

export interface BrowserHost {
  readonly origin: string;
  /** The kiosk page, token in the fragment (never sent to a server or written to a log). */
  readonly url: string;
  /** The developer page, or null when the profile does not enable it. */
  readonly devUrl: string | null;
  readonly token: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.wav': 'audio/wav',
  '.ico': 'image/x-icon',
};

/** The kiosk page's policy: the same as Electron's, with the page's own origin and WebSocket to connect to. */
export function contentSecurityPolicy(wsOrigin: string): string {
  return kioskCsp(["'self'", wsOrigin]);
}

export async function startBrowserHost(o: BrowserHostOptions): Promise<BrowserHost> {
  const token = o.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const closers = new Set<() => void>();
  let origin = '';

  const allowedHosts = () => {
    const port = new URL(origin).port;
    return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  };

  const server = createServer((req, res) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return plain(res, 421, 'wrong host');
    if (req.method === 'POST' && new URL(req.url ?? '/', origin).pathname === '/heartbeat') return heartbeat(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed');
    const pathname = new URL(req.url ?? '/', origin).pathname;
    // Chromium asks for a tab icon the kiosk has none of: no content, rather than a 404 in the console.
    if (pathname === '/favicon.ico') return void res.writeHead(204, { 'cache-control': 'public, max-age=86400' }).end();
    if (pathname.startsWith(MEDIA_PREFIX)) serveMedia(req, res);
    else serveStatic(req, res);
  });

  // The page's heartbeat for the watchdog (renderer/src/heartbeat.ts): only with this boot's token,
  // so another page on the machine cannot keep a hung kiosk from being restarted.
  function heartbeat(req: IncomingMessage, res: ServerResponse) {
    const given = Buffer.from(String(req.headers['x-hall-token'] ?? ''));
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) return plain(res, 401, 'the heartbeat needs the token');
    o.onHeartbeat?.();
    req.resume();
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
  }

  function serveMedia(req: IncomingMessage, res: ServerResponse) {
    const media = typeof o.media === 'function' ? o.media() : o.media;
    const answer = answerMedia(media ?? new Map(), new URL(req.url ?? '/', origin).pathname, req.headers.range);
    if (answer.status === 404) return plain(res, 404, 'not found');
    res.writeHead(answer.status, answer.headers);
    if (answer.status === 416 || req.method === 'HEAD') return res.end();
    const stream = createReadStream(answer.file.path, { start: answer.start, end: answer.end });
    stream.once('error', (e) => {
      o.log.warn('could not read a media file', { file: answer.file.path, error: e.message });
      res.destroy();
    });
    stream.pipe(res);
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse) {
    const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    let file: string;
    if (path === '/' || path === '/index.html') file = 'index.html';
    else if (path === '/dev' || path === '/dev.html') {
      if (!o.devPage) return plain(res, 404, 'the developer page is not enabled in this profile');
      file = 'dev.html';
    } else file = path.slice(1);
    const full = normalize(join(o.rendererDir, file));
    if (!full.startsWith(normalize(o.rendererDir) + sep)) return plain(res, 404, 'not found');
    if (!existsSync(full) || !statSync(full).isFile()) {
      if (file.endsWith('.html')) return plain(res, 503, 'the renderer is not built: run `npm run build`');
      return plain(res, 404, 'not found');
    }
    const type = CONTENT_TYPES[extname(full)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-security-policy': contentSecurityPolicy(origin.replace(/^http/, 'ws')),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(full).pipe(res);
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, why: string) => {
      o.log.warn('refused a WebSocket connection', { why });
      socket.end(`HTTP/1.1 ${status} ${why}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname !== '/rpc') return refuse(404, 'Not Found');
    if (!allowedHosts().has(req.headers.host ?? '')) return refuse(421, 'Misdirected Request');
    // A page of another origin (any site the kiosk browser might show) must not reach the core.
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return refuse(403, 'Forbidden');
    const given = Buffer.from(url.searchParams.get('token') ?? '');
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => {
      const close = o.connect(wsTransport(ws));
      closers.add(close);
      o.log.info('a screen connected', { page: url.searchParams.get('page') === 'dev' ? 'dev' : 'kiosk', screens: closers.size });
      ws.once('close', () => {
        closers.delete(close);
        o.log.info('a screen disconnected', { screens: closers.size });
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: `${origin}/#token=${token}`,
    devUrl: o.devPage ? `${origin}/dev#token=${token}` : null,
    token,
    async close() {
      for (const c of [...closers]) c();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}
