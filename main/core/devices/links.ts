// Builds the link a device's driver talks through, from its config: a real serial port, a network
// printer, a USB HID device, or, for a simulated device, a link whose other end a simulator holds
// (a socat pty pair, so the real serial driver runs; an in-memory HID device handed to the real HID
// transport; or an in-process memory link). A4 printers have no byte link: they go through CUPS.
import type { Clock } from '../../../domain/clock.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';
import {
  createMemoryLink,
  createPtyPair,
  HidTransport,
  openNodeHidDevice,
  ReconnectingTransport,
  SerialTransport,
  TcpTransport,
  type ByteTransport,
  type NodeHidModule,
} from '../../../devices/transports/index.ts';
import { createHidPair, type HidPeer } from '../../../devices/transports/hid-pair.ts';

export interface DeviceLink {
  /** What the driver uses. For HID devices each data chunk is one input report. */
  readonly host: ByteTransport;
  /** What a serial or memory simulator uses; null for a real device. */
  readonly device: ByteTransport | null;
  /** What a HID simulator drives (simulated over "hid"); null otherwise. */
  readonly hidPeer: HidPeer | null;
  readonly description: string;
  close(): Promise<void>;
}

export interface LinkOptions {
  /** How the device's output reports are framed (report id, payload size); HID links only. */
  readonly hidReports?: { readonly reportId: number; readonly outputReportSize?: number };
  /** Loads node-hid; tests inject a module whose devices are in memory. */
  readonly loadNodeHid?: () => Promise<NodeHidModule>;
}

const noClose = async (): Promise<void> => {};
const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

export async function openLink(config: DeviceConfig, clock: Clock, options: LinkOptions = {}): Promise<DeviceLink> {
  const c = config.connection;
  const reports = options.hidReports ?? { reportId: 0 };
  switch (c.type) {
    case 'simulated': {
      if (c.over === 'memory') {
        const link = createMemoryLink(`simulated ${config.kind}`);
        return { host: link.host, device: link.device, hidPeer: null, description: 'simulated (memory link)', close: noClose };
      }
      if (c.over === 'hid') {
        const pair = createHidPair(`simulated ${config.kind} (hid)`);
        const description = 'simulated (in-memory USB HID device)';
        const host = new ReconnectingTransport(() => new HidTransport({ openDevice: pair.open, description, ...reports }), { clock });
        return { host, device: null, hidPeer: pair.peer, description, close: noClose };
      }
      let pair;
      try {
        pair = await createPtyPair();
      } catch (e) {
        // No socat on this machine: the simulator still works, over an in-process link.
        const link = createMemoryLink(`simulated ${config.kind}`);
        return { host: link.host, device: link.device, hidPeer: null, description: `simulated (memory link: no pty, ${(e as Error).message})`, close: noClose };
      }
      const baudRate = config.kind === 'idcard' ? 115200 : 9600;
      return {
        host: new ReconnectingTransport(() => new SerialTransport({ path: pair.hostPath, baudRate }), { clock }),
        device: new SerialTransport({ path: pair.devicePath, baudRate }),
        hidPeer: null,
        description: `simulated on pty ${pair.hostPath} @${baudRate}`,
        close: () => pair.close(),
      };
    }
    case 'serial':
      return {
        host: new ReconnectingTransport(() => new SerialTransport({ path: c.path, baudRate: c.baudRate }), { clock }),
        device: null,
        hidPeer: null,
        description: `serial ${c.path} @${c.baudRate}`,
        close: noClose,
      };
    case 'tcp':
      return {
        host: new ReconnectingTransport(() => new TcpTransport({ host: c.host, port: c.port, clock }), { clock }),
        device: null,
        hidPeer: null,
        description: `tcp ${c.host}:${c.port}`,
        close: noClose,
      };
    case 'hid': {
      const selector = c.path === undefined ? { vendorId: c.vendorId, productId: c.productId } : { path: c.path };
      const description = `hid ${hex4(c.vendorId)}:${hex4(c.productId)}${c.path === undefined ? '' : ` at ${c.path}`}`;
      const openDevice = openNodeHidDevice(selector, options.loadNodeHid);
      const host = new ReconnectingTransport(() => new HidTransport({ openDevice, description, ...reports }), { clock });
      return { host, device: null, hidPeer: null, description, close: noClose };
    }
    case 'cups':
      throw new Error(`device ${config.id}: a CUPS queue is not a byte link (only an A4 printer, kind "documentPrinter", prints through CUPS)`);
    default:
      return c satisfies never;
  }
}
