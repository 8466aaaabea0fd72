// The answering end of the RPC, written once for every transport: validates every input before
// dispatch, turns thrown errors into `internal`, validates what handlers return, and pushes events
// only to connections that subscribed to them.
import type { z } from 'zod';
import { err, type Result } from '../../domain/result.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import {
  readClientFrame,
  type CallContext,
  type Contract,
  type EventMap,
  type FrameTransport,
  type Handlers,
  type MethodMap,
  type ServerFrame,
} from '../contract/index.ts';

export interface RpcServerOptions<M extends MethodMap, E extends EventMap> {
  readonly contract: Contract<M, E>;
  readonly handlers: Handlers<M>;
  /** Told about bugs (a handler threw, returned a wrong shape) and refused frames. */
  readonly onProblem?: (message: string, data: Record<string, unknown>) => void;
}

interface Connection {
  readonly id: string;
  readonly transport: FrameTransport;
  readonly subscriptions: Set<string>;
}

/** Formats zod issues as one line per problem: `path: message`. */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));
}

export class RpcServer<M extends MethodMap, E extends EventMap> {
  readonly #contract: Contract<M, E>;
  readonly #handlers: Handlers<M>;
  readonly #onProblem: (message: string, data: Record<string, unknown>) => void;
  readonly #connections = new Set<Connection>();
  #nextConnection = 1;

  constructor(options: RpcServerOptions<M, E>) {
    this.#contract = options.contract;
    this.#handlers = options.handlers;
    this.#onProblem = options.onProblem ?? (() => {});
    const declared = new Set(Object.keys(options.contract.methods));
    const implemented = new Set(Object.keys(options.handlers));
    const missing = [...declared].filter((m) => !implemented.has(m));
    const extra = [...implemented].filter((m) => !declared.has(m));
    if (missing.length || extra.length) {
      throw new Error(
        `rpc: handlers do not match the contract (missing: ${missing.join(', ') || 'none'}; not in the contract: ${extra.join(', ') || 'none'})`,
      );
    }
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Serves one connection until its transport closes. Returns a function that closes it. */
  connect(transport: FrameTransport): () => void {
    const conn: Connection = { id: `c${this.#nextConnection++}`, transport, subscriptions: new Set() };
    this.#connections.add(conn);
    const offFrame = transport.onFrame((text) => void this.#receive(conn, text));
    const offClose = transport.onClose(() => {
      offFrame();
      offClose();
      this.#connections.delete(conn);
    });
    return () => transport.close();
  }

  /** Pushes an event to every connection that listens to it. The payload must match the contract. */
  emit<K extends Extract<keyof E, string>>(event: K, payload: z.input<E[K]>): void {
    const schema = this.#contract.events[event];
    const parsed = schema?.safeParse(payload);
    if (!parsed?.success) {
      this.#onProblem(`event ${event} does not match its contract`, {
        issues: parsed ? describeIssues(parsed.error) : 'undeclared event',
      });
      return;
    }
    let text: string | null = null;
    for (const conn of this.#connections) {
      if (!conn.subscriptions.has(event)) continue;
      text ??= JSON.stringify({ k: 'evt', e: event, p: parsed.data } satisfies ServerFrame);
      conn.transport.send(text);
    }
  }

  close(): void {
    for (const conn of [...this.#connections]) conn.transport.close();
    this.#connections.clear();
  }

  async #receive(conn: Connection, text: string): Promise<void> {
    const frame = readClientFrame(text);
    if (!frame) {
      this.#onProblem('refused an unreadable frame', { connection: conn.id, length: text.length });
      this.#send(conn, { k: 'bad', error: kioskError('rpc.badFrame', `unreadable frame: ${text.slice(0, 80)}`) });
      return;
    }
    switch (frame.k) {
      case 'sub':
        if (Object.hasOwn(this.#contract.events, frame.e)) conn.subscriptions.add(frame.e);
        else this.#send(conn, { k: 'bad', error: kioskError('rpc.badFrame', `no such event: ${frame.e}`) });
        return;
      case 'unsub':
        conn.subscriptions.delete(frame.e);
        return;
      case 'req': {
        const result = await this.#dispatch(frame.m, frame.i, { connectionId: conn.id });
        this.#send(conn, { k: 'res', id: frame.id, r: result });
        return;
      }
      default:
        frame satisfies never;
    }
  }

  async #dispatch(method: string, rawInput: unknown, ctx: CallContext): Promise<Result<unknown, KioskError>> {
    if (!Object.hasOwn(this.#contract.methods, method)) {
      return err(kioskError('rpc.unknownMethod', `no such method: ${method}`));
    }
    const spec = this.#contract.methods[method]!;
    const input = spec.input.safeParse(rawInput);
    if (!input.success) {
      const issues = describeIssues(input.error);
      return err(
        kioskError('rpc.invalidInput', `${method}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues }),
      );
    }
    const handler = this.#handlers[method as keyof M] as (i: unknown, c: CallContext) => unknown;
    let result: Result<unknown, KioskError>;
    try {
      result = (await handler(input.data, ctx)) as Result<unknown, KioskError>;
    } catch (e) {
      this.#onProblem(`${method} threw`, { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      return err(kioskError('internal', `${method} failed inside the core`));
    }
    if (!result.ok) return result;
    const output = spec.output.safeParse(result.value);
    if (!output.success) {
      this.#onProblem(`${method} returned a value that does not match its contract`, { issues: describeIssues(output.error) });
      return err(kioskError('internal', `${method} failed inside the core`));
    }
    return { ok: true, value: output.data };
  }

  #send(conn: Connection, frame: ServerFrame): void {
    conn.transport.send(JSON.stringify(frame));
  }
}
