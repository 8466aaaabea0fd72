// The storage over PostgreSQL (`pg` Pool): several platform processes over one database. A
// transaction takes a pooled connection, BEGIN ISOLATION LEVEL ..., and runs again (bounded, with a
// jittered pause) on a serialization failure or deadlock (40001, 40P01). Notifications: pg_notify
// inside the transaction, so PostgreSQL delivers them only on commit; listening is on one dedicated
// connection (not the pool's) that reconnects with back-off and LISTENs again on every channel. Each
// notification carries an id before its payload (`<transaction id>.<n> `, taken in the pg_notify
// statement itself: no round trip of its own), stripped on delivery and told by `delivering()`: every
// process receives the notifications in commit order, so the id names one place in one sequence.
// Numbers: bigint and numeric columns come back as JS numbers (epoch milliseconds, counts), refused
// beyond 2^53 rather than rounded.
import pg from 'pg';
import {
  checkChannel,
  checkPayload,
  endedGuard,
  SerializationError,
  StorageError,
  toDollarParams,
  TransactionScope,
  type Listener,
  type Params,
  type Storage,
  type Transaction,
  type TransactionOptions,
} from './storage.ts';
import { assertRead } from './read-only.ts';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

function toNumber(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new StorageError(`the number ${text} is beyond what a JS number holds exactly`);
  return n;
}

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const RETRYABLE = new Set(['40001', '40P01']);

export function isRetryable(e: unknown): boolean {
  return typeof e === 'object' && e !== null && RETRYABLE.has((e as { code?: string }).code ?? '');
}

export interface PgStorageOptions {
  /** Pool size per process; default 10. */
  readonly max?: number;
  /** Where listener errors and lost listen connections are reported; default console.error. */
  readonly reportError?: (error: unknown) => void;
  /** Called each time the listen connection is (re)established with every channel listened: notifications sent while it was down are lost, so a consumer reads the state again here. */
  readonly onListening?: (connects: number) => void;
  /** Pause before the n-th reconnect of the listen connection; default 100 ms doubling to 5 s, with jitter. */
  readonly reconnectDelayMs?: (attempt: number) => number;
}

type Client = pg.PoolClient | pg.Client;

/** pg_notify with the notification's id before the payload: the transaction's id and which of its notifications this is. */
const NOTIFY = "SELECT pg_notify($1, txid_current()::text || '.' || $2::text || ' ' || $3)";

/** A delivered payload's id and the payload as notified; a payload without an id (a NOTIFY sent by hand) has none. */
export function splitNotification(raw: string): { id: string | null; payload: string } {
  const m = /^(\d+\.\d+) /.exec(raw);
  return m ? { id: m[1]!, payload: raw.slice(m[0].length) } : { id: null, payload: raw };
}

async function onClient(client: Client, sql: string, params: Params): Promise<pg.QueryResult> {
  return params.length === 0 ? client.query(sql) : client.query(toDollarParams(sql, params.length), params as unknown[]);
}

export class PgStorage implements Storage {
  readonly dialect = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly #config: pg.ClientConfig;
  readonly #scope = new TransactionScope(this);
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #options: PgStorageOptions;
  readonly #reportError: (error: unknown) => void;
  #listenClient: pg.Client | null = null;
  #listenReady: Promise<void> | null = null;
  #listenChain: Promise<unknown> = Promise.resolve();
  #connects = 0;
  #closed = false;
  #delivering: string | null = null;
  readonly #lost = new Set<() => void>();

