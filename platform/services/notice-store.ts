// Hall notices as the platform keeps them: published (checked against the API's schema) or withdrawn
// by hall staff, served to the terminals while not expired. Every change moves the revision, which
// names the ETag of the notices route.
import type { Db } from '../../lib/sqlite.ts';
import { noticeSchema, type Notice } from '../../domain/notices.ts';

export class NoticeStore {
  readonly #db: Db;
  readonly #now: () => number;

  constructor(db: Db, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  /** Adds or replaces notices; throws with the problem when one does not fit the schema. */
  publish(notices: readonly unknown[]): void {
    const parsed = notices.map((n) => noticeSchema.parse(n));
    const put = this.#db.prepare('INSERT OR REPLACE INTO notices (id, body, valid_to, updated_at) VALUES (?, ?, ?, ?)');
    this.#db.transaction(() => {
      for (const n of parsed) put.run(n.id, JSON.stringify(n), n.validTo === null ? null : Date.parse(n.validTo), this.#now());
      this.#bump();
    })();
  }

  withdraw(id: string): boolean {
    const gone = this.#db.prepare('DELETE FROM notices WHERE id = ?').run(id).changes > 0;
    if (gone) this.#bump();
    return gone;
  }

  /** Every notice not yet expired (a terminal shows each from its validFrom). */
  list(): Notice[] {
    const rows = this.#db.prepare<[number], { body: string }>('SELECT body FROM notices WHERE valid_to IS NULL OR valid_to > ? ORDER BY id').all(this.#now());
    return rows.map((r) => JSON.parse(r.body) as Notice);
  }

  /** Changes with every publish or withdrawal (and with what expired, through the count). */
  etag(): string {
    const rev = this.#db.prepare<[], { revision: number }>('SELECT revision FROM notices_revision WHERE id = 1').get()?.revision ?? 0;
    return `"notices-r${rev}-n${this.list().length}"`;
  }

  #bump(): void {
    this.#db.prepare('UPDATE notices_revision SET revision = revision + 1 WHERE id = 1').run();
  }
}
