import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryLink } from '../../../devices/transports/memory.ts';
import { backoffDelay, ReconnectingTransport, type ReconnectOptions } from '../../../devices/transports/reconnecting.ts';
import type { ByteTransport, TransportState } from '../../../devices/transports/transport.ts';
import { ManualClock } from '../../support/manual-clock.ts';

describe('backoffDelay', () => {
  const options = { initialDelayMs: 100, maxDelayMs: 1000, factor: 2, jitter: 0 };

  it('grows exponentially up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 50].map((n) => backoffDelay(n, options, () => 0.5))).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  });

  it('spreads by the jitter around the base, never above the cap', () => {
    const jittered = { ...options, jitter: 0.5 };
    expect(backoffDelay(1, jittered, () => 0)).toBe(100);
    expect(backoffDelay(1, jittered, () => 0.5)).toBe(200);
    expect(backoffDelay(1, jittered, () => 0.999999)).toBe(300);
    expect(backoffDelay(10, jittered, () => 0.999999)).toBe(1000);
    expect(backoffDelay(10, jittered, () => 0)).toBe(500);
  });

  it('stays within [base(1-j), min(cap, base(1+j))] for any attempt and random draw', () => {
    fc.assert(
      fc.property(
        fc.nat(100),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, r, jitter) => {
          const o = { initialDelayMs: 250, maxDelayMs: 10_000, factor: 2, jitter };
          const base = Math.min(10_000, 250 * 2 ** attempt);
          const delay = backoffDelay(attempt, o, () => r);
          return delay >= Math.floor(base * (1 - jitter)) && delay <= Math.min(10_000, Math.ceil(base * (1 + jitter)));
        },
      ),
    );
  });
});

function setup(options: Partial<ReconnectOptions> = {}) {
  const clock = new ManualClock();
  const link = createMemoryLink('memory pad');
  let made = 0;
  const factory = (): ByteTransport => {
    made++;
    return link.host;
  };
  const transport = new ReconnectingTransport(factory, {
    clock,
    random: () => 0.5,
    initialDelayMs: 100,
    maxDelayMs: 500,
    factor: 2,
    jitter: 0.2,
    ...options,
  });
  const states: TransportState[] = [];
  transport.onState((s) => states.push(s));
  const received: number[] = [];
  transport.onData((chunk) => received.push(...chunk));
  const deviceReceived: number[] = [];
  link.device.onData((chunk) => deviceReceived.push(...chunk));
  return { clock, link, transport, states, received, deviceReceived, made: () => made };
}

