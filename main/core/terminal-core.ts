// The terminal core: every service behind the contract, in plain Node, with nothing of Electron or
// the browser. A host boots it (boot.ts) with a config, a clock, a database and a platform session,
// then serves `handlers` and forwards `onEvent` over its RPC transport.
import { err, ok } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import { type EventName, type EventPayload, type Handlers, type StatusSnapshot } from '../contract/index.ts';
import type { Config } from '../../config/schema.ts';
import { CatalogueRepo } from '../store/catalogue-repo.ts';
import { MetaRepo, OfflineCounterRepo, OutboxRepo, QueueSetupRepo, type Db, type SealedBox } from '../store/index.ts';
import { DEFAULT_WORKER_URL, inlineApplier, sizedApplier, WorkerApplier } from './catalogue-applier.ts';
import { CatalogueSync } from './catalogue-sync.ts';
import { DeviceBoard } from './device-board.ts';
import { DeviceManager } from './devices/device-manager.ts';
import { IdentitySession } from './identity-session.ts';
import { printSlip } from './slip-printing.ts';
import type { EventLog } from './event-log.ts';
import { Outbox } from './outbox.ts';
import { PlatformLinkMonitor } from './platform-link.ts';
import { QueueSetupCache } from './queue-setup-cache.ts';
import type { PlatformSession } from './platform-session.ts';
import { Ticketing } from './ticketing.ts';

export interface CoreDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly db: Db;
  readonly log: EventLog;
  readonly session: PlatformSession;
  /** Seals personal data and secrets at rest. */
  readonly box: SealedBox;
  /** True when the platform is the reference platform inside this process. */
  readonly embeddedPlatform: boolean;
  readonly version: string;
  readonly random?: () => number;
  /**
   * The catalogue apply worker's script (catalogue-apply-worker.ts, or a bundled host's built copy);
   * null applies on this thread. Default: the script next to the core, when the store is a file.
   */
  readonly catalogueWorker?: URL | null;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface TerminalCore {
  readonly handlers: Handlers;
  onEvent(listener: CoreEventListener): () => void;
  status(): StatusSnapshot;
  readonly devices: DeviceBoard;
  readonly hardware: DeviceManager;
  readonly identity: IdentitySession;
  readonly catalogue: CatalogueRepo;
  readonly sync: CatalogueSync;
  readonly outbox: Outbox;
  start(): void;
  stop(): Promise<void>;
}

