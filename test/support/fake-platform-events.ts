// A hand-driven stand-in for the terminal's platform event stream (main/core/link/platform-events.ts),
// for desk tests: deliver an event, announce a resync, set the stream's state.
import type { PlatformEventStream } from '../../main/contract/index.ts';

export class FakePlatformEvents {
  readonly listeners = new Map<string, ((e: never) => void)[]>();
  readonly resyncs: (() => void)[] = [];
  readonly changes: ((s: PlatformEventStream) => void)[] = [];
  state: PlatformEventStream = { state: 'connected', since: '', lastEventId: null, reason: null, reconnectAt: null };
  on(type: string, l: (e: never) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
    return () => {};
  }
  onResync(l: () => void) {
    this.resyncs.push(l);
    return () => {};
  }
  onChange(l: (s: PlatformEventStream) => void) {
    this.changes.push(l);
    return () => {};
  }
  deliver<E extends { readonly type: string }>(e: E) {
    for (const l of this.listeners.get(e.type) ?? []) (l as (e: unknown) => void)(e);
  }
  resync() {
    for (const l of this.resyncs) l();
  }
  set(state: PlatformEventStream['state']) {
    this.state = { ...this.state, state };
    for (const l of this.changes) l(this.state);
  }
}
