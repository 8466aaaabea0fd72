// Builds every configured device (real or simulated, per its config), starts and stops them, reports
// their status on the device board, and gives the core what it needs of each: the printer to print
// on, the reader's cards as an identity session, pads' and scanners' input as events. A device that
// cannot be opened never stops the terminal: it shows as disconnected and the screens adapt.
import { err, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import type { DevDevice } from '../../contract/index.ts';
import type { DeviceConfig } from '../../../config/schema.ts';
import type { DeviceBoard } from '../device-board.ts';
import type { EventLog } from '../event-log.ts';
import type { IdentitySession } from '../identity-session.ts';
import { IdCardDevice } from './idcard-device.ts';
import { RatingPadDevice, ScannerDevice, type PadInputEvent, type ScanEvent } from './input-devices.ts';
import { openLink } from './links.ts';
import type { ManagedDevice } from './managed-device.ts';
import { PrinterDevice, type PrintedSlipImage } from './printer-device.ts';

export interface DeviceManagerOptions {
  readonly devices: readonly DeviceConfig[];
  readonly clock: Clock;
  readonly board: DeviceBoard;
  readonly identity: IdentitySession;
  readonly log: EventLog;
}

export class DeviceManager {
  readonly #o: DeviceManagerOptions;
  readonly #devices = new Map<string, ManagedDevice>();
  readonly #failed = new Map<string, string>();
  readonly #slips = new Set<(s: PrintedSlipImage) => void>();
  readonly #pads = new Set<(e: PadInputEvent) => void>();
  readonly #scans = new Set<(e: ScanEvent) => void>();

  constructor(options: DeviceManagerOptions) {
    this.#o = options;
  }

  /** Opens and starts every device; one that fails is reported and left out, the rest go on. */
  async start(): Promise<void> {
    for (const config of this.#o.devices) {
      const log = this.#o.log.for(`devices.${config.id}`);
      const report = (state: Parameters<DeviceBoard['update']>[1], detail: string | null) => this.#o.board.update(config.id, state, detail);
      try {
        const link = await openLink(config, this.#o.clock);
        const device = this.#build(config, link, report, log);
        this.#devices.set(config.id, device);
        await device.start();
        log.info('device started', { connection: device.description });
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        this.#failed.set(config.id, why);
        report('disconnected', 'device.unavailable');
        log.error('device could not be opened; the terminal goes on without it', { why });
      }
    }
  }

  async stop(): Promise<void> {
    for (const d of this.#devices.values()) await d.stop().catch(() => {});
    this.#devices.clear();
  }

  /** The first printer that is ready, else the first printer, else null. */
  printer(): PrinterDevice | null {
    const printers = [...this.#devices.values()].filter((d): d is PrinterDevice => d instanceof PrinterDevice);
    return printers.find((p) => p.status.state === 'ready' || p.status.state === 'paperNearEnd') ?? printers[0] ?? null;
  }

  list(describe: (c: DeviceConfig['connection']) => string): DevDevice[] {
    return this.#o.devices.map((c) => {
      const d = this.#devices.get(c.id);
      return {
        id: c.id,
        kind: c.kind,
        label: c.label,
        connection: d?.description ?? `${describe(c.connection)} (not opened: ${this.#failed.get(c.id) ?? 'starting'})`,
        simulated: c.connection.type === 'simulated',
        simulatorActions: d ? [...d.actions] : [],
      };
    });
  }

  simulate(deviceId: string, actionId: string): Promise<Result<void>> {
    const d = this.#devices.get(deviceId);
    if (!d) return Promise.resolve(err(kioskError('device.notConfigured', `no running device "${deviceId}"`)));
    return d.simulate(actionId);
  }

  async selfTest(deviceId: string): Promise<Result<string>> {
    const d = this.#devices.get(deviceId);
    if (!d) return err(kioskError('device.notConfigured', `no running device "${deviceId}"`));
    return d.selfTest();
  }

  onSlip(l: (s: PrintedSlipImage) => void): () => void {
    this.#slips.add(l);
    return () => this.#slips.delete(l);
  }

  onPadInput(l: (e: PadInputEvent) => void): () => void {
    this.#pads.add(l);
    return () => this.#pads.delete(l);
  }

  onScan(l: (e: ScanEvent) => void): () => void {
    this.#scans.add(l);
    return () => this.#scans.delete(l);
  }

  #build(config: DeviceConfig, link: Awaited<ReturnType<typeof openLink>>, report: (s: Parameters<DeviceBoard['update']>[1], d: string | null) => void, log: ReturnType<EventLog['for']>): ManagedDevice {
    const { clock } = this.#o;
    switch (config.kind) {
      case 'printer': {
        const p = new PrinterDevice(config, link, clock, report, log);
        p.onSlip((s) => this.#slips.forEach((l) => l(s)));
        return p;
      }
      case 'idcard':
        return new IdCardDevice(config, link, clock, report, this.#o.identity, log);
      case 'ratingPad':
        return new RatingPadDevice(config, link, clock, report, (e) => this.#pads.forEach((l) => l(e)), log);
      case 'scanner':
        return new ScannerDevice(config, link, clock, report, (e) => this.#scans.forEach((l) => l(e)), log);
      default:
        return config.kind satisfies never;
    }
  }
}
