// The terminal's client of the Hall Platform API: typed by the route table, every answer validated
// against the route's response schema before anyone uses it, failures as values. It never retries by
// itself: the outbox and the sync decide when to try again.
import type { z } from 'zod';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError, type ErrorCode, type KioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import { fillPath, HEADERS, type RouteSpec } from '../../domain/api/define.ts';
import { platformErrorSchema } from '../../domain/api/errors.ts';
import { routes, type PlatformRoutes, type RouteName } from '../../domain/api/routes.ts';

export interface HttpResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type HttpFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal },
) => Promise<HttpResponseLike>;

export interface Credentials {
  readonly terminalId: string;
  readonly credential: string;
}

export interface PlatformClientOptions {
  readonly baseUrl: string;
  readonly fetch: HttpFetch;
  readonly clock: Clock;
  readonly timeoutMs: number;
  /** The terminal's credential, once enrolled. */
  readonly credentials: () => Credentials | null;
}

export interface CallInput<R extends RouteSpec> {
  readonly params?: z.input<R['params']>;
  readonly query?: z.input<R['query']>;
  readonly body?: z.input<R['body']>;
  /** Required by routes that create something; reuse the same key for every retry of one request. */
  readonly idempotencyKey?: string;
  /** The ETag of the copy the terminal holds: an unchanged answer comes back as `notModified`. */
  readonly etag?: string | null;
}

export type CallOutcome<R extends RouteSpec> =
  | { readonly notModified: false; readonly value: z.output<R['response']>; readonly etag: string | null; readonly replayed: boolean }
  | { readonly notModified: true };

/** Platform error codes the terminal has its own code for; anything else is `platform.rejected`. */
const MAPPED: Partial<Record<string, ErrorCode>> = {
  unauthorized: 'platform.unauthorized',
  'enrolment.invalidCode': 'platform.unauthorized',
};

export class PlatformClient {
  readonly #o: PlatformClientOptions;

  constructor(options: PlatformClientOptions) {
    this.#o = options;
  }

  get baseUrl(): string {
    return this.#o.baseUrl;
  }

