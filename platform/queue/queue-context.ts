// What every part of the queue engine shares: the repositories, the clock read in the hall's zone,
// the current configuration (re-read when another connection or process changed it), id sources, and
// the one way to write: in the caller's transaction or a new one (store/within.ts), undone when it
// answers an error value, its events sent with the transaction (tx.notify: delivered on commit, to
// every platform process listening).
import { randomInt, randomUUID } from 'node:crypto';
import type { Clock } from '../../domain/clock.ts';
import type { Result } from '../../domain/result.ts';
import { checkPayload, MAX_PAYLOAD_BYTES, type Queryable, type Storage, type Transaction } from '../store/storage.ts';
import { transactionOf, within, withinUndoable } from '../store/within.ts';
import { AppointmentRepo } from './appointment-repo.ts';
import { ConfigRepo } from './config-repo.ts';
import { indexSetup, type QueueSetup } from './configuration.ts';
import { DEFAULT_TIME_ZONE, localTimeIn, type LocalTime } from '../../domain/hall-time.ts';
import { TicketRepo } from './ticket-repo.ts';
import { isWorkingDay } from '../seed/calendar.ts';
import type { QueueEvent, QueueFeed } from './types.ts';

export interface QueueOptions {
  /** The hall's IANA time zone: the business date and opening hours are read in it. */
  readonly timeZone?: string;
  /** Keys the HMAC-SHA256 of ID numbers (duplicate guard, per-person limit, appointments). */
  readonly idSecret: string;
  /** The hall whose tickets and numbers this service keeps (queue_tickets.hall_id); default 'default'. */
  readonly hall?: string;
  /** Ticket ids; default random UUIDs. */
  readonly newId?: () => string;
  /** Appointment codes when the caller gives none; default YY + 8 random digits. */
  readonly newAppointmentCode?: () => string;
  /** The hall calendar: is a date (yyyy-MM-dd) a working day? Default: Monday to Friday (seed/calendar.ts). */
  readonly isWorkingDay?: (date: string) => boolean;
  /** Where a throwing event listener is reported; default console.error. */
  readonly reportError?: (error: unknown) => void;
  /** Where the service hears its hall's events: HallQueues gives each hall's service a feed of its one
   *  dispatcher (queue-notifications.ts); default a listen of the service's own, filtered by hall. */
  readonly feed?: QueueFeed;
}

/** The notification channel of queue events: `{ hall, events }` per committed write. */
export const QUEUE_CHANNEL = 'queue_events';

export type Emit = (event: QueueEvent) => void;

export class QueueContext {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly hall: string;
  readonly tickets: TicketRepo;
  readonly appointments: AppointmentRepo;
  readonly config: ConfigRepo;
  readonly idSecret: string;
  readonly newId: () => string;
  readonly newAppointmentCode: () => string;
  readonly isWorkingDay: (date: string) => boolean;
  readonly #local: (ms: number) => LocalTime;
  #setup: QueueSetup | null = null;
  #setupVersion = -1;
  /** The set-up each open transaction read: one version read per transaction, not per look-up. */
  readonly #setupOf = new WeakMap<Queryable, QueueSetup>();

  constructor(storage: Storage, clock: Clock, options: QueueOptions) {
    if (options.idSecret.length < 16) throw new RangeError('the queue needs an idSecret of at least 16 characters');
    this.storage = storage;
    this.clock = clock;
    this.hall = options.hall ?? 'default';
    this.tickets = new TicketRepo(this.hall);
    this.appointments = new AppointmentRepo(this.hall);
    this.config = new ConfigRepo(this.hall);
    this.idSecret = options.idSecret;
    this.newId = options.newId ?? (() => randomUUID());
    this.newAppointmentCode = options.newAppointmentCode ?? (() => `YY${String(randomInt(0, 100_000_000)).padStart(8, '0')}`);
    this.isWorkingDay = options.isWorkingDay ?? isWorkingDay;
    this.#local = localTimeIn(options.timeZone ?? DEFAULT_TIME_ZONE);
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

  /**
   * The stored configuration as this transaction sees it: its version read once per transaction, the
   * rows re-read only when the version moved (another process or connection changed it).
   */
  async setup(q: Queryable): Promise<QueueSetup> {
    const seen = this.#setupOf.get(transactionOf(q));
    if (seen) return seen;
    const version = await this.config.version(q);
    if (this.#setup === null || version !== this.#setupVersion) {
      this.#setup = indexSetup(await this.config.load(q));
      this.#setupVersion = version;
    }
    this.#setupOf.set(transactionOf(q), this.#setup);
    return this.#setup;
  }

  /** The next look-up in this transaction reads the version again (after taking the configuration's lock). */
  forgetSetup(q: Queryable): void {
    this.#setupOf.delete(transactionOf(q));
  }

  /** Replaces the configuration in this transaction (its later look-ups see the new one). */
  async replaceConfig(q: Queryable, config: Parameters<ConfigRepo['replace']>[1]): Promise<void> {
    this.#setupOf.delete(transactionOf(q));
    await this.config.replace(q, config);
  }

  /** Changes one window in this transaction (its later look-ups see the change). */
  async updateWindow(q: Queryable, window: Parameters<ConfigRepo['updateWindow']>[1]): Promise<void> {
    this.#setupOf.delete(transactionOf(q));
    await this.config.updateWindow(q, window);
  }

  /**
   * Serialises the transactions that use one key until they end (PostgreSQL: a transaction-scoped
   * advisory lock; SQLite's write transactions are serial already). For checks that read rows which
   * do not exist yet: a half-day's bookings, a person's tickets today, a window's current ticket.
   */
  async lock(q: Queryable, key: string): Promise<void> {
    if (q.dialect === 'postgres') await q.one('SELECT pg_advisory_xact_lock(hashtextextended(?, 0)) AS locked', [`${this.hall}:${key}`]);
  }

  /**
   * Runs `fn` in the caller's transaction or a new one. An error value undoes what it wrote (a
   * savepoint, or the new transaction rolled back) and sends nothing; otherwise its events go out with
   * the transaction, so listeners in every process hear them once it commits, in order.
   */
  write<T>(q: Transaction | undefined, fn: (tx: Transaction, emit: Emit) => Promise<Result<T>>): Promise<Result<T>> {
    return withinUndoable(
      this.storage,
      q,
      async (tx) => {
        const events: QueueEvent[] = [];
        const result = await fn(tx, (e) => events.push(e));
        if (result.ok && events.length > 0) await sendEvents(tx, this.hall, events);
        return result;
      },
      (r) => r.ok,
    );
  }

  /** Reads in the caller's transaction or a new one, so counts and views are consistent. */
  read<T>(q: Transaction | undefined, fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return within(this.storage, q, fn);
  }
}

/** The events of one write as few notifications as fit (each at most MAX_PAYLOAD_BYTES), in order. */
async function sendEvents(tx: Transaction, hall: string, events: readonly QueueEvent[]): Promise<void> {
  let batch: QueueEvent[] = [];
  const payload = (list: readonly QueueEvent[]) => JSON.stringify({ hall, events: list });
  for (const e of events) {
    if (batch.length > 0 && Buffer.byteLength(payload([...batch, e]), 'utf8') > MAX_PAYLOAD_BYTES) {
      await tx.notify(QUEUE_CHANNEL, payload(batch));
      batch = [];
    }
    batch.push(e);
  }
  // One event alone over the limit is a bug worth a clear error (checkPayload says which channel and size).
  await tx.notify(QUEUE_CHANNEL, checkPayload(QUEUE_CHANNEL, payload(batch)));
}
