// The devices that only tell the core something: rating pads and window callers (serial FF 68
// frames), and serial QR/barcode scanners. Their input becomes contract events; an ID number read by
// a scanner is only ever passed on masked.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import { type DeviceState } from '../../../domain/terminal.ts';
import type { DeviceConfig } from '../../../config/schema.ts';
import { createSerialPad } from '../../../devices/rating-pad/serial-pad.ts';
import { SerialPadSimulator } from '../../../devices/rating-pad/serial-pad.simulator.ts';
import { ratingLevels, type RatingLevel } from '../../../devices/rating-pad/rating-level.ts';
import { windowKeys, type PadStatus, type RatingPad, type WindowKey } from '../../../devices/rating-pad/types.ts';
import { createScanner } from '../../../devices/scanner/scanner.ts';
import { createScannerSimulator, type ScannerSimulator } from '../../../devices/scanner/scanner.simulator.ts';
import type { Scanner, ScannerStatus } from '../../../devices/scanner/types.ts';
import type { Logger } from '../event-log.ts';
import type { DeviceLink } from './links.ts';
import type { ManagedDevice, SimulatorAction, StatusReport } from './managed-device.ts';

export type PadInputEvent = { readonly deviceId: string; readonly kind: 'rating'; readonly level: RatingLevel } | { readonly deviceId: string; readonly kind: 'key'; readonly key: WindowKey };
export interface ScanEvent {
  readonly deviceId: string;
  readonly kind: 'url' | 'caseNumber' | 'idNumber' | 'appointment' | 'other';
  /** The code as read; for an ID number, the masked form only. */
  readonly value: string;
}

const simpleState = (s: PadStatus | ScannerStatus): DeviceState => (s === 'ready' ? 'ready' : 'disconnected');

export class RatingPadDevice implements ManagedDevice {
  readonly config: DeviceConfig;
  readonly description: string;
  readonly actions: readonly SimulatorAction[];
  readonly #link: DeviceLink;
  readonly #pad: RatingPad;
  readonly #simulator: SerialPadSimulator | null;

  constructor(config: DeviceConfig, link: DeviceLink, clock: Clock, report: StatusReport, onInput: (e: PadInputEvent) => void, log: Logger) {
    this.config = config;
    this.description = link.description;
    this.#link = link;
    this.#pad = createSerialPad({ transport: link.host, clock });
    this.#simulator = link.device ? new SerialPadSimulator({ transport: link.device }) : null;
    this.actions = this.#simulator
      ? [...ratingLevels.map((l) => ({ id: `rate:${l}`, label: `Rate: ${l}` })), ...windowKeys.map((k) => ({ id: `key:${k}`, label: `Key: ${k}` }))]
      : [];
    this.#pad.on('status', ({ status }) => report(simpleState(status), null));
    this.#pad.on('rating', ({ level }) => onInput({ deviceId: config.id, kind: 'rating', level }));
    this.#pad.on('key', ({ key }) => onInput({ deviceId: config.id, kind: 'key', key }));
    this.#pad.on('fault', ({ error }) => log.warn('rating pad sent something unusable', { device: config.id, code: error.code }));
  }

  async start(): Promise<void> {
    await this.#simulator?.start();
    await this.#pad.start();
  }

  async stop(): Promise<void> {
    await this.#pad.stop();
    await this.#link.close();
  }

  async selfTest(): Promise<Result<string>> {
    const r = await this.#pad.beep();
    return r.ok ? ok('the pad beeped') : r;
  }

  async simulate(actionId: string): Promise<Result<void>> {
    const sim = this.#simulator;
    if (!sim) return err(kioskError('device.notConfigured', `${this.config.id} is a real pad: nothing to simulate`));
    const [verb, arg] = actionId.split(':');
    if (verb === 'rate' && (ratingLevels as readonly string[]).includes(arg ?? '')) return sim.rate(arg as RatingLevel);
    if (verb === 'key' && (windowKeys as readonly string[]).includes(arg ?? '')) return sim.press(arg as WindowKey);
    return err(kioskError('rpc.invalidInput', `the rating-pad simulator has no action "${actionId}"`));
  }
}

export class ScannerDevice implements ManagedDevice {
  readonly config: DeviceConfig;
  readonly description: string;
  readonly actions: readonly SimulatorAction[];
  readonly #link: DeviceLink;
  readonly #scanner: Scanner;
  readonly #simulator: ScannerSimulator | null;

  constructor(config: DeviceConfig, link: DeviceLink, clock: Clock, report: StatusReport, onScan: (e: ScanEvent) => void, log: Logger) {
    this.config = config;
    this.description = link.description;
    this.#link = link;
    this.#scanner = createScanner({ transport: link.host, clock });
    this.#simulator = link.device ? createScannerSimulator({ transport: link.device }) : null;
    this.actions = this.#simulator
      ? [
          { id: 'scan:YY20261124', label: 'Scan an appointment code' },
          { id: 'noise', label: 'Send line noise' },
        ]
      : [];
    this.#scanner.on('status', ({ status }) => report(simpleState(status), null));
    this.#scanner.on('scanned', ({ code, classification: c }) => {
      const value = c.kind === 'idNumber' ? c.masked : code;
      onScan({ deviceId: config.id, kind: c.kind, value });
      log.info('code scanned', { device: config.id, kind: c.kind });
    });
    this.#scanner.on('fault', ({ error }) => log.warn('scanner sent something unusable', { device: config.id, code: error.code }));
  }

  async start(): Promise<void> {
    await this.#simulator?.start();
    await this.#scanner.start();
  }

  async stop(): Promise<void> {
    await this.#scanner.stop();
    await this.#simulator?.stop();
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