  async #send(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<SendOutcome> {
    const abort = new AbortController();
    const timer = this.#o.clock.setTimeout(() => abort.abort(), this.#o.timeoutMs);
    try {
      const res = await this.#o.fetch(url, { ...init, signal: abort.signal });
      return { ok: true, res, text: await res.text() };
    } catch (e) {
      return abort.signal.aborted ? { ok: false, timedOut: true, why: `no answer within ${this.#o.timeoutMs} ms` } : { ok: false, timedOut: false, why: describe(e) };
    } finally {
      this.#o.clock.clearTimeout(timer);
    }
  }

  async call<N extends RouteName>(name: N, input: CallInput<PlatformRoutes[N]> = {}): Promise<Result<CallOutcome<PlatformRoutes[N]>>> {
    const r = await this.callUnparsed(name, input);
    if (!r.ok || r.value.notModified) return r as Result<{ readonly notModified: true }>;
    const { text, etag, replayed } = r.value;
    const value = parseAnswer(name, text);
    return value.ok ? ok({ notModified: false, value: value.value, etag, replayed }) : value;
  }

  /**
   * Like call(), but a successful answer comes back as its text, not yet parsed nor validated: for an
   * answer too big to parse on the thread that serves the screens (a full catalogue is tens of MB;
   * catalogue-applier.ts parses it with parseAnswer() on a worker thread). Refusals and errors are
   * read and mapped here as in call().
   */
  async callUnparsed<N extends RouteName>(name: N, input: CallInput<PlatformRoutes[N]> = {}): Promise<Result<UnparsedOutcome>> {
    const spec: RouteSpec = routes[name];
    const url = new URL(fillPath(spec.path, (input.params ?? {}) as Record<string, unknown>).slice(1), withSlash(this.#o.baseUrl));
    for (const [k, v] of Object.entries((input.query ?? {}) as Record<string, unknown>)) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (spec.auth === 'terminal') {
      const c = this.#o.credentials();
      if (!c) return err(kioskError('platform.unauthorized', `${name}: this terminal is not enrolled with the platform yet`));
      headers[HEADERS.terminalId] = c.terminalId;
      headers[HEADERS.authorization] = `Bearer ${c.credential}`;
    }
    if (spec.idempotent) {
      if (!input.idempotencyKey) return err(kioskError('internal', `${name} creates something and needs an idempotency key`));
      headers[HEADERS.idempotencyKey] = input.idempotencyKey;
    }
    if (input.etag) headers['if-none-match'] = input.etag;
    let body: string | undefined;
    if (spec.method !== 'GET') {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(input.body ?? {});
    }

    // A request that cannot have had an effect twice (a GET, or one carrying an idempotency key) is
    // sent once more at once when the connection failed under it: after a platform restart the first
    // request often meets a pooled connection the old process closed.
    const retryable = spec.method === 'GET' || spec.idempotent;
    let sent = await this.#send(url.toString(), { method: spec.method, headers, ...(body === undefined ? {} : { body }) });
    if (!sent.ok && retryable && !sent.timedOut) sent = await this.#send(url.toString(), { method: spec.method, headers, ...(body === undefined ? {} : { body }) });
    if (!sent.ok) return err(kioskError(sent.timedOut ? 'platform.timeout' : 'platform.offline', `${name}: ${sent.why}`));
    const { res, text } = sent;

    if (res.status === 304 && spec.etag) return ok({ notModified: true });
    if (res.status === spec.status) {
      return ok({ notModified: false, text, etag: res.headers.get('etag'), replayed: res.headers.get('idempotent-replay') === 'true' });
    }
    const json = parseJson(text);
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      return err(kioskError('platform.unavailable', `${name}: the platform answered HTTP ${res.status}`, { status: res.status }));
    }
    const refusal = platformErrorSchema.safeParse(json);
    if (!refusal.success) return err(kioskError('platform.badResponse', `${name}: HTTP ${res.status} without a readable error body`, { status: res.status }));
    const { code, message, details } = refusal.data.error;
    return err(kioskError(MAPPED[code] ?? 'platform.rejected', `${name}: ${message}`, { status: res.status, platformCode: code, details }));
  }
}

/** A successful answer's text, before parsing (see callUnparsed). */
export type UnparsedOutcome =
  | { readonly notModified: false; readonly text: string; readonly etag: string | null; readonly replayed: boolean }
  | { readonly notModified: true };

/** Parses and validates the text of a route's successful answer against the route's response schema. */
export function parseAnswer<N extends RouteName>(name: N, text: string): Result<z.output<PlatformRoutes[N]['response']>> {
  const parsed = routes[name].response.safeParse(parseJson(text));
  if (!parsed.success) return err(badResponse(name, parsed.error));
  return ok(parsed.data as z.output<PlatformRoutes[N]['response']>);
}

export type SendOutcome = { ok: true; res: HttpResponseLike; text: string } | { ok: false; timedOut: boolean; why: string };

/** The platform's own code of a refusal (`queue.duplicate`, `case.notFound`...), kept in its details; null for any other failure. */
export function platformCodeOf(e: KioskError): string | null {
  const code = (e.details as { platformCode?: unknown } | undefined)?.platformCode;
  return typeof code === 'string' ? code : null;
}

/** True for failures worth retrying later (the platform or the network is away), false for refusals. */
export function isTransient(e: KioskError): boolean {
  return e.code === 'platform.offline' || e.code === 'platform.timeout' || e.code === 'platform.unavailable';
}

function withSlash(u: string) {
  return u.endsWith('/') ? u : `${u}/`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function badResponse(name: string, e: z.ZodError): KioskError {
  const issues = e.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  return kioskError('platform.badResponse', `${name}: the platform's answer does not match the API (${issues.length} problem(s), first at ${issues[0]?.path || '(top)'}: ${issues[0]?.message})`, { issues });
}

function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}
