// The terminal core: every service behind the contract, in plain Node, with nothing of Electron, the
// browser or the reference platform. A host (main/hosts/boot.ts) builds it with a config, a clock, a
// database and a platform session, then serves `handlers` and forwards `onEvent` over its RPC
// transport. This file only composes: each domain's services and its handler module live in the
// domain's folder (catalogue/, queue/, identity/, submissions/, devices/, system/, link/); a new
// domain is a new folder and one line in `handlers` below.
import type { Clock } from '../../domain/clock.ts';
import { businessDateOf } from '../../domain/hall-time.ts';
import type { Config } from '../../config/schema/index.ts';
import type { EventName, EventPayload, Handlers, StatusSnapshot } from '../contract/index.ts';
import { CatalogueRepo } from '../store/catalogue-repo.ts';
import { MetaRepo, NoticesRepo, OfflineCounterRepo, OutboxRepo, QueueSetupRepo, type Db, type SealedBox } from '../store/index.ts';
import { DEFAULT_WORKER_URL, inlineApplier, sizedApplier, WorkerApplier } from './catalogue/catalogue-applier.ts';
import { catalogueHandlers } from './catalogue/catalogue-handlers.ts';
import { CaseDesk } from './cases/case-desk.ts';
import { casesHandlers } from './cases/cases-handlers.ts';
import { PaymentDesk } from './payments/payment-desk.ts';
import { paymentsHandlers } from './payments/payments-handlers.ts';
import { RatingDesk } from './rating/rating-desk.ts';
import { ratingHandlers } from './rating/rating-handlers.ts';
import { WindowRating, type WindowRatingOptions } from './rating/window-rating.ts';
import { windowRatingHandlers } from './rating/window-rating-handlers.ts';
import { IntakeDesk } from './intake/intake-desk.ts';
import { intakeHandlers } from './intake/intake-handlers.ts';
import { formsHandlers } from './forms/forms-handlers.ts';
import { FormsDesk } from './forms/forms-desk.ts';
import { sharedDocumentRenderer } from './devices/document-printer-device.ts';
import { formDownloadTemplate } from '../../domain/mobile-links.ts';
import { CatalogueSync } from './catalogue/catalogue-sync.ts';
import { GuideDesk } from './catalogue/guide-desk.ts';
import { DeviceBoard } from './devices/device-board.ts';
import { DeviceManager } from './devices/device-manager.ts';
import { devicesHandlers } from './devices/devices-handlers.ts';
import type { ScanSample } from './devices/scanner-device.ts';
import { identityHandlers } from './identity/identity-handlers.ts';
import { IdentitySession } from './identity/identity-session.ts';
import { Outbox } from './link/outbox.ts';
import { PlatformLinkMonitor } from './link/platform-link.ts';
import { fetchStream, PlatformEvents, type StreamFetch } from './link/platform-events.ts';
import { HelpDesk } from './help/help-desk.ts';
import { helpHandlers } from './help/help-handlers.ts';
import { CounterDesk } from './counter/counter-desk.ts';
import { counterHandlers } from './counter/counter-handlers.ts';
import { DisplayBoard } from './display/display-board.ts';
import { displayHandlers } from './display/display-handlers.ts';
import type { PlatformSession } from './link/platform-session.ts';
import { queueHandlers } from './queue/queue-handlers.ts';
import { QueueSetupCache } from './queue/queue-setup-cache.ts';
import { TicketDesk } from './queue/ticket-desk.ts';
import { BookingDesk } from './queue/booking-desk.ts';
import { bookingHandlers } from './queue/booking-handlers.ts';
import { Ticketing } from './queue/ticketing.ts';
import { submissionsHandlers } from './submissions/submissions-handlers.ts';
import { ComplaintDesk } from './submissions/complaint-desk.ts';
import { attractMedia, type MediaFile } from './system/attract-media.ts';
import { devHandlers } from './system/dev-handlers.ts';
import { HallNotices } from './system/notices.ts';
import { noticesHandlers } from './system/notices-handlers.ts';
import type { EventLog } from './system/event-log.ts';
import { liveSettings, systemHandlers } from './system/system-handlers.ts';
import { RemoteConfig } from './system/remote-config.ts';
import { countingUsage, UsageCounter } from './system/usage-counts.ts';
import { TerminalStatus } from './system/terminal-status.ts';
import { VoiceSwitch } from './system/voice-switch.ts';
import { AdminGuard } from './admin/admin-guard.ts';
import { adminHandlers } from './admin/admin-handlers.ts';
import type { HostControl } from './admin/host-control.ts';
import type { NetworkProbes } from './admin/network-check.ts';
import { changeLocalOverride } from '../../config/local-override.ts';
import { profilesDir as shippedProfilesDir } from '../../config/load.ts';
import { listProfiles, profilesFolder } from '../../config/profile-switch.ts';
import { AdminGuardRepo } from '../store/admin-guard-repo.ts';

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
  /** Development: the codes a simulated scanner offers on the developer page (see DeviceManagerOptions). */
  readonly scanSamples?: () => readonly ScanSample[];
  /** How the platform's event stream is fetched (default: the host's fetch). */
  readonly streamFetch?: StreamFetch;
  /** The host's restart, exit and watchdog, for the admin panel and the status; absent: none (tests, scripts). */
  readonly host?: HostControl;
  /** The admin panel's network check probes (default: node's DNS, TCP and fetch). */
  readonly networkProbes?: NetworkProbes;
  /** The profiles installed with the terminal, that the admin panel offers (config/profile-switch.ts) when
   *  config admin.profilesDir is absent; default config/profiles (a bundled host passes its own). */
  readonly profilesDir?: string;
  /** The admin PIN comparison (default scrypt): tests may give a cheaper one. */
  readonly pinMatches?: ConstructorParameters<typeof AdminGuard>[0]['matches'];
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
  /** The hall's remote settings: current(), status(), onChange() for those applying them live. */
  readonly remoteConfig: RemoteConfig;
  /** Daily usage counts per flow, sent with the heartbeat: flows count here. */
  readonly usage: UsageCounter;
  /** The attract loop's files, checked at start: the only ones the hosts serve under /media/. */
  readonly mediaFiles: ReadonlyMap<string, MediaFile>;
  start(): void;
  stop(): Promise<void>;
}

