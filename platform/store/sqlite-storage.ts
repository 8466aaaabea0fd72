// The storage over the platform's SQLite handle (lib/sqlite.ts): the embedded default. better-sqlite3
// is synchronous and its transactions cannot span an await, so a transaction here is BEGIN IMMEDIATE
// ... COMMIT on the one connection, and every statement of this storage (in a transaction or not) is
// serialised through an async mutex: nothing outside the open transaction can read its uncommitted
// rows or slip a write into it. Other connections to the file (another process, the terminal's
// catalogue worker) wait on SQLite's write lock as before (busy timeout). Notifications go to this
// storage's listeners in this process, after commit.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../lib/sqlite.ts';
import {
  checkChannel,
  checkPayload,
  endedGuard,
  StorageError,
  TransactionScope,
  type Listener,
  type Params,
  type Storage,
  type Transaction,
  type TransactionOptions,
} from './storage.ts';
import { assertRead } from './read-only.ts';

/** A promise chain: one holder at a time, in order of arrival. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();

  async lock<T>(fn: () => Promise<T> | T): Promise<T> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

const CACHE_LIMIT = 500;

export interface SqliteStorageOptions {
  /** Where a throwing listener is reported; default console.error. */
  readonly reportError?: (error: unknown) => void;
  /** Close the handle with the storage (default true). */
  readonly ownsHandle?: boolean;
}

export class SqliteStorage implements Storage {
  readonly dialect = 'sqlite' as const;
  readonly db: Db;
  readonly #mutex = new Mutex();
  readonly #scope = new TransactionScope(this);
  readonly #statements = new Map<string, Statement<unknown[], unknown>>();
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #reportError: (error: unknown) => void;
  readonly #ownsHandle: boolean;
  #closed = false;

  constructor(db: Db, options: SqliteStorageOptions = {}) {
    this.db = db;
    this.#reportError = options.reportError ?? ((e) => console.error(e));
    this.#ownsHandle = options.ownsHandle ?? true;
  }

  #statement(sql: string): Statement<unknown[], unknown> {
    if (this.#closed) throw new StorageError('the storage is closed');
    let s = this.#statements.get(sql);
    if (!s) {
      if (this.#statements.size >= CACHE_LIMIT) this.#statements.clear();
      s = this.db.prepare(sql);
      this.#statements.set(sql, s);
    }
    return s;
  }

  #query<T>(sql: string, params: Params): T[] {
    return this.#statement(sql).all(...params) as T[];
  }

  #one<T>(sql: string, params: Params): T | null {
    return (this.#statement(sql).get(...params) as T | undefined) ?? null;
  }

  #run(sql: string, params: Params): { changes: number } {
    return { changes: this.#statement(sql).run(...params).changes };
  }

  /** A statement outside a transaction: waits for an open one to end. */
  #outside<T>(what: string, fn: () => T): Promise<T> {
    this.#scope.refuseNested(what);
    return this.#mutex.lock(fn);
  }

  async query<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T[]> {
    return this.#outside('storage.query', () => this.#query<T>(sql, params));
  }

  async one<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T | null> {
    return this.#outside('storage.one', () => this.#one<T>(sql, params));
  }

  async run(sql: string, params: Params = []): Promise<{ changes: number }> {
    return this.#outside('storage.run', () => this.#run(sql, params));
  }

  async exec(sql: string): Promise<void> {
    return this.#outside('storage.exec', () => {
      this.db.exec(sql);
    });
  }

  async transaction<T>(fn: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    this.#scope.refuseNested('storage.transaction');
    const notes: [string, string][] = [];
    const readOnly = options.readOnly === true;
    const result = await this.#mutex.lock(async () => {
      const guard = endedGuard();
      const check = readOnly ? (sql: string) => (guard.check(), assertRead(sql)) : () => guard.check();
      const tx: Transaction = {
        dialect: 'sqlite',
        query: async <R>(sql: string, params: Params = []) => (check(sql), this.#query<R>(sql, params)),
        one: async <R>(sql: string, params: Params = []) => (check(sql), this.#one<R>(sql, params)),
        run: async (sql, params = []) => (check(`run ${sql}`), this.#run(sql, params)),
        exec: async (sql) => {
          check(`exec ${sql}`);
          this.db.exec(sql);
        },
        notify: async (channel, payload) => {
          check(`notify ${channel}`);
          notes.push([checkChannel(channel), checkPayload(channel, payload)]);
        },
      };
      // A reader takes no write lock (deferred BEGIN): the terminal's other connections are not held up.
      this.#statement(readOnly ? 'BEGIN' : 'BEGIN IMMEDIATE').run();
      try {
        const value = await this.#scope.run(() => fn(tx));
        guard.end();
        this.#statement('COMMIT').run();
        return value;
      } catch (e) {
        guard.end();
        notes.length = 0;
        if (this.db.inTransaction) this.#statement('ROLLBACK').run();
        throw e;
      }
    });
    for (const [channel, payload] of notes) this.#deliver(channel, payload);
    return result;
  }

  async notify(channel: string, payload: string): Promise<void> {
    this.#deliver(checkChannel(channel), checkPayload(channel, payload));
  }

  #deliver(channel: string, payload: string): void {
    for (const handler of this.#listeners.get(channel) ?? []) {
      // Asynchronously, like PostgreSQL's: a listener never runs inside the notifier's call.
      setImmediate(() => {
        try {
          handler(payload);
        } catch (e) {
          this.#reportError(e);
        }
      });
    }
  }

  /** One process: no order to agree on with another (the event stream numbers its own events). */
  delivering(): string | null {
    return null;
  }

  /** Nothing is lost between a commit and this process's listeners. */
  onNotificationsLost(): () => void {
    return () => undefined;
  }

  async listen(channel: string, handler: Listener): Promise<() => Promise<void>> {
    checkChannel(channel);
    let set = this.#listeners.get(channel);
    if (!set) this.#listeners.set(channel, (set = new Set()));
    set.add(handler);
    return async () => {
      set.delete(handler);
    };
  }

  async close(): Promise<void> {
    await this.#mutex.lock(() => {
      if (this.#closed) return;
      this.#closed = true;
      this.#statements.clear();
      this.#listeners.clear();
      if (this.#ownsHandle) this.db.close();
    });
  }
}
