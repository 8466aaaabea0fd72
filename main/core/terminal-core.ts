// The terminal core: every service behind the contract, in plain Node, with nothing of Electron or
// the browser. A host gives it a config, a clock, a database and a way to reach the platform, then
// serves `handlers` and forwards `onEvent` over its RPC transport.
import {
  err,
  kioskError,
  ok,
  type Clock,
  type EventName,
  type EventPayload,
  type Handlers,
  type StatusSnapshot,
} from '../contract/index.ts';
import type { Config } from '../../config/schema.ts';
import { MetaRepo, type Db } from '../store/index.ts';
import { DeviceBoard } from './device-board.ts';
import type { EventLog } from './event-log.ts';
import { PlatformLinkMonitor, type FetchLike } from './platform-link.ts';

export interface CoreDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly db: Db;
  readonly log: EventLog;
  readonly fetch: FetchLike;
  /** The platform's base URL: the configured one, or the embedded reference platform's. */
  readonly platformUrl: string;
  readonly embeddedPlatform: boolean;
  readonly version: string;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface TerminalCore {
  readonly handlers: Handlers;
  onEvent(listener: CoreEventListener): () => void;
  status(): StatusSnapshot;
  readonly devices: DeviceBoard;
  start(): void;
  stop(): void;
}

export function createCore(deps: CoreDeps): TerminalCore {
  const { config, clock, log } = deps;
  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const l of [...listeners]) l(event, payload);
  };

  const meta = new MetaRepo(deps.db);
  const installationId = meta.getOrInit('installationId', crypto.randomUUID());
  meta.getOrInit('firstBootAt', new Date(clock.now()).toISOString());

  const devices = new DeviceBoard(clock, config.devices);
  const platform = new PlatformLinkMonitor({
    baseUrl: deps.platformUrl,
    embedded: deps.embeddedPlatform,
    intervalMs: config.platform.healthIntervalSeconds * 1000,
    timeoutMs: config.platform.requestTimeoutMs,
    clock,
    fetch: deps.fetch,
    log: log.for('platform'),
  });

  const status = (): StatusSnapshot => ({ platform: platform.link, devices: devices.list() });
  const pushStatus = () => emit('system.statusChanged', status());
  platform.onChange(pushStatus);
  devices.onChange(pushStatus);
  if (config.dev.page) log.onEntry((entry) => emit('log.entryAdded', entry));

  const devOnly = <T>(f: () => T) =>
    config.dev.page ? ok(f()) : err(kioskError('dev.disabled', 'the developer page is not enabled in this profile'));

  const handlers = {
    'system.getInfo': () =>
      ok({
        terminalId: config.terminal.id,
        role: config.terminal.role,
        hallName: config.terminal.hallName,
        hallArea: config.terminal.hallArea,
        locale: config.terminal.locale,
        idleTimeoutSeconds: config.ui.idleTimeoutSeconds,
        screenWidthMm: config.ui.screenWidthMm ?? null,
        accessibility: { largeText: config.ui.largeText, highContrast: config.ui.highContrast },
        devPage: config.dev.page,
        version: deps.version,
      }),
    'system.getStatus': () => ok(status()),
    'dev.listDevices': () =>
      devOnly(() =>
        config.devices.map((d) => ({
          id: d.id,
          kind: d.kind,
          label: d.label,
          connection: describeConnection(d.connection),
          simulated: d.connection.type === 'simulated',
          simulatorActions: [],
        })),
      ),
    'dev.getLog': ({ limit }) => devOnly(() => log.recent(limit)),
  } satisfies Handlers;

  return {
    handlers,
    devices,
    status,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      log.write('info', 'core', 'terminal core started', {
        terminal: config.terminal.id,
        role: config.terminal.role,
        profile: config.profile,
        installation: installationId.slice(0, 8),
      });
      platform.start();
    },
    stop() {
      platform.stop();
    },
  };
}

export function describeConnection(c: Config['devices'][number]['connection']): string {
  switch (c.type) {
    case 'simulated':
      return 'simulated';
    case 'serial':
      return `serial ${c.path} @${c.baudRate}`;
    case 'tcp':
      return `tcp ${c.host}:${c.port}`;
    case 'hid':
      return `hid ${c.vendorId.toString(16).padStart(4, '0')}:${c.productId.toString(16).padStart(4, '0')}`;
    default:
      return c satisfies never;
  }
}
