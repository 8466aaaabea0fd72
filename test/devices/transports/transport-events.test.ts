import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorDetails, TransportEvents } from '../../../devices/transports/transport-events.ts';
import type { TransportState } from '../../../devices/transports/transport.ts';

describe('TransportEvents', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reports state changes once each, and not a change to the same state', () => {
    const events = new TransportEvents();
    const seen: TransportState[] = [];
    events.onState((s) => seen.push(s));
    events.setState('closed');
    events.setState('opening');
    events.setState('open');
    events.setState('open');
    expect(seen).toEqual(['opening', 'open']);
    expect(events.state).toBe('open');
  });

  it('treats two subscriptions of one function as two, each with its own unsubscribe', () => {
    const events = new TransportEvents();
    const seen: number[] = [];
    const listener = (chunk: Uint8Array): void => {
      seen.push(chunk.length);
    };
    const off = events.onData(listener);
    events.onData(listener);
    events.emitData(Uint8Array.of(1));
    off();
    events.emitData(Uint8Array.of(1, 2));
    expect(seen).toEqual([1, 1, 2]);
  });

  it('keeps calling the other listeners when one throws, and rethrows that error asynchronously', () => {
    const deferred: (() => void)[] = [];
    vi.stubGlobal('queueMicrotask', (fn: () => void) => deferred.push(fn));
    const events = new TransportEvents();
    const seen: number[] = [];
    events.onData(() => {
      throw new Error('listener bug');
    });
    events.onData((chunk) => seen.push(...chunk));
    events.emitData(Uint8Array.of(7));
    expect(seen).toEqual([7]);
    expect(deferred).toHaveLength(1);
    expect(() => deferred[0]?.()).toThrow('listener bug');
  });
});

describe('errorDetails', () => {
  it('keeps the code and message of an OS error, and only those', () => {
    const error = Object.assign(new Error('open /dev/ttyUSB0: EACCES'), { code: 'EACCES', errno: -13 });
    expect(errorDetails(error)).toEqual({ code: 'EACCES', message: 'open /dev/ttyUSB0: EACCES' });
    expect(errorDetails(new Error('plain'))).toEqual({ message: 'plain' });
    expect(errorDetails('text')).toEqual({ message: 'text' });
  });
});
