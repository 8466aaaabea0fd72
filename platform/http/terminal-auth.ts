// Terminal enrolment and authentication: hall staff issue a one-time code for a terminal id; the
// terminal trades it for a random credential that it sends with every call. Only hashes are stored.
// Over the platform's storage (store/storage.ts): every method takes the route's transaction as its
// last parameter or opens its own (store/within.ts). `verify` runs on every request: one indexed read
// outside any transaction, and `last_seen_at` written only when the stored value is older than
// `seenEveryMs` (default 60 s; the condition is in the UPDATE itself, so several processes write it once),
// so a terminal's reads are not each a write. No cache of credential hashes: with several platform
// processes, a re-enrolment in one would have to reach the others' caches before the old credential
// stopped working there. A code names the hall the terminal enrols into (issue 17: several halls in
// one platform; default `default`); an unknown hall is refused when the code is made (HallError), and
// `verify` answers the terminal's hall with its id: the hall every request of it is served in.
import type { Heartbeat, TerminalHealth } from '../../domain/health.ts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable, Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import { PlatformError } from './platform-error.ts';
import { DEFAULT_HALL, HallStore } from '../services/halls.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Who is calling: the terminal and the hall it enrolled into. */
export interface Caller {
  readonly terminalId: string;
  readonly hall: string;
}

export interface EnrolmentCodeOptions {
  /** The hall the terminal enrols into; it must exist (services/halls.ts). Default `default`. */
  readonly hall?: string;
  /** Default 24 hours. */
  readonly validForMs?: number;
}

/** How stale `last_seen_at` may get before a request writes it again (supervision lists it to the minute). */
export const SEEN_EVERY_MS = 60_000;

export class TerminalAuth {
  readonly #storage: Storage;
  readonly #now: () => number;
  readonly #seenEveryMs: number;

  constructor(storage: Storage, now: () => number, options: { readonly seenEveryMs?: number } = {}) {
    this.#storage = storage;
    this.#now = now;
    this.#seenEveryMs = options.seenEveryMs ?? SEEN_EVERY_MS;
  }

  /** Hall staff side: a code one terminal may enrol with once, before it expires, into a hall that exists (else a HallError). */
  async issueEnrolmentCode(terminalId: string, role: string, options: EnrolmentCodeOptions = {}, q?: Transaction): Promise<string> {
    const code = randomBytes(9).toString('base64url');
    const hall = options.hall ?? DEFAULT_HALL;
    await within(this.#storage, q, async (tx) => {
      await new HallStore(this.#storage, this.#now).require(hall, tx);
      await tx.run('INSERT INTO enrolment_codes (code_hash, terminal_id, role, expires_at, hall_id) VALUES (?, ?, ?, ?, ?)', [
        sha256(code),
        terminalId,
        role,
        this.#now() + (options.validForMs ?? 24 * 3600 * 1000),
        hall,
      ]);
    });
    return code;
  }

