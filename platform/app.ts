// The reference platform as an application: its database, services and the route table served over
// Fastify. `server.ts` starts it on a port; tests build it in-process.
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Clock } from '../domain/clock.ts';
import { sealedBox, type SealedBox } from '../lib/sealed-box.ts';
import type { Db } from '../lib/sqlite.ts';
import type { RouteSpec } from '../domain/api/define.ts';
import { lazySchemaCompilers } from './http/lazy-schema-compilers.ts';
import { routes, type PlatformRoutes } from '../domain/api/routes.ts';
import { registerEventStream } from './http/event-stream.ts';
import { HallQueues, type QueueEvent, type QueueService } from './queue/index.ts';
import { DEFAULT_HALL, HallStore } from './services/halls.ts';
import { unwrap } from './http/platform-error.ts';
import { registerRoute, type Handler } from './http/register.ts';
import { platformHandlers, type PlatformParts } from './http/handlers/index.ts';
import { SqliteStorage } from './store/sqlite-storage.ts';
import type { Storage, Transaction } from './store/storage.ts';
import { HallSettingsStore } from './services/hall-settings-store.ts';
import { TerminalAuth } from './http/terminal-auth.ts';
import { CatalogueStore } from './services/catalogue-store.ts';
import { RecordsStore } from './services/records-store.ts';
import { Supervision } from './services/supervision.ts';
import { NoticeStore } from './services/notice-store.ts';
import { PaymentStore } from './services/payment-store.ts';
import { registerPayPage } from './http/pay-page.ts';
import { HelpCalls } from './services/help-calls.ts';
import type { HelpEvent } from '../domain/help.ts';
import type { PaymentChangedEvent } from '../domain/payments.ts';
import { registerMobilePages } from './mobile/mobile-routes.ts';
import { registerFormDownload } from './mobile/form-download.ts';
import { IntakeService } from './services/intake-service.ts';
import { StaffDuty } from './services/staff-duty.ts';
import type { WindowDutyChangedEvent } from '../domain/staff.ts';

export interface PlatformDeps {
  /** The platform's SQLite handle, wrapped in a SqliteStorage when no `storage` is given; none on PostgreSQL. */
  readonly db?: Db;
  /** What every service and route runs on; default a SqliteStorage over `db`. The platform closes neither. */
  readonly storage?: Storage;
  readonly clock: Clock;
  readonly version: string;
  /** Keys the hashes of ID numbers (duplicate guards, case lookup). */
  readonly idSecret: string;
  /** The hall's time zone: business dates and opening hours. Default Asia/Shanghai. */
  readonly timeZone?: string;
  /** Working days within which a bad rating is followed up (核实整改, 回访). Default 5. */
  readonly followUpWorkingDays?: number;
  /** The hall calendar (is a yyyy-MM-dd a working day?): booking and promised dates. Default Monday to Friday. */
  readonly isWorkingDay?: (date: string) => boolean;
  /** Hours a form's application PDF stays downloadable by its QR after submission. Default 72. */
  readonly formDownloadHours?: number;
  /** Seals the personal fields of complaints, ratings and forms at rest (lib/sealed-box.ts); default a random key (throw-away platforms). */
  readonly box?: SealedBox;
  /** Where the platform logs (requests too): a pino logger with the redaction in its formatter (lib/log-files.ts). None: no log. */
  readonly logger?: FastifyBaseLogger;
}

/** The platform: its app, its storage, and every service (`PlatformParts`: http/handlers/family.ts). */
export interface Platform extends PlatformParts {
  readonly app: FastifyInstance;
  /** The storage every route's transaction runs on (store/storage.ts). */
  readonly storage: Storage;
  /** The halls of this platform (services/halls.ts). */
  readonly halls: HallStore;
  /** The hall `default`'s queue engine (`queues.of('default')`): the embedded platform's one hall. */
  readonly queue: QueueService;
}

