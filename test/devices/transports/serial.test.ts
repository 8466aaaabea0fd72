import { SerialPortMock } from 'serialport';
import { beforeEach, describe, expect, it } from 'vitest';
import { SerialTransport, type SerialPortSettings, type SerialTransportOptions } from '../../../devices/transports/serial.ts';
import type { TransportState } from '../../../devices/transports/transport.ts';

const path = '/dev/ttyMOCK0';

function setup(options: Partial<SerialTransportOptions> = {}) {
  const created: SerialPortMock[] = [];
  const transport = new SerialTransport({
    path,
    baudRate: 115200,
    createPort: (settings: SerialPortSettings) => {
      const port = new SerialPortMock(settings);
      created.push(port);
      return port;
    },
    ...options,
  });
  const states: TransportState[] = [];
  transport.onState((s) => states.push(s));
  const received: number[] = [];
  transport.onData((chunk) => received.push(...chunk));
  /** The binding of the port opened last: the device's side of the mock. */
  const binding = () => {
    const port = created.at(-1)?.port;
    if (!port) throw new Error('no open mock port');
    return port;
  };
  return { transport, created, states, received, binding };
}

function waitForState(transport: SerialTransport, wanted: TransportState): Promise<void> {
  return new Promise((resolve) => {
    if (transport.state === wanted) return resolve();
    const off = transport.onState((s) => {
      if (s === wanted) {
        off();
        resolve();
      }
    });
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setImmediate(r));
  expect(condition()).toBe(true);
}

describe('SerialTransport (serialport mock binding)', () => {
  beforeEach(() => {
    SerialPortMock.binding.reset();
    SerialPortMock.binding.createPort(path, { record: true });
  });

  it('opens with 8N1 by default and reports opening then open', async () => {
    const { transport, states, binding } = setup();
    expect(transport.state).toBe('closed');
    expect(transport.description).toBe(`serial ${path} @115200`);
    expect(await transport.open()).toEqual({ ok: true, value: undefined });
    expect(states).toEqual(['opening', 'open']);
    expect(binding().openOptions).toMatchObject({ path, baudRate: 115200, dataBits: 8, parity: 'none', stopBits: 1 });
  });

  it('passes the configured framing to the port', async () => {
    const { transport, binding } = setup({ baudRate: 9600, dataBits: 7, parity: 'even', stopBits: 2 });
    expect((await transport.open()).ok).toBe(true);
    expect(binding().openOptions).toMatchObject({ baudRate: 9600, dataBits: 7, parity: 'even', stopBits: 2 });
  });

  it('gives concurrent open() calls one port', async () => {
    const { transport, created } = setup();
    const [a, b] = await Promise.all([transport.open(), transport.open()]);
    expect(a.ok && b.ok).toBe(true);
    expect(created).toHaveLength(1);
    expect((await transport.open()).ok).toBe(true);
    expect(created).toHaveLength(1);
  });

  it('delivers what the device sends', async () => {
    const { transport, received, binding } = setup();
    await transport.open();
    binding().emitData(Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69]));
    await until(() => received.length === 5);
    expect(received).toEqual([0xaa, 0xaa, 0xaa, 0x96, 0x69]);
  });

  it('resolves a write once the bytes reached the port, and copies them', async () => {
    const { transport, binding } = setup();
    await transport.open();
    const data = Uint8Array.of(0x1b, 0x40, 0x0a);
    const written = transport.write(data);
    data[0] = 0;
    expect(await written).toEqual({ ok: true, value: undefined });
    expect([...binding().recording]).toEqual([0x1b, 0x40, 0x0a]);
  });

  it('refuses to write while not open', async () => {
    const { transport } = setup();
    const result = await transport.write(Uint8Array.of(1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('device.disconnected');
  });

  it('fails to open a port that is not there, and stays closed', async () => {
    const { transport, states } = setup({ path: '/dev/ttyUSB9' });
    const result = await transport.open();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('device.disconnected');
      expect(result.error.message).toContain('/dev/ttyUSB9');
    }
    expect(states).toEqual(['opening', 'closed']);
  });

  it('reports an invalid configuration and a missing native binding with their own codes', async () => {
    const invalid = setup({ baudRate: Number.NaN, createPort: () => new SerialPortMock({ path: '', baudRate: 1 }) });
    const bad = await invalid.transport.open();
    expect(!bad.ok && bad.error.code).toBe('device.notConfigured');
    expect(invalid.transport.state).toBe('closed');

    const missing = setup({ createPort: () => Promise.reject(new Error('Cannot find module bindings')) });
    const result = await missing.transport.open();
    expect(!result.ok && result.error.code).toBe('device.unsupported');
  });

  it('goes disconnected when a read fails (the device vanished) and fails later writes', async () => {
    const { transport, binding, states } = setup();
    await transport.open();
    // The pending read of the mock binding fails as an unplugged USB adapter's would.
    const pending = binding() as unknown as { pendingRead: ((error?: Error) => void) | null };
    await until(() => pending.pendingRead !== null);
    pending.pendingRead?.(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
    await waitForState(transport, 'disconnected');
    expect(states).toEqual(['opening', 'open', 'disconnected']);
    const result = await transport.write(Uint8Array.of(1));
    expect(!result.ok && result.error.code).toBe('device.disconnected');
  });

  it('resolves a failing write with device.disconnected and goes disconnected', async () => {
    const { transport, binding } = setup();
    await transport.open();
    binding().write = () => Promise.reject(Object.assign(new Error('ENXIO: no such device'), { code: 'ENXIO' }));
    const result = await transport.write(Uint8Array.of(1, 2, 3));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('device.disconnected');
    await waitForState(transport, 'disconnected');
  });

  it('closes, releases the port, and reopens with the same listeners', async () => {
    const { transport, created, received, states, binding } = setup();
    await transport.open();
    await transport.close();
    expect(transport.state).toBe('closed');
    expect(created[0]?.isOpen).toBe(false);
    await transport.close();
    expect(states).toEqual(['opening', 'open', 'closed']);

    expect((await transport.open()).ok).toBe(true);
    expect(created).toHaveLength(2);
    binding().emitData(Buffer.from('again'));
    await until(() => received.length === 5);
    expect(Buffer.from(received).toString()).toBe('again');
  });

  it('close() during open wins: the open fails and the port is released', async () => {
    const { transport, created } = setup();
    const opening = transport.open();
    await transport.close();
    const result = await opening;
    expect(result.ok).toBe(false);
    expect(transport.state).toBe('closed');
    await until(() => created[0]?.isOpen === false && created[0]?.opening === false);
    // The mock binding refuses a second open of a locked port: this open proves the release.
    expect((await transport.open()).ok).toBe(true);
  });

  it('settles a pending write when closed', async () => {
    const { transport, binding } = setup();
    await transport.open();
    binding().write = () => new Promise<void>(() => undefined);
    const written = transport.write(Uint8Array.of(1));
    await transport.close();
    const result = await written;
    expect(!result.ok && result.error.code).toBe('device.disconnected');
  });
});

describe('SerialTransport writes', () => {
  beforeEach(() => {
    SerialPortMock.binding.reset();
    SerialPortMock.binding.createPort(path, { record: true });
  });

  it('resolves each of several concurrent writes only after its own bytes reached the port', async () => {
    const { transport, binding } = setup();
    await transport.open();
    // A port whose writes take a while (as a real one at 9600 baud does).
    const written: number[] = [];
    binding().write = async (buffer: Buffer) => {
      await new Promise((resolve) => setImmediate(resolve));
      written.push(...buffer);
    };
    const seenAtResolve: number[][] = [];
    const writes = [Uint8Array.of(1, 1), Uint8Array.of(2, 2), Uint8Array.of(3, 3)].map((data) =>
      transport.write(data).then((result) => {
        seenAtResolve.push([...written]);
        return result.ok;
      }),
    );
    expect(await Promise.all(writes)).toEqual([true, true, true]);
    expect(seenAtResolve[0]?.slice(0, 2)).toEqual([1, 1]);
    expect(seenAtResolve[1]?.slice(0, 4)).toEqual([1, 1, 2, 2]);
    expect(seenAtResolve[2]).toEqual([1, 1, 2, 2, 3, 3]);
  });
});
