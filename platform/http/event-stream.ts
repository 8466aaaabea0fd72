// The live queue as Server-Sent Events: every change the queue engine announces, to every
// authenticated terminal or hall screen that listens. A comment line every 15 s keeps proxies and
// dead-connection detection honest; a listener goes away with its connection.
import type { FastifyInstance } from 'fastify';
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
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': queue events\n\n');
    let seq = 0;
    const off = deps.subscribe((e) => {
      res.write(`id: ${++seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
    });
    let timer: unknown = null;
    const keepAlive = () => {
      res.write(': keep-alive\n\n');
      timer = deps.clock.setTimeout(keepAlive, deps.keepAliveMs ?? 15_000);
    };
    timer = deps.clock.setTimeout(keepAlive, deps.keepAliveMs ?? 15_000);
    const close = () => {
      off();
      if (timer !== null) deps.clock.clearTimeout(timer);
    };
    req.raw.once('close', close);
    res.once('close', close);
  });
}
