// The reference platform as an application: its database, services and the route table served over
// Fastify. `server.ts` starts it on a port; tests build it in-process.
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Clock } from '../domain/clock.ts';
import type { KioskError } from '../domain/errors.ts';
import type { Result } from '../domain/result.ts';
import type { FormDefinition, FormValues } from '../domain/forms.ts';
import { validateForm } from '../domain/form-rules.ts';
import { sealedBox, type SealedBox } from '../lib/sealed-box.ts';
import type { Db } from '../lib/sqlite.ts';
import type { RouteSpec } from '../domain/api/define.ts';
import { lazySchemaCompilers } from './http/lazy-schema-compilers.ts';
import { platformErrorCodes, type PlatformErrorCode } from '../domain/api/errors.ts';
import { routes, type PlatformRoutes } from '../domain/api/routes.ts';
import { registerEventStream } from './http/event-stream.ts';
import { HallQueues, type QueueEvent, type QueueService } from './queue/index.ts';
import { DEFAULT_HALL, HallStore } from './services/halls.ts';
import { PlatformError } from './http/platform-error.ts';
import { registerRoute, type Handler, type ReadMode } from './http/register.ts';
import { SqliteStorage } from './store/sqlite-storage.ts';
import type { Storage, Transaction } from './store/storage.ts';
import { HallSettingsStore } from './services/hall-settings-store.ts';
import { TerminalAuth } from './http/terminal-auth.ts';
import { CatalogueStore, type EntryKind } from './services/catalogue-store.ts';
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

export interface Platform {
  readonly app: FastifyInstance;
  /** The storage every route's transaction runs on (store/storage.ts). */
  readonly storage: Storage;
  readonly auth: TerminalAuth;
  readonly catalogue: CatalogueStore;
  readonly records: RecordsStore;
  /** The halls of this platform (services/halls.ts). */
  readonly halls: HallStore;
  /** Each hall's queue engine (`queues.of(hall)`); a route serves its terminal's hall's (`ctx.hall`). */
  readonly queues: HallQueues;
  /** The hall `default`'s queue engine (`queues.of('default')`): the embedded platform's one hall. */
  readonly queue: QueueService;
  readonly notices: NoticeStore;
  readonly hallSettings: HallSettingsStore;
  /** Fees of cases and the simulated payment provider. */
  readonly payments: PaymentStore;
  /** Help calls (帮办代办) from the kiosks. */
  readonly help: HelpCalls;
  /** One-window intake (一窗受理) and result hand-out (综合出件). */
  readonly intake: IntakeService;
  /** Window staff sign-in, sign-out and pause (上岗, 离岗, 暂停服务). */
  readonly staffDuty: StaffDuty;
  /** 电子监察: follow-ups of bad ratings and the day's figures. */
  readonly supervision: Supervision;
}

const KNOWN = new Set<string>(platformErrorCodes);

/** The queue engine speaks the terminal's error codes; the API has its own list. */
export function platformErrorOf(e: KioskError): PlatformError {
  const code: PlatformErrorCode = KNOWN.has(e.code)
    ? (e.code as PlatformErrorCode)
    : e.code === 'idcard.invalidIdNumber'
      ? 'person.invalidIdNumber'
      : e.code === 'queue.offlineStale' || e.code === 'queue.offlineRefused' || e.code === 'queue.invalidConfig'
        ? 'conflict'
        : 'invalidRequest';
  return new PlatformError(code, e.message, e.details);
}

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw platformErrorOf(r.error);
  return r.value;
}

type Handlers = { [K in keyof PlatformRoutes]: Handler<PlatformRoutes[K]> };

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

const CATALOGUE_KINDS: readonly EntryKind[] = ['item', 'department', 'theme'];

/**
 * How each GET reads (http/register.ts): `statements` for a handler of no or one statement, no
 * transaction (BEGIN and COMMIT are two round trips on PostgreSQL); `snapshot` for one whose
 * statements must agree (the set-up and the tickets, counts of several businesses, a catalogue's
 * version and its changes). Not listed: a read-write transaction (the payment orders write an expiry
 * when read past it). A handler that writes under either mode is refused (store/read-only.ts).
 */
