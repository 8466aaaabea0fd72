import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TcpTransport } from '../../../devices/transports/tcp.ts';
import type { TransportState } from '../../../devices/transports/transport.ts';
import { ManualClock } from '../../support/manual-clock.ts';

interface Printer {
  server: Server;
  port: number;
  /** Every byte the "printer" received, per connection. */
  received: Buffer[];
  sockets: Socket[];
  nextSocket(): Promise<Socket>;
}

async function startPrinter(): Promise<Printer> {
  const received: Buffer[] = [];
  const sockets: Socket[] = [];
  const waiting: ((s: Socket) => void)[] = [];
  const server = createServer((socket) => {
    const index = sockets.push(socket) - 1;
    received[index] = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      received[index] = Buffer.concat([received[index] ?? Buffer.alloc(0), chunk]);
    });
    socket.on('error', () => undefined);
    waiting.shift()?.(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    received,
    sockets,
    nextSocket: () =>
      new Promise((resolve) => {
        const already = sockets[sockets.length - 1];
        if (already && waiting.length === 0 && !already.destroyed) resolve(already);
        else waiting.push(resolve);
      }),
  };
}

function waitForState(transport: TcpTransport, wanted: TransportState): Promise<void> {
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
  for (let i = 0; i < 5000 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(condition()).toBe(true);
}

describe('TcpTransport (local server on 127.0.0.1)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function printerAndTransport() {
    const printer = await startPrinter();
    const transport = new TcpTransport({ host: '127.0.0.1', port: printer.port });
    cleanups.push(async () => {
      await transport.close();
      for (const s of printer.sockets) s.destroy();
      await new Promise<void>((resolve) => printer.server.close(() => resolve()));
    });
    return { printer, transport };
  }

  it('defaults to port 9100 and describes itself', () => {
    expect(new TcpTransport({ host: '10.0.0.5' }).description).toBe('tcp 10.0.0.5:9100');
  });

  it('connects and moves bytes both ways', async () => {
    const { printer, transport } = await printerAndTransport();
    const states: TransportState[] = [];
    transport.onState((s) => states.push(s));
    const received: number[] = [];
    transport.onData((chunk) => received.push(...chunk));

    expect(await transport.open()).toEqual({ ok: true, value: undefined });
    expect(states).toEqual(['opening', 'open']);
    const socket = await printer.nextSocket();

    expect((await transport.write(Uint8Array.of(0x10, 0x04, 0x01))).ok).toBe(true);
    await until(() => (printer.received[0]?.length ?? 0) === 3);
    expect([...(printer.received[0] ?? [])]).toEqual([0x10, 0x04, 0x01]);

    socket.write(Buffer.of(0x16));
    await until(() => received.length === 1);
    expect(received).toEqual([0x16]);
  });

  it('delivers a 64 KiB write complete and in order', async () => {
    const { printer, transport } = await printerAndTransport();
    await transport.open();
    const data = Uint8Array.from({ length: 64 * 1024 }, (_, i) => (i * 7 + (i >> 8)) & 0xff);
    expect((await transport.write(data)).ok).toBe(true);
    await until(() => (printer.received[0]?.length ?? 0) >= data.length);
    expect(Buffer.compare(printer.received[0] ?? Buffer.alloc(0), Buffer.from(data))).toBe(0);
  });

  it('goes disconnected when the printer drops the connection', async () => {
    const { printer, transport } = await printerAndTransport();
    await transport.open();
    const socket = await printer.nextSocket();
    socket.destroy();
    await waitForState(transport, 'disconnected');
    const result = await transport.write(Uint8Array.of(1));
    expect(!result.ok && result.error.code).toBe('device.disconnected');
  });

  it('closes with a FIN the printer sees, and reopens on a new connection', async () => {
    const { printer, transport } = await printerAndTransport();
    await transport.open();
    const socket = await printer.nextSocket();
    const ended = new Promise<void>((resolve) => socket.once('end', () => resolve()));
    await transport.write(Buffer.from('last line\n'));
    await transport.close();
    expect(transport.state).toBe('closed');
    await ended;
    expect(printer.received[0]?.toString()).toBe('last line\n');

    expect((await transport.open()).ok).toBe(true);
    await until(() => printer.sockets.length === 2);
  });

  it('fails with device.disconnected when the connection is refused', async () => {
    const { printer } = await printerAndTransport();
    await new Promise<void>((resolve) => printer.server.close(() => resolve()));
    const transport = new TcpTransport({ host: '127.0.0.1', port: printer.port });
    const result = await transport.open();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('device.disconnected');
      expect(result.error.details).toMatchObject({ code: 'ECONNREFUSED' });
    }
    expect(transport.state).toBe('closed');
  });

  it('gives up a connect that never answers after connectTimeoutMs on the clock', async () => {
    const clock = new ManualClock();
    // A socket that is never connected: what a printer switched off behind a switch looks like.
    const silent = new Socket();
    const transport = new TcpTransport({ host: '10.0.0.5', clock, connectTimeoutMs: 3000, connect: () => silent });
    const opening = transport.open();
    await clock.advanceAsync(2999);
    expect(transport.state).toBe('opening');
    await clock.advanceAsync(1);
    const result = await opening;
    expect(!result.ok && result.error.code).toBe('device.timeout');
    expect(transport.state).toBe('closed');
    expect(silent.destroyed).toBe(true);
  });

  it('close() during a connect ends it at once', async () => {
    const clock = new ManualClock();
    const silent = new Socket();
    const transport = new TcpTransport({ host: '10.0.0.5', clock, connect: () => silent });
    const opening = transport.open();
    await transport.close();
    expect(transport.state).toBe('closed');
    const result = await opening;
    expect(!result.ok && result.error.code).toBe('device.disconnected');
    expect(silent.destroyed).toBe(true);
    expect(clock.pending).toBe(0);
    expect(transport.state).toBe('closed');
  });

  it('reports an invalid port as a configuration error', async () => {
    const transport = new TcpTransport({ host: '127.0.0.1', port: 70000 });
    const result = await transport.open();
    expect(!result.ok && result.error.code).toBe('device.notConfigured');
  });
});
