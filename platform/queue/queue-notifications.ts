// This process's one listen on the queue channel (issue 17's several halls): each notification
// (`{ hall, events }`, queue-context.ts) is parsed once and handed to the listeners of its hall and to
// the listeners of every hall (the event stream). Before, each hall's QueueService listened and parsed
// for itself, so with 20 halls every notification was parsed 21 times in every process.
import type { Storage } from '../store/storage.ts';
import { QUEUE_CHANNEL } from './queue-context.ts';
import type { QueueEvent, QueueFeed } from './types.ts';

type HallListener = (events: readonly QueueEvent[]) => void;
type EveryListener = (events: readonly QueueEvent[], hall: string) => void;

export class QueueNotifications {
  readonly #storage: Storage;
  readonly #report: (error: unknown) => void;
  readonly #byHall = new Map<string, Set<HallListener>>();
  readonly #every = new Set<EveryListener>();
  /** The storage listen, made with the first listener and kept until close. */
  #listening: Promise<() => Promise<void>> | null = null;

  constructor(storage: Storage, report: (error: unknown) => void) {
    this.#storage = storage;
    this.#report = report;
  }

  /** The feed of one hall's events (what a hall's QueueService is given). */
  feedOf(hall: string): QueueFeed {
    return async (onEvents) => {
      // A wrapper per subscription, so the same function given twice is two listeners.
      const entry: HallListener = (events) => onEvents(events);
      let set = this.#byHall.get(hall);
      if (!set) this.#byHall.set(hall, (set = new Set()));
      set.add(entry);
      await this.#listen();
      return async () => {
        set.delete(entry);
        if (set.size === 0 && this.#byHall.get(hall) === set) this.#byHall.delete(hall);
      };
    };
  }

  /** Every hall's events with their hall; resolves to the unsubscribe once listening. */
  async listenAll(listener: EveryListener): Promise<() => Promise<void>> {
    const entry: EveryListener = (events, hall) => listener(events, hall);
    this.#every.add(entry);
    await this.#listen();
    return async () => {
      this.#every.delete(entry);
    };
  }

  /** Stops the storage listen (the storage stays open: its owner closes it). */
  async close(): Promise<void> {
    const listening = this.#listening;
    this.#listening = null;
    this.#byHall.clear();
    this.#every.clear();
    if (listening) await (await listening)();
  }

  #listen(): Promise<() => Promise<void>> {
    if (this.#listening === null) {
      this.#listening = this.#storage.listen(QUEUE_CHANNEL, (payload) => this.#dispatch(payload));
      // A failed listen is reported, and the next listener tries again.
      this.#listening.catch((e: unknown) => {
        this.#listening = null;
        this.#report(e);
      });
    }
    return this.#listening;
  }

  #dispatch(payload: string): void {
    let note: { hall: string; events: QueueEvent[] };
    try {
      note = JSON.parse(payload) as { hall: string; events: QueueEvent[] };
    } catch (e) {
      this.#report(new Error(`a queue notification that is not JSON (${payload.slice(0, 80)}): ${(e as Error).message}`));
      return;
    }
    for (const listener of [...(this.#byHall.get(note.hall) ?? [])]) this.#call(() => listener(note.events));
    for (const listener of [...this.#every]) this.#call(() => listener(note.events, note.hall));
  }

  #call(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.#report(e);
    }
  }
}
