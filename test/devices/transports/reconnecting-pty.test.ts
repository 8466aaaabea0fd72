// The reconnecting wrapper over a real serial port whose device is unplugged and plugged back
// (socat killed and restarted on the same link names).
import { afterEach, describe, expect, it } from 'vitest';
import { ReconnectingTransport } from '../../../devices/transports/reconnecting.ts';
import { SerialTransport } from '../../../devices/transports/serial.ts';
import type { TransportState } from '../../../devices/transports/transport.ts';
import { createPtyPair, type PtyPair } from '../../../devices/transports/pty-pair.ts';
import { collect, reachState } from '../../support/transport-waits.ts';

describe('ReconnectingTransport over a pty pair', () => {
  let pair: PtyPair | undefined;
  const toClose: { close(): Promise<void> }[] = [];

  afterEach(async () => {
    for (const t of toClose.splice(0)) await t.close();
    await pair?.close();
  });

  it('recovers after the device is unplugged and plugged back, with listeners still attached', async () => {
    pair = await createPtyPair();
    const path = pair.hostPath;
    const host = new ReconnectingTransport(() => new SerialTransport({ path, baudRate: 115200 }), {
      initialDelayMs: 20,
      maxDelayMs: 200,
    });
    const device = new SerialTransport({ path: pair.devicePath, baudRate: 115200 });
    toClose.push(host, device);
    const states: TransportState[] = [];
    host.onState((s) => states.push(s));
    const atHost = collect(host);
    const atDevice = collect(device);

    expect((await host.open()).ok).toBe(true);
    expect((await device.open()).ok).toBe(true);
    expect((await host.write(Buffer.from('before'))).ok).toBe(true);
    expect((await atDevice.take(6)).toString()).toBe('before');

    await pair.unplug();
    await reachState(host, 'disconnected');
    const refused = await host.write(Uint8Array.of(1));
    expect(!refused.ok && refused.error.code).toBe('device.disconnected');

    await pair.replug();
    await reachState(host, 'open');
    expect(states.slice(0, 3)).toEqual(['opening', 'open', 'disconnected']);
    expect(states.slice(-2)).toEqual(['opening', 'open']);

    // The simulated device reopens its end as a real device would after power-up.
    await reachState(device, 'disconnected');
    expect((await device.open()).ok).toBe(true);
    expect((await device.write(Buffer.from('after'))).ok).toBe(true);
    expect((await atHost.take(5)).toString()).toBe('after');
    expect((await host.write(Buffer.from('!'))).ok).toBe(true);
    expect((await atDevice.take(7)).toString()).toBe('before!');
  });
});
