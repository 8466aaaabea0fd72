// A small typed listener registry (no Node EventEmitter): on(event, fn) returns an unsubscribe
// function; a listener that throws is reported to `onBug` and does not stop the others.
export class Listeners<Events extends object> {
  readonly #sets = new Map<keyof Events, Set<(payload: never) => void>>();
  readonly #onBug: (error: unknown) => void;

  constructor(onBug: (error: unknown) => void) {
    this.#onBug = onBug;
  }

  on<K extends keyof Events>(event: K, listener: (payload: Events[K]) => void): () => void {
    let set = this.#sets.get(event);
    if (!set) {
      set = new Set();
      this.#sets.set(event, set);
    }
    const entry = listener as (payload: never) => void;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    for (const listener of [...(this.#sets.get(event) ?? [])]) {
      try {
        (listener as (payload: Events[K]) => void)(payload);
      } catch (e) {
        this.#onBug(e);
      }
    }
  }
}
