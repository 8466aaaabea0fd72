import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import {
  createNodeHidTransport,
  HidTransport,
  openNodeHidDevice,
  type HidDeviceLike,
  type HidTransportOptions,
} from '../../../devices/transports/hid.ts';
import type { TransportState } from '../../../devices/transports/transport.ts';

/** A HID device as node-hid's HIDAsync presents it: reports in, reports out, errors on unplug. */
class FakeHidDevice extends EventEmitter implements HidDeviceLike {
  readonly written: Buffer[] = [];
  closed = false;
  failWrites = false;

  async write(report: Buffer): Promise<number> {
    if (this.failWrites) throw new Error('could not write to HID device');
    this.written.push(Buffer.from(report));
    return report.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.removeAllListeners();
  }

  /** The device sends one input report. */
  report(bytes: number[]): void {
    this.emit('data', Buffer.from(bytes));
  }

  unplug(): void {
    this.emit('error', new Error('could not read from HID device'));
  }
}

function setup(options: Partial<HidTransportOptions> = {}) {
  const devices: FakeHidDevice[] = [];
  let plugged = true;
  const transport = new HidTransport({
    description: 'hid rating pad',
    openDevice: async () => {
      if (!plugged) return err(kioskError('device.disconnected', 'no such device'));
      const device = new FakeHidDevice();
      devices.push(device);
      return ok(device);
    },
    ...options,
  });
  const states: TransportState[] = [];
  transport.onState((s) => states.push(s));
  const received: number[][] = [];
  transport.onData((chunk) => received.push([...chunk]));
  const device = (): FakeHidDevice => {
    const d = devices.at(-1);
    if (!d) throw new Error('no device opened');
    return d;
  };
  return { transport, devices, states, received, device, setPlugged: (p: boolean) => (plugged = p) };
}

describe('HidTransport (injected device)', () => {
  it('opens, delivers each input report as one chunk, and closes the device', async () => {
    const { transport, states, received, device } = setup();
    expect(await transport.open()).toEqual({ ok: true, value: undefined });
    device().report([0x11, 0x01]);
    device().report([0x0c]);
    expect(received).toEqual([[0x11, 0x01], [0x0c]]);
    await transport.close();
    expect(device().closed).toBe(true);
    expect(states).toEqual(['opening', 'open', 'closed']);
  });

  it('sends a write as one report led by report id 0 by default', async () => {
    const { transport, device } = setup();
    await transport.open();
    expect((await transport.write(Uint8Array.of(1, 2, 3))).ok).toBe(true);
    expect(device().written.map((b) => [...b])).toEqual([[0, 1, 2, 3]]);
  });

  it('cuts writes into fixed-size zero-padded reports with the configured id', async () => {
    const { transport, device } = setup({ reportId: 2, outputReportSize: 4 });
    await transport.open();
    expect((await transport.write(Uint8Array.of(1, 2, 3, 4, 5, 6))).ok).toBe(true);
    expect(device().written.map((b) => [...b])).toEqual([
      [2, 1, 2, 3, 4],
      [2, 5, 6, 0, 0],
    ]);
  });

  it('goes disconnected on a device error, closes the handle, and refuses writes', async () => {
    const { transport, states, device } = setup();
    await transport.open();
    const first = device();
    first.unplug();
    expect(transport.state).toBe('disconnected');
    expect(states).toEqual(['opening', 'open', 'disconnected']);
    await Promise.resolve();
    expect(first.closed).toBe(true);
    const result = await transport.write(Uint8Array.of(1));
    expect(!result.ok && result.error.code).toBe('device.disconnected');
  });

  it('treats a failing write as an unplug', async () => {
    const { transport, device } = setup();
    await transport.open();
    device().failWrites = true;
    const result = await transport.write(Uint8Array.of(1));
    expect(!result.ok && result.error.code).toBe('device.disconnected');
    expect(transport.state).toBe('disconnected');
  });

  it('reports a missing device from open and stays closed; reopens later with the same listeners', async () => {
    const { transport, received, device, setPlugged } = setup();
    setPlugged(false);
    const missing = await transport.open();
    expect(!missing.ok && missing.error.code).toBe('device.disconnected');
    expect(transport.state).toBe('closed');
    setPlugged(true);
    expect((await transport.open()).ok).toBe(true);
    device().report([0x0f]);
    expect(received).toEqual([[0x0f]]);
  });

  it('ignores reports from a device handle it has let go', async () => {
    const { transport, received, devices } = setup();
    await transport.open();
    const old = devices[0];
    await transport.close();
    await transport.open();
    old?.emit('data', Buffer.of(9));
    expect(received).toEqual([]);
  });

  it('turns an opener that throws into device.disconnected', async () => {
    const transport = new HidTransport({ openDevice: () => Promise.reject(new Error('boom')) });
    const result = await transport.open();
    expect(!result.ok && result.error.code).toBe('device.disconnected');
  });
});

describe('openNodeHidDevice', () => {
  it('returns device.unsupported when node-hid cannot be loaded', async () => {
    const open = openNodeHidDevice({ vendorId: 0x1234, productId: 0x5678 }, () => Promise.reject(new Error('libusb-1.0.so.0: cannot open')));
    const result = await open();
    expect(!result.ok && result.error.code).toBe('device.unsupported');
    if (!result.ok) expect(result.error.message).toContain('hid 1234:5678');
  });

  it('returns device.disconnected for a device that is not there (real node-hid)', async () => {
    const transport = createNodeHidTransport({ vendorId: 0xfffe, productId: 0xfffd });
    expect(transport.description).toBe('hid fffe:fffd');
    const result = await transport.open();
    expect(result.ok).toBe(false);
    // Where node-hid's native part cannot load at all, the code says so instead.
    if (!result.ok) expect(['device.disconnected', 'device.unsupported']).toContain(result.error.code);
    expect(transport.state).toBe('closed');

    const byPath = await createNodeHidTransport({ path: '/dev/hidraw-none' }).open();
    expect(byPath.ok).toBe(false);
  });
});
