// Builds every configured device (real or simulated, per its config), starts and stops them, reports
// their status on the device board, and passes what the devices tell up to the core as events: a
// card read or lifted, a pad pressed, a code scanned, (simulated) a slip cut or a document sent. A
// device that cannot be opened never stops the terminal: it shows as disconnected and the screens
// adapt.
import { err, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import { type CodeScanned, type DevDevice, type KeptDocument, type RatingPadPressed } from '../../contract/index.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';
import { Listeners } from '../../../devices/common/listeners.ts';
import type { CommandRunner } from '../../../devices/document-printer/index.ts';
import type { Identity } from '../../../devices/idcard/index.ts';
import { hidPadReportShape } from '../../../devices/rating-pad/hid-pad.driver.ts';
import type { NodeHidModule } from '../../../devices/transports/index.ts';
import type { DeviceBoard } from './device-board.ts';
import type { EventLog, Logger } from '../system/event-log.ts';
import { DocumentPrinterDevice } from './document-printer-device.ts';
import { IdCardDevice } from './idcard-device.ts';
import { openLink, type LinkOptions } from './links.ts';
import type { ManagedDevice, StatusReport } from './managed-device.ts';
import { PrinterDevice, type PrintedSlipImage } from './printer-device.ts';
import { hidPadModelFor, isHidConnection, RatingPadDevice } from './rating-pad-device.ts';
import { ScannerDevice, type ScanSample } from './scanner-device.ts';

export interface DeviceManagerOptions {
  readonly devices: readonly DeviceConfig[];
  readonly clock: Clock;
  readonly board: DeviceBoard;
  readonly log: EventLog;
  /** Printed in the header of A4 documents. */
  readonly hallName: string;
  /** The hall's time zone, for the print time on A4 documents. */
  readonly timeZone: string;
  /** Development: codes a simulated scanner offers to scan (the embedded platform's appointments today). */
  readonly scanSamples?: () => readonly ScanSample[];
  /** Runs lp, lpstat and pdftoppm; tests pass a fake. */
  readonly run?: CommandRunner;
  /** Loads node-hid; tests inject in-memory devices. */
  readonly loadNodeHid?: () => Promise<NodeHidModule>;
}

/** What the devices tell the core, by event name (past tense, as the contract's events). */
export interface DeviceManagerEvents {
  readonly cardInserted: Identity;
  readonly cardRemoved: { readonly deviceId: string };
  readonly padPressed: RatingPadPressed;
  readonly codeScanned: CodeScanned;
  /** Developer page: what a simulated ticket printer cut, as a PNG. */
  readonly slipPrinted: PrintedSlipImage;
  /** Developer page: what a simulated A4 printer was sent, pages as PNGs. */
  readonly documentPrinted: KeptDocument;
}

export class DeviceManager {
  readonly #o: DeviceManagerOptions;
  readonly #devices = new Map<string, ManagedDevice>();
  readonly #failed = new Map<string, string>();
  readonly #events = new Listeners<DeviceManagerEvents>();

  constructor(options: DeviceManagerOptions) {
    this.#o = options;
  }

  /** Opens and starts every device; one that fails is reported and left out, the rest go on. */
  async start(): Promise<void> {
    for (const config of this.#o.devices) {
      const log = this.#o.log.for(`devices.${config.id}`);
      const report: StatusReport = (state, detail) => this.#o.board.update(config.id, state, detail);
      try {
        const device = await this.#build(config, report, log);
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

  on<E extends keyof DeviceManagerEvents>(event: E, listener: (payload: DeviceManagerEvents[E]) => void): () => void {
    return this.#events.on(event, listener);
  }

  /** The first ticket printer that is ready, else the first one, else null. */
  printer(): PrinterDevice | null {
    const printers = this.#all(PrinterDevice);
    return printers.find((p) => p.status.state === 'ready' || p.status.state === 'paperNearEnd') ?? printers[0] ?? null;
  }

  /** The rating pad (window caller) of this terminal: the first one configured, else null. */
  ratingPad(): RatingPadDevice | null {
    return this.#all(RatingPadDevice)[0] ?? null;
  }

  /** The first A4 printer whose queue was last seen ready, else the first one, else null. */
  documentPrinter(): DocumentPrinterDevice | null {
    const printers = this.#all(DocumentPrinterDevice);
    return printers.find((p) => p.lastStatus.ok && (p.lastStatus.value.condition === 'ready' || p.lastStatus.value.condition === 'printing')) ?? printers[0] ?? null;
  }

  /** The PDFs every simulated A4 printer kept, newest first. */
  async documents(): Promise<KeptDocument[]> {
    const lists = await Promise.all(this.#all(DocumentPrinterDevice).map((p) => p.documents()));
    return lists.flat().sort((a, b) => b.at.localeCompare(a.at) || b.jobNumber - a.jobNumber);
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

  #all<T extends ManagedDevice>(type: abstract new (...args: never[]) => T): T[] {
    return [...this.#devices.values()].filter((d): d is T => d instanceof type);
  }

  async #build(config: DeviceConfig, report: StatusReport, log: Logger): Promise<ManagedDevice> {
    const { clock } = this.#o;
    const emit = this.#events.emit.bind(this.#events);
    const link = (options: LinkOptions = {}) => openLink(config, clock, { ...options, ...(this.#o.loadNodeHid ? { loadNodeHid: this.#o.loadNodeHid } : {}) });
    switch (config.kind) {
      case 'printer': {
        const p = new PrinterDevice(config, await link(), clock, report, log, this.#o.timeZone);
        p.onSlip((s) => emit('slipPrinted', s));
        return p;
      }
      case 'idcard': {
        const reader = new IdCardDevice(config, await link(), clock, report, log);
        reader.on('cardInserted', (identity) => emit('cardInserted', identity));
        reader.on('cardRemoved', () => emit('cardRemoved', { deviceId: config.id }));
        return reader;
      }
      case 'ratingPad': {
        // The HID model decides how output reports are framed: known before the link is built.
        const hidReports = isHidConnection(config.connection) ? hidPadReportShape(hidPadModelFor(config)) : undefined;
        return new RatingPadDevice(config, await link(hidReports ? { hidReports } : {}), clock, report, (e) => emit('padPressed', e), log);
      }
      case 'scanner':
        return new ScannerDevice(config, await link(), clock, report, (e) => emit('codeScanned', e), log, this.#o.scanSamples);
      case 'documentPrinter': {
        const { hallName, timeZone, run } = this.#o;
        const p = new DocumentPrinterDevice(config, clock, report, log, { hallName, timeZone, ...(run ? { run } : {}) });
        p.onDocument((d) => emit('documentPrinted', d));
        return p;
      }
      default:
        return config.kind satisfies never;
    }
  }
}
