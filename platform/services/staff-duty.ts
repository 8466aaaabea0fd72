// Window staff on duty (上岗, 离岗, 暂停服务) on the reference platform. A staff member signs in at a
// window by staff number and PIN, or by their staff card (the ID number the window's reader read);
// PINs are kept as scrypt hashes with their own salt, cards as keyed hashes of the ID number. Five
// wrong PINs in a row lock the staff number for 15 minutes (the clock is the platform's). A staff
// member is on duty at one window at a time; whoever was on the window is signed out by a new sign-in.
// A paused window keeps its staff but calls no new citizen (the route layer refuses callNext and
// callBack with queue.windowPaused). Every change is announced as windowDutyChanged after it is written.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../lib/sqlite.ts';
import type { Window } from '../../domain/queue-setup.ts';
import { STAFF_LOCK_MINUTES, STAFF_PIN_ATTEMPTS, type StaffSignIn, type WindowDuty, type WindowDutyChangedEvent } from '../../domain/staff.ts';
import type { QueueService } from '../queue/index.ts';
import { hashIdNumber } from '../queue/id-number.ts';
import { PlatformError } from '../http/platform-error.ts';
import type { Result } from '../../domain/result.ts';

/** scrypt cost of new PIN hashes: N=2^11 keeps seeding 40 staff fast; each hash names its own cost. */
const COST = { N: 2048, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export function hashPin(pin: string, salt: Buffer = randomBytes(16)): string {
  const key = scryptSync(pin, salt, KEY_LENGTH, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export function pinMatches(pin: string, stored: string): boolean {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = scryptSync(pin, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(key, expected);
}

interface CredentialRow {
  staff_id: string;
  pin_hash: string;
  failed_pins: number;
  locked_until: number | null;
}

export interface StaffDutyDeps {
  readonly db: Db;
  readonly now: () => number;
  readonly idSecret: string;
  readonly queue: QueueService;
  readonly emit: (e: WindowDutyChangedEvent) => void;
  /** The queue engine's refusal as the API's (app.ts platformErrorOf), thrown. */
  readonly unwrap: <T>(r: Result<T>) => T;
}

export class StaffDuty {
  readonly #d: StaffDutyDeps;

  constructor(deps: StaffDutyDeps) {
    this.#d = deps;
  }

  /** Sets a staff member's PIN (hashed) and staff card (keyed hash of its ID number, or none). */
  setCredentials(staffId: string, pin: string, cardIdNumber: string | null): void {
    const card = cardIdNumber === null ? null : hashIdNumber(this.#d.idSecret, cardIdNumber);
    this.#d.db
      .prepare(
        `INSERT INTO staff_credentials (staff_id, pin_hash, card_hash) VALUES (?, ?, ?)
         ON CONFLICT (staff_id) DO UPDATE SET pin_hash = excluded.pin_hash, card_hash = excluded.card_hash, failed_pins = 0, locked_until = NULL`,
      )
      .run(staffId, hashPin(pin), card);
  }

  signIn(windowId: string, input: StaffSignIn): WindowDuty {
    const window = this.#window(windowId);
    const staffId = 'pin' in input ? this.#checkPin(input.staffId, input.pin) : this.#checkCard(input.idNumber);
    const elsewhere = this.#d.queue.configuration().windows.find((w) => w.staffId === staffId && w.id !== window.id);
    if (elsewhere) {
      throw new PlatformError('staff.onDutyElsewhere', `staff ${staffId} is signed in at window ${elsewhere.number}: sign out there first`, { windowNumber: elsewhere.number });
    }
    if (window.staffId !== staffId) this.#unwrap(this.#d.queue.setWindowStaff({ windowId, staffId }));
    this.#d.db.prepare('DELETE FROM window_pauses WHERE window_id = ?').run(windowId);
    return this.#announce(windowId);
  }

  signOut(windowId: string): WindowDuty {
    const window = this.#window(windowId);
    if (window.staffId === null) return this.duty(windowId);
    this.#unwrap(this.#d.queue.setWindowStaff({ windowId, staffId: null }));
    this.#d.db.prepare('DELETE FROM window_pauses WHERE window_id = ?').run(windowId);
    return this.#announce(windowId);
  }

  pause(windowId: string): WindowDuty {
    this.#onDuty(windowId);
    this.#d.db.prepare('INSERT INTO window_pauses (window_id, paused_at) VALUES (?, ?) ON CONFLICT (window_id) DO NOTHING').run(windowId, this.#d.now());
    return this.#announce(windowId);
  }

  resume(windowId: string): WindowDuty {
    this.#onDuty(windowId);
    this.#d.db.prepare('DELETE FROM window_pauses WHERE window_id = ?').run(windowId);
    return this.#announce(windowId);
  }

  isPaused(windowId: string): boolean {
    return this.#d.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM window_pauses WHERE window_id = ?').get(windowId)!.n > 0;
  }

  duty(windowId: string): WindowDuty {
    const window = this.#window(windowId);
    const staff = window.staffId === null ? null : (this.#d.queue.configuration().staff.find((s) => s.id === window.staffId) ?? null);
    return {
      window,
      staff: staff === null ? null : { id: staff.id, name: staff.name, position: staff.position, stars: staff.stars },
      paused: staff !== null && this.isPaused(windowId),
    };
  }

  #announce(windowId: string): WindowDuty {
    const duty = this.duty(windowId);
    this.#d.emit({
      type: 'windowDutyChanged',
      at: new Date(this.#d.now()).toISOString(),
      windowId,
      windowNumber: duty.window.number,
      staffId: duty.staff?.id ?? null,
      paused: duty.paused,
    });
    return duty;
  }

  #window(windowId: string): Window {
    const window = this.#d.queue.configuration().windows.find((w) => w.id === windowId);
    if (!window) throw new PlatformError('queue.unknownWindow', `no window "${windowId}"`);
    return window;
  }

  #onDuty(windowId: string): Window {
    const window = this.#window(windowId);
    if (window.staffId === null) throw new PlatformError('queue.windowClosed', `window ${window.number} has no staff on duty`);
    return window;
  }

  #checkPin(staffId: string, pin: string): string {
    const { db, now } = this.#d;
    const known = this.#d.queue.configuration().staff.some((s) => s.id === staffId);
    const row = known ? db.prepare<[string], CredentialRow>('SELECT staff_id, pin_hash, failed_pins, locked_until FROM staff_credentials WHERE staff_id = ?').get(staffId) : undefined;
    if (!row) throw new PlatformError('staff.unknown', `no staff number ${staffId} with a PIN`);
    if (row.locked_until !== null && row.locked_until > now()) {
      throw new PlatformError('staff.locked', `staff number ${staffId} is locked after ${STAFF_PIN_ATTEMPTS} wrong PINs`, { until: new Date(row.locked_until).toISOString() });
    }
    if (pinMatches(pin, row.pin_hash)) {
      db.prepare('UPDATE staff_credentials SET failed_pins = 0, locked_until = NULL WHERE staff_id = ?').run(staffId);
      return staffId;
    }
    // A lock that ran out starts a fresh count.
    const failed = (row.locked_until !== null ? 0 : row.failed_pins) + 1;
    if (failed >= STAFF_PIN_ATTEMPTS) {
      const until = now() + STAFF_LOCK_MINUTES * 60_000;
      db.prepare('UPDATE staff_credentials SET failed_pins = 0, locked_until = ? WHERE staff_id = ?').run(until, staffId);
      throw new PlatformError('staff.locked', `staff number ${staffId} is locked after ${STAFF_PIN_ATTEMPTS} wrong PINs`, { until: new Date(until).toISOString() });
    }
    db.prepare('UPDATE staff_credentials SET failed_pins = ?, locked_until = NULL WHERE staff_id = ?').run(failed, staffId);
    throw new PlatformError('staff.wrongPin', `wrong PIN for ${staffId}`, { attemptsLeft: STAFF_PIN_ATTEMPTS - failed });
  }

  #checkCard(idNumber: string): string {
    const row = this.#d.db.prepare<[string], { staff_id: string }>('SELECT staff_id FROM staff_credentials WHERE card_hash = ?').get(hashIdNumber(this.#d.idSecret, idNumber));
    if (!row) throw new PlatformError('staff.unknownCard', 'this card is not a staff card of this hall');
    return row.staff_id;
  }

  #unwrap<T>(r: Result<T>): T {
    return this.#d.unwrap(r);
  }
}
