// SerialTransport against real tty devices: a socat pty pair, one end as the driver's port and the
// other as the device.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SerialTransport } from '../../../devices/transports/serial.ts';
import type { TransportState } from '../../../devices/transports/transport.ts';
import { createPtyPair, type PtyPair } from '../../../devices/transports/pty-pair.ts';
import { collect, pattern, reachState } from '../../support/transport-waits.ts';

describe('SerialTransport over a pty pair', () => {
  let pair: PtyPair;
  let host: SerialTransport;
  let device: SerialTransport;

  beforeEach(async () => {
    pair = await createPtyPair();
    host = new SerialTransport({ path: pair.hostPath, baudRate: 115200 });
    device = new SerialTransport({ path: pair.devicePath, baudRate: 115200 });
    expect((await host.open()).ok).toBe(true);
    expect((await device.open()).ok).toBe(true);
  });

  afterEach(async () => {
    await host.close();
    await device.close();
    await pair.close();
  });

  it('moves bytes both ways at 115200', async () => {
    const atDevice = collect(device);
    const atHost = collect(host);
    const command = Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22);
    expect(await host.write(command)).toEqual({ ok: true, value: undefined });
    expect([...(await atDevice.take(command.length))]).toEqual([...command]);

    const answer = Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x08, 0x00, 0x00, 0x9f);
    expect((await device.write(answer)).ok).toBe(true);
    expect([...(await atHost.take(answer.length))]).toEqual([...answer]);
  });

  it('delivers 64 KiB complete and in order, in both directions', async () => {
    const size = 64 * 1024;
    const atDevice = collect(device);
    const atHost = collect(host);
    const down = pattern(size, 1);
    const up = pattern(size, 2);
    const [w1, w2] = await Promise.all([host.write(down), device.write(up)]);
    expect(w1.ok && w2.ok).toBe(true);
    const [gotDown, gotUp] = await Promise.all([atDevice.take(size), atHost.take(size)]);
    expect(Buffer.compare(gotDown, Buffer.from(down))).toBe(0);
    expect(Buffer.compare(gotUp, Buffer.from(up))).toBe(0);
  });

  it('closes and reopens the same path, keeping its listeners', async () => {
    const atHost = collect(host);
    await host.close();
    expect(host.state).toBe('closed');
    const failed = await host.write(Uint8Array.of(1));
    expect(!failed.ok && failed.error.code).toBe('device.disconnected');

    expect((await host.open()).ok).toBe(true);
    expect((await device.write(Buffer.from('after reopen'))).ok).toBe(true);
    expect((await atHost.take(12)).toString()).toBe('after reopen');
  });

  it('sees the port vanish when the device is unplugged, and cannot open it until replugged', async () => {
    const hostStates: TransportState[] = [];
    host.onState((s) => hostStates.push(s));
    await pair.unplug();
    await Promise.all([reachState(host, 'disconnected'), reachState(device, 'disconnected')]);
    expect(hostStates).toEqual(['disconnected']);

    const missing = await host.open();
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('device.disconnected');
    expect(host.state).toBe('closed');

    await pair.replug();
    expect((await host.open()).ok).toBe(true);
    expect((await device.open()).ok).toBe(true);
    const atDevice = collect(device);
    expect((await host.write(Uint8Array.of(0x1b, 0x40))).ok).toBe(true);
    expect([...(await atDevice.take(2))]).toEqual([0x1b, 0x40]);
  });
});
