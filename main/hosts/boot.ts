// Brings a terminal up from a config: opens the store and its key, starts the embedded reference
// platform (seeded, and the terminal enrolled with it) when no platform URL is configured, and starts
// the core. Both hosts boot through here.
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { systemClock, type Clock } from '../../domain/clock.ts';
import type { Config } from '../../config/schema/index.ts';
import pkg from '../../package.json' with { type: 'json' };
import type { RunningPlatform } from '../../platform/server.ts';
import type { HttpFetch } from '../platform-client/client.ts';
import { platformTransport } from '../platform-client/platform-transport.ts';
import { readPlatformTls } from '../../config/platform-tls.ts';
import { keyFile, MetaRepo, openDatabase, sealedBox } from '../store/index.ts';
import { businessDateOf, localTimeAt } from '../../domain/hall-time.ts';
import { redact } from '../../domain/log-redaction.ts';
import { openJsonLog, type JsonLog } from '../../lib/log-files.ts';
import { consoleSink, EventLog, pinoSink } from '../core/system/event-log.ts';
import { PlatformSession } from '../core/link/platform-session.ts';
import { createCore, type TerminalCore } from '../core/terminal-core.ts';
import type { HostControl } from '../core/admin/host-control.ts';
import { withPhoneLinks } from './phone-links.ts';

/** The system clock moved by a fixed offset (development: a hall at 10:00 whatever the hour). */
function shiftedClock(offsetMs: number): Clock {
  return { now: () => systemClock.now() + offsetMs, setTimeout: systemClock.setTimeout, clearTimeout: systemClock.clearTimeout };
}

export interface BootOptions {
  readonly clock?: Clock;
  /** Where readable log lines go besides the in-memory ring and the files; default stdout when config log.console (default: in development). */
  readonly logStream?: { write(s: string): unknown } | null;
  readonly fetch?: HttpFetch;
  /** The catalogue apply worker's script, for a host that bundles the core (see CoreDeps.catalogueWorker). */
  readonly catalogueWorker?: URL | null;
  /** The host's restart, exit and watchdog for the admin panel and the status (see HostControl). */
  readonly host?: HostControl;
  /** The profiles installed with the terminal (see CoreDeps.profilesDir). */
  readonly profilesDir?: string;
}

export interface BootedTerminal {
  readonly core: TerminalCore;
  readonly log: EventLog;
  readonly config: Config;
  /** The platform the core talks to, and whether it runs in this process. */
  readonly platformUrl: string;
  readonly embeddedPlatform: RunningPlatform | null;
  /** The folder of the JSON-lines log files (terminal.N.log, platform.N.log for an embedded platform); null: none. */
  readonly logDir: string | null;
  /** Writes out the log files' buffers (the files are complete on disk after this). */
  flushLogs(): void;
  shutdown(): Promise<void>;
}

export const version: string = pkg.version;


/**
 * The embedded platform's appointments still to check in today: what the developer page's scanner
 * offers. The scanner asks synchronously and the platform answers asynchronously, so it gets the list
 * as last read, and each ask reads it again (one read at a time); the first read starts here.
 */
function appointmentsToScan(embedded: RunningPlatform, clock: Clock, timeZone: string): () => { code: string; label: string }[] {
  const queue = embedded.platform.queue;
  let latest: { code: string; label: string }[] = [];
  let reading: Promise<void> | null = null;
  const read = () => {
    reading ??= queue
      .listAppointments({ date: queue.businessDate() })
      .then((list) => {
        const now = localTimeAt(clock.now(), timeZone).time.slice(0, 5);
        latest = list
          .filter((a) => a.ticketId === null)
          // Those that can be checked in now (within their check-in window) first.
          .sort((a, b) => Number(b.checkIn.from <= now && now <= b.checkIn.until) - Number(a.checkIn.from <= now && now <= a.checkIn.until))
          .slice(0, 3)
          .map((a) => ({ code: a.code, label: `${a.categoryId} ${a.slot.from}` }));
      })
      .catch(() => undefined)
      .finally(() => (reading = null));
  };
  read();
  return () => {
    read();
    return latest;
  };
}