export function createCore(deps: CoreDeps): TerminalCore {
  const { config, clock, log } = deps;
  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const l of [...listeners]) l(event, payload);
  };
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

  const meta = new MetaRepo(deps.db);
  const installationId = meta.getOrInit('installationId', crypto.randomUUID());
  meta.getOrInit('firstBootAt', new Date(clock.now()).toISOString());

  const devices = new DeviceBoard(clock, config.devices);
  const identity = new IdentitySession();
  const hardware = new DeviceManager({ devices: config.devices, clock, board: devices, log, hallName: config.terminal.hallName, timeZone: config.queue.timeZone });
  identity.onChange((state) => emit('idcard.changed', state));
  hardware.on('cardInserted', (card) => identity.cardInserted(card));
  hardware.on('cardRemoved', () => identity.cardRemoved());
  hardware.on('padPressed', (e) => emit('ratingPad.pressed', e));
  hardware.on('codeScanned', (e) => emit('scanner.scanned', e));
  if (config.dev.page) hardware.on('slipPrinted', (s) => emit('dev.slipPrinted', s));
  if (config.dev.page) hardware.on('documentPrinted', (d) => emit('dev.documentPrinted', d));
  const catalogue = new CatalogueRepo(deps.db, { clock });
  // Search ranks from an in-memory copy of the catalogue's search text: read it now, not at the first citizen's search.
  catalogue.warmSearch();
  const random = deps.random ?? Math.random;
  // A worker cannot share an in-memory database.
  const workerUrl = deps.catalogueWorker === undefined ? DEFAULT_WORKER_URL : deps.catalogueWorker;
  const inline = inlineApplier(catalogue);
  const applier = workerUrl !== null && !deps.db.memory ? sizedApplier(inline, new WorkerApplier(deps.db.name, workerUrl)) : inline;
  const queueSetup = new QueueSetupCache({ client: deps.session.client, repo: new QueueSetupRepo(deps.db), clock, log: log.for('queue') });
  const sync = new CatalogueSync({
    session: deps.session,
    queueSetup,
    repo: catalogue,
    applier,
    meta,
    clock,
    log: log.for('sync'),
    intervalMs: config.platform.syncIntervalSeconds * 1000,
    random,
  });
  const outbox = new Outbox({ repo: new OutboxRepo(deps.db, deps.box), client: deps.session.client, clock, log: log.for('outbox'), random });
  const ticketing = new Ticketing({
    session: deps.session,
    outbox,
    counters: new OfflineCounterRepo(deps.db),
    setup: queueSetup,
    clock,
    config,
    log: log.for('queue'),
    // A card on the reader makes the ticket a real-name one.
    idNumber: () => identity.idNumber(),
  });
  const platform = new PlatformLinkMonitor({
    client: deps.session.client,
    embedded: deps.embeddedPlatform,
    intervalMs: config.platform.healthIntervalSeconds * 1000,
    clock,
    log: log.for('platform'),
  });

  const status = (): StatusSnapshot => {
    const s = sync.state();
    const o = outbox.counts();
    return {
      platform: platform.link,
      devices: devices.list(),
      catalogue: { version: s.version, checkedAt: iso(s.checkedAt), lastError: s.lastError },
      outbox: { pending: o.pending, refused: o.refused, oldestPendingAt: iso(o.oldestPendingAt) },
    };
  };
  let last = '';
  const pushStatus = () => {
    const snapshot = status();
    const text = JSON.stringify(snapshot);
    if (text === last) return;
    last = text;
    emit('system.statusChanged', snapshot);
  };
  platform.onChange((link) => {
    if (link.state === 'online') {
      sync.platformBack();
      outbox.platformBack();
    }
    pushStatus();
  });
  devices.onChange(pushStatus);
  sync.onChange(pushStatus);
  outbox.onChange(pushStatus);
  if (config.dev.page) log.onEntry((entry) => emit('log.entryAdded', entry));

  let heartbeat: unknown = null;
  let hardwareStarted: Promise<void> | null = null;
  const beat = () => {
    outbox.enqueue(
      'heartbeat',
      'terminals.heartbeat',
      {
        version: deps.version,
        role: config.terminal.role,
        devices: devices.list(),
        outboxDepth: outbox.counts().pending,
        catalogueVersion: catalogue.version(),
        sentAt: new Date(clock.now()).toISOString(),
      },
      { replacePending: true },
    );
    heartbeat = clock.setTimeout(beat, config.platform.heartbeatIntervalSeconds * 1000);
  };

  const accept = (reference: string) => ({ reference, waiting: outbox.counts().pending });

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
        now: clock.now(),
        timeZone: config.queue.timeZone,
      }),
    'system.getStatus': () => ok(status()),
    'catalogue.search': ({ query, limit, ...filters }) =>
      ok({
        hits: catalogue.search(query, { limit, ...filters }).map((h) => ({
          id: h.id,
          name: h.name,
          level: h.level,
          deptName: h.deptName,
          kioskHandled: h.kioskHandled,
          bookable: h.bookable,
          isOnline: h.isOnline,
          match: h.match,
        })),
      }),
    'catalogue.getItem': ({ id }) => {
      const item = catalogue.get(id);
      if (!item) return err(kioskError('catalogue.notFound', `no item ${id} in the cached catalogue`));
      catalogue.recordUse(id);
      return ok(item);
    },
    'catalogue.listThemes': () => ok(catalogue.listThemes()),
    'queue.listCategories': () => ticketing.categories(),
    'queue.issueTicket': async (input) => {
      const t = await ticketing.issue(input);
      return t.ok ? ok(await printSlip(hardware.printer(), t.value, config, log.for('queue'))) : t;
    },
    'queue.checkIn': async ({ code }) => {
      const t = await ticketing.checkIn(code);
      return t.ok ? ok(await printSlip(hardware.printer(), t.value, config, log.for('queue'))) : t;
    },
    'idcard.current': () => ok(identity.state()),
    'idcard.forget': () => {
      identity.forget();
      return ok(null);
    },
    'evaluation.submit': (evaluation) => ok(accept(outbox.enqueue('evaluation', 'evaluations.create', evaluation))),
    'forms.submit': (form) =>
      ok(accept(outbox.enqueue('submission', 'submissions.create', { ...form, submittedAt: new Date(clock.now()).toISOString() }))),
    'complaints.submit': (complaint) =>
      ok(accept(outbox.enqueue('complaint', 'complaints.create', { ...complaint, submittedAt: new Date(clock.now()).toISOString() }))),
    'catalogue.listDepartments': () => ok(catalogue.listDepartments()),
    'devices.selfTest': async ({ deviceId }) => {
      const r = await hardware.selfTest(deviceId);
      if (!r.ok) return r;
      log.write('info', `devices.${deviceId}`, 'self-test passed', { did: r.value });
      return ok({ deviceId, passed: true as const, did: r.value });
    },
    'dev.listDevices': () => devOnly(() => hardware.list(describeConnection)),
    'dev.simulate': async ({ deviceId, action }) => {
      if (!config.dev.page) return err(kioskError('dev.disabled', 'the developer page is not enabled in this profile'));
      const r = await hardware.simulate(deviceId, action);
      return r.ok ? ok(null) : r;
    },
    'dev.listDocuments': async () => (config.dev.page ? ok(await hardware.documents()) : devOnly(() => [])),
    'dev.getLog': ({ limit }) => devOnly(() => log.recent(limit)),
  } satisfies Handlers;

  return {
    handlers,
    devices,
    hardware,
    identity,
    catalogue,
    sync,
    outbox,
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
      hardwareStarted = hardware.start();
      platform.start();
      sync.start();
      outbox.start();
      beat();
    },
    async stop() {
      platform.stop();
      sync.stop();
      outbox.stop();
      if (heartbeat !== null) clock.clearTimeout(heartbeat);
      await hardwareStarted;
      await hardware.stop();
      await sync.whenIdle();
      await applier.close();
      await outbox.whenIdle();
    },
  };
}

export function describeConnection(c: Config['devices'][number]['connection']): string {
  switch (c.type) {
    case 'simulated':
      return `simulated (${c.over})`;
    case 'serial':
      return `serial ${c.path} @${c.baudRate}`;
    case 'tcp':
      return `tcp ${c.host}:${c.port}`;
    case 'hid':
      return `hid ${c.vendorId.toString(16).padStart(4, '0')}:${c.productId.toString(16).padStart(4, '0')}`;
    case 'cups':
      return `CUPS queue ${c.printer}`;
    default:
      return c satisfies never;
  }
}
