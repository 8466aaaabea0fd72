// How the terminal is, in one snapshot (platform link, devices, catalogue freshness, outbox depth):
// answered to `system.getStatus`, pushed as `system.statusChanged` whenever it changes, and sent to
// the platform as a heartbeat (through the outbox, coalesced) on the configured interval.
import type { Clock } from '../../../domain/clock.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { HostStatus, StatusSnapshot } from '../../contract/system.ts';
import type { CatalogueSync } from '../catalogue/catalogue-sync.ts';
import type { DeviceBoard } from '../devices/device-board.ts';
import type { Outbox } from '../link/outbox.ts';
import type { PlatformLinkMonitor } from '../link/platform-link.ts';
import type { PlatformEvents } from '../link/platform-events.ts';
import type { Heartbeat, PaperLevel, RemoteConfigStatus } from '../../../domain/health.ts';
import type { DeviceStatus } from '../../../domain/terminal.ts';
import type { LogEntry } from '../../contract/index.ts';
import type { UsageCounter } from './usage-counts.ts';

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
  /** When the core started (clock ms), for the heartbeat's uptime. */
  readonly startedAt?: number;
  /** The event log's recent entries: the heartbeat carries the codes and times of the last errors. */
  readonly recentLog?: (limit: number) => LogEntry[];
  readonly usage?: UsageCounter;
  readonly remoteConfig?: () => RemoteConfigStatus;
  /** Subscribes to changes of the remote config's state, so the status is pushed when it changes. */
  readonly onRemoteConfigChange?: (listener: () => void) => unknown;
  /** The host process and its watchdog, for the snapshot's host part. */
  readonly host?: () => HostStatus;
  /** Told each new snapshot (never the same one twice in a row). */
  readonly onChange: (snapshot: StatusSnapshot) => void;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const LAST_ERRORS = 10;

/** The ticket printer's paper as its status says (a dotted detail code such as printer.paperNearEnd). */
export function paperLevel(devices: readonly DeviceStatus[]): PaperLevel {
  const printer = devices.find((d) => d.kind === 'printer');
  if (!printer || printer.state === 'disconnected' || printer.state === 'connecting') return 'unknown';
  if (printer.detail === 'printer.paperOut') return 'out';
  if (printer.detail === 'printer.paperNearEnd') return 'low';
  return 'ok';
}

/** The last errors as codes and times only: the entry's data.code when it has one, else its source. */
function lastErrors(entries: readonly LogEntry[]): NonNullable<Heartbeat['lastErrors']> {
  return entries
    .filter((e) => e.level === 'error')
    .slice(-LAST_ERRORS)
    .map((e) => ({ code: typeof e.data?.['code'] === 'string' ? e.data['code'].slice(0, 80) : `${e.source}.error`.slice(0, 80), source: e.source.slice(0, 40), at: e.at }));
}

/** The watchdog's count for the heartbeat, its reason cut to the schema's length. */
function watchdogForHeartbeat(w: HostStatus['watchdog']): Heartbeat['watchdog'] {
  return w && { restarts: w.restarts, lastReason: w.lastReason?.slice(0, 200) ?? null };
}

/** The host's facts the heartbeat carries: the watchdog's count and the self-updater's state. */
function hostForHeartbeat(h: HostStatus): Pick<Heartbeat, 'watchdog' | 'update'> {
  return { watchdog: watchdogForHeartbeat(h.watchdog), update: h.update && { ...h.update, error: h.update.error?.slice(0, 200) ?? null } };
}

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
    options.onRemoteConfigChange?.(push);
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
      ...(this.#o.remoteConfig ? { remoteConfig: this.#o.remoteConfig() } : {}),
      ...(this.#o.host ? { host: this.#o.host() } : {}),
    };
  }

  /** What the platform is told: no personal data (codes, counts, states). */
  heartbeat(): Heartbeat {
    const { config, clock, outbox, devices, sync } = this.#o;
    const now = clock.now();
    const list = devices.list();
    return {
      version: this.#o.version,
      role: config.terminal.role,
      devices: list,
      outboxDepth: outbox.counts().pending,
      catalogueVersion: this.#o.catalogueVersion(),
      sentAt: new Date(now).toISOString(),
      uptimeSeconds: Math.max(0, Math.floor((now - (this.#o.startedAt ?? now)) / 1000)),
      paper: paperLevel(list),
      catalogueSyncedAt: iso(sync.state().checkedAt),
      lastErrors: lastErrors(this.#o.recentLog?.(200) ?? []),
      ...(this.#o.usage ? { usage: this.#o.usage.today() } : {}),
      ...(this.#o.remoteConfig ? { remoteConfig: this.#o.remoteConfig() } : {}),
      ...(this.#o.host ? hostForHeartbeat(this.#o.host()) : {}),
    };
  }

  /** Sends a heartbeat now and then every `platform.heartbeatIntervalSeconds` until stop(). */
  startHeartbeat(): void {
    const { config, clock, outbox } = this.#o;
    outbox.enqueue('heartbeat', 'terminals.heartbeat', this.heartbeat(), { replacePending: true });
    this.#heartbeat = clock.setTimeout(() => this.startHeartbeat(), config.platform.heartbeatIntervalSeconds * 1000);
  }

  stop(): void {
    if (this.#heartbeat !== null) this.#o.clock.clearTimeout(this.#heartbeat);
    this.#heartbeat = null;
  }

  #push(): void {
    const snapshot = this.snapshot();
    // The host's uptime moves every second: not a change worth a push by itself.
    const text = JSON.stringify({ ...snapshot, host: snapshot.host && { ...snapshot.host, uptimeSeconds: 0 } });
    if (text === this.#last) return;
    this.#last = text;
    this.#o.onChange(snapshot);
  }
}
