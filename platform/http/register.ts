// Serves the route table: authenticates the terminal, validates path, query and body with the
// route's schemas, enforces Idempotency-Key on routes that create something (a replay gets the first
// answer, byte for byte), answers 304 for a matching ETag, and checks every answer against the
// route's response schema. Handlers are synchronous over SQLite, so a handler's writes and its
// idempotency record commit in one transaction: a crash can lose neither half alone.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../lib/sqlite.ts';
import { HEADERS, type RouteSpec } from '../../domain/api/define.ts';
import { statusOf, type PlatformErrorCode } from '../../domain/api/errors.ts';
import { PlatformError } from './platform-error.ts';
import type { TerminalAuth } from './terminal-auth.ts';


export interface HandlerContext<R extends RouteSpec> {
  readonly params: z.output<R['params']>;
  readonly query: z.output<R['query']>;
  readonly body: z.output<R['body']>;
  /** The calling terminal; null on routes without auth. */
  readonly terminalId: string | null;
}

/** Returns the response body, or throws PlatformError for an expected refusal. */
export type Handler<R extends RouteSpec> = (ctx: HandlerContext<R>) => z.input<R['response']>;

export interface RegisterDeps {
  readonly db: Db;
  readonly auth: TerminalAuth;
  readonly now: () => number;
  /** An ETag for a GET answer (routes with `etag`), computed from the validated request. */
  readonly etagOf?: (name: string, query: unknown, terminalId: string | null) => string | null;
}

function sendError(reply: FastifyReply, code: PlatformErrorCode, message: string, details?: unknown) {
  return reply.code(statusOf(code)).send({ error: details === undefined ? { code, message } : { code, message, details } });
}

function issues(e: z.ZodError) {
  return e.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function registerRoute<R extends RouteSpec>(app: FastifyInstance, name: string, spec: R, handler: Handler<R>, deps: RegisterDeps) {
  const { db } = deps;
  const findKey = db.prepare<[string, string], { route: string; request_hash: string; status: number; body: string }>(
    'SELECT route, request_hash, status, body FROM idempotency WHERE terminal_id = ? AND key = ?',
  );
  const saveKey = db.prepare<[string, string, string, string, number, string, number]>(
    'INSERT INTO idempotency (terminal_id, key, route, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  app.route({
    method: spec.method,
    url: spec.path,
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      let terminalId: string | null = null;
      if (spec.auth === 'terminal') {
        terminalId = deps.auth.verify(req.headers[HEADERS.terminalId], req.headers[HEADERS.authorization]);
        if (!terminalId) return sendError(reply, 'unauthorized', 'unknown terminal or wrong credential');
      }
      const params = spec.params.safeParse(req.params ?? {});
      const query = spec.query.safeParse(req.query ?? {});
      const body = spec.body.safeParse(spec.method === 'GET' ? {} : (req.body ?? {}));
      const bad = [params, query, body].find((p) => !p.success);
      if (bad && !bad.success) return sendError(reply, 'invalidRequest', 'the request does not match the API', { issues: issues(bad.error) });

      if (spec.etag && deps.etagOf) {
        const tag = deps.etagOf(name, query.data, terminalId);
        if (tag) {
          reply.header('etag', tag);
          if (req.headers['if-none-match'] === tag) return reply.code(304).send();
        }
      }

      const ctx = { params: params.data, query: query.data, body: body.data, terminalId } as HandlerContext<R>;
      const run = (): { status: number; body: string } => {
        try {
          const out = handler(ctx);
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
        const tx = db.transaction(() => {
          const seen = findKey.get(terminalId ?? '', key);
          if (seen) {
            if (seen.route !== name || seen.request_hash !== requestHash) {
              return { status: statusOf('idempotencyKeyReused'), body: JSON.stringify({ error: { code: 'idempotencyKeyReused', message: 'this Idempotency-Key was used for a different request' } }), replay: false };
            }
            return { status: seen.status, body: seen.body, replay: true };
          }
          const fresh = run();
          // Refusals are recorded too: a retried duplicate gets the same refusal, not a new verdict.
          if (fresh.status < 500) saveKey.run(terminalId ?? '', key, name, requestHash, fresh.status, fresh.body, deps.now());
          return { ...fresh, replay: false };
        });
        const r = tx.immediate();
        if (r.replay) reply.header('idempotent-replay', 'true');
        result = r;
      } else {
        result = run();
      }
      return reply.code(result.status).type('application/json; charset=utf-8').send(result.body);
    },
  });
}
