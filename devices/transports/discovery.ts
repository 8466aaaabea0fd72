// Lists the serial ports this machine has, to help an installer pick the right one. Discovery is a
// convenience, never a dependency: on Linux serialport runs `udevadm`, which is missing or broken on
// many kiosk images and containers, so a failure comes back as `device.discoveryFailed` with the
// reason, and a terminal whose ports are configured opens them without ever listing.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { systemClock, type Clock } from '../../domain/clock.ts';
import { errorDetails } from './transport-events.ts';

export interface DiscoveredPort {
  /** What to put in the config: "/dev/ttyUSB0", "COM3". */
  readonly path: string;
  readonly manufacturer?: string;
  readonly serialNumber?: string;
  /** USB ids as hex strings ("1a86"), when the OS tells. */
  readonly vendorId?: string;
  readonly productId?: string;
  readonly pnpId?: string;
  readonly locationId?: string;
}

export interface DiscoveryOptions {
  /** Default: serialport's SerialPort.list (loaded lazily). */
  readonly list?: () => Promise<readonly unknown[]>;
  readonly clock?: Clock;
  /** Default 5000 ms: a hung lister must not hang the settings screen. */
  readonly timeoutMs?: number;
}

const nativeList = async (): Promise<readonly unknown[]> => {
  const { SerialPort } = await import('serialport');
  return SerialPort.list();
};

export async function listSerialPorts(options: DiscoveryOptions = {}): Promise<Result<DiscoveredPort[]>> {
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 5000;
  const list = options.list ?? nativeList;
  let timer: unknown;
  const timeout = new Promise<Result<DiscoveredPort[]>>((resolve) => {
    timer = clock.setTimeout(
      () => resolve(err(kioskError('device.discoveryFailed', `listing serial ports took longer than ${timeoutMs} ms`))),
      timeoutMs,
    );
  });
  const listing = (async (): Promise<Result<DiscoveredPort[]>> => {
    try {
      const found = await list();
      if (!Array.isArray(found)) return err(kioskError('device.discoveryFailed', 'the port lister returned something that is not a list'));
      return ok(found.flatMap(toPort));
    } catch (error) {
      const details = errorDetails(error);
      return err(kioskError('device.discoveryFailed', `listing serial ports failed: ${details.message}`, details));
    }
  })();
  try {
    return await Promise.race([listing, timeout]);
  } finally {
    clock.clearTimeout(timer);
  }
}

/** Keeps entries with a usable path and the string fields that are there (validated: OS data). */
function toPort(entry: unknown): DiscoveredPort[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const record = entry as Record<string, unknown>;
  const path = record['path'];
  if (typeof path !== 'string' || path === '') return [];
  const text = (key: string): string | undefined => {
    const value = record[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return [
    {
      path,
      manufacturer: text('manufacturer'),
      serialNumber: text('serialNumber'),
      vendorId: text('vendorId'),
      productId: text('productId'),
      pnpId: text('pnpId'),
      locationId: text('locationId'),
    },
  ];
}
