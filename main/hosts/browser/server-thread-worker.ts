// The worker side of server-thread.ts: runs server.ts on this thread and relays each screen's frames,
// log lines, heartbeats and media lookups to the thread that started it.
import { enableCompileCache, flushCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { FrameTransport } from '../../contract/index.ts';
import type { Logger } from '../../core/system/event-log.ts';
import type { MediaAnswer } from '../media-files.ts';
import type { FromServerThread, ServerThreadData, ServerThreadStart, ToServerThread } from './server-thread.ts';

const data = workerData as ServerThreadData;
const port = parentPort!;
const post = (message: FromServerThread) => port.postMessage(message);
// Before server.ts and its modules are loaded, as the host's own thread does (see cli.ts).
if (data.compileCache) enableCompileCache(data.compileCache);
const [{ startBrowserHost }, options] = await Promise.all([
  import('./server.ts'),
  new Promise<ServerThreadStart>((resolve) =>
    port.once('message', (m: ToServerThread) => {
      if (m.type === 'start') resolve(m.options);
    }),
  ),
]);

const screens = new Map<number, FrameTransport>();
const mediaAnswers = new Map<number, (answer: MediaAnswer) => void>();
let nextId = 1;

const log = (level: keyof Logger) => (message: string, extra?: Record<string, unknown>) => post({ type: 'log', level, message, data: extra });

let host;
try {
  host = await startBrowserHost({
    rendererDir: options.rendererDir,
    port: options.port,
    devPage: options.devPage,
    ...(options.token === undefined ? {} : { token: options.token }),
    log: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    onHeartbeat: () => post({ type: 'heartbeat' }),
    answerMedia: (pathname, range) =>
      new Promise<MediaAnswer>((resolve) => {
        const request = nextId++;
        mediaAnswers.set(request, resolve);
        post({ type: 'media', request, pathname, range });
      }),
    connect(transport) {
      const id = nextId++;
      screens.set(id, transport);
      post({ type: 'open', id });
      transport.onFrame((frame) => post({ type: 'frame', id, frame }));
      transport.onClose(() => {
        screens.delete(id);
        post({ type: 'closed', id });
      });
      return () => transport.close();
    },
  });
} catch (e) {
  post({ type: 'failed', message: (e as Error).message });
  port.close();
}

if (host) {
  const running = host;
  port.on('message', (m: ToServerThread) => {
    switch (m.type) {
      case 'send':
        screens.get(m.id)?.send(m.frame);
        return;
      case 'close':
        screens.get(m.id)?.close();
        return;
      case 'media':
        mediaAnswers.get(m.request)?.(m.answer);
        mediaAnswers.delete(m.request);
        return;
      case 'start':
        return;
      case 'stop':
        void running.close().then(() => post({ type: 'stopped' }));
        return;
      default:
        m satisfies never;
    }
  });
  post({ type: 'listening', origin: running.origin, url: running.url, devUrl: running.devUrl, token: running.token });
  // This thread's compile cache is written a few seconds on, when the page has loaded (as cli.ts does its own).
  if (data.compileCache) setTimeout(() => flushCompileCache(), 5000).unref();
}
