// Hall notices as the platform keeps them: published (checked against the API's schema) or withdrawn
// by hall staff, served to the terminals while not expired. Every change moves the revision, which
// names the ETag of the notices route. Over the platform's Storage: each method works in the caller's
// transaction when given one (a route's `ctx.tx`), else in its own. Each hall has its own notices and
// revision (hall_id, migration 0017): the hall is the last parameter, `default` when not given.
import { noticeSchema, type Notice } from '../../domain/notices.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import { DEFAULT_HALL } from './halls.ts';

export class NoticeStore {
  readonly #storage: Storage;
  readonly #now: () => number;

  constructor(storage: Storage, now: () => number) {
    this.#storage = storage;
    this.#now = now;
  }

  /** Adds or replaces notices; throws with the problem when one does not fit the schema (nothing written then). */
  async publish(notices: readonly unknown[], q?: Transaction, hall: string = DEFAULT_HALL): Promise<void> {
    const parsed = notices.map((n) => noticeSchema.parse(n));
    await within(this.#storage, q, async (tx) => {
      for (const n of parsed) {
        await tx.run(
          `INSERT INTO notices (hall_id, id, body, valid_to, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (hall_id, id) DO UPDATE SET body = excluded.body, valid_to = excluded.valid_to, updated_at = excluded.updated_at`,
          [hall, n.id, JSON.stringify(n), n.validTo === null ? null : Date.parse(n.validTo), this.#now()],
        );
      }
      await this.#bump(tx, hall);
    });
  }

  async withdraw(id: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<boolean> {
    return within(this.#storage, q, async (tx) => {
      const gone = (await tx.run('DELETE FROM notices WHERE hall_id = ? AND id = ?', [hall, id])).changes > 0;
      if (gone) await this.#bump(tx, hall);
      return gone;
    });
  }

  /** Every notice not yet expired (a terminal shows each from its validFrom). */
  async list(q?: Transaction, hall: string = DEFAULT_HALL): Promise<Notice[]> {
    return within(this.#storage, q, async (tx) => {
      const rows = await tx.query<{ body: string }>('SELECT body FROM notices WHERE hall_id = ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY id', [hall, this.#now()]);
      return rows.map((r) => JSON.parse(r.body) as Notice);
    });
  }

  /** Changes with every publish or withdrawal (and with what expired, through the count). */
  async etag(q?: Transaction, hall: string = DEFAULT_HALL): Promise<string> {
    return within(this.#storage, q, async (tx) => {
      const rev = (await tx.one<{ revision: number }>('SELECT revision FROM notices_revision WHERE hall_id = ?', [hall]))?.revision ?? 0;
      return `"notices-r${rev}-n${(await this.list(tx, hall)).length}"`;
    });
  }

  async #bump(tx: Transaction, hall: string): Promise<void> {
    await tx.run('INSERT INTO notices_revision (hall_id, revision) VALUES (?, 1) ON CONFLICT (hall_id) DO UPDATE SET revision = notices_revision.revision + 1', [hall]);
  }
}
