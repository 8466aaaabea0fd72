// The hall's notices as last synced: replaced whole in one transaction, each checked against the
// API's schema again when read (a row this version cannot read is skipped, never shown half).
import { noticeSchema, type Notice } from '../../domain/notices.ts';
import type { Db } from './database.ts';

export class NoticesRepo {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  replaceAll(notices: readonly Notice[]): void {
    const put = this.#db.prepare('INSERT INTO notices (id, body) VALUES (?, ?)');
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM notices').run();
      for (const n of notices) put.run(n.id, JSON.stringify(n));
    })();
  }

  all(): Notice[] {
    const rows = this.#db.prepare<[], { body: string }>('SELECT body FROM notices ORDER BY id').all();
    return rows.flatMap((r) => {
      const parsed = noticeSchema.safeParse(JSON.parse(r.body));
      return parsed.success ? [parsed.data] : [];
    });
  }
}