export function createCore(deps: CoreDeps): TerminalCore {
  const { config, clock, log, db, session, version } = deps;
  const random = deps.random ?? Math.random;
  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const l of [...listeners]) l(event, payload);
  };

  const meta = new MetaRepo(db);
  const installationId = meta.getOrInit('installationId', crypto.randomUUID());
  meta.getOrInit('firstBootAt', new Date(clock.now()).toISOString());

  // Devices: drivers built from config; what they tell goes up as events.
  const devices = new DeviceBoard(clock, config.devices);
  const hardware = new DeviceManager({ devices: config.devices, clock, board: devices, log, hallName: config.terminal.hallName, timeZone: config.queue.timeZone, ...(deps.scanSamples ? { scanSamples: deps.scanSamples } : {}) });
  const identity = new IdentitySession({ today: () => businessDateOf(clock.now(), config.queue.timeZone) });
  identity.onChange((state) => emit('idcard.changed', state));
  hardware.on('cardInserted', (card) => identity.cardInserted(card));
  hardware.on('cardRemoved', () => identity.cardRemoved());
  hardware.on('padPressed', (e) => emit('ratingPad.pressed', e));
  hardware.on('codeScanned', (e) => emit('scanner.scanned', e));
  if (config.dev.page) hardware.on('slipPrinted', (s) => emit('dev.slipPrinted', s));
  if (config.dev.page) hardware.on('documentPrinted', (d) => emit('dev.documentPrinted', d));

  // The link to the platform: its health, and the outbox that delivers every write exactly once.
  const platform = new PlatformLinkMonitor({
    client: session.client,
    embedded: deps.embeddedPlatform,
    intervalMs: config.platform.healthIntervalSeconds * 1000,
    clock,
    log: log.for('platform'),
  });
  // The platform's live events, listened to once for every part that follows them.
  const platformEvents = new PlatformEvents({
    baseUrl: session.client.baseUrl,
    credentials: () => session.credentials(),
    fetch: deps.streamFetch ?? fetchStream,
    clock,
    random,
    log: log.for('platform.events'),
  });
  const outbox = new Outbox({ repo: new OutboxRepo(db, deps.box), client: session.client, clock, log: log.for('outbox'), random });

  // The catalogue: a SQLite copy, searched in memory, synced (big answers applied on a worker thread;
  // a worker cannot share an in-memory database).
  const catalogue = new CatalogueRepo(db, { clock });
  catalogue.warmSearch(); // read the search copy now, not at the first citizen's search
  const workerUrl = deps.catalogueWorker === undefined ? DEFAULT_WORKER_URL : deps.catalogueWorker;
  const inline = inlineApplier(catalogue);
  const applier = workerUrl !== null && !db.memory ? sizedApplier(inline, new WorkerApplier(db.name, workerUrl)) : inline;
  const queueSetup = new QueueSetupCache({ client: session.client, repo: new QueueSetupRepo(db), clock, log: log.for('queue') });
  const notices = new HallNotices({ client: session.client, repo: new NoticesRepo(db), meta, clock, log: log.for('notices') });
  const remoteConfig = new RemoteConfig({ client: session.client, meta, clock, log: log.for('config'), file: config.hallSettings });
  const sync = new CatalogueSync({
    session,
    queueSetup,
    notices,
    hallSettings: remoteConfig,
    repo: catalogue,
    applier,
    meta,
    clock,
    log: log.for('sync'),
    intervalMs: config.platform.syncIntervalSeconds * 1000,
    random,
  });

  // The queue: numbered by the platform or offline, then printed.
  const ticketing = new Ticketing({
    session,
    outbox,
    counters: new OfflineCounterRepo(db),
    setup: queueSetup,
    clock,
    config,
    log: log.for('queue'),
    // A card on the reader makes the ticket a real-name one.
    idNumber: () => identity.realNameId(),
  });
  const desk = new TicketDesk({ ticketing, printer: () => hardware.printer(), config, log: log.for('queue') });
  identity.onVisitEnd(() => desk.forgetVisit());
  const cases = new CaseDesk({ session, idNumber: () => identity.realNameId(), setup: queueSetup, printer: () => hardware.printer(), documentPrinter: () => hardware.documentPrinter(), tickets: desk, config, clock, log: log.for('cases') });
  identity.onVisitEnd(() => cases.forgetVisit());
  identity.onChange((state) => state.holder === null && cases.forgetCard());
  const payments = new PaymentDesk({ session, idNumber: () => identity.realNameId(), caseAccess: (n) => cases.accessTo(n), printer: () => hardware.printer(), events: platformEvents, config, clock, log: log.for('payments'), onChange: (change) => emit('payments.orderChanged', change) });
  identity.onVisitEnd(() => void payments.forgetVisit());
  identity.onChange((state) => state.holder === null && void payments.forgetCard());
  const booking = new BookingDesk({ session, idNumber: () => identity.realNameId(), setup: queueSetup, printer: () => hardware.printer(), config, log: log.for('queue'), now: () => clock.now() });
  identity.onVisitEnd(() => booking.forgetVisit());
  const rating = new RatingDesk({ session, outbox, cases, config, clock, log: log.for('rating') });
  identity.onVisitEnd(() => rating.forgetVisit());
  // 一窗受理 and 综合出件 at a counter: the checklist from the local catalogue, the rest on the platform.
  const intake = new IntakeDesk({ session, applicant: () => identity.applicant(), item: (id) => catalogue.get(id), setup: queueSetup, printer: () => hardware.printer(), config, clock, log: log.for('intake') });

  // 好差评 at the window (counter role): the window's finished tickets asked about on the pad and the
  // citizen side of the screen, filed through the outbox.
  const windowRating = windowRatingFor(config, { outbox, clock, log: log.for('rating.window'), requestOnPad: () => hardware.ratingPad()?.requestRating() ?? null, onChange: (view) => emit('windowRating.changed', view) });
  if (windowRating) {
    platformEvents.on('ticketFinished', (e) => windowRating.ticketFinished(e));
    hardware.on('padPressed', (e) => {
      if (e.kind === 'rating') void windowRating.rate(e.level, 'pad');
      else if (e.key === 'requestRating') void windowRating.askAgain();
    });
  }

  // Application forms: definitions from the catalogue, pre-fill from the card, handed in through the
  // outbox with the A4 application; what a visit handed in is forgotten when it ends.
  const forms = new FormsDesk({
    catalogue,
    card: () => identity.cardFacts(),
    outbox,
    counters: new OfflineCounterRepo(db),
    online: () => platform.link.state !== 'offline',
    renderer: sharedDocumentRenderer(),
    documentPrinter: () => hardware.documentPrinter(),
    printer: () => hardware.printer(),
    downloadUrl: config.forms.downloadUrl ?? formDownloadTemplate(config.platform.publicUrl ?? session.client.baseUrl),
    config,
    clock,
    log: log.for('forms'),
  });
  identity.onVisitEnd(() => forms.forgetVisit());

  // 咨询投诉建议: a reference made here, the outbox, a receipt slip.
  const complaints = new ComplaintDesk({ outbox, counters: new OfflineCounterRepo(db), online: () => platform.link.state !== 'offline', printer: () => hardware.printer(), config, clock, log: log.for('complaints') });

  const guides = new GuideDesk({
    item: (id) => catalogue.get(id),
    documentPrinter: () => hardware.documentPrinter(),
    slipPrinter: () => hardware.printer(),
    config,
    clock,
    log: log.for('catalogue'),
  });

  // Calling a helper (帮办代办): the call on the platform, followed through its events.
  const help = new HelpDesk({ client: session.client, events: platformEvents, config, clock, log: log.for('help'), onChange: (state) => emit('help.changed', state) });
  identity.onVisitEnd(() => help.visitEnded());

  // The window terminal (role counter): staff on duty, the window's queue, the caller keys, help calls.
  const counter =
    config.terminal.role === 'counter' && config.counter.windowId !== undefined
      ? new CounterDesk({
          windowId: config.counter.windowId,
          idlePauseMinutes: config.counter.idlePauseMinutes,
          client: session.client,
          events: platformEvents,
          setup: queueSetup,
          pad: () => hardware.ratingPad(),
          clock,
          log: log.for('counter'),
          onChange: (state) => emit('counter.changed', state),
          onTransferRequested: () => emit('counter.transferRequested', {}),
        })
      : null;
  if (counter) {
    hardware.on('padPressed', (e) => e.kind === 'key' && void counter.padKey(e.key));
    hardware.on('cardInserted', (card) => {
      void counter.cardPresented(card.idNumber).then((r) => {
        if (!r.ok) emit('counter.cardRefused', { code: r.error.code, windowNumber: windowNumberOf(r.error.details) });
      });
    });
  }

  const usage = new UsageCounter(clock, config.queue.timeZone);
  const startedAt = clock.now();
  const status = new TerminalStatus({
    config,
    clock,
    version,
    platform,
    events: platformEvents,
    devices,
    sync,
    outbox,
    catalogueVersion: () => catalogue.version(),
    startedAt,
    recentLog: (limit) => log.recent(limit),
    usage,
    remoteConfig: () => remoteConfig.status(),
    onRemoteConfigChange: (listener) => remoteConfig.onStatusChange(listener),
    host: () => {
      const w = deps.host?.watchdog() ?? null;
      return {
        kind: deps.host?.kind ?? 'none',
        version,
        startedAt: new Date(startedAt).toISOString(),
        uptimeSeconds: Math.max(0, Math.floor((clock.now() - startedAt) / 1000)),
        watchdog: w && { restarts: w.restarts, lastReason: w.lastFailure },
        update: deps.host?.update?.() ?? null,
      };
    },
    onChange: (snapshot) => emit('system.statusChanged', snapshot),
  });
  platform.onChange((link) => {
    if (link.state !== 'online') return;
    sync.platformBack();
    outbox.platformBack();
    platformEvents.reconnectNow();
    void help.refresh();
    void counter?.refresh();
  });
  if (config.dev.page) log.onEntry((entry) => emit('log.entryAdded', entry));
  const voice = new VoiceSwitch(config.ui.voice);
  voice.onChange((settings) => emit('system.voiceChanged', settings));
  // The playlist in force (the hall's remote one over the file's), checked like the file's at start
  // and again whenever the remote settings change; the hosts' map of served files is kept in place.
  const attractConfig = () => {
    const playlist = remoteConfig.current().playlist;
    return config.ui.attract && playlist ? { ...config.ui.attract, items: playlist } : config.ui.attract;
  };
  let attract = attractMedia(attractConfig(), log.for('attract'));
  const mediaFiles = new Map(attract.files);
  const live = liveSettings({ config, attract: () => attract.loop, hallSettings: () => remoteConfig.current() });
  remoteConfig.onChange(() => {
    attract = attractMedia(attractConfig(), log.for('attract'));
    mediaFiles.clear();
    for (const [name, file] of attract.files) mediaFiles.set(name, file);
    // The screens apply the idle timeout, playlist, hours and notices at once (no reload).
    emit('system.settingsChanged', live());
  });
  // The hall's call display (role display): the board from the platform, live from its events.
  const display =
    config.terminal.role === 'display'
      ? new DisplayBoard({
          client: session.client,
          events: platformEvents,
          config,
          clock,
          log: log.for('display'),
          volume: () => (voice.settings.enabled ? voice.settings.volume : 0),
          onChange: (state) => emit('display.changed', state),
          onAnnounce: (a) => emit('display.announce', a),
        })
      : null;
  voice.onChange(() => display && emit('display.changed', display.state()));

  // The profiles the admin panel may switch to (config/profile-switch.ts).
  const profiles = profilesFolder(config, deps.profilesDir ?? shippedProfilesDir);
  const handlers = countingUsage({
    ...systemHandlers({ config, clock, version, status, voice, attract: () => attract.loop, hallSettings: () => remoteConfig.current() }),
    ...catalogueHandlers({ catalogue, guides }),
    ...queueHandlers({ ticketing, desk }),
    ...submissionsHandlers({ outbox, clock, complaints }),
    ...identityHandlers({ identity }),
    ...devicesHandlers({ hardware, log }),
    ...devHandlers({ config, hardware, log, voice, session, hallSettingsPut: () => remoteConfig.refresh() }),
    ...noticesHandlers({ notices, shown: () => remoteConfig.current().notices ?? true }),
    ...casesHandlers({ cases }),
    ...paymentsHandlers({ payments, config }),
    ...helpHandlers({ help, client: session.client, config }),
    ...bookingHandlers({ booking }),
    ...ratingHandlers({ rating }),
    ...intakeHandlers({ intake }),
    ...formsHandlers({ forms }),
    ...counterHandlers({ counter, devPage: config.dev.page, padDisplay: () => hardware.ratingPad()?.simulatedDisplay() ?? null }),
    ...windowRatingHandlers({ windowRating, client: session.client, config }),
    ...displayHandlers({ display }),
    ...adminHandlers({
      guard: new AdminGuard({ settings: config.admin, repo: new AdminGuardRepo(db), clock, log: log.for('admin'), ...(deps.pinMatches ? { matches: deps.pinMatches } : {}) }),
      config,
      clock,
      log,
      status: () => status.snapshot(),
      hardware,
      devices,
      sync,
      remoteConfig,
      platformUrl: session.client.baseUrl,
      host: deps.host ?? null,
      profilesFolder: profiles,
      writeOverride: (change, stamp) => changeLocalOverride(config, change, profiles, stamp),
      listProfiles: () => listProfiles(config, profiles),
      ...(deps.networkProbes ? { probes: deps.networkProbes } : {}),
    }),
  } satisfies Handlers, usage);

  let hardwareStarted: Promise<void> | null = null;
  return {
    handlers,
    devices,
    hardware,
    identity,
    catalogue,
    sync,
    outbox,
    remoteConfig,
    usage,
    mediaFiles,
    status: () => status.snapshot(),
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
      platformEvents.start();
      display?.start();
      sync.start();
      outbox.start();
      status.startHeartbeat();
      void counter?.start();
    },
    async stop() {
      counter?.stop();
      platform.stop();
      await platformEvents.stop();
      display?.stop();
      sync.stop();
      outbox.stop();
      status.stop();
      windowRating?.stop();
      await hardwareStarted;
      await hardware.stop();
      await sync.whenIdle();
      await applier.close();
      await outbox.whenIdle();
    },
  };
}

/** The window a refusal names (staff.onDutyElsewhere's details.windowNumber), if any. */
function windowNumberOf(details: unknown): string | null {
  const n = (details as { windowNumber?: unknown } | undefined)?.windowNumber;
  return typeof n === 'string' ? n : null;
}

/** The window rating of a counter terminal; null for other roles, and (logged) without counter.areaCode. */
function windowRatingFor(config: Config, deps: Pick<WindowRatingOptions, 'outbox' | 'clock' | 'log' | 'requestOnPad' | 'onChange'>): WindowRating | null {
  const { windowId, areaCode, ratingWaitSeconds } = config.counter;
  if (config.terminal.role !== 'counter' || windowId === undefined) return null;
  if (areaCode === undefined) {
    deps.log.error('counter.areaCode is not set: this window does not ask for ratings (they could not be filed)');
    return null;
  }
  return new WindowRating({ ...deps, windowId, areaCode, waitSeconds: ratingWaitSeconds, timeZone: config.queue.timeZone });
}
