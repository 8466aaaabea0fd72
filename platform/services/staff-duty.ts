// Window staff on duty (上岗, 离岗, 暂停服务) on the reference platform. A staff member signs in at a
// window by staff number and PIN, or by their staff card (the ID number the window's reader read);
// PINs are kept as scrypt hashes with their own salt, cards as keyed hashes of the ID number. Five
// wrong PINs in a row lock the staff number for 15 minutes (the clock is the platform's). A staff
// member is on duty at one window at a time; whoever was on the window is signed out by a new sign-in.
// A paused window keeps its staff but calls no new citizen (the route layer refuses callNext and
// callBack with queue.windowPaused). Every change is announced as windowDutyChanged once its transaction
// committed (tx.notify on `window_duty`, heard by every platform process: one listen per service).
// Over the platform's storage: each method takes the route's transaction last, or opens its own; a
// refusal (PlatformError) keeps what was written before it (a wrong PIN's count), as the route does.
// Windows, staff, their credentials and pauses are a hall's (issue 17; hall_id, migration 0017): each
// method takes the hall last (default `default`) and works on that hall's queue engine (`queueOf`);
// the event's notification carries the hall beside it, so only that hall's listeners hear it.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import type { Window } from '../../domain/queue-setup.ts';
import { STAFF_LOCK_MINUTES, STAFF_PIN_ATTEMPTS, type StaffSignIn, type WindowDuty, type WindowDutyChangedEvent } from '../../domain/staff.ts';
import type { QueueService } from '../queue/index.ts';
import { hashIdNumber } from '../queue/id-number.ts';
import { PlatformError } from '../http/platform-error.ts';
import type { Result } from '../../domain/result.ts';
import { DEFAULT_HALL } from './halls.ts';

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

/** The notification channel of window duty changes (the event itself: a few ids, no PIN or card). */
export const DUTY_CHANNEL = 'window_duty';

export interface StaffDutyDeps {
  readonly storage: Storage;
  readonly now: () => number;
  readonly idSecret: string;
  /** The hall's queue engine (queue/hall-queues.ts). */
  readonly queueOf: (hall: string) => QueueService;
  /** Each change, in this process, once committed (by any process), with its hall. */
  readonly emit: (e: WindowDutyChangedEvent, hall: string) => void;
  /** The queue engine's refusal as the API's (http/platform-error.ts platformErrorOf), thrown. */
  readonly unwrap: <T>(r: Result<T>) => T;
  /** Where a throwing listener is reported; default console.error. */
  readonly reportError?: (error: unknown) => void;
}

export class StaffDuty {
  readonly #d: StaffDutyDeps;
  readonly #listening: Promise<() => Promise<void>>;