  constructor(url: string, options: PgStorageOptions = {}) {
    this.#config = { connectionString: url, types };
    this.#options = options;
    this.#reportError = options.reportError ?? ((e) => console.error(e));
    this.pool = new pg.Pool({ ...this.#config, max: options.max ?? 10 });
    // An idle pooled connection that dies (server restart) must not crash the process.
    this.pool.on('error', (e) => this.#reportError(e));
  }

  async #outside(what: string, sql: string, params: Params): Promise<pg.QueryResult> {
    this.#scope.refuseNested(what);
    if (this.#closed) throw new StorageError('the storage is closed');
    if (params.length === 0) return this.pool.query(sql);
    return this.pool.query(toDollarParams(sql, params.length), params as unknown[]);
  }

  async query<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T[]> {
    return (await this.#outside('storage.query', sql, params)).rows as T[];
  }

  async one<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T | null> {
    return ((await this.#outside('storage.one', sql, params)).rows[0] as T | undefined) ?? null;
  }

  async run(sql: string, params: Params = []): Promise<{ changes: number }> {
    return { changes: (await this.#outside('storage.run', sql, params)).rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    await this.#outside('storage.exec', sql, []);
  }

  async transaction<T>(fn: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    this.#scope.refuseNested('storage.transaction');
    if (this.#closed) throw new StorageError('the storage is closed');
    const isolation = options.isolation ?? 'read committed';
    const retries = options.retries ?? 8;
    const readOnly = options.readOnly === true;
    for (let attempt = 0; ; attempt++) {
      const client = await this.pool.connect();
      const guard = endedGuard();
      let broken: Error | undefined;
      let notes = 0;
      try {
        const check = readOnly ? (sql: string) => (guard.check(), assertRead(sql)) : () => guard.check();
        const tx: Transaction = {
          dialect: 'postgres',
          query: async <R>(sql: string, params: Params = []) => (check(sql), (await onClient(client, sql, params)).rows as R[]),
          one: async <R>(sql: string, params: Params = []) => (check(sql), ((await onClient(client, sql, params)).rows[0] as R | undefined) ?? null),
          run: async (sql, params = []) => (check(`run ${sql}`), { changes: (await onClient(client, sql, params)).rowCount ?? 0 }),
          exec: async (sql) => {
            check(`exec ${sql}`);
            await client.query(sql);
          },
          notify: async (channel, payload) => {
            check(`notify ${channel}`);
            await client.query(NOTIFY, [checkChannel(channel), notes++, checkPayload(channel, payload)]);
          },
        };
        await client.query(`BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}${readOnly ? ' READ ONLY' : ''}`);
        try {
          const value = await this.#scope.run(() => fn(tx));
          guard.end();
          await client.query('COMMIT');
          return value;
        } catch (e) {
          guard.end();
          await client.query('ROLLBACK').catch((rollbackError: Error) => {
            broken = rollbackError;
          });
          throw e;
        }
      } catch (e) {
        if (!isRetryable(e)) throw e;
        if (attempt >= retries) {
          throw new SerializationError(`the transaction could not be serialized after ${retries + 1} attempts (${(e as { code: string }).code}): ${(e as Error).message}`, { cause: e });
        }
      } finally {
        client.release(broken);
      }
      // Jittered, growing pause so the same transactions do not collide again in step.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(2 ** attempt, 64)));
    }
  }

  async notify(channel: string, payload: string): Promise<void> {
    this.#scope.refuseNested('storage.notify');
    await this.pool.query(NOTIFY, [checkChannel(channel), 0, checkPayload(channel, payload)]);
  }

  delivering(): string | null {
    return this.#delivering;
  }

  onNotificationsLost(fn: () => void): () => void {
    this.#lost.add(fn);
    return () => void this.#lost.delete(fn);
  }

  async listen(channel: string, handler: Listener): Promise<() => Promise<void>> {
    checkChannel(channel);
    if (this.#closed) throw new StorageError('the storage is closed');
    let set = this.#listeners.get(channel);
    const first = !set;
    if (!set) this.#listeners.set(channel, (set = new Set()));
    set.add(handler);
    if (this.#listenReady === null) this.#listenReady = this.#connectListener(0);
    await this.#listenReady;
    if (first) await this.#onListenConnection(`LISTEN ${channel}`);
    return async () => {
      set.delete(handler);
      if (set.size === 0 && this.#listeners.get(channel) === set) {
        this.#listeners.delete(channel);
        await this.#onListenConnection(`UNLISTEN ${channel}`).catch((e: unknown) => this.#reportError(e));
      }
    };
  }

  /** LISTEN / UNLISTEN one after another on the notification connection (a pg client runs one query at a time). */
  #onListenConnection(sql: string): Promise<unknown> {
    const run = this.#listenChain.then(() => this.#listenClient?.query(sql));
    this.#listenChain = run.catch(() => undefined);
    return run;
  }

  /** The listen connection, with LISTEN on every channel; retried with back-off until it is up or the storage closes. */
  async #connectListener(attempt: number): Promise<void> {
    for (let n = attempt; !this.#closed; n++) {
      const client = new pg.Client(this.#config);
      try {
        await client.connect();
        for (const channel of this.#listeners.keys()) await client.query(`LISTEN ${channel}`);
      } catch (e) {
        this.#reportError(new StorageError(`the notification connection failed (attempt ${n + 1}); trying again: ${(e as Error).message}`));
        await client.end().catch(() => undefined);
        await new Promise((r) => setTimeout(r, this.#delay(n)));
        continue;
      }
      client.on('notification', (m) => {
        const { id, payload } = splitNotification(m.payload ?? '');
        for (const handler of this.#listeners.get(m.channel) ?? []) {
          this.#delivering = id;
          try {
            handler(payload);
          } catch (e) {
            this.#reportError(e);
          } finally {
            this.#delivering = null;
          }
        }
      });
      let lost = false;
      const onLost = (e?: Error) => {
        if (lost || this.#closed) return;
        lost = true;
        this.#listenClient = null;
        this.#reportError(new StorageError(`the notification connection was lost; reconnecting${e ? `: ${e.message}` : ''}`));
        client.end().catch(() => undefined);
        this.#listenReady = this.#connectListener(1);
      };
      client.on('error', onLost);
      client.on('end', () => onLost());
      this.#listenClient = client;
      this.#options.onListening?.(++this.#connects);
      if (this.#connects > 1) {
        for (const fn of [...this.#lost]) {
          try {
            fn();
          } catch (e) {
            this.#reportError(e);
          }
        }
      }
      return;
    }
  }

  #delay(attempt: number): number {
    if (this.#options.reconnectDelayMs) return this.#options.reconnectDelayMs(attempt);
    const base = Math.min(100 * 2 ** attempt, 5000);
    return base / 2 + Math.random() * (base / 2);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const listener = this.#listenClient;
    this.#listenClient = null;
    this.#listeners.clear();
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}
