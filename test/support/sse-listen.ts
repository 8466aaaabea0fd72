// Listens to a Server-Sent Events stream over real HTTP and collects its events (`event:` and the
// `data:` lines joined), for the platform's stream tests.
import { request } from 'node:http';

export interface SseEvent {
  readonly event: string;
  readonly data: string;
  /** The event's `id:` line, when it has one. */
  readonly id?: string;
}

export interface SseListener {
  readonly status: number;
  readonly type: string;
  events(): SseEvent[];
  close(): void;
}

export function listenSse(url: string, headers: Record<string, string> = {}): Promise<SseListener> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let buffer = '';
      const events: SseEvent[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const lines = buffer.slice(0, cut).split('\n');
          buffer = buffer.slice(cut + 2);
          const event = lines.find((l) => l.startsWith('event: '))?.slice('event: '.length);
          const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice('data: '.length));
          const id = lines.find((l) => l.startsWith('id: '))?.slice('id: '.length);
          if (event && data.length) events.push({ event, data: data.join('\n'), ...(id === undefined ? {} : { id }) });
        }
      });
      resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), events: () => events, close: () => req.destroy() });
    });
    req.once('error', (e) => (e.message.includes('socket hang up') ? undefined : reject(e)));
    req.end();
  });
}