export async function bootTerminal(configured: Config, options: BootOptions = {}): Promise<BootedTerminal> {
  let config = configured;
  // The platform's TLS (config platform.tls) holds for every request and the event stream; a CA file
  // that cannot be read stops the start before anything is opened.
  const tls = readPlatformTls(config.platform.tls);
  if (!tls.ok) throw new Error(tls.problem);
  const transport = platformTransport(tls.tls);
  const clock = options.clock ?? (config.dev.clockStart ? shiftedClock(Date.parse(config.dev.clockStart) - systemClock.now()) : systemClock);
  const inMemory = config.store.path === ':memory:';
  const consoleOn = config.log.console ?? config.environment === 'development';
  const stream = options.logStream === undefined ? (consoleOn ? process.stdout : null) : options.logStream;
  const log = new EventLog(clock, stream ? { sink: consoleSink(stream, config.log.level) } : {});
  // JSON lines in rotated files beside the database (none for a throw-away store unless a folder is set).
  const logDir = config.log.dir === null ? null : (config.log.dir ?? (inMemory ? null : join(dirname(config.store.path), 'logs')));
  const files: JsonLog[] = [];
  const openLog = async (name: string) => {
    const opened = await openJsonLog({ dir: logDir!, name, level: config.log.level, maxSizeMb: config.log.maxSizeMb, keepFiles: config.log.keepFiles, redact });
    files.push(opened);
    return opened.logger;
  };
  // Detached before the files close: a line written while the host shuts down (a screen disconnecting)
  // must not write to a closed file (pino throws, and the host would exit 1 instead of its code).
  const detachFiles = logDir ? log.onEntry(pinoSink(await openLog('terminal'))) : () => false;
  const closeLogs = async () => {
    detachFiles();
    for (const f of files.splice(0)) await f.close();
  };
  let db: ReturnType<typeof openDatabase>;
  let box: ReturnType<typeof sealedBox>;
  try {
    db = openDatabase(config.store.path);
  } catch (e) {
    await closeLogs();
    throw e;
  }
  try {
    box = sealedBox(inMemory ? randomBytes(32) : keyFile(config.store.keyPath ?? join(dirname(config.store.path), 'keys', 'terminal.key')));
  } catch (e) {
    db.close();
    await closeLogs();
    throw e;
  }
  let embedded: RunningPlatform | null = null;
  try {
    if (!config.platform.url) {
      // Loaded only here: a terminal with a real platform never pays for the reference one (its
      // modules, fastify) at start; the seed hall (its data built and checked as its modules load) only
      // when the platform's database is new, not at every restart.
      const { startPlatform } = await import('../../platform/server.ts');
      embedded = await startPlatform({
        clock,
        version,
        // platform.database, or a SQLite file beside the terminal's store as always.
        ...(config.platform.database !== undefined
          ? { database: config.platform.database }
          : { dbPath: inMemory ? ':memory:' : config.store.path.replace(/(\.db)?$/, '.platform.db') }),
        // Its sealed fields (complaints, ratings, forms) under a key beside the terminal's (on
        // PostgreSQL with a :memory: store there is none: startPlatform refuses, saying so).
        ...(inMemory ? {} : { keyPath: join(dirname(config.store.path), 'keys', 'platform.key') }),
        timeZone: config.queue.timeZone,
        seed: async (p) => (await import('../../platform/seeding.ts')).seedReferencePlatform(p, businessDateOf(clock.now(), config.queue.timeZone)),
        ...(logDir ? { logger: await openLog('platform') } : {}),
      });
      log.write('info', 'platform', 'no platform URL configured: the reference platform runs inside this terminal', { url: embedded.url });
    }
    const platformUrl = config.platform.url ?? embedded!.url;
    // The QR on slips and guides leads to the platform's phone pages unless the hall set its own.
    config = withPhoneLinks(config, platformUrl);
    const session = new PlatformSession({
      baseUrl: platformUrl,
      terminalId: config.terminal.id,
      role: config.terminal.role,
      version,
      fetch: options.fetch ?? transport.fetch,
      clock,
      timeoutMs: config.platform.requestTimeoutMs,
      meta: new MetaRepo(db),
      box,
      log: log.for('platform'),
    });
    // The embedded platform enrols its own terminal; a real one needs the code hall staff issued.
    const code = embedded ? await embedded.platform.auth.issueEnrolmentCode(config.terminal.id, config.terminal.role) : config.platform.enrolmentCode;
    const enrolled = await session.enrol(code);
    if (!enrolled.ok) log.write('warn', 'platform', enrolled.error.message, { code: enrolled.error.code });

    const core = createCore({
      config,
      clock,
      db,
      log,
      session,
      box,
      embeddedPlatform: embedded !== null,
      version,
      streamFetch: transport.stream,
      ...(options.catalogueWorker === undefined ? {} : { catalogueWorker: options.catalogueWorker }),
      ...(options.host ? { host: options.host } : {}),
      ...(options.profilesDir ? { profilesDir: options.profilesDir } : {}),
      ...(embedded && config.dev.page ? { scanSamples: appointmentsToScan(embedded, clock, config.queue.timeZone) } : {}),
    });
    core.start();
    return {
      core,
      log,
      config,
      platformUrl,
      embeddedPlatform: embedded,
      logDir,
      flushLogs: () => files.forEach((f) => f.flush()),
      async shutdown() {
        await core.stop();
        await embedded?.close();
        db.close();
        await closeLogs();
      },
    };
  } catch (e) {
    await embedded?.close();
    db.close();
    await closeLogs();
    throw e;
  }
}
