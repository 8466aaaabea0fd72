// One queue engine per hall (issue 17: several halls in one platform): `of(hall)` answers the hall's
// QueueService, made on first use and kept. Nothing in it is state another process would miss: a
// service keeps only its hall's id, the configuration it read (re-read whenever the stored version
// moved, config-repo.ts) and its subscribers; numbers, tickets and configuration live in the storage,
// every statement scoped to the hall. The services hear their events through one listen per process
// (queue-notifications.ts), which also feeds `listenAll` (the event stream, every hall). `hallOfTicket` finds which hall a ticket id belongs to (the
// phone page knows only the id).
import type { Clock } from '../../domain/clock.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import type { QueueOptions } from './queue-context.ts';
import { QueueNotifications } from './queue-notifications.ts';
import { QueueService } from './queue-service.ts';
import type { QueueEvent } from './types.ts';

export class HallQueues {
  readonly #storage: Storage;
  readonly #clock: Clock;
  readonly #options: Omit<QueueOptions, 'hall'>;
  readonly #byHall = new Map<string, QueueService>();
  readonly #notifications: QueueNotifications;

  constructor(storage: Storage, clock: Clock, options: Omit<QueueOptions, 'hall' | 'feed'>) {
    this.#storage = storage;
    this.#clock = clock;
    this.#options = options;
    this.#notifications = new QueueNotifications(storage, options.reportError ?? ((e) => console.error('queue event listener failed', e)));
  }

  /** The hall's queue engine (the hall's existence is the caller's: an enrolled terminal's hall exists). */
  of(hall: string): QueueService {
    let queue = this.#byHall.get(hall);
    if (!queue) {
      queue = new QueueService(this.#storage, this.#clock, { ...this.#options, hall, feed: this.#notifications.feedOf(hall) });
      this.#byHall.set(hall, queue);
    }
    return queue;
  }

  /** The hall of a ticket, or null for an unknown id. */
  async hallOfTicket(ticketId: string, q?: Transaction): Promise<string | null> {
    const row = await within(this.#storage, q, (tx) => tx.one<{ hall_id: string }>('SELECT hall_id FROM queue_tickets WHERE id = ?', [ticketId]));
    return row?.hall_id ?? null;
  }

  /** Every hall's committed queue events with their hall (whether or not its service was made); resolves to the unsubscribe once listening. */
  listenAll(listener: (events: readonly QueueEvent[], hall: string) => void): Promise<() => Promise<void>> {
    return this.#notifications.listenAll(listener);
  }

  /** Every service made so far stops listening, and so does the process's one listen. */
  async close(): Promise<void> {
    for (const queue of this.#byHall.values()) await queue.close();
    this.#byHall.clear();
    await this.#notifications.close();
  }
}
