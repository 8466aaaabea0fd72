// What every part of the queue engine shares: the repositories, the clock read in the hall's zone,
// the current configuration (re-read when another connection changed it), id sources, and the one
// way to write: a transaction that rolls back on an error value and emits its events after commit.
import { randomInt, randomUUID } from 'node:crypto';
import type { Clock } from '../../domain/clock.ts';
import type { KioskError } from '../../domain/errors.ts';
import type { Result } from '../../domain/result.ts';
import type { Db } from '../../lib/sqlite.ts';
import { AppointmentRepo } from './appointment-repo.ts';
import { ConfigRepo } from './config-repo.ts';
import { indexSetup, type QueueSetup } from './configuration.ts';
import type { EventHub } from './event-hub.ts';
import { DEFAULT_TIME_ZONE, localTimeIn, type LocalTime } from '../../domain/hall-time.ts';
import { TicketRepo } from './ticket-repo.ts';
import { isWorkingDay } from '../seed/calendar.ts';
import type { QueueEvent } from './types.ts';

export interface QueueOptions {
  /** The hall's IANA time zone: the business date and opening hours are read in it. */
  readonly timeZone?: string;
  /** Keys the HMAC-SHA256 of ID numbers (duplicate guard, per-person limit, appointments). */
  readonly idSecret: string;
  /** Ticket ids; default random UUIDs. */
  readonly newId?: () => string;
  /** Appointment codes when the caller gives none; default YY + 8 random digits. */
  readonly newAppointmentCode?: () => string;
  /** The hall calendar: is a date (yyyy-MM-dd) a working day? Default: Monday to Friday (seed/calendar.ts). */
  readonly isWorkingDay?: (date: string) => boolean;
  /** Where a throwing event listener is reported; default console.error. */
  readonly reportError?: (error: unknown) => void;
}


class Rollback {
  readonly error: KioskError;
  constructor(error: KioskError) {
    this.error = error;
  }
}

export class QueueContext {
  readonly db: Db;
  readonly clock: Clock;
  readonly tickets: TicketRepo;
  readonly appointments: AppointmentRepo;
  readonly config: ConfigRepo;
  readonly idSecret: string;
  readonly newId: () => string;
  readonly newAppointmentCode: () => string;
  readonly isWorkingDay: (date: string) => boolean;
  readonly #local: (ms: number) => LocalTime;
  readonly #hub: EventHub;
  #setup: QueueSetup | null = null;
  #setupVersion = -1;

  constructor(db: Db, clock: Clock, options: QueueOptions, hub: EventHub) {
    if (options.idSecret.length < 16) throw new RangeError('the queue needs an idSecret of at least 16 characters');
    this.db = db;
    this.clock = clock;
    this.tickets = new TicketRepo(db);
    this.appointments = new AppointmentRepo(db);
    this.config = new ConfigRepo(db);
    this.idSecret = options.idSecret;
    this.newId = options.newId ?? (() => randomUUID());
    this.newAppointmentCode = options.newAppointmentCode ?? (() => `YY${String(randomInt(0, 100_000_000)).padStart(8, '0')}`);
    this.isWorkingDay = options.isWorkingDay ?? isWorkingDay;
    this.#local = localTimeIn(options.timeZone ?? DEFAULT_TIME_ZONE);
    this.#hub = hub;
  }

  now(): number {
    return this.clock.now();
  }

  local(ms: number = this.now()): LocalTime {
    return this.#local(ms);
  }

  today(): string {
    return this.local().date;
  }

  /** The stored configuration, re-read only when its version moved. */
  setup(): QueueSetup {
    const version = this.config.version();
    if (this.#setup === null || version !== this.#setupVersion) {
      this.#setup = indexSetup(this.config.load());
      this.#setupVersion = version;
    }
    return this.#setup;
  }

  /**
   * Runs `fn` in one IMMEDIATE transaction (the write lock is taken first, so two connections never
   * read the same counter). An error value rolls everything back; events are emitted after commit.
   */
  write<T>(fn: (emit: (event: QueueEvent) => void) => Result<T>): Result<T> {
    const events: QueueEvent[] = [];
    const tx = this.db.transaction(() => {
      const result = fn((e) => events.push(e));
      if (!result.ok) throw new Rollback(result.error);
      return result;
    });
    try {
      const result = tx.immediate();
      this.#hub.emit(events);
      return result;
    } catch (e) {
      if (e instanceof Rollback) return { ok: false, error: e.error };
      throw e;
    }
  }

  /** Reads in one transaction so counts and views are consistent. */
  read<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }
}
