// A tiny typed event hub for device drivers. A listener that throws is a bug in the listener: it
// must not stop the others or the driver, so each call is isolated and the error handed to `onBug`
// (by default rethrown later, outside the driver).
export class Listeners<Events extends object> {
  readonly #sets = new Map<keyof Events, Set<(payload: never) => void>>();
  readonly #onBug: (error: unknown) => void;

  constructor(onBug?: (error: unknown) => void) {
    this.#onBug =
      onBug ??
      ((error) =>
        queueMicrotask(() => {
          throw error;
        }));
  }

  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
    let set = this.#sets.get(event);
    if (!set) {
      set = new Set();
      this.#sets.set(event, set);
    }
    // Wrapped so that subscribing the same function twice gives two independent subscriptions.
    const entry = (payload: Events[E]): void => listener(payload);
    set.add(entry as (payload: never) => void);
    return () => {
      set.delete(entry as (payload: never) => void);
    };
  }

  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    const set = this.#sets.get(event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as (p: Events[E]) => void)(payload);
      } catch (error) {
        this.#onBug(error);
      }
    }
  }
}
