// The reference platform's storage, async and the same over SQLite (the embedded default, one
// process) and PostgreSQL (several platform processes over one database): statements with positional
// `?` parameters (turned into $1, $2... for PostgreSQL), transactions whose function gets a handle,
// bounded retry of serialization failures, and notifications delivered only once their transaction
// committed. Dialect differences stay inside sqlite-storage.ts and pg-storage.ts; SQL written for both
// uses what both speak (no `?` operators of jsonb, no SQLite-only functions).
import { AsyncLocalStorage } from 'node:async_hooks';

export type SqlValue = string | number | bigint | null | Uint8Array;
export type Params = readonly SqlValue[];
export type Dialect = 'sqlite' | 'postgres';
export type Isolation = 'read committed' | 'repeatable read' | 'serializable';

export interface Queryable {
  readonly dialect: Dialect;
  /** Every row. */
  query<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
  /** The first row, or null. */
  one<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T | null>;
  /** A statement that writes; `changes`: rows inserted, updated or deleted. */
  run(sql: string, params?: Params): Promise<{ changes: number }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Transaction extends Queryable {
  /** Sent when (and only if) this transaction commits. */
  notify(channel: string, payload: string): Promise<void>;
}

export interface TransactionOptions {
  /** PostgreSQL's isolation level (default read committed); SQLite's transactions are serial whatever it says. */
  readonly isolation?: Isolation;
  /** Attempts after a serialization failure or deadlock (PostgreSQL 40001, 40P01) before giving up; default 8. */
  readonly retries?: number;
  /**
   * Reads only (store/read-only.ts): the handle refuses writes and notifications; PostgreSQL begins
   * `READ ONLY` (with `isolation: 'repeatable read'`, one snapshot for every statement), SQLite a
   * deferred `BEGIN` (no write lock taken).
   */
  readonly readOnly?: boolean;
}

export type Listener = (payload: string) => void;

export interface Storage extends Queryable {
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws (the error
   * goes on to the caller). A serialization failure runs `fn` again, so `fn` must not do anything but
   * database work through `tx`. Inside `fn`, the storage itself (another transaction, a statement
   * outside `tx`) is refused with a StorageError.
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Sent now (outside a transaction). */
  notify(channel: string, payload: string): Promise<void>;
  /** Calls `handler` with each payload notified on the channel (by this process or, on PostgreSQL, any); returns the unsubscribe. */
  listen(channel: string, handler: Listener): Promise<() => Promise<void>>;
  /**
   * Called from inside a listener (synchronously): the id of the notification being delivered, the
   * same in every process that receives it (PostgreSQL: `<transaction id>.<its n-th notification>`),
   * and every process receives the notifications in one order (commit order). Null outside a delivery,
   * and on SQLite (one process: nothing to agree with). The event stream resumes on it across processes.
   */
  delivering(): string | null;
  /** Calls `fn` each time notifications may have been lost (PostgreSQL: the listen connection came back after a cut); returns the unsubscribe. */
  onNotificationsLost(fn: () => void): () => void;
  close(): Promise<void>;
}

export class StorageError extends Error {
  override name = 'StorageError';
}

/** A transaction that kept failing to serialize after its retries. */
export class SerializationError extends StorageError {
  override name = 'SerializationError';
}

/**
 * What a notification may carry (bytes): PostgreSQL's limit (under 8000) less room for the id the
 * PostgreSQL storage puts before it (see `delivering`); SQLite keeps the same rule so code works on both.
 */
export const MAX_PAYLOAD_BYTES = 7960;

export function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) {
    throw new StorageError(`notification channel "${channel}": lower-case letters, digits and _ only, starting with a letter or _, up to 63`);
  }
  return channel;
}

export function checkPayload(channel: string, payload: string): string {
  const bytes = Buffer.byteLength(payload, 'utf8');
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new StorageError(`notification on "${channel}" is ${bytes} bytes, over the ${MAX_PAYLOAD_BYTES} a notification may carry: send an id and read the rest from the database`);
  }
  return payload;
}

/**
 * `?` parameters to PostgreSQL's `$1, $2...`, leaving quoted strings, quoted identifiers and comments
 * alone. Throws when the count does not match the parameters given.
 */
export function toDollarParams(sql: string, count: number): string {
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "'" || c === '"') {
      const end = closing(sql, i, c);
      out += sql.slice(i, end);
      i = end;
    } else if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end < 0 ? sql.length : end + 2;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '?') {
      out += `$${++n}`;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (n !== count) throw new StorageError(`the statement has ${n} ? parameter(s) and ${count} value(s) were given: ${sql.slice(0, 120)}`);
  return out;
}

/** The index just past the quote closing the one at `start` ('' and "" are escaped quotes). */
function closing(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return sql.length;
}

/**
 * Which transaction of which storage the current async context is inside: refuses nesting (on
 * SQLite it would wait on itself for ever) and statements that bypass the handle.
 */
export class TransactionScope {
  readonly #als = new AsyncLocalStorage<object>();
  readonly #owner: object;

  constructor(owner: object) {
    this.#owner = owner;
  }

  inside(): boolean {
    return this.#als.getStore() === this.#owner;
  }

  refuseNested(what: string): void {
    if (this.inside()) {
      throw new StorageError(`${what} inside a transaction of the same storage: use the transaction handle the function was given (transactions do not nest)`);
    }
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.#als.run(this.#owner, fn);
  }
}

/** Guards a handle against use after its transaction ended (a stray await after commit). */
export function endedGuard(): { check(): void; end(): void } {
  let ended = false;
  return {
    check() {
      if (ended) throw new StorageError('the transaction handle was used after its transaction ended: await every statement inside the function');
    },
    end() {
      ended = true;
    },
  };
}

export type DatabaseUrl = { readonly dialect: 'sqlite'; readonly path: string } | { readonly dialect: 'postgres'; readonly url: string };

/**
 * `platform.database`: `sqlite:<path>` (`sqlite::memory:` in memory; a relative path is the
 * caller's to resolve) or `postgres://user[:password]@host[:port]/database` (`postgresql://` too;
 * `?host=/socket/folder` for a unix socket).
 */
export function parseDatabaseUrl(text: string): DatabaseUrl {
  const value = text.trim();
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new StorageError('platform.database "sqlite:" names no file: write sqlite:<path>, e.g. sqlite:var/platform.db');
    if (path.includes('\0')) throw new StorageError('platform.database: the SQLite path contains a NUL character');
    return { dialect: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new StorageError(`platform.database "${redact(value)}" is not a valid URL: write postgres://user@host:5432/database`);
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!url.hostname && !url.searchParams.get('host')) {
      throw new StorageError(`platform.database "${redact(value)}" names no host: write postgres://user@host:5432/database (or ?host=/socket/folder)`);
    }
    if (database === '' || database.includes('/')) {
      throw new StorageError(`platform.database "${redact(value)}" names no database: write postgres://user@host:5432/database`);
    }
    if (url.port !== '' && !(Number(url.port) >= 1 && Number(url.port) <= 65535)) {
      throw new StorageError(`platform.database "${redact(value)}": port ${url.port} is not 1-65535`);
    }
    return { dialect: 'postgres', url: value };
  }
  throw new StorageError(`platform.database "${redact(value)}" is neither sqlite:<path> nor postgres://...: e.g. sqlite:var/platform.db or postgres://hall@db.example:5432/hall`);
}

/** A URL as it may be shown in an error: its password replaced. */
export function redact(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}
