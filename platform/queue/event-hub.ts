// Subscribers of the queue's events (the HTTP layer streams them to terminals and hall screens). The
// engine emits only after its transaction committed. A listener that throws is a bug in that
// listener: it is reported and does not stop the others or the operation that emitted.
import type { QueueEvent, QueueListener } from './types.ts';

export class EventHub {
  readonly #listeners = new Set<QueueListener>();
  readonly #report: (error: unknown) => void;

  constructor(report: (error: unknown) => void) {
    this.#report = report;
  }

  subscribe(listener: QueueListener): () => void {
    // A wrapper, so the same function subscribed twice gets every event twice and unsubscribes once.
    const entry: QueueListener = (e) => listener(e);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  emit(events: readonly QueueEvent[]): void {
    for (const event of events) {
      for (const listener of [...this.#listeners]) {
        try {
          listener(event);
        } catch (e) {
          this.#report(e);
        }
      }
    }
  }

  get size(): number {
    return this.#listeners.size;
  }
}