  /** Trades a code for a credential; re-enrolling a terminal replaces its credential. */
  async enrol(code: string, terminalId: string, role: string, q?: Transaction): Promise<string> {
    const credential = randomBytes(32).toString('base64url');
    await within(this.#storage, q, async (tx) => {
      // The code is claimed by the update itself: of two enrolments with one code (two processes), one
      // changes the row and the other finds it used.
      const claimed = await tx.run(
        'UPDATE enrolment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at >= ? AND terminal_id = ? AND role = ?',
        [this.#now(), sha256(code), this.#now(), terminalId, role],
      );
      if (claimed.changes !== 1) {
        throw new PlatformError('enrolment.invalidCode', 'the enrolment code is unknown, used, expired, or for another terminal');
      }
      const { hall_id: hall } = (await tx.one<{ hall_id: string }>('SELECT hall_id FROM enrolment_codes WHERE code_hash = ?', [sha256(code)]))!;
      // A re-enrolment may move the terminal to another hall: the code's hall is where it belongs now.
      await tx.run(
        `INSERT INTO terminals (id, role, credential_hash, enrolled_at, hall_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET role = excluded.role, credential_hash = excluded.credential_hash, enrolled_at = excluded.enrolled_at, hall_id = excluded.hall_id`,
        [terminalId, role, sha256(credential), this.#now(), hall],
      );
    });
    return credential;
  }

  /**
   * The terminal and its hall if the headers carry its current credential, else null. One read; the terminal is
   * marked seen (a second statement) only when it was last marked `seenEveryMs` ago or more (or in the
   * future: a clock set back). In the caller's transaction when given, else each statement on its own.
   */
  async verify(terminalHeader: unknown, authorization: unknown, q?: Transaction): Promise<Caller | null> {
    if (typeof terminalHeader !== 'string' || typeof authorization !== 'string') return null;
    const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization);
    if (!m?.[1]) return null;
    const on: Queryable = q ?? this.#storage;
    const row = await on.one<{ credential_hash: string; hall_id: string; last_seen_at: number | null }>('SELECT credential_hash, hall_id, last_seen_at FROM terminals WHERE id = ?', [terminalHeader]);
    if (!row) return null;
    const given = Buffer.from(sha256(m[1]));
    const stored = Buffer.from(row.credential_hash);
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
    const now = this.#now();
    const stale = now - this.#seenEveryMs;
    const seen = row.last_seen_at === null ? null : Number(row.last_seen_at);
    if (seen === null || seen <= stale || seen > now) {
      await on.run('UPDATE terminals SET last_seen_at = ? WHERE id = ? AND credential_hash = ? AND (last_seen_at IS NULL OR last_seen_at <= ? OR last_seen_at > ?)', [
        now,
        terminalHeader,
        row.credential_hash,
        stale,
        now,
      ]);
    }
    return { terminalId: terminalHeader, hall: row.hall_id };
  }

  /** The role a terminal enrolled with (kiosk, counter, display), or null for an unknown terminal. */
  async roleOf(terminalId: string, q?: Transaction): Promise<string | null> {
    const row = await within(this.#storage, q, (tx) => tx.one<{ role: string }>('SELECT role FROM terminals WHERE id = ?', [terminalId]));
    return row?.role ?? null;
  }

  async recordHeartbeat(terminalId: string, heartbeat: unknown, q?: Transaction): Promise<void> {
    await within(this.#storage, q, (tx) =>
      tx.run('UPDATE terminals SET last_heartbeat = ?, last_seen_at = ? WHERE id = ?', [JSON.stringify(heartbeat), this.#now(), terminalId]),
    );
  }

  /** The hall a terminal enrolled into, or null for an unknown terminal. */
  async hallOf(terminalId: string, q?: Transaction): Promise<string | null> {
    const row = await within(this.#storage, q, (tx) => tx.one<{ hall_id: string }>('SELECT hall_id FROM terminals WHERE id = ?', [terminalId]));
    return row?.hall_id ?? null;
  }

  /** Every terminal enrolled into the hall with its latest heartbeat, by id (for supervision.terminals). */
  async health(q?: Transaction, hall: string = DEFAULT_HALL): Promise<TerminalHealth[]> {
    const rows = await within(this.#storage, q, (tx) =>
      tx.query<{ id: string; role: string; last_seen_at: number | null; last_heartbeat: string | null }>(
        'SELECT id, role, last_seen_at, last_heartbeat FROM terminals WHERE hall_id = ? ORDER BY id',
        [hall],
      ),
    );
    return rows.map((r) => ({
      terminalId: r.id,
      role: r.role as TerminalHealth['role'],
      lastSeenAt: r.last_seen_at === null ? null : new Date(r.last_seen_at).toISOString(),
      heartbeat: r.last_heartbeat === null ? null : (JSON.parse(r.last_heartbeat) as Heartbeat),
    }));
  }
}
