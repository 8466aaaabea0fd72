// The live queue as Server-Sent Events: every change the queue engine announces, to every
// authenticated terminal or hall screen that listens. A comment line every 15 s keeps proxies and
// dead-connection detection honest; a listener goes away with its connection.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../domain/clock.ts';
import { HEADERS } from '../../domain/api/define.ts';
import type { QueueEvent } from '../queue/index.ts';
import type { TerminalAuth } from './terminal-auth.ts';

export interface EventStreamDeps {
  readonly auth: TerminalAuth;
  readonly subscribe: (listener: (e: QueueEvent) => void) => () => void;
  readonly clock: Clock;
  readonly keepAliveMs?: number;
}

export function registerEventStream(app: FastifyInstance, path: string, deps: EventStreamDeps): void {
  app.get(path, (req, reply) => {
    const terminalId = deps.auth.verify(req.headers[HEADERS.terminalId], req.headers[HEADERS.authorization]);
    if (!terminalId) {
      void reply.code(401).send({ error: { code: 'unauthorized', message: 'unknown terminal or wrong credential' } });
      return;
    }
    const stream = openEventStream(req, reply, deps.clock, deps.keepAliveMs);
    stream.write(': queue events\n\n');
    let seq = 0;
    stream.onClose(
      deps.subscribe((e) => {
        stream.write(`id: ${++seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
      }),
    );
  });
}

export interface OpenStream {
  write(chunk: string): void;
  /** Runs when the connection goes (the listener unsubscribes here). */
  onClose(f: () => void): void;
}

/** Takes the connection over as an event stream with a keep-alive comment every `keepAliveMs`. */
export function openEventStream(req: FastifyRequest, reply: FastifyReply, clock: Clock, keepAliveMs = 15_000, headers: Readonly<Record<string, string>> = {}): OpenStream {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', ...headers });
  const closers: (() => void)[] = [];
  let timer: unknown = null;
  const keepAlive = () => {
    res.write(': keep-alive\n\n');
    timer = clock.setTimeout(keepAlive, keepAliveMs);
  };
  timer = clock.setTimeout(keepAlive, keepAliveMs);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (timer !== null) clock.clearTimeout(timer);
    for (const f of closers) f();
  };
  req.raw.once('close', close);
  res.once('close', close);
  return {
    write: (chunk) => {
      if (!closed) res.write(chunk);
    },
    onClose: (f) => (closed ? f() : void closers.push(f)),
  };
}
