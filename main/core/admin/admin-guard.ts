// The admin panel's guard: the PIN checked against config admin.pinHash (scrypt, constant time), wrong
// PINs counted and the lockout after admin.maxTries kept in SQLite (a restart resets neither), and the
// sessions: one per screen connection that unlocked, closed after admin.sessionMinutes untouched or by
// admin.lock. Time from the injected clock. Every unlock, failure, lockout and expiry is logged; the
// PIN never is.
import type { Clock } from '../../../domain/clock.ts';
import { parsePinHash, type PinHash } from '../../../domain/admin-pin.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { AdminGate, AdminUnlock } from '../../contract/admin.ts';
import type { AdminGuardRepo, AdminGuardState } from '../../store/admin-guard-repo.ts';
import type { Logger } from '../system/event-log.ts';
import { pinMatches } from './pin-hash.ts';

export interface AdminGuardOptions {
  readonly settings: Config['admin'];
  readonly repo: AdminGuardRepo;
  readonly clock: Clock;
  readonly log: Logger;
  /** The comparison (default scrypt through pin-hash.ts): tests may give a cheaper one. */
  readonly matches?: (pin: string, hash: PinHash) => Promise<boolean>;
}

const iso = (ms: number) => new Date(ms).toISOString();

export class AdminGuard {
  readonly #o: AdminGuardOptions;
  readonly #hash: PinHash | null;
  /** Open sessions: connection id -> when last used (clock ms). */
  readonly #sessions = new Map<string, number>();
  /** Unlock attempts one at a time, so two at once cannot both pass the count. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: AdminGuardOptions) {
    this.#o = options;
    const text = options.settings.pinHash;
    const parsed = text === undefined ? null : parsePinHash(text);
    // The config schema refused a malformed hash already; this is only the parse.
    this.#hash = parsed?.ok ? parsed.value : null;
  }

  /** The hidden gesture: logged, and what the screen may show. */
  gesture(connectionId: string): AdminGate {
    const state = this.#state();
    const gate: AdminGate = {
      pinConfigured: this.#hash !== null,
      lockedUntil: state.lockedUntil === null ? null : iso(state.lockedUntil),
      triesLeft: Math.max(0, this.#o.settings.maxTries - state.failedTries),
    };
    if (!gate.pinConfigured) this.#o.log.info('admin gesture made, but no admin PIN is configured (admin.pinHash): the panel cannot be opened', { connection: connectionId });
    else this.#o.log.info('admin gesture made: PIN pad shown', { connection: connectionId, locked: gate.lockedUntil !== null });
    return gate;
  }

  unlock(pin: string, connectionId: string): Promise<AdminUnlock> {
    const next = this.#queue.then(() => this.#unlock(pin, connectionId));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Whether this connection's session is open; using it keeps it open. */
  use(connectionId: string): boolean {
    const last = this.#sessions.get(connectionId);
    if (last === undefined) return false;
    const now = this.#o.clock.now();
    if (now - last >= this.#o.settings.sessionMinutes * 60_000) {
      this.#sessions.delete(connectionId);
      this.#o.log.info('admin session closed: untouched too long', { connection: connectionId, minutes: this.#o.settings.sessionMinutes });
      return false;
    }
    this.#sessions.set(connectionId, now);
    return true;
  }

  lock(connectionId: string): void {
    if (this.#sessions.delete(connectionId)) this.#o.log.info('admin panel locked by staff', { connection: connectionId });
  }

  async #unlock(pin: string, connectionId: string): Promise<AdminUnlock> {
    const { clock, log, settings } = this.#o;
    if (this.#hash === null) {
      log.warn('admin unlock tried, but no admin PIN is configured (admin.pinHash)', { connection: connectionId });
      return { outcome: 'noPin' };
    }
    const before = this.#state();
    if (before.lockedUntil !== null) {
      log.warn('admin unlock refused: locked after wrong PINs', { connection: connectionId, until: iso(before.lockedUntil) });
      return { outcome: 'locked', until: iso(before.lockedUntil) };
    }
    const right = await (this.#o.matches ?? pinMatches)(pin, this.#hash);
    const now = clock.now();
    const state = this.#state();
    if (right) {
      this.#o.repo.save({ failedTries: 0, lockedUntil: null }, now);
      this.#sessions.set(connectionId, now);
      log.info('admin panel unlocked', { connection: connectionId, minutes: settings.sessionMinutes });
      return { outcome: 'unlocked', sessionMinutes: settings.sessionMinutes };
    }
    const tries = state.failedTries + 1;
    if (tries >= settings.maxTries) {
      const until = now + settings.lockoutMinutes * 60_000;
      this.#o.repo.save({ failedTries: tries, lockedUntil: until }, now);
      log.warn('admin PIN wrong: the panel is locked', { connection: connectionId, tries, until: iso(until) });
      return { outcome: 'locked', until: iso(until) };
    }
    this.#o.repo.save({ failedTries: tries, lockedUntil: null }, now);
    log.warn('admin PIN wrong', { connection: connectionId, tries, triesLeft: settings.maxTries - tries });
    return { outcome: 'wrongPin', triesLeft: settings.maxTries - tries };
  }

  /** The stored state, a lockout that has run out cleared (and the count with it). */
  #state(): AdminGuardState {
    const now = this.#o.clock.now();
    const state = this.#o.repo.state();
    if (state.lockedUntil !== null && now >= state.lockedUntil) {
      const cleared = { failedTries: 0, lockedUntil: null };
      this.#o.repo.save(cleared, now);
      this.#o.log.info('admin lockout over');
      return cleared;
    }
    return state;
  }
}
