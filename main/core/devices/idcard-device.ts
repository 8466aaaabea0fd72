// The ID-card reader as the core uses it: the driver's card events go up unchanged (`cardInserted`,
// `cardRemoved`; the core's identity session listens), reader status becomes device status.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import { type DeviceState } from '../../../domain/terminal.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';
import { Listeners } from '../../../devices/common/listeners.ts';
import { IdCardReader, IdCardReaderSimulator, type Identity, type ReaderStatus } from '../../../devices/idcard/index.ts';
import { testIdentities } from '../../../devices/idcard/test-identities.ts';
import type { Logger } from '../system/event-log.ts';
import type { DeviceLink } from './links.ts';
import type { ManagedDevice, SimulatorAction, StatusReport } from './managed-device.ts';

const ACTIONS: readonly SimulatorAction[] = [
  ...Object.entries(testIdentities).map(([key, id]) => ({ id: `insert:${key}`, label: `Insert card: ${id.name || key} (${id.cardType})` })),
  { id: 'remove', label: 'Remove card' },
  { id: 'corrupt-frame', label: 'Corrupt next frame' },
  { id: 'fail-sam', label: 'SAM fails' },
  { id: 'restore-sam', label: 'SAM restored' },
];

function statusOf(s: ReaderStatus): [DeviceState, string | null] {
  switch (s.state) {
    case 'ready':
      return ['ready', null];
    case 'starting':
      return ['connecting', null];
    case 'stopped':
    case 'disconnected':
      return ['disconnected', null];
    case 'error':
      return ['error', s.error.code];
    default:
      return s satisfies never;
  }
}

export interface IdCardDeviceEvents {
  /** A card was put on the reader and read. */
  readonly cardInserted: Identity;
  /** The card was lifted, or the reader can no longer vouch for it (disconnected). */
  readonly cardRemoved: Record<string, never>;
}

export class IdCardDevice implements ManagedDevice {
  readonly config: DeviceConfig;
  readonly description: string;
  readonly actions: readonly SimulatorAction[];
  readonly #link: DeviceLink;
  readonly #reader: IdCardReader;
  readonly #simulator: IdCardReaderSimulator | null;
  readonly #log: Logger;
  readonly #events = new Listeners<IdCardDeviceEvents>();

  constructor(config: DeviceConfig, link: DeviceLink, clock: Clock, report: StatusReport, log: Logger) {
    this.config = config;
    this.description = link.description;
    this.#link = link;
    this.#log = log;
    // The link reconnects by itself (a ReconnectingTransport) for serial readers; memory links never drop.
    this.#reader = new IdCardReader({ transport: link.host, clock, reconnectIntervalMs: null, onBug: (e) => log.error('ID-card driver bug', { error: String(e) }) });
    this.#simulator = link.device ? new IdCardReaderSimulator({ transport: link.device }) : null;
    this.actions = this.#simulator ? ACTIONS : [];
    this.#reader.on('statusChanged', (s) => {
      const [state, detail] = statusOf(s);
      report(state, detail);
    });
    this.#reader.on('cardInserted', (identity) => {
      log.info('ID card read', { cardType: identity.cardType });
      this.#events.emit('cardInserted', identity);
    });
    this.#reader.on('cardRemoved', () => this.#events.emit('cardRemoved', {}));
    this.#reader.on('readFailed', (e) => log.warn('ID card could not be read', { code: e.code }));
  }

  on<E extends keyof IdCardDeviceEvents>(event: E, listener: (payload: IdCardDeviceEvents[E]) => void): () => void {
    return this.#events.on(event, listener);
  }

  async start(): Promise<void> {
    const sim = await this.#simulator?.start();
    if (sim && !sim.ok) this.#log.error('ID-card simulator did not start', { error: sim.error.message });
    const r = await this.#reader.start();
    if (!r.ok) this.#log.warn('ID-card reader not ready', { code: r.error.code });
  }

  async stop(): Promise<void> {
    await this.#reader.stop();
    await this.#simulator?.stop();
    await this.#link.close();
  }

  async selfTest(): Promise<Result<string>> {
    const r = await this.#reader.samId();
    return r.ok ? ok(`SAM answered, id ${r.value.text}`) : r;
  }

  async simulate(actionId: string): Promise<Result<void>> {
    const sim = this.#simulator;
    if (!sim) return err(kioskError('device.notConfigured', `${this.config.id} is a real reader: nothing to simulate`));
    if (actionId.startsWith('insert:')) {
      const identity = testIdentities[actionId.slice('insert:'.length) as keyof typeof testIdentities];
      if (!identity) return err(kioskError('rpc.invalidInput', `no test identity "${actionId.slice(7)}"`));
      return sim.insertCard(identity);
    }
    switch (actionId) {
      case 'remove':
        sim.removeCard();
        return ok();
      case 'corrupt-frame':
        sim.corruptNextFrame();
        return ok();
      case 'fail-sam':
        sim.failSam();
        return ok();
      case 'restore-sam':
        sim.restoreSam();
        return ok();
      default:
        return err(kioskError('rpc.invalidInput', `the ID-card simulator has no action "${actionId}"`));
    }
  }
}
