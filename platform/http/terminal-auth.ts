// Terminal enrolment and authentication: hall staff issue a one-time code for a terminal id; the
// terminal trades it for a random credential that it sends with every call. Only hashes are stored.
import type { Heartbeat, TerminalHealth } from '../../domain/health.ts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../lib/sqlite.ts';
import { PlatformError } from './platform-error.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export class TerminalAuth {
  readonly #db: Db;
  readonly #now: () => number;

  constructor(db: Db, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  /** Hall staff side: a code one terminal may enrol with once, before it expires. */
  issueEnrolmentCode(terminalId: string, role: string, validForMs = 24 * 3600 * 1000): string {
    const code = randomBytes(9).toString('base64url');
    this.#db
      .prepare('INSERT INTO enrolment_codes (code_hash, terminal_id, role, expires_at) VALUES (?, ?, ?, ?)')
      .run(sha256(code), terminalId, role, this.#now() + validForMs);
    return code;
  }

  /** Trades a code for a credential; re-enrolling a terminal replaces its credential. */
  enrol(code: string, terminalId: string, role: string): string {
    const credential = randomBytes(32).toString('base64url');
    const tx = this.#db.transaction(() => {
      const row = this.#db
        .prepare<[string], { terminal_id: string; role: string; expires_at: number; used_at: number | null }>(
          'SELECT terminal_id, role, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?',
        )
        .get(sha256(code));
      if (!row || row.used_at !== null || row.expires_at < this.#now() || row.terminal_id !== terminalId || row.role !== role) {
        throw new PlatformError('enrolment.invalidCode', 'the enrolment code is unknown, used, expired, or for another terminal');
      }
      this.#db.prepare('UPDATE enrolment_codes SET used_at = ? WHERE code_hash = ?').run(this.#now(), sha256(code));
      this.#db
        .prepare(
          `INSERT INTO terminals (id, role, credential_hash, enrolled_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET role = excluded.role, credential_hash = excluded.credential_hash, enrolled_at = excluded.enrolled_at`,
        )
        .run(terminalId, role, sha256(credential), this.#now());
    });
    tx();
    return credential;
  }

  /** The terminal id if the headers carry its current credential, else null. */
  verify(terminalHeader: unknown, authorization: unknown): string | null {
    if (typeof terminalHeader !== 'string' || typeof authorization !== 'string') return null;
    const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization);
    if (!m?.[1]) return null;
    const row = this.#db.prepare<[string], { credential_hash: string }>('SELECT credential_hash FROM terminals WHERE id = ?').get(terminalHeader);
    if (!row) return null;
    const given = Buffer.from(sha256(m[1]));
    if (!timingSafeEqual(given, Buffer.from(row.credential_hash))) return null;
    this.#db.prepare('UPDATE terminals SET last_seen_at = ? WHERE id = ?').run(this.#now(), terminalHeader);
    return terminalHeader;
  }

  /** The role a terminal enrolled with (kiosk, counter, display), or null for an unknown terminal. */
  roleOf(terminalId: string): string | null {
    return this.#db.prepare<[string], { role: string }>('SELECT role FROM terminals WHERE id = ?').get(terminalId)?.role ?? null;
  }

  recordHeartbeat(terminalId: string, heartbeat: unknown): void {
    this.#db.prepare('UPDATE terminals SET last_heartbeat = ?, last_seen_at = ? WHERE id = ?').run(JSON.stringify(heartbeat), this.#now(), terminalId);
  }

  /** Every enrolled terminal with its latest heartbeat, by id (for supervision.terminals). */
  health(): TerminalHealth[] {
    const rows = this.#db
      .prepare<[], { id: string; role: string; last_seen_at: number | null; last_heartbeat: string | null }>('SELECT id, role, last_seen_at, last_heartbeat FROM terminals ORDER BY id')
      .all();
    return rows.map((r) => ({
      terminalId: r.id,
      role: r.role as TerminalHealth['role'],
      lastSeenAt: r.last_seen_at === null ? null : new Date(r.last_seen_at).toISOString(),
      heartbeat: r.last_heartbeat === null ? null : (JSON.parse(r.last_heartbeat) as Heartbeat),
    }));
  }
}
