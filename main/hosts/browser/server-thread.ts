// The browser host's server (server.ts) on a worker thread of its own, so that the page is served while
// the core's thread is busy: loading the core's modules holds that thread's event loop for hundreds of
// milliseconds at a cold start (Node's module loader is synchronous), and a page served from it could
// not even get its HTML meanwhile. On its own thread the server answers the page, its scripts and its
// WebSocket at once; the screens' RPC frames are relayed to the core's thread (where the core gate holds
// a screen until the core is up) and back. Same options and same BrowserHost as startBrowserHost: the
// `connect`, `log`, `media` and `onHeartbeat` given here run on the calling thread.
//
// The protocol between the two threads is the types below; server-thread-worker.ts is the other side.
import { Worker } from 'node:worker_threads';
import type { FrameTransport } from '../../contract/index.ts';
import type { Logger } from '../../core/system/event-log.ts';
import { answerMedia, type MediaAnswer } from '../media-files.ts';
import type { BrowserHost, BrowserHostOptions } from './server.ts';

/** What the worker is started with (its workerData). */
export interface ServerThreadData {
  /** Node's compile cache folder for the worker's own modules; null: none. */
  readonly compileCache: string | null;
}

/** What the server is to serve, sent when the host knows it (its config read). */
export interface ServerThreadStart {
  readonly rendererDir: string;
  readonly port: number;
  readonly devPage: boolean;
  readonly token: string | undefined;
}

/** Worker -> the calling thread. */
export type FromServerThread =
  | { readonly type: 'listening'; readonly origin: string; readonly url: string; readonly devUrl: string | null; readonly token: string }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'open'; readonly id: number }
  | { readonly type: 'frame'; readonly id: number; readonly frame: string }
  | { readonly type: 'closed'; readonly id: number }
  | { readonly type: 'log'; readonly level: keyof Logger; readonly message: string; readonly data: Record<string, unknown> | undefined }
  | { readonly type: 'heartbeat' }
  | { readonly type: 'media'; readonly request: number; readonly pathname: string; readonly range: string | undefined }
  | { readonly type: 'stopped' };

/** The calling thread -> the worker. */
export type ToServerThread =
  | { readonly type: 'start'; readonly options: ServerThreadStart }
  | { readonly type: 'send'; readonly id: number; readonly frame: string }
  | { readonly type: 'close'; readonly id: number }
  | { readonly type: 'media'; readonly request: number; readonly answer: MediaAnswer }
  | { readonly type: 'stop' };

export interface ServerThreadOptions extends Omit<BrowserHostOptions, 'answerMedia'> {
  /** The server's thread died after it was serving (a bug): the host cannot serve its screens any more. */
  readonly onFailure?: (error: Error) => void;
}

export interface ServerThread {
  /** Starts serving (startBrowserHost's options); resolves once it listens. Once only. */
  start(options: ServerThreadOptions): Promise<BrowserHost>;
}

/** One screen's connection, as the calling thread sees it: frames to and from the worker's WebSocket. */
class RelayedScreen implements FrameTransport {
  readonly #frames = new Set<(frame: string) => void>();
  readonly #closes = new Set<() => void>();
  #closed = false;

  readonly id: number;
  readonly #post: (message: ToServerThread) => void;

  constructor(id: number, post: (message: ToServerThread) => void) {
    this.id = id;
    this.#post = post;
  }

