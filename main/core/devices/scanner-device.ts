// A QR/barcode scanner as the core uses it: serial lines, or a USB keyboard-mode scanner read through
// HID, real or simulated. What it reads goes up as `scanner.scanned`; an ID number only masked.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import { type CodeScanned } from '../../contract/index.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';
import { createScanner } from '../../../devices/scanner/driver.ts';
import { HidKeyboardScannerSimulator } from '../../../devices/scanner/hid-keyboard.simulator.ts';
import { ScannerSimulator } from '../../../devices/scanner/simulator.ts';
import type { Scanner } from '../../../devices/scanner/types.ts';
import type { Logger } from '../system/event-log.ts';
import type { DeviceLink } from './links.ts';
import type { ManagedDevice, SimulatorAction, StatusReport } from './managed-device.ts';
import { isHidConnection, linkState } from './rating-pad-device.ts';

interface CodeSimulator {
  scan(text: string): Promise<Result<void>> | Result<void>;
  noise(): Promise<Result<void>> | Result<void>;
}

/** A code the developer page's simulated scanner offers, with what it is. */
export interface ScanSample {
  readonly code: string;
  readonly label: string;
}

export class ScannerDevice implements ManagedDevice {
  readonly config: DeviceConfig;
  readonly description: string;
  readonly #link: DeviceLink;
  readonly #scanner: Scanner;
  readonly #serialSimulator: ScannerSimulator | null;
  readonly #simulator: CodeSimulator | null;

  readonly #samples: () => readonly ScanSample[];

  constructor(config: DeviceConfig, link: DeviceLink, clock: Clock, report: StatusReport, onScanned: (e: CodeScanned) => void, log: Logger, samples: () => readonly ScanSample[] = () => []) {
    this.config = config;
    this.#link = link;
    const hid = isHidConnection(config.connection);
    this.description = hid ? `${link.description}, keyboard mode` : link.description;
    this.#scanner = createScanner({ transport: link.host, clock, input: hid ? 'hidKeyboard' : 'line' });
    this.#serialSimulator = link.device ? new ScannerSimulator({ transport: link.device }) : null;
    this.#simulator = link.hidPeer ? new HidKeyboardScannerSimulator({ peer: link.hidPeer }) : this.#serialSimulator;
    this.#samples = samples;
    this.#scanner.on('statusChanged', ({ status }) => report(linkState(status), null));
    this.#scanner.on('scanned', ({ code, classification: c }) => {
      const value = c.kind === 'idNumber' ? c.masked : code;
      onScanned({ deviceId: config.id, kind: c.kind, value });
      log.info('code scanned', { device: config.id, kind: c.kind });
    });
    this.#scanner.on('faulted', ({ error }) => log.warn('scanner sent something unusable', { device: config.id, code: error.code }));
  }

  /** Asked each time the developer page lists them: the appointments still to check in today change. */
  get actions(): readonly SimulatorAction[] {
    if (!this.#simulator) return [];
    const scans = this.#samples().map((s) => ({ id: `scan:${s.code}`, label: `Scan appointment ${s.code} (${s.label})` }));
    return [...scans, { id: 'noise', label: 'Send line noise' }];
  }

  async start(): Promise<void> {
    await this.#serialSimulator?.start();
    await this.#scanner.start();
  }

  async stop(): Promise<void> {
    await this.#scanner.stop();
    await this.#serialSimulator?.stop();
    await this.#link.close();
  }

  async selfTest(): Promise<Result<string>> {
    // A scanner has nothing to be asked: it is working when its link is open.
    return this.#scanner.status === 'ready' ? ok('the scanner link is open; scan a code to check the reading') : err(kioskError('device.disconnected', `${this.config.id} is not connected`));
  }

  async simulate(actionId: string): Promise<Result<void>> {
    const sim = this.#simulator;
    if (!sim) return err(kioskError('device.notConfigured', `${this.config.id} is a real scanner: nothing to simulate`));
    if (actionId.startsWith('scan:')) return sim.scan(actionId.slice(5));
    if (actionId === 'noise') return sim.noise();
    return err(kioskError('rpc.invalidInput', `the scanner simulator has no action "${actionId}"`));
  }
}
