// Builds the byte link a device's driver talks through, from its config: a real serial port, a
// network printer, a USB HID device, or, for a simulated device, a link whose other end a simulator
// holds (a socat pty pair, so the real serial driver runs, or an in-process memory link).
import type { Clock } from '../../../domain/clock.ts';
import type { DeviceConfig } from '../../../config/schema.ts';
import { createMemoryLink, createPtyPair, ReconnectingTransport, SerialTransport, TcpTransport, type ByteTransport } from '../../../devices/transports/index.ts';

export interface DeviceLink {
  /** What the driver uses. */
  readonly host: ByteTransport;
  /** What a simulator uses; null for a real device. */
  readonly device: ByteTransport | null;
  readonly description: string;
  close(): Promise<void>;
}

export async function openLink(config: DeviceConfig, clock: Clock): Promise<DeviceLink> {
  const c = config.connection;
  switch (c.type) {
    case 'simulated': {
      if (c.over === 'memory') {
        const link = createMemoryLink(`simulated ${config.kind}`);
        return { host: link.host, device: link.device, description: 'simulated (memory link)', close: async () => {} };
      }
      let pair;
      try {
        pair = await createPtyPair();
      } catch (e) {
        // No socat on this machine: the simulator still works, over an in-process link.
        const link = createMemoryLink(`simulated ${config.kind}`);
        return { host: link.host, device: link.device, description: `simulated (memory link: no pty, ${(e as Error).message})`, close: async () => {} };
      }
      const baudRate = config.kind === 'idcard' ? 115200 : 9600;
      return {
        host: new ReconnectingTransport(() => new SerialTransport({ path: pair.hostPath, baudRate }), { clock }),
        device: new SerialTransport({ path: pair.devicePath, baudRate }),
        description: `simulated on pty ${pair.hostPath} @${baudRate}`,
        close: () => pair.close(),
      };
    }
    case 'serial':
      return {
        host: new ReconnectingTransport(() => new SerialTransport({ path: c.path, baudRate: c.baudRate }), { clock }),
        device: null,
        description: `serial ${c.path} @${c.baudRate}`,
        close: async () => {},
      };
    case 'tcp':
      return {
        host: new ReconnectingTransport(() => new TcpTransport({ host: c.host, port: c.port, clock }), { clock }),
        device: null,
        description: `tcp ${c.host}:${c.port}`,
        close: async () => {},
      };
    case 'hid':
      throw new Error(`device ${config.id}: USB HID devices are opened by their driver (rating pads), not as a byte link`);
    default:
      return c satisfies never;
  }
}