  send(frame: string): void {
    if (!this.#closed) this.#post({ type: 'send', id: this.id, frame });
  }

  onFrame(listener: (frame: string) => void): () => void {
    this.#frames.add(listener);
    return () => this.#frames.delete(listener);
  }

  onClose(listener: () => void): () => void {
    this.#closes.add(listener);
    return () => this.#closes.delete(listener);
  }

  /** The WebSocket is closed by the worker; the listeners hear of it when it is gone. */
  close(): void {
    if (!this.#closed) this.#post({ type: 'close', id: this.id });
  }

  frame(frame: string): void {
    if (!this.#closed) for (const l of [...this.#frames]) l(frame);
  }

  gone(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const l of [...this.#closes]) l();
  }
}

/**
 * Starts the thread at once, so that it loads its modules while the caller reads its config; `start`
 * then gives it what to serve. `compileCache`: Node's compile cache folder for the thread's modules
 * (the host's own), null for none.
 */
export function browserHostThread(compileCache: string | null): ServerThread {
  const data: ServerThreadData = { compileCache };
  const worker = new Worker(new URL('./server-thread-worker.ts', import.meta.url), { workerData: data });
  // Until `start`, the thread keeps nothing alive (a host that stops on a bad config just exits).
  worker.unref();
  // A failure before `start` (its modules not loading) is given to `start`.
  let early: Error | null = null;
  const onEarly = (e: Error) => (early = e);
  const onEarlyExit = (code: number) => (early ??= new Error(`the page server thread exited (${code}) before it was started`));
  worker.once('error', onEarly);
  worker.once('exit', onEarlyExit);
  let started = false;
  return {
    start(o) {
      if (started) throw new Error('the page server thread is already started');
      started = true;
      worker.off('error', onEarly);
      worker.off('exit', onEarlyExit);
      if (early) return Promise.reject(early);
      worker.ref();
      return serve(worker, o);
    },
  };
}

/** startBrowserHost on a thread of its own (see the top of this file). */
export function startBrowserHostThread(o: ServerThreadOptions & { readonly compileCache?: string | null }): Promise<BrowserHost> {
  return browserHostThread(o.compileCache ?? null).start(o);
}

function serve(worker: Worker, o: ServerThreadOptions): Promise<BrowserHost> {
  const post = (message: ToServerThread) => worker.postMessage(message);
  const screens = new Map<number, { transport: RelayedScreen; close: () => void }>();
  let stopped: (() => void) | null = null;
  let serving = false;
  let exited = false;

  const goneAll = () => {
    for (const { transport } of screens.values()) transport.gone();
    screens.clear();
  };

  return new Promise<BrowserHost>((resolve, reject) => {
    worker.on('message', (m: FromServerThread) => {
      switch (m.type) {
        case 'listening': {
          serving = true;
          resolve({
            origin: m.origin,
            url: m.url,
            devUrl: m.devUrl,
            token: m.token,
            close: () =>
              new Promise<void>((done) => {
                // As server.ts closes: every screen's connection first, then the server.
                for (const { close } of [...screens.values()]) close();
                stopped = () => {
                  stopped = null;
                  goneAll();
                  void worker.terminate().then(() => done());
                };
                // A thread that died already has nothing to stop.
                if (exited) stopped();
                else post({ type: 'stop' });
              }),
          });
          return;
        }
        case 'failed':
          reject(new Error(m.message));
          void worker.terminate();
          return;
        case 'open': {
          const transport = new RelayedScreen(m.id, post);
          screens.set(m.id, { transport, close: o.connect(transport) });
          return;
        }
        case 'frame':
          screens.get(m.id)?.transport.frame(m.frame);
          return;
        case 'closed':
          screens.get(m.id)?.transport.gone();
          screens.delete(m.id);
          return;
        case 'log':
          o.log[m.level](m.message, m.data);
          return;
        case 'heartbeat':
          o.onHeartbeat?.();
          return;
        case 'media': {
          const files = typeof o.media === 'function' ? o.media() : o.media;
          post({ type: 'media', request: m.request, answer: answerMedia(files ?? new Map(), m.pathname, m.range) });
          return;
        }
        case 'stopped':
          stopped?.();
          return;
        default:
          m satisfies never;
      }
    });
    worker.once('error', (e) => {
      goneAll();
      if (!serving) return reject(e);
      o.log.error('the page server thread failed', { error: e.message });
      o.onFailure?.(e);
    });
    worker.once('exit', (code) => {
      exited = true;
      if (!serving) reject(new Error(`the page server thread exited (${code}) before it was serving`));
      stopped?.();
    });
    post({ type: 'start', options: { rendererDir: o.rendererDir, port: o.port, devPage: o.devPage, token: o.token } });
  });
}
