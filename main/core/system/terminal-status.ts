// How the terminal is, in one snapshot (platform link, devices, catalogue freshness, outbox depth):
// answered to `system.getStatus`, pushed as `system.statusChanged` whenever it changes, and sent to
// the platform as a heartbeat (through the outbox, coalesced) on the configured interval.
import type { Clock } from '../../../domain/clock.ts';
import type { Config } from '../../../config/schema.ts';
import type { StatusSnapshot } from '../../contract/system.ts';
import type { CatalogueSync } from '../catalogue/catalogue-sync.ts';
import type { DeviceBoard } from '../devices/device-board.ts';
import type { Outbox } from '../link/outbox.ts';
import type { PlatformLinkMonitor } from '../link/platform-link.ts';
import type { PlatformEvents } from '../link/platform-events.ts';

export interface TerminalStatusOptions {
  readonly config: Config;
  readonly clock: Clock;
  readonly version: string;
  readonly platform: PlatformLinkMonitor;
  /** The platform's live event stream, shown as part of the link. */
  readonly events?: Pick<PlatformEvents, 'state' | 'onChange'>;
  readonly devices: DeviceBoard;
  readonly sync: CatalogueSync;
  readonly outbox: Outbox;
  /** The catalogue version now, for the heartbeat. */
  readonly catalogueVersion: () => number | null;
  /** Told each new snapshot (never the same one twice in a row). */
  readonly onChange: (snapshot: StatusSnapshot) => void;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export class TerminalStatus {
  readonly #o: TerminalStatusOptions;
  #last = '';
  #heartbeat: unknown = null;

  constructor(options: TerminalStatusOptions) {
    this.#o = options;
    const push = () => this.#push();
    options.platform.onChange(push);
    options.devices.onChange(push);
    options.sync.onChange(push);
    options.outbox.onChange(push);
    options.events?.onChange(push);
  }

  snapshot(): StatusSnapshot {
    const { platform, devices, sync, outbox, events } = this.#o;
    const s = sync.state();
    const o = outbox.counts();
    return {
      platform: events ? { ...platform.link, events: events.state } : platform.link,
      devices: devices.list(),
      catalogue: { version: s.version, checkedAt: iso(s.checkedAt), lastError: s.lastError },
      outbox: { pending: o.pending, refused: o.refused, oldestPendingAt: iso(o.oldestPendingAt) },
    };
  }

  /** Sends a heartbeat now and then every `platform.heartbeatIntervalSeconds` until stop(). */
  startHeartbeat(): void {
    const { config, clock, outbox, devices } = this.#o;
    outbox.enqueue(
      'heartbeat',
      'terminals.heartbeat',
      {
        version: this.#o.version,
        role: config.terminal.role,
        devices: devices.list(),
        outboxDepth: outbox.counts().pending,
        catalogueVersion: this.#o.catalogueVersion(),
        sentAt: new Date(clock.now()).toISOString(),
      },
      { replacePending: true },
    );
    this.#heartbeat = clock.setTimeout(() => this.startHeartbeat(), config.platform.heartbeatIntervalSeconds * 1000);
  }

  stop(): void {
    if (this.#heartbeat !== null) this.#o.clock.clearTimeout(this.#heartbeat);
    this.#heartbeat = null;
  }

  #push(): void {
    const snapshot = this.snapshot();
    const text = JSON.stringify(snapshot);
    if (text === this.#last) return;
    this.#last = text;
    this.#o.onChange(snapshot);
  }
}