describe('ReconnectingTransport (memory link, manual clock)', () => {
  it('takes its description from the transport it wraps', () => {
    const { transport } = setup();
    expect(transport.description).toBe('memory pad');
    expect(setup({ description: 'rating pad, window 3' }).transport.description).toBe('rating pad, window 3');
  });

  it('opens and moves bytes both ways', async () => {
    const { link, transport, states, received, deviceReceived } = setup();
    await link.device.open();
    expect(await transport.open()).toEqual({ ok: true, value: undefined });
    expect(states).toEqual(['opening', 'open']);
    expect((await transport.write(Uint8Array.of(1, 2))).ok).toBe(true);
    await link.device.write(Uint8Array.of(3));
    await Promise.resolve();
    expect(deviceReceived).toEqual([1, 2]);
    expect(received).toEqual([3]);
  });

  it('reconnects after an unplug with growing delays, keeping listeners attached', async () => {
    const { clock, link, transport, states, received, made } = setup();
    await link.device.open();
    await transport.open();
    expect(made()).toBe(1);

    link.unplug();
    expect(transport.state).toBe('disconnected');
    const write = await transport.write(Uint8Array.of(1));
    expect(!write.ok && write.error.code).toBe('device.disconnected');

    // Retries at +100, then +200, +400, and +500 (the cap), each a fresh transport from the factory.
    await clock.advanceAsync(99);
    expect(made()).toBe(1);
    await clock.advanceAsync(1);
    expect(made()).toBe(2);
    expect(transport.retryCount).toBe(2);
    await clock.advanceAsync(199);
    expect(made()).toBe(2);
    await clock.advanceAsync(1);
    expect(made()).toBe(3);
    await clock.advanceAsync(400);
    expect(made()).toBe(4);
    await clock.advanceAsync(500);
    expect(made()).toBe(5);
    await clock.advanceAsync(500);
    expect(made()).toBe(6);
    expect(transport.state).toBe('disconnected');

    link.plug();
    await link.device.open();
    await clock.advanceAsync(500);
    expect(transport.state).toBe('open');
    expect(transport.retryCount).toBe(0);
    expect(states).toEqual([
      'opening', 'open',
      'disconnected',
      ...Array.from({ length: 5 }, () => ['opening', 'disconnected'] as const).flat(),
      'opening', 'open',
    ]);

    await link.device.write(Uint8Array.of(0x11, 0x02));
    await Promise.resolve();
    expect(received).toEqual([0x11, 0x02]);
    expect((await transport.write(Uint8Array.of(9))).ok).toBe(true);

    // A second unplug starts again from the first delay.
    link.unplug();
    link.plug();
    await link.device.open();
    await clock.advanceAsync(100);
    expect(transport.state).toBe('open');
  });

  it('uses the injected random source for jitter', async () => {
    const { clock, link, transport, made } = setup({ random: () => 0 });
    await transport.open();
    link.unplug();
    // Base 100 with 20 % jitter and random 0: 80 ms.
    await clock.advanceAsync(79);
    expect(made()).toBe(1);
    await clock.advanceAsync(1);
    expect(made()).toBe(2);
  });

  it('returns the first failure from open() and keeps trying until the device appears', async () => {
    const { clock, link, transport } = setup();
    link.unplug();
    const first = await transport.open();
    expect(!first.ok && first.error.code).toBe('device.disconnected');
    expect(transport.state).toBe('disconnected');
    await clock.advanceAsync(300);
    link.plug();
    await clock.advanceAsync(400);
    expect(transport.state).toBe('open');
  });

  it('open() while waiting to retry tries at once', async () => {
    const { link, transport, clock } = setup();
    link.unplug();
    await transport.open();
    link.plug();
    expect((await transport.open()).ok).toBe(true);
    expect(clock.pending).toBe(0);
  });

  it('close() stops retrying and closes the wrapped transport', async () => {
    const { clock, link, transport, made, states } = setup();
    await transport.open();
    link.unplug();
    await clock.advanceAsync(100);
    await transport.close();
    expect(transport.state).toBe('closed');
    expect(clock.pending).toBe(0);
    const madeAtClose = made();
    link.plug();
    await clock.advanceAsync(60_000);
    expect(made()).toBe(madeAtClose);
    expect(link.host.state).toBe('closed');
    expect(states.at(-1)).toBe('closed');
  });

  it('close() while an attempt is opening leaves it closed', async () => {
    const clock = new ManualClock();
    let release: (() => void) | undefined;
    const link = createMemoryLink();
    const slow: ByteTransport = {
      description: 'slow',
      get state() {
        return link.host.state;
      },
      open: () => new Promise((resolve) => (release = () => resolve(link.host.open()))),
      close: () => link.host.close(),
      write: (d) => link.host.write(d),
      onData: (l) => link.host.onData(l),
      onState: (l) => link.host.onState(l),
    };
    const transport = new ReconnectingTransport(() => slow, { clock });
    const opening = transport.open();
    await Promise.resolve();
    await Promise.resolve();
    await transport.close();
    release?.();
    const result = await opening;
    expect(result.ok).toBe(false);
    expect(transport.state).toBe('closed');
    expect(link.host.state).toBe('closed');
    expect(clock.pending).toBe(0);
  });

  it('stops delivering to a listener that unsubscribed, across reconnects', async () => {
    const { clock, link, transport } = setup();
    const seen: number[] = [];
    const off = transport.onData((c) => seen.push(...c));
    await link.device.open();
    await transport.open();
    await link.device.write(Uint8Array.of(1));
    await Promise.resolve();
    off();
    link.unplug();
    link.plug();
    await link.device.open();
    await clock.advanceAsync(100);
    await link.device.write(Uint8Array.of(2));
    await Promise.resolve();
    expect(seen).toEqual([1]);
  });
});
