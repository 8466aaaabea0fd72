// A rating pad or window caller as the core uses it: serial (FF 68 frames) or USB HID, real or
// simulated; what is pressed on it goes up as `ratingPad.pressed`, its link state as device status.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import { type DeviceState } from '../../../domain/terminal.ts';
import { type RatingPadPressed } from '../../contract/index.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';
import { createHidPad } from '../../../devices/rating-pad/hid-pad.driver.ts';
import { findHidPadModel, findHidPadModelById, hidPadModels, vendorReportHidPadModel, type HidPadModel } from '../../../devices/rating-pad/hid-pad.models.ts';
import { HidPadSimulator } from '../../../devices/rating-pad/hid-pad.simulator.ts';
import { ratingLevels, type RatingLevel } from '../../../devices/rating-pad/rating-level.ts';
import { createSerialPad } from '../../../devices/rating-pad/serial-pad.driver.ts';
import { SerialPadSimulator } from '../../../devices/rating-pad/serial-pad.simulator.ts';
import { windowKeys, type PadStatus, type RatingPad, type WindowKey } from '../../../devices/rating-pad/types.ts';
import type { ScannerStatus } from '../../../devices/scanner/types.ts';
import type { Logger } from '../system/event-log.ts';
import type { DeviceLink } from './links.ts';
import type { ManagedDevice, SimulatorAction, StatusReport } from './managed-device.ts';

export const linkState = (s: PadStatus | ScannerStatus): DeviceState => (s === 'ready' ? 'ready' : 'disconnected');

/** Whether the device is reached as USB HID (a real one, or simulated over an in-memory HID device). */
export function isHidConnection(c: DeviceConfig['connection']): boolean {
  return c.type === 'hid' || (c.type === 'simulated' && c.over === 'hid');
}

/** The HID pad model of a config: by `model`, else by the connection's vendor/product ids; throws naming what is wrong. */
export function hidPadModelFor(config: DeviceConfig): HidPadModel {
  const known = hidPadModels.map((m) => `"${m.id}"`).join(', ');
  if (config.model !== undefined) {
    const m = findHidPadModelById(config.model);
    if (!m) throw new Error(`rating pad ${config.id}: no HID pad model "${config.model}" (known: ${known})`);
    return m;
  }
  const c = config.connection;
  if (c.type !== 'hid') return vendorReportHidPadModel;
  const m = findHidPadModel(c.vendorId, c.productId);
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  if (!m) throw new Error(`rating pad ${config.id}: no HID pad model for ${hex4(c.vendorId)}:${hex4(c.productId)}; set "model" to one of ${known}`);
  return m;
}

interface PadSimulator {
  rate(level: RatingLevel): Promise<Result<void>> | Result<void>;
  press(key: WindowKey): Promise<Result<void>> | Result<void>;
}

export class RatingPadDevice implements ManagedDevice {
  readonly config: DeviceConfig;
  readonly description: string;
  readonly actions: readonly SimulatorAction[];
  readonly #link: DeviceLink;
  readonly #pad: RatingPad;
  readonly #serialSimulator: SerialPadSimulator | null = null;
  readonly #simulator: PadSimulator | null;

  constructor(config: DeviceConfig, link: DeviceLink, clock: Clock, report: StatusReport, onPressed: (e: RatingPadPressed) => void, log: Logger) {
    this.config = config;
    this.#link = link;
    if (isHidConnection(config.connection)) {
      const model = hidPadModelFor(config);
      this.description = `${link.description}, ${model.id}`;
      this.#pad = createHidPad({ transport: link.host, model, clock });
      this.#simulator = link.hidPeer ? new HidPadSimulator({ peer: link.hidPeer, model }) : null;
    } else {
      this.description = link.description;
      this.#pad = createSerialPad({ transport: link.host, clock });
      this.#serialSimulator = link.device ? new SerialPadSimulator({ transport: link.device }) : null;
      this.#simulator = this.#serialSimulator;
    }
    this.actions = this.#simulator
      ? [...ratingLevels.map((l) => ({ id: `rate:${l}`, label: `Rate: ${l}` })), ...windowKeys.map((k) => ({ id: `key:${k}`, label: `Key: ${k}` }))]
      : [];
    this.#pad.on('statusChanged', ({ status }) => report(linkState(status), null));
    this.#pad.on('rated', ({ level }) => onPressed({ deviceId: config.id, kind: 'rating', level }));
    this.#pad.on('pressed', ({ key }) => onPressed({ deviceId: config.id, kind: 'key', key }));
    this.#pad.on('faulted', ({ error }) => log.warn('rating pad sent something unusable', { device: config.id, code: error.code }));
  }

  async start(): Promise<void> {
    await this.#serialSimulator?.start();
    await this.#pad.start();
  }

  async stop(): Promise<void> {
    await this.#pad.stop();
    await this.#link.close();
  }

  /** The window caller's display: the called number (device.unsupported for a pad without one). */
  showNumber(text: string): Promise<Result<void>> {
    return this.#pad.showNumber(text);
  }

  beep(): Promise<Result<void>> {
    return this.#pad.beep();
  }

  /** A simulated serial pad: what the host told its display, latest last, and how often it beeped (null: not simulated over serial). */
  simulatedDisplay(): { readonly shown: readonly string[]; readonly beeps: number } | null {
    const sim = this.#serialSimulator;
    return sim ? { shown: [...sim.shown], beeps: sim.beeps } : null;
  }

  async selfTest(): Promise<Result<string>> {
    const r = await this.#pad.beep();
    return r.ok ? ok('the pad beeped') : r;
  }

  /** Asks the citizen for a rating: the pad lights its keys and plays its prompt (好差评 at the window). */
  requestRating(): Promise<Result<void>> {
    return this.#pad.requestRating();
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
