// The live queue as Server-Sent Events: every change the queue engine, the help calls and the payment
// orders announce, to every authenticated terminal or hall screen that listens. A comment line every
// 15 s keeps proxies and dead-connection detection honest; a listener goes away with its connection.
//
// Each event has an id and the last `bufferSize` events are kept: a client that reconnects with
// Last-Event-ID gets the events that followed it, in order, before the live ones. On PostgreSQL the id
// is the database's (`<notification id>.<k>`: the storage's `delivering()`, the same in every platform
// process, which all receive the notifications in one order), so a display that reconnects to another
// process resumes there; on SQLite (one process) it is `<epoch>-<seq>` (the epoch names this stream's
// life, the sequence counts its events). When it cannot resume (an id it does not hold: another
// epoch, the platform restarted, the id fell out of the buffer, or notifications were lost while the
// listen connection was down) the client gets one `resync` event first, so it knows to ask again for
// what it needs rather than believe it missed nothing; clients connected when notifications were lost
// get one too. A display that reconnects to another process before its last event's notification
// reached that process (a few ms after commit) is also told to resync: safe, never a silent gap.
//
// Several halls in one platform (issue 17): a source says which hall each event happened in (null: every
// hall, e.g. a payment order's end, which names only the order), and a listener hears only its own
// terminal's hall's events: live and caught up alike. A display in hall A never hears hall B's calls.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../domain/clock.ts';
import { HEADERS } from '../../domain/api/define.ts';
import { RESYNC_EVENT } from '../../domain/api/events.ts';
import type { Storage } from '../store/storage.ts';
import type { TerminalAuth } from './terminal-auth.ts';

/** What the stream carries: a type and a time, plus the event's own fields (domain/api/events.ts). */
export interface StreamEvent {
  readonly type: string;
  readonly at: string;
}

export interface EventStreamDeps {
  readonly auth: TerminalAuth;
  /** Every source of events, subscribed once when the route is registered; each event with its hall (null: every hall's). */
  readonly sources: readonly ((listener: (e: StreamEvent, hall: string | null) => void) => () => void)[];
  readonly clock: Clock;
  readonly keepAliveMs?: number;
  /** How many past events a reconnecting client can catch up on. Default 1000. */
  readonly bufferSize?: number;
  /** Names this stream's life in the event ids; default random. */
  readonly epoch?: string;
  /** The database-wide id of the notification being delivered (PostgreSQL), and word of notifications lost. */
  readonly order?: Pick<Storage, 'delivering' | 'onNotificationsLost'>;
}

interface Sent {
  readonly id: string;
  readonly frame: string;
  /** null: for every hall. */
  readonly hall: string | null;
}

const heard = (sent: Sent, hall: string) => sent.hall === null || sent.hall === hall;

export function registerEventStream(app: FastifyInstance, path: string, deps: EventStreamDeps): void {
  const epoch = deps.epoch ?? randomBytes(6).toString('base64url').replace(/-/g, '_');
  const bufferSize = deps.bufferSize ?? 1000;
  const buffer: Sent[] = [];
  const connections = new Map<(sent: Sent) => void, () => void>();
  const start = `${epoch}-0`;
  /** False once an event left the buffer or notifications were lost: the start no longer resumes. */
  let whole = true;
  let seq = 0;
  let lastNote: string | null = null;
  let inNote = 0;
  const nextId = (): string => {
    const note = deps.order?.delivering() ?? null;
    if (note === null) return `${epoch}-${++seq}`;
    inNote = note === lastNote ? inNote + 1 : 0;
    lastNote = note;
    return `${note}.${inNote}`;
  };
  const resyncFrame = (id: string | null) =>
    `${id === null ? '' : `id: ${id}\n`}event: ${RESYNC_EVENT}\ndata: ${JSON.stringify({ type: RESYNC_EVENT, at: new Date(deps.clock.now()).toISOString() })}\n\n`;
  const publish = (e: StreamEvent, hall: string | null) => {
    const id = nextId();
    const sent: Sent = { id, frame: `id: ${id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`, hall };
    buffer.push(sent);
    if (buffer.length > bufferSize) {
      buffer.shift();
      whole = false;
    }
    for (const c of [...connections.keys()]) c(sent);
  };
  const offs = deps.sources.map((subscribe) => subscribe(publish));
  // Notifications lost (the listen connection was cut): what was kept cannot be resumed from, and
  // every open stream missed something.
  const offLost = deps.order?.onNotificationsLost(() => {
    buffer.length = 0;
    whole = false;
    lastNote = null;
    for (const c of [...connections.keys()]) c({ id: '', frame: resyncFrame(null), hall: null });
  });
  if (offLost) offs.push(offLost);
  // A stream never ends by itself: closing the platform ends them (else the server waits for them forever).
  app.addHook('preClose', (done) => {
    for (const off of offs) off();
    for (const end of [...connections.values()]) end();
    done();
  });

  app.get(path, async (req, reply) => {
    const caller = await deps.auth.verify(req.headers[HEADERS.terminalId], req.headers[HEADERS.authorization]);
    if (!caller) {
      void reply.code(401).send({ error: { code: 'unauthorized', message: 'unknown terminal or wrong credential' } });
      return;
    }
    const stream = openEventStream(req, reply, deps.clock, deps.keepAliveMs);
    stream.write(': queue events\n\n');
    const lastId = req.headers['last-event-id'];
    if (typeof lastId === 'string' && lastId !== '') {
      const missed = catchUp(lastId);
      if (missed === null) stream.write(resyncFrame(buffer.at(-1)?.id ?? (whole ? start : null)));
      else for (const s of missed) if (heard(s, caller.hall)) stream.write(s.frame);
    }
    const send = (sent: Sent) => {
      if (heard(sent, caller.hall)) stream.write(sent.frame);
    };
    connections.set(send, () => stream.end());
    stream.onClose(() => connections.delete(send));
  });

  /** The buffered events after `lastId`; null when they cannot be told (an id not held: another epoch or process's own, too old, or lost). */
  function catchUp(lastId: string): readonly Sent[] | null {
    if (lastId === start) return whole ? [...buffer] : null;
    for (let i = buffer.length - 1; i >= 0; i--) if (buffer[i]!.id === lastId) return buffer.slice(i + 1);
    return null;
  }
}

export interface OpenStream {
  write(chunk: string): void;
  /** Runs when the connection goes (the listener unsubscribes here). */
  onClose(f: () => void): void;
  /** Ends the connection from this side (the platform is closing). */
  end(): void;
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
    end: () => {
      close();
      res.end();
    },
  };
}
