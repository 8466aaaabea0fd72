// The Idempotency-Key record over the storage interface, inside the caller's transaction, so the
// work and its key commit together (what http/register.ts does synchronously on SQLite today). The
// key is claimed first (INSERT ... ON CONFLICT DO NOTHING): on PostgreSQL a second process replaying
// the same key at the same moment waits on the first one's row and then reads its committed answer,
// instead of doing the work twice; on SQLite the transactions are serial anyway.
import { statusOf } from '../../domain/api/errors.ts';
import type { Transaction } from './storage.ts';

export interface IdempotencyKey {
  readonly terminalId: string;
  readonly key: string;
  /** The route's name: the same key on another route is refused. */
  readonly route: string;
  /** A hash of the request body: the same key with another body is refused. */
  readonly requestHash: string;
  readonly now: number;
}

export interface StoredAnswer {
  readonly status: number;
  readonly body: string;
  /** True when this is the first answer given again. */
  readonly replay: boolean;
}

/** The answer register.ts gives a key reused for a different request. */
export const KEY_REUSED: Omit<StoredAnswer, 'replay'> = {
  status: statusOf('idempotencyKeyReused'),
  body: JSON.stringify({ error: { code: 'idempotencyKeyReused', message: 'this Idempotency-Key was used for a different request' } }),
};

/**
 * Runs `work` once per key: the first time its answer is recorded beside its writes (an answer of 500
 * or more is not recorded, so a retry does the work again), later the first answer comes back.
 */
export async function onceForKey(
  tx: Transaction,
  k: IdempotencyKey,
  work: () => Promise<{ status: number; body: string }>,
): Promise<StoredAnswer> {
  const claimed = await tx.run(
    `INSERT INTO idempotency (terminal_id, key, route, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, 0, '', ?)
     ON CONFLICT (terminal_id, key) DO NOTHING`,
    [k.terminalId, k.key, k.route, k.requestHash, k.now],
  );
  if (claimed.changes === 0) {
    const seen = await tx.one<{ route: string; request_hash: string; status: number; body: string }>(
      'SELECT route, request_hash, status, body FROM idempotency WHERE terminal_id = ? AND key = ?',
      [k.terminalId, k.key],
    );
    if (!seen || seen.route !== k.route || seen.request_hash !== k.requestHash) return { ...KEY_REUSED, replay: false };
    return { status: seen.status, body: seen.body, replay: true };
  }
  const fresh = await work();
  if (fresh.status >= 500) {
    await tx.run('DELETE FROM idempotency WHERE terminal_id = ? AND key = ?', [k.terminalId, k.key]);
  } else {
    await tx.run('UPDATE idempotency SET status = ?, body = ? WHERE terminal_id = ? AND key = ?', [fresh.status, fresh.body, k.terminalId, k.key]);
  }
  return { ...fresh, replay: false };
}
