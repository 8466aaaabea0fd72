// A USB HID device (rating pads, some QR scanners) as a byte stream. The device object is injected
// (the shape of node-hid 3's HIDAsync, or of its synchronous HID): each incoming input report is one
// data chunk; each write is sent as output reports that start with the report id. `openNodeHidDevice`
// opens a real device; it imports node-hid lazily, so a machine without hidraw/libusb support still
// runs everything else and just gets `device.unsupported` here.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { ByteTransport, TransportState } from './transport.ts';
import { errorDetails, TransportEvents } from './transport-events.ts';

/** What the transport needs of an open HID device (node-hid's HIDAsync and HID both fit). */
export interface HidDeviceLike {
  write(report: Buffer): number | Promise<number>;
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  /** node-hid reports an unplug as a read error. */
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): void | Promise<void>;
}

export type HidOpener = () => Promise<Result<HidDeviceLike>>;

export interface HidTransportOptions {
  /** Opens the device; called on every open(). */
  readonly openDevice: HidOpener;
  readonly description?: string;
  /** First byte of every output report; 0 for devices without numbered reports (the default). */
  readonly reportId?: number;
  /**
   * Payload bytes per output report. When set, a write is cut into reports of this size, the last
   * one zero-padded (what fixed-size HID output reports need). When unset, a write is one report.
   */
  readonly outputReportSize?: number;
}

export class HidTransport implements ByteTransport {
  readonly description: string;
  readonly #events = new TransportEvents();
  readonly #openDevice: HidOpener;
  readonly #reportId: number;
  readonly #reportSize: number | undefined;
  #device: HidDeviceLike | undefined;
  #session = 0;

  constructor(options: HidTransportOptions) {
    this.#openDevice = options.openDevice;
    this.#reportId = options.reportId ?? 0;
    this.#reportSize = options.outputReportSize;
    this.description = options.description ?? 'hid';
  }

  get state(): TransportState {
    return this.#events.state;
  }

  open(): Promise<Result<void>> {
    return this.#events.open(() => this.#open());
  }

  async #open(): Promise<Result<void>> {
    const session = ++this.#session;
    this.#events.setState('opening');
    let opened: Result<HidDeviceLike>;
    try {
      opened = await this.#openDevice();
    } catch (error) {
      opened = err(kioskError('device.disconnected', `${this.description}: ${errorDetails(error).message}`, errorDetails(error)));
    }
    if (session !== this.#session) {
      if (opened.ok) closeQuietly(opened.value);
      return err(kioskError('device.disconnected', `${this.description}: closed while opening`));
    }
    if (!opened.ok) {
      this.#events.setState('closed');
      return opened;
    }
    const device = opened.value;
    device.on('error', () => this.#lost(session, device));
    device.on('data', (report) => {
      if (session === this.#session) this.#events.emitData(report);
    });
    this.#device = device;
    this.#events.setState('open');
    return ok();
  }

  /** The device went away (node-hid reports an unplug as a read or write error). */
  #lost(session: number, device: HidDeviceLike): void {
    if (session !== this.#session || this.#device !== device) return;
    this.#device = undefined;
    this.#session++;
    closeQuietly(device);
    this.#events.setState('disconnected');
  }

  async close(): Promise<void> {
    const device = this.#device;
    this.#session++;
    this.#device = undefined;
    this.#events.forgetOpening();
    if (this.state === 'closed') return;
    if (device) await closeSafely(device);
    this.#events.setState('closed');
  }

  /** Resolves when node-hid has handed every report to the OS. */
  async write(data: Uint8Array): Promise<Result<void>> {
    const device = this.#device;
    if (this.state !== 'open' || !device) {
      return err(kioskError('device.disconnected', `${this.description}: write while ${this.state}`));
    }
    const session = this.#session;
    for (const report of this.#reports(data)) {
      if (session !== this.#session) return err(kioskError('device.disconnected', `${this.description}: closed during write`));
      try {
        await device.write(report);
      } catch (error) {
        this.#lost(session, device);
        return err(kioskError('device.disconnected', `${this.description}: ${errorDetails(error).message}`, errorDetails(error)));
      }
    }
    return ok();
  }

  /** The output reports for `data`: report id first, then the payload (fixed size when configured). */
  #reports(data: Uint8Array): Buffer[] {
    const size = this.#reportSize;
    if (size === undefined || size <= 0) return [Buffer.concat([Buffer.of(this.#reportId), data])];
    const reports: Buffer[] = [];
    for (let offset = 0; offset < data.length; offset += size) {
      const report = Buffer.alloc(size + 1);
      report[0] = this.#reportId;
      report.set(data.subarray(offset, offset + size), 1);
      reports.push(report);
    }
    return reports;
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.#events.onData(listener);
  }

  onState(listener: (state: TransportState) => void): () => void {
    return this.#events.onState(listener);
  }
}

export type HidSelector = { readonly path: string } | { readonly vendorId: number; readonly productId: number };

/** The part of the node-hid module the opener uses. */
export interface NodeHidModule {
  HIDAsync: {
    open(path: string): Promise<HidDeviceLike>;
    open(vendorId: number, productId: number): Promise<HidDeviceLike>;
  };
}

const loadNodeHid = async (): Promise<NodeHidModule> => {
  const hid: NodeHidModule = await import('node-hid');
  return hid;
};

/** Opens a real HID device by path, or by vendor and product id (the first match). */
export function openNodeHidDevice(selector: HidSelector, load: () => Promise<NodeHidModule> = loadNodeHid): HidOpener {
  const what = describeHid(selector);
  return async () => {
    let hid: NodeHidModule;
    try {
      hid = await load();
    } catch (error) {
      return err(kioskError('device.unsupported', `${what}: node-hid cannot be loaded (${errorDetails(error).message})`, errorDetails(error)));
    }
    try {
      const device = 'path' in selector ? await hid.HIDAsync.open(selector.path) : await hid.HIDAsync.open(selector.vendorId, selector.productId);
      return ok(device);
    } catch (error) {
      return err(kioskError('device.disconnected', `${what}: ${errorDetails(error).message}`, errorDetails(error)));
    }
  };
}

/** A HidTransport over a real device. */
export function createNodeHidTransport(
  selector: HidSelector,
  options: Omit<HidTransportOptions, 'openDevice' | 'description'> = {},
): HidTransport {
  return new HidTransport({ ...options, openDevice: openNodeHidDevice(selector), description: describeHid(selector) });
}

function describeHid(selector: HidSelector): string {
  if ('path' in selector) return `hid ${selector.path}`;
  const hex = (n: number): string => n.toString(16).padStart(4, '0');
  return `hid ${hex(selector.vendorId)}:${hex(selector.productId)}`;
}

function closeQuietly(device: HidDeviceLike): void {
  void closeSafely(device);
}

async function closeSafely(device: HidDeviceLike): Promise<void> {
  try {
    await device.close();
  } catch {
    // Closing a device that is already gone fails; there is nothing left to release.
  }
}
