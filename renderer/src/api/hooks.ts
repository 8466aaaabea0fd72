// React hooks over the RPC client: live events, calls that re-run on reconnection, the status.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  EventName,
  EventPayload,
  InputOf,
  MethodName,
  OutputOf,
  StatusSnapshot,
} from '../../../main/contract/index.ts';
import type { KioskError } from '../../../domain/errors.ts';
import { client } from './client.ts';

export function useConnected(): boolean {
  const [connected, setConnected] = useState(client.connected);
  useEffect(() => {
    setConnected(client.connected);
    return client.onConnection(setConnected);
  }, []);
  return connected;
}

/** Calls `handler` for every push of `event` while the component is mounted. */
export function useEvent<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => client.on(event, (p) => ref.current(p as EventPayload<E>)), [event]);
}

export type CallState<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'done'; readonly value: T }
  | { readonly state: 'failed'; readonly error: KioskError };

/** Calls a method on mount and again after every reconnection; `reload` calls it again now. */
export function useCall<M extends MethodName>(method: M, input: InputOf<M>): CallState<OutputOf<M>> & { reload(): void } {
  const [state, setState] = useState<CallState<OutputOf<M>>>({ state: 'loading' });
  const key = JSON.stringify(input);
  const run = useCallback(() => {
    let live = true;
    void client.call(method, JSON.parse(key) as InputOf<M>).then((r) => {
      if (live) setState(r.ok ? { state: 'done', value: r.value } : { state: 'failed', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [method, key]);
  const connected = useConnected();
  useEffect(() => (connected ? run() : undefined), [connected, run]);
  return { ...state, reload: run };
}

/** The platform link and devices: fetched on (re)connection, then kept live by pushes. */
export function useStatus(): StatusSnapshot | null {
  const fetched = useCall('system.getStatus', {});
  const [pushed, setPushed] = useState<StatusSnapshot | null>(null);
  useEvent('system.statusChanged', setPushed);
  const connected = useConnected();
  useEffect(() => {
    if (!connected) setPushed(null);
  }, [connected]);
  return pushed ?? (fetched.state === 'done' ? fetched.value : null);
}
