// How the Hall Platform API is declared: one table of routes, each with zod schemas for its path
// parameters, query, body and response. The reference platform serves the table, the terminal's
// client calls it, and platform/openapi.yaml is generated from it, so the three cannot drift.
import { z } from 'zod';
import type { PlatformErrorCode } from './errors.ts';

export type Auth = 'none' | 'terminal';

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Fastify-style parameters: /api/v1/cases/:caseNumber */
  readonly path: `/api/v1/${string}`;
  readonly summary: string;
  readonly tag: string;
  readonly auth: Auth;
  /** Creates something: the request must carry an Idempotency-Key; a replay gets the first answer. */
  readonly idempotent: boolean;
  /** Answers 304 to a matching If-None-Match. */
  readonly etag: boolean;
  /** A stream rather than one answer: `response` describes each event. */
  readonly stream: 'sse' | null;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly response: R;
  readonly status: 200 | 201;
  readonly errors: readonly PlatformErrorCode[];
}

const none = z.object({}).strict();

export function route<
  P extends z.ZodType = typeof none,
  Q extends z.ZodType = typeof none,
  B extends z.ZodType = typeof none,
  R extends z.ZodType = z.ZodType,
>(spec: {
  method: RouteSpec['method'];
  path: RouteSpec['path'];
  summary: string;
  tag: string;
  auth?: Auth;
  idempotent?: boolean;
  etag?: boolean;
  stream?: 'sse' | null;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status?: 200 | 201;
  errors?: readonly PlatformErrorCode[];
}): RouteSpec<P, Q, B, R> {
  return {
    auth: 'terminal',
    idempotent: false,
    etag: false,
    stream: null,
    params: none as unknown as P,
    query: none as unknown as Q,
    body: none as unknown as B,
    status: 200,
    errors: [],
    ...spec,
  };
}

export type RouteMap = Readonly<Record<string, RouteSpec>>;

export type ParamsOf<R extends RouteSpec> = z.input<R['params']>;
export type QueryOf<R extends RouteSpec> = z.input<R['query']>;
export type BodyOf<R extends RouteSpec> = z.input<R['body']>;
export type ResponseOf<R extends RouteSpec> = z.output<R['response']>;

/** Fills `:name` parameters into a path, encoded. */
export function fillPath(path: string, params: Record<string, unknown>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(String(params[name])));
}

export const HEADERS = {
  idempotencyKey: 'idempotency-key',
  terminalId: 'x-terminal-id',
  authorization: 'authorization',
} as const;
