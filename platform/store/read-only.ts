// Reads without the cost of a read-write transaction (issue 17: each statement is a round trip on
// PostgreSQL). A route that only reads gets one of two handles in place of its transaction:
// `statementsOnly(storage)`, each statement on its own (no BEGIN or COMMIT; for a handler that reads
// with one statement, or with statements that need not agree), or a read-only transaction
// (`transaction(fn, { readOnly: true })`: a REPEATABLE READ snapshot on PostgreSQL, so several
// statements see one state of the database). Either refuses a write with a StorageError naming it, so a
// handler that starts writing is caught on both storages, not only by PostgreSQL's READ ONLY.
import { StorageError, type Params, type Storage, type Transaction } from './storage.ts';

/** Throws unless the statement only reads (SELECT, or WITH / VALUES). */
export function assertRead(sql: string): void {
  if (!/^\s*(SELECT|WITH|VALUES)\b/i.test(sql)) {
    throw new StorageError(`a read-only route wrote (${sql.trim().slice(0, 60)}...): give it a read-write transaction (register.ts reads mode)`);
  }
}

function refused(what: string): never {
  throw new StorageError(`a read-only route called ${what}: give it a read-write transaction (register.ts reads mode)`);
}

/** A handle whose statements run on the storage one by one, outside any transaction; writes refused. */
export function statementsOnly(storage: Storage): Transaction {
  return {
    dialect: storage.dialect,
    query: async <T>(sql: string, params: Params = []) => (assertRead(sql), storage.query<T>(sql, params)),
    one: async <T>(sql: string, params: Params = []) => (assertRead(sql), storage.one<T>(sql, params)),
    run: async () => refused('run'),
    exec: async () => refused('exec'),
    notify: async () => refused('notify'),
  };
}
