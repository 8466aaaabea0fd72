// The hangup-aware read over real ptys. A read that starts after the device hung up is exactly the
// case where bindings-cpp's own read spins forever (serialport/bindings-cpp#162).
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { withHangupDetection } from '../../../devices/transports/serial-hangup.ts';
import { createPtyPair, type PtyPair } from '../../../devices/transports/pty-pair.ts';

interface PortBinding {
  read(buffer: Buffer, offset: number, length: number): Promise<{ bytesRead: number }>;
  write(buffer: Buffer): Promise<void>;
  close(): Promise<void>;
  readonly isOpen: boolean;
}

async function openRaw(path: string): Promise<PortBinding> {
  const binding = withHangupDetection(SerialPort.binding);
  return (await binding.open({ path, baudRate: 115200 } as never)) as PortBinding;
}

describe.runIf(process.platform !== 'win32')('withHangupDetection (unix ports over a pty pair)', () => {
  let pair: PtyPair;
  const opened: PortBinding[] = [];

  afterEach(async () => {
    for (const port of opened.splice(0)) if (port.isOpen) await port.close();
    await pair.close();
  });

  it('reads what is there, and waits for data that comes later', async () => {
    pair = await createPtyPair();
    const host = await openRaw(pair.hostPath);
    const device = await openRaw(pair.devicePath);
    opened.push(host, device);
    const buffer = Buffer.alloc(64);
    const reading = host.read(buffer, 0, 64);
    await device.write(Buffer.from('ok'));
    const { bytesRead } = await reading;
    expect(buffer.subarray(0, bytesRead).toString()).toBe('ok');
  });

  it('fails a read that starts after the hangup instead of spinning', async () => {
    pair = await createPtyPair();
    const host = await openRaw(pair.hostPath);
    opened.push(host);
    await pair.unplug();
    const failure = await host.read(Buffer.alloc(64), 0, 64).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as { canceled?: boolean }).canceled).not.toBe(true);
  });

  it('cancels a waiting read when the port is closed', async () => {
    pair = await createPtyPair();
    const host = await openRaw(pair.hostPath);
    const reading = host.read(Buffer.alloc(64), 0, 64).then(
      () => undefined,
      (error: unknown) => error,
    );
    await host.close();
    expect(await reading).toMatchObject({ canceled: true });
  });
});

describe('withHangupDetection (ports without an fd)', () => {
  it('leaves ports that do not look like unix ports alone', async () => {
    const read = async () => ({ buffer: Buffer.alloc(0), bytesRead: 1 });
    const port = { read };
    const binding = { open: async () => port, list: async () => ['COM3'] };
    const wrapped = withHangupDetection(binding);
    expect(await wrapped.open()).toBe(port);
    expect(port.read).toBe(read);
    expect(await wrapped.list()).toEqual(['COM3']);
  });
});
