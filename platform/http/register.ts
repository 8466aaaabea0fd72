// Serves the route table: authenticates the terminal, validates path, query and body with the
// route's schemas, enforces Idempotency-Key on routes that create something (a replay gets the first
// answer, byte for byte), answers 304 for a matching ETag, and checks every answer against the
// route's response schema. Every handler runs in one storage transaction (store/storage.ts: SQLite or
// PostgreSQL) and gets its handle as `ctx.tx`; on an idempotent route the key is claimed and its
// answer recorded in that same transaction (store/idempotency.ts), so the work and its key commit
// together: a crash can lose neither half alone, and two processes replaying one key do the work once.
// A GET without an Idempotency-Key may instead read without a read-write transaction (`readsOf`, issue
// 17: BEGIN and COMMIT are two round trips on PostgreSQL): `statements`, each statement on its own, for
// a handler of one statement or of statements that need not agree; `snapshot`, a read-only REPEATABLE
// READ transaction, for one whose statements must see one state. Both refuse writes (store/read-only.ts).
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { HEADERS, type RouteSpec } from '../../domain/api/define.ts';
import { statusOf, type PlatformErrorCode } from '../../domain/api/errors.ts';
import { onceForKey } from '../store/idempotency.ts';
import { statementsOnly } from '../store/read-only.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { PlatformError } from './platform-error.ts';
import type { Caller } from './terminal-auth.ts';
import { DEFAULT_HALL } from '../services/halls.ts';

export interface HandlerContext<R extends RouteSpec> {
  readonly params: z.output<R['params']>;
  readonly query: z.output<R['query']>;
  readonly body: z.output<R['body']>;
  /** The calling terminal; null on routes without auth. */
  readonly terminalId: string | null;
  /** The hall the calling terminal enrolled into (every hall-scoped service is asked for this one); `default` on routes without auth. */
  readonly hall: string;
  /** The request's transaction: committed when the handler's answer is given, rolled back when it throws anything but an expected refusal. */
  readonly tx: Transaction;
}

/**
 * Returns the response body (or a promise of it), or throws PlatformError for an expected refusal.
 * A transaction may run again after a serialization failure (PostgreSQL), so a handler does nothing
 * but database work through `ctx.tx` before it answers: events go out with `tx.notify` or after commit.
 */
export type Handler<R extends RouteSpec> = (ctx: HandlerContext<R>) => z.input<R['response']> | Promise<z.input<R['response']>>;

/** Who is calling: the terminal and its hall when the headers carry its current credential, else null. */
export interface RouteAuth {
  verify(terminalHeader: unknown, authorization: unknown): Caller | null | Promise<Caller | null>;
}

export type ReadMode = 'statements' | 'snapshot';

export interface RegisterDeps {
  readonly storage: Storage;
  readonly auth: RouteAuth;
  readonly now: () => number;
  /**
   * How a GET route without an Idempotency-Key reads: `statements` (no transaction: one statement, or
   * statements that need not agree), `snapshot` (a read-only REPEATABLE READ transaction), undefined: a
   * read-write transaction as every other route (a GET that writes, e.g. an order found expired).
   */
  readonly readsOf?: (name: string) => ReadMode | undefined;
  /** An ETag for a GET answer (routes with `etag`), computed from the validated request and the caller's hall. */
  readonly etagOf?: (name: string, query: unknown, terminalId: string | null, hall: string) => string | null | Promise<string | null>;
}

function sendError(reply: FastifyReply, code: PlatformErrorCode, message: string, details?: unknown) {
  return reply.code(statusOf(code)).send({ error: details === undefined ? { code, message } : { code, message, details } });
}

function issues(e: z.ZodError) {
  return e.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function registerRoute<R extends RouteSpec>(app: FastifyInstance, name: string, spec: R, handler: Handler<R>, deps: RegisterDeps) {
  const { storage } = deps;

  app.route({
    method: spec.method,
    url: spec.path,
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      let terminalId: string | null = null;
      let hall = DEFAULT_HALL;
      if (spec.auth === 'terminal') {
        const caller = await deps.auth.verify(req.headers[HEADERS.terminalId], req.headers[HEADERS.authorization]);
        if (!caller) return sendError(reply, 'unauthorized', 'unknown terminal or wrong credential');
        ({ terminalId, hall } = caller);
      }
      const params = spec.params.safeParse(req.params ?? {});
      const query = spec.query.safeParse(req.query ?? {});
      const body = spec.body.safeParse(spec.method === 'GET' ? {} : (req.body ?? {}));
      const bad = [params, query, body].find((p) => !p.success);
      if (bad && !bad.success) return sendError(reply, 'invalidRequest', 'the request does not match the API', { issues: issues(bad.error) });

      if (spec.etag && deps.etagOf) {
        const tag = await deps.etagOf(name, query.data, terminalId, hall);
        if (tag) {
          reply.header('etag', tag);
          if (req.headers['if-none-match'] === tag) return reply.code(304).send();
        }
      }

      const run = async (tx: Transaction): Promise<{ status: number; body: string }> => {
        const ctx = { params: params.data, query: query.data, body: body.data, terminalId, hall, tx } as HandlerContext<R>;
        try {
          const out = await handler(ctx);
          const checked = spec.response.safeParse(out);
          if (!checked.success) {
            req.log.error({ route: name, issues: issues(checked.error) }, 'handler answer breaks the API');
            throw new PlatformError('internal', `${name} produced an answer that does not match the API`);
          }
          return { status: spec.status, body: JSON.stringify(checked.data) };
        } catch (e) {
          if (e instanceof PlatformError && e.code !== 'internal') {
            const error = e.details === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, details: e.details };
            return { status: statusOf(e.code), body: JSON.stringify({ error }) };
          }
          throw e;
        }
      };

      let result: { status: number; body: string };
      if (spec.idempotent) {
        const key = req.headers[HEADERS.idempotencyKey];
        if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{8,128}$/.test(key)) {
          return sendError(reply, 'idempotencyKeyRequired', 'this request creates something: send an Idempotency-Key header (8-128 of A-Z a-z 0-9 _ -)');
        }
        const requestHash = createHash('sha256').update(JSON.stringify(req.body ?? null)).digest('hex');
        // Refusals are recorded too: a retried duplicate gets the same refusal, not a new verdict.
        const r = await storage.transaction((tx) =>
          onceForKey(tx, { terminalId: terminalId ?? '', key, route: name, requestHash, now: deps.now() }, () => run(tx)),
        );
        if (r.replay) reply.header('idempotent-replay', 'true');
        result = r;
      } else {
        const reads = spec.method === 'GET' ? deps.readsOf?.(name) : undefined;
        if (reads === 'statements') result = await run(statementsOnly(storage));
        else if (reads === 'snapshot') result = await storage.transaction(run, { isolation: 'repeatable read', readOnly: true });
        else result = await storage.transaction(run);
      }
      return reply.code(result.status).type('application/json; charset=utf-8').send(result.body);
    },
  });
}