const READS: Partial<Record<keyof PlatformRoutes, ReadMode>> = {
  'system.health': 'statements',
  'notices.list': 'statements',
  'terminals.settings': 'statements',
  'help.get': 'statements',
  'help.listOpen': 'statements',
  'supervision.terminals': 'statements',
  'catalogue.get': 'snapshot',
  'forms.get': 'snapshot',
  'queue.categories': 'snapshot',
  'queue.counts': 'snapshot',
  'queue.getTicket': 'snapshot',
  'queue.windowStatus': 'snapshot',
  'queue.board': 'snapshot',
  'appointments.slots': 'snapshot',
  'supervision.followUps': 'snapshot',
  'supervision.daily': 'snapshot',
};

export function createPlatform(deps: PlatformDeps): Platform {
  const now = () => deps.clock.now();
  const storage = deps.storage ?? (deps.db ? new SqliteStorage(deps.db, { ownsHandle: false }) : null);
  if (!storage) throw new Error('createPlatform needs a storage (SQLite or PostgreSQL) or a SQLite handle (db): it was given neither');
  /** The storage subscriptions (store/storage.ts listen): awaited by preparePlatform, ended when the app closes. */
  const listening: Promise<() => Promise<void>>[] = [];
  const iso = () => new Date(now()).toISOString();
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
  /** Window staff routes: only a terminal enrolled as a counter. */
  const counterOnly = async (terminalId: string | null, tx: Transaction) => {
    if ((await auth.roleOf(terminalId ?? '', tx)) !== 'counter') throw new PlatformError('forbidden', 'only a counter terminal (role counter) signs staff in and out of a window');
  };
  /** No new citizen is called at a paused window. */
  const notPaused = async (windowId: string, tx: Transaction, hall: string) => {
    if (await staffDuty.isPaused(windowId, tx, hall)) throw new PlatformError('queue.windowPaused', `window ${windowId} is paused (暂停服务): resume it first`);
  };

  const handlers: Handlers = {
    'system.health': () => ({ status: 'ok', version: deps.version, time: iso() }),
    'terminals.enrol': async ({ body, tx }) => ({
      terminalId: body.terminalId,
      credential: await auth.enrol(body.code, body.terminalId, body.role, tx),
      platformTime: iso(),
    }),
    'terminals.heartbeat': async ({ body, terminalId, tx }) => {
      await auth.recordHeartbeat(terminalId!, body, tx);
      return { platformTime: iso() };
    },
    // The caller's hall's items only (its catalogue scope: services/catalogue-store.ts).
    'catalogue.get': async ({ query, hall, tx }) => {
      const c = await catalogue.changesFor(hall, CATALOGUE_KINDS, query.since, tx);
      return {
        version: c.version,
        full: c.full,
        items: c.upserts.get('item') as never,
        departments: c.upserts.get('department') as never,
        themes: c.upserts.get('theme') as never,
        deleted: { items: c.deletions.get('item')!, departments: c.deletions.get('department')!, themes: c.deletions.get('theme')! },
      };
    },
    'forms.get': async ({ query, hall, tx }) => {
      const c = await catalogue.changesFor(hall, ['form'], query.since, tx);
      return { version: c.version, full: c.full, forms: c.upserts.get('form') as never, deleted: c.deletions.get('form')! };
    },
    'notices.list': async ({ tx, hall }) => ({ notices: await notices.list(tx, hall) }),
    'terminals.settings': ({ tx, hall }) => hallSettings.get(tx, hall),
    'terminals.updateSettings': ({ body, tx, hall }) => hallSettings.set(body, tx, hall),
    'cases.query': ({ body, tx }) => records.case(body.caseNumber, body.queryCode, tx),
    'cases.lookup': async ({ body, tx }) => ({ cases: await records.casesOf(body.idNumber, tx) }),
    'payments.fees': async ({ body, tx }) => ({
      fees: await payments.fees(body.idNumber !== undefined ? { idNumber: body.idNumber } : { caseNumber: body.caseNumber!, queryCode: body.queryCode! }, tx),
    }),
    'payments.createOrder': ({ body, terminalId, tx }) => payments.createOrder(body.feeId, terminalId, tx),
    'payments.getOrder': ({ params, tx }) => payments.order(params.orderId, tx),
    'payments.openOrders': async ({ tx }) => ({ orders: await payments.openOrders(tx) }),
    'payments.settle': ({ params, body, tx }) => payments.settle(params.orderId, body.action, tx),
    'evaluations.create': ({ body, terminalId, tx }) => records.addEvaluation(body, terminalId!, tx),
    'evaluations.status': async ({ body, tx }) => ({ followUpWorkingDays: records.followUpWorkingDays, cases: await records.ratedStages(body.caseNumbers, tx) }),
    'submissions.create': async ({ body, terminalId, tx, hall }) => {
      const form = (await catalogue.get('form', body.formId, tx)) as FormDefinition | null;
      if (!form) throw new PlatformError('form.unknown', `no form ${body.formId}`);
      const problems = checkSubmission(form, body.formVersion, body.values, queues.of(hall).businessDate());
      if (problems.length) throw new PlatformError('form.invalid', 'the form is not filled in correctly', { problems });
      return records.addSubmission(body, terminalId!, tx);
    },
    'complaints.create': ({ body, terminalId, tx }) => records.addComplaint(body, terminalId!, undefined, tx),
    'queue.categories': async ({ tx, hall }) => {
      const queue = queues.of(hall);
      const c = await queue.configuration(tx);
      return { businessDate: queue.businessDate(), categories: c.categories, windows: c.windows };
    },
    'queue.counts': async ({ tx, hall }) => ({ businessDate: queues.of(hall).businessDate(), counts: await queues.of(hall).counts(undefined, tx) }),
    'queue.issueTicket': async ({ body, terminalId, tx, hall }) => unwrap(await queues.of(hall).issueTicket({ ...body, terminalId: terminalId! }, tx)),
    'queue.checkIn': async ({ body, terminalId, tx, hall }) => unwrap(await queues.of(hall).checkIn({ ...body, terminalId: terminalId! }, tx)),
    'queue.offlineTicket': async ({ body, terminalId, tx, hall }) =>
      unwrap(await queues.of(hall).importOfflineTicket({ ...body, issuedAt: Date.parse(body.issuedAt), terminalId: terminalId! }, tx)),
    'queue.getTicket': async ({ params, tx, hall }) => unwrap(await queues.of(hall).getTicket(params.ticketId, tx)),
    'queue.windowAction': async ({ params, body, tx, hall }) => {
      const queue = queues.of(hall);
      const at = { windowId: params.windowId, ...(body.ticketId === undefined ? {} : { ticketId: body.ticketId }) };
      switch (body.action) {
        case 'callNext':
          await notPaused(params.windowId, tx, hall);
          return unwrap(await queue.callNext(params.windowId, tx));
        case 'recall':
          return unwrap(await queue.recall(at, tx));
        case 'start':
          return unwrap(await queue.startServing(at, tx));
        case 'skip':
          return unwrap(await queue.skip(at, tx));
        case 'hold':
          return unwrap(await queue.hold(at, tx));
        case 'callBack':
          await notPaused(params.windowId, tx, hall);
          return unwrap(await queue.callBack({ windowId: params.windowId, ticketId: body.ticketId! }, tx));
        case 'transfer':
          return unwrap(
            await queue.transfer({
              ...at,
              ...(body.toCategoryId === undefined ? {} : { toCategoryId: body.toCategoryId }),
              ...(body.toWindowId === undefined ? {} : { toWindowId: body.toWindowId }),
              ...(body.position ? { position: body.position } : {}),
            }, tx),
          );
        case 'finish':
          return unwrap(await queue.finish(at, tx));
        default:
          return body.action satisfies never;
      }
    },
    'queue.board': ({ query, tx, hall }) => queues.of(hall).board(query.limit ?? 10, tx),
    'queue.windowStatus': async ({ params, tx, hall }) => {
      const w = unwrap(await queues.of(hall).windowStatus(params.windowId, tx));
      return { ...w, held: [...w.held], paused: (await staffDuty.isPaused(params.windowId, tx, hall)) && w.staffId !== null };
    },
    'staff.signIn': async ({ params, body, terminalId, tx, hall }) => {
      await counterOnly(terminalId, tx);
      return staffDuty.signIn(params.windowId, body, tx, hall);
    },
    'staff.signOut': async ({ params, terminalId, tx, hall }) => {
      await counterOnly(terminalId, tx);
      return staffDuty.signOut(params.windowId, tx, hall);
    },
    'staff.pause': async ({ params, terminalId, tx, hall }) => {
      await counterOnly(terminalId, tx);
      return staffDuty.pause(params.windowId, tx, hall);
    },
    'staff.resume': async ({ params, terminalId, tx, hall }) => {
      await counterOnly(terminalId, tx);
      return staffDuty.resume(params.windowId, tx, hall);
    },
    'help.create': ({ body, terminalId, tx, hall }) => help.call(terminalId!, body.reason, body.place, tx, hall),
    'help.get': ({ params, terminalId, tx }) => help.get(params.callId, terminalId!, tx),
    'help.cancel': ({ params, terminalId, tx }) => help.cancel(params.callId, terminalId!, tx),
    'help.acknowledge': ({ params, body, tx, hall }) => help.acknowledge(params.callId, body.staff, tx, hall),
    'help.resolve': ({ params, tx, hall }) => help.resolve(params.callId, tx, hall),
    'help.listOpen': async ({ tx, hall }) => ({ calls: await help.open(tx, hall) }),
    // Follow-ups carry the phone the citizen left: for staff (counter) terminals only.
    'supervision.followUps': async ({ query, terminalId, tx }) => {
      if ((await auth.roleOf(terminalId ?? '', tx)) !== 'counter') throw new PlatformError('forbidden', 'only a staff (counter) terminal reads the follow-ups of bad ratings: they carry the citizen\'s phone');
      return { followUps: await supervision.followUps(query, tx) };
    },
    'supervision.updateFollowUp': async ({ params, body, terminalId, tx }) => {
      if ((await auth.roleOf(terminalId ?? '', tx)) !== 'counter') throw new PlatformError('forbidden', 'only a staff (counter) terminal updates the follow-ups of bad ratings');
      return supervision.updateFollowUp(params.followUpId, body, tx);
    },
    'supervision.daily': ({ query, tx, hall }) => supervision.daily(query.date, tx, hall),
    'supervision.terminals': async ({ tx, hall }) => ({ terminals: await auth.health(tx, hall) }),
    'intake.accept': async ({ body, terminalId, tx, hall }) => {
      await intake.requireCounter(terminalId!, tx);
      return intake.accept(body, tx, hall);
    },
    'intake.handOver': async ({ body, terminalId, tx }) => {
      await intake.requireCounter(terminalId!, tx);
      return intake.handOver(body, tx);
    },
    'intake.findCase': async ({ body, terminalId, tx }) => {
      await intake.requireCounter(terminalId!, tx);
      return intake.findCase(body.caseNumber, tx);
    },
    'appointments.slots': async ({ query, tx, hall }) => unwrap(await queues.of(hall).appointmentSlots(query, tx)),
    'appointments.book': async ({ body, terminalId, tx, hall }) => unwrap(await queues.of(hall).book({ ...body, channel: `${body.channel}:${terminalId!}`.slice(0, 64) }, tx)),
    'queue.events': () => {
      throw new PlatformError('internal', 'the event stream is served by registerEventStream');
    },
  };

  // A form submission carries its A4 application (formSubmissionSchema: up to 2,000,000 base64
  // characters); the schemas bound everything else far below this.
  // Its request log carries URLs: the logger's formatter drops query tokens (?t=) and masks numbers.
  // No route has a JSON schema (zod checks them, register.ts): fastify's compilers load only if one does.
  const options = { bodyLimit: 3 * 1024 * 1024, schemaController: lazySchemaCompilers };
  const app = (deps.logger ? Fastify({ loggerInstance: deps.logger, ...options }) : Fastify({ logger: false, ...options })) as FastifyInstance;
  // The ETag names the newest version that changed what the route serves the caller's hall: a
  // terminal that holds it (whatever `since` it asks with) has nothing to fetch. The hall is in it, so
  // a terminal moved to another hall never takes that hall's answer for its own.
  const etagOf = async (name: string, _query: unknown, _terminalId: string | null, hall: string) => {
    if (name === 'notices.list') return await notices.etag(undefined, hall);
    if (name === 'terminals.settings') return await hallSettings.etag(undefined, hall);
    const kinds = name === 'forms.get' ? (['form'] as const) : CATALOGUE_KINDS;
    return `"${name}-${encodeURIComponent(hall)}-v${await catalogue.versionFor(hall, kinds)}"`;
  };
  for (const [name, spec] of Object.entries(routes) as [keyof PlatformRoutes, RouteSpec][]) {
    if (spec.stream === 'sse') continue;
    registerRoute(app, name, spec, handlers[name] as Handler<RouteSpec>, { storage, auth, now, etagOf, readsOf: (n) => READS[n as keyof PlatformRoutes] });
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

/** The version the terminal rendered is the current one, and the values pass the form's own rules (domain/form-rules.ts). */
function checkSubmission(form: FormDefinition, version: number, values: FormValues, today: string): string[] {
  if (version !== form.version) return [`form version ${version} is not the current ${form.version}`];
  return validateForm(form, values, today).map((p) => `${p.field}: ${p.code}${p.message ? ` (${p.message})` : ''}`);
}