  constructor(deps: StaffDutyDeps) {
    this.#d = deps;
    const report = deps.reportError ?? ((e: unknown) => console.error('window duty listener failed', e));
    this.#listening = deps.storage.listen(DUTY_CHANNEL, (payload) => {
      const { hall, ...event } = JSON.parse(payload) as WindowDutyChangedEvent & { hall?: string };
      deps.emit(event, hall ?? DEFAULT_HALL);
    });
    this.#listening.catch(report);
  }

  /** Resolves once this service hears duty changes (PostgreSQL: its LISTEN is in place). */
  async ready(): Promise<void> {
    await this.#listening;
  }

  /**
   * In the caller's transaction or a new one; a refusal (PlatformError) is thrown after the
   * transaction commits what came before it, as a route's refusal does.
   */
  async #run<T>(q: Transaction | undefined, fn: (tx: Transaction) => Promise<T>): Promise<T> {
    const r = await within(this.#d.storage, q, async (tx): Promise<{ value: T } | { refused: PlatformError }> => {
      try {
        return { value: await fn(tx) };
      } catch (e) {
        if (e instanceof PlatformError && q === undefined) return { refused: e };
        throw e;
      }
    });
    if ('refused' in r) throw r.refused;
    return r.value;
  }

  /** Sets a staff member's PIN (hashed) and staff card (keyed hash of its ID number, or none). */
  async setCredentials(staffId: string, pin: string, cardIdNumber: string | null, q?: Transaction, hall: string = DEFAULT_HALL): Promise<void> {
    const card = cardIdNumber === null ? null : hashIdNumber(this.#d.idSecret, cardIdNumber);
    const hash = hashPin(pin);
    await within(this.#d.storage, q, (tx) =>
      tx.run(
        `INSERT INTO staff_credentials (hall_id, staff_id, pin_hash, card_hash) VALUES (?, ?, ?, ?)
         ON CONFLICT (hall_id, staff_id) DO UPDATE SET pin_hash = excluded.pin_hash, card_hash = excluded.card_hash, failed_pins = 0, locked_until = NULL`,
        [hall, staffId, hash, card],
      ),
    );
  }

  signIn(windowId: string, input: StaffSignIn, q?: Transaction, hall: string = DEFAULT_HALL): Promise<WindowDuty> {
    return this.#run(q, async (tx) => {
      const queue = this.#d.queueOf(hall);
      const window = await this.#window(windowId, tx, hall);
      const staffId = 'pin' in input ? await this.#checkPin(tx, input.staffId, input.pin, hall) : await this.#checkCard(tx, input.idNumber, hall);
      const elsewhere = (await queue.configuration(tx)).windows.find((w) => w.staffId === staffId && w.id !== window.id);
      if (elsewhere) {
        throw new PlatformError('staff.onDutyElsewhere', `staff ${staffId} is signed in at window ${elsewhere.number}: sign out there first`, { windowNumber: elsewhere.number });
      }
      if (window.staffId !== staffId) this.#unwrap(await queue.setWindowStaff({ windowId, staffId }, tx));
      await tx.run('DELETE FROM window_pauses WHERE hall_id = ? AND window_id = ?', [hall, windowId]);
      return this.#announce(tx, windowId, hall);
    });
  }

  signOut(windowId: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<WindowDuty> {
    return this.#run(q, async (tx) => {
      const window = await this.#window(windowId, tx, hall);
      if (window.staffId === null) return this.duty(windowId, tx, hall);
      this.#unwrap(await this.#d.queueOf(hall).setWindowStaff({ windowId, staffId: null }, tx));
      await tx.run('DELETE FROM window_pauses WHERE hall_id = ? AND window_id = ?', [hall, windowId]);
      return this.#announce(tx, windowId, hall);
    });
  }

  pause(windowId: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<WindowDuty> {
    return this.#run(q, async (tx) => {
      await this.#onDuty(windowId, tx, hall);
      await tx.run('INSERT INTO window_pauses (hall_id, window_id, paused_at) VALUES (?, ?, ?) ON CONFLICT (hall_id, window_id) DO NOTHING', [hall, windowId, this.#d.now()]);
      return this.#announce(tx, windowId, hall);
    });
  }

  resume(windowId: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<WindowDuty> {
    return this.#run(q, async (tx) => {
      await this.#onDuty(windowId, tx, hall);
      await tx.run('DELETE FROM window_pauses WHERE hall_id = ? AND window_id = ?', [hall, windowId]);
      return this.#announce(tx, windowId, hall);
    });
  }

  async isPaused(windowId: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<boolean> {
    const row = await within(this.#d.storage, q, (tx) => tx.one('SELECT 1 AS paused FROM window_pauses WHERE hall_id = ? AND window_id = ?', [hall, windowId]));
    return row !== null;
  }

  duty(windowId: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<WindowDuty> {
    return this.#run(q, async (tx) => {
      const window = await this.#window(windowId, tx, hall);
      const staff = window.staffId === null ? null : ((await this.#d.queueOf(hall).configuration(tx)).staff.find((s) => s.id === window.staffId) ?? null);
      return {
        window,
        staff: staff === null ? null : { id: staff.id, name: staff.name, position: staff.position, stars: staff.stars },
        paused: staff !== null && (await this.isPaused(windowId, tx, hall)),
      };
    });
  }

  async #announce(tx: Transaction, windowId: string, hall: string): Promise<WindowDuty> {
    const duty = await this.duty(windowId, tx, hall);
    const event: WindowDutyChangedEvent = {
      type: 'windowDutyChanged',
      at: new Date(this.#d.now()).toISOString(),
      windowId,
      windowNumber: duty.window.number,
      staffId: duty.staff?.id ?? null,
      paused: duty.paused,
    };
    await tx.notify(DUTY_CHANNEL, JSON.stringify({ ...event, hall }));
    return duty;
  }

  async #window(windowId: string, tx: Transaction, hall: string): Promise<Window> {
    const window = (await this.#d.queueOf(hall).configuration(tx)).windows.find((w) => w.id === windowId);
    if (!window) throw new PlatformError('queue.unknownWindow', `no window "${windowId}"`);
    return window;
  }

  async #onDuty(windowId: string, tx: Transaction, hall: string): Promise<Window> {
    const window = await this.#window(windowId, tx, hall);
    if (window.staffId === null) throw new PlatformError('queue.windowClosed', `window ${window.number} has no staff on duty`);
    return window;
  }

  async #checkPin(tx: Transaction, staffId: string, pin: string, hall: string): Promise<string> {
    const { now } = this.#d;
    const known = (await this.#d.queueOf(hall).configuration(tx)).staff.some((s) => s.id === staffId);
    // Locked as it is read (PostgreSQL), so two wrong PINs at once in two processes count as two.
    const forUpdate = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
    const row = known ? await tx.one<CredentialRow>(`SELECT staff_id, pin_hash, failed_pins, locked_until FROM staff_credentials WHERE hall_id = ? AND staff_id = ?${forUpdate}`, [hall, staffId]) : null;
    if (!row) throw new PlatformError('staff.unknown', `no staff number ${staffId} with a PIN`);
    if (row.locked_until !== null && row.locked_until > now()) {
      throw new PlatformError('staff.locked', `staff number ${staffId} is locked after ${STAFF_PIN_ATTEMPTS} wrong PINs`, { until: new Date(row.locked_until).toISOString() });
    }
    if (pinMatches(pin, row.pin_hash)) {
      await tx.run('UPDATE staff_credentials SET failed_pins = 0, locked_until = NULL WHERE hall_id = ? AND staff_id = ?', [hall, staffId]);
      return staffId;
    }
    // A lock that ran out starts a fresh count.
    const failed = (row.locked_until !== null ? 0 : row.failed_pins) + 1;
    if (failed >= STAFF_PIN_ATTEMPTS) {
      const until = now() + STAFF_LOCK_MINUTES * 60_000;
      await tx.run('UPDATE staff_credentials SET failed_pins = 0, locked_until = ? WHERE hall_id = ? AND staff_id = ?', [until, hall, staffId]);
      throw new PlatformError('staff.locked', `staff number ${staffId} is locked after ${STAFF_PIN_ATTEMPTS} wrong PINs`, { until: new Date(until).toISOString() });
    }
    await tx.run('UPDATE staff_credentials SET failed_pins = ?, locked_until = NULL WHERE hall_id = ? AND staff_id = ?', [failed, hall, staffId]);
    throw new PlatformError('staff.wrongPin', `wrong PIN for ${staffId}`, { attemptsLeft: STAFF_PIN_ATTEMPTS - failed });
  }

  async #checkCard(tx: Transaction, idNumber: string, hall: string): Promise<string> {
    const row = await tx.one<{ staff_id: string }>('SELECT staff_id FROM staff_credentials WHERE hall_id = ? AND card_hash = ?', [hall, hashIdNumber(this.#d.idSecret, idNumber)]);
    if (!row) throw new PlatformError('staff.unknownCard', 'this card is not a staff card of this hall');
    return row.staff_id;
  }

  #unwrap<T>(r: Result<T>): T {
    return this.#d.unwrap(r);
  }
}