/** This process's listeners of one kind of event, each told the event and its hall (null: every hall). */
function fanOut<E>(): { emit(e: E, hall: string | null): void; source(l: (e: E, hall: string | null) => void): () => void } {
  const listeners = new Set<(e: E, hall: string | null) => void>();
  return {
    emit: (e, hall) => {
      for (const l of [...listeners]) l(e, hall);
    },
    source: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}

export function createPlatform(deps: PlatformDeps): Platform {
  const now = () => deps.clock.now();
  const storage = deps.storage ?? (deps.db ? new SqliteStorage(deps.db, { ownsHandle: false }) : null);
  if (!storage) throw new Error('createPlatform needs a storage (SQLite or PostgreSQL) or a SQLite handle (db): it was given neither');
  /** The storage subscriptions (store/storage.ts listen): awaited by preparePlatform, ended when the app closes. */
  const listening: Promise<() => Promise<void>>[] = [];
  const auth = new TerminalAuth(storage, now);
  const catalogue = new CatalogueStore(storage, now);
  const box = deps.box ?? sealedBox(randomBytes(32));
  const records: RecordsStore = new RecordsStore(storage, now, deps.idSecret, {
    box,
    ...(deps.followUpWorkingDays === undefined ? {} : { followUpWorkingDays: deps.followUpWorkingDays }),
    ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
    // Read at rating time, once intake (below) exists.
    caseOfTicket: async (ticketId: string, tx: Transaction): Promise<string | null> => (await intake.casesOfTicket(ticketId, tx)).at(-1) ?? null,
  });
  const notices = new NoticeStore(storage, now);
  const hallSettings = new HallSettingsStore(storage, now);
  const supervision = new Supervision(storage, now, box);
  const halls = new HallStore(storage, now);
  // A payment order's end names the order only (no hall): every hall's listeners hear it.
  const paymentEvents = fanOut<PaymentChangedEvent>();
  const payments = new PaymentStore(storage, now, records);
  listening.push(payments.listen((e) => paymentEvents.emit(e, null)));
  const queues = new HallQueues(storage, deps.clock, { idSecret: deps.idSecret, ...(deps.timeZone ? { timeZone: deps.timeZone } : {}), ...(deps.isWorkingDay ? { isWorkingDay: deps.isWorkingDay } : {}) });
  const queue = queues.of(DEFAULT_HALL);
  // The event stream's one subscription to every hall's queue events (each notification names its hall).
  const queueEvents = fanOut<QueueEvent>();
  listening.push(
    queues.listenAll((events, hall) => {
      for (const e of events) queueEvents.emit(e, hall);
    }),
  );
  const intake: IntakeService = new IntakeService({
    storage,
    now,
    records,
    catalogue,
    // The hall's window's called or serving ticket, read in the route's transaction.
    ticketAt: async (windowId, tx, hall) => {
      const w = await queues.of(hall).windowStatus(windowId, tx);
      return w.ok ? (w.value.current?.id ?? null) : null;
    },
    ...(deps.isWorkingDay ? { isWorkingDay: deps.isWorkingDay } : {}),
    ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
  });
  const helpEvents = fanOut<HelpEvent>();
  const help = new HelpCalls({ storage, now });
  // This process's one subscription per channel, feeding the in-process listeners (the event stream).
  listening.push(help.listen((e, hall) => helpEvents.emit(e, hall)));
  const dutyEvents = fanOut<WindowDutyChangedEvent>();
  const staffDuty = new StaffDuty({ storage, now, idSecret: deps.idSecret, queueOf: (hall) => queues.of(hall), unwrap, emit: (e, hall) => dutyEvents.emit(e, hall) });
  const { handlers, readsOf, etagOf } = platformHandlers({ version: deps.version, now, auth, catalogue, records, queues, notices, hallSettings, payments, help, intake, staffDuty, supervision });

  // A form submission carries its A4 application (formSubmissionSchema: up to 2,000,000 base64
  // characters); the schemas bound everything else far below this.
  // Its request log carries URLs: the logger's formatter drops query tokens (?t=) and masks numbers.
  // No route has a JSON schema (zod checks them, register.ts): fastify's compilers load only if one does.
  const options = { bodyLimit: 3 * 1024 * 1024, schemaController: lazySchemaCompilers };
  const app = (deps.logger ? Fastify({ loggerInstance: deps.logger, ...options }) : Fastify({ logger: false, ...options })) as FastifyInstance;
  for (const [name, spec] of Object.entries(routes) as [keyof PlatformRoutes, RouteSpec][]) {
    if (spec.stream === 'sse') continue;
    registerRoute(app, name, spec, handlers[name] as Handler<RouteSpec>, { storage, auth, now, etagOf, readsOf });
  }
  registerPayPage(app, payments);
  registerEventStream(app, routes['queue.events'].path, { auth, sources: [queueEvents.source, helpEvents.source, paymentEvents.source, dutyEvents.source], clock: deps.clock, order: storage });
  registerFormDownload(app, { records, clock: deps.clock, ...(deps.formDownloadHours === undefined ? {} : { hours: deps.formDownloadHours }) });
  registerMobilePages(app, { clock: deps.clock, queues, records, catalogue, ...(deps.timeZone ? { timeZone: deps.timeZone } : {}) });
  // Every subscription ended with the app; one that failed to start is answered by preparePlatform.
  const subscribed = Promise.allSettled(listening);
  app.addHook('onClose', async () => {
    for (const r of await subscribed) if (r.status === 'fulfilled') await r.value();
    await queues.close();
  });
  startUp.set(app, async () => {
    for (const r of await subscribed) if (r.status === 'rejected') throw r.reason;
    // A database from before sealing: its personal fields sealed now, once.
    await records.sealRowsInClear();
  });
  app.setErrorHandler((error, _req, reply) => {
    const e = error as { statusCode?: number; message?: string };
    const status = e.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own refusals: unreadable JSON, a body over the limit, a wrong content type.
      return reply.code(status).send({ error: { code: 'invalidRequest', message: e.message ?? 'bad request' } });
    }
    return reply.code(500).send({ error: { code: 'internal', message: 'the platform failed; the request may be retried' } });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: { code: 'notFound', message: `no route ${req.method} ${req.url.split('?')[0]}` } }));
  return { app, storage, auth, catalogue, records, halls, queues, queue, notices, hallSettings, payments, help, staffDuty, supervision, intake };
}

/** Each platform's asynchronous start-up steps, by its app (see preparePlatform). */
const startUp = new WeakMap<FastifyInstance, () => Promise<void>>();

/**
 * The start-up steps of a platform that are asynchronous (createPlatform itself is synchronous): its
 * storage subscriptions listening (on PostgreSQL, a connection), and the personal fields a database
 * from before sealing holds in clear sealed in place (RecordsStore.sealRowsInClear). startPlatform
 * awaits it before the platform serves; a test that builds a platform with createPlatform awaits it
 * before relying on either.
 */
export async function preparePlatform(platform: Platform): Promise<void> {
  await startUp.get(platform.app)?.();
}
