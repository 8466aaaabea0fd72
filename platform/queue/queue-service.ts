// The queue engine of the reference platform: one object over the platform's storage (SQLite or
// PostgreSQL, store/storage.ts). Every method is async and takes the route's transaction as its last,
// optional parameter (without it, it opens its own). Every write is one transaction whose error value
// undoes it; numbers are never given twice, even by several processes (numbering.ts); every change is
// announced to subscribers in every process once it committed (tx.notify; one listen per process,
// queue-notifications.ts, or one per service made alone).
// Expected failures are Result values.
import type { Window } from '../../domain/catalogue.ts';
import type { BoardCall, QueueBoard } from '../../domain/queue.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { checkIn, createAppointment, listAppointments } from './appointments.ts';
import { appointmentSlots, book, type BookableDay, type BookInput, type Booking } from './booking.ts';
import { parseConfiguration } from './configuration.ts';
import * as counter from './counter-actions.ts';
import { EventHub } from './event-hub.ts';
import { QUEUE_CHANNEL, QueueContext, type QueueOptions } from './queue-context.ts';
import type {
  CallBackInput,
  CheckInInput,
  CounterInput,
  CreateAppointmentInput,
  IssueTicketInput,
  ListAppointmentsInput,
  QueueConfiguration,
  TransferInput,
  WindowDutyInput,
} from './schemas.ts';
import { importOfflineTicket, type OfflineTicketInput } from './offline-import.ts';
import { identify, issueInTransaction } from './ticket-issuer.ts';
import { callAt, countsOf, publicTicket, toTicket } from './ticket-view.ts';
import type { Appointment, CategoryCounts, CheckInResult, QueueEvent, QueueFeed, QueueListener, Ticket, WindowStatus } from './types.ts';

export class QueueService {
  readonly #ctx: QueueContext;
  readonly #hub: EventHub;
  readonly #listening: Promise<() => Promise<void>>;

  /** Throws only on a set-up bug: an unknown time zone, a missing idSecret. */
  constructor(storage: Storage, clock: Clock, options: QueueOptions) {
    const report = options.reportError ?? ((e) => console.error('queue event listener failed', e));
    this.#hub = new EventHub(report);
    this.#ctx = new QueueContext(storage, clock, options);
    const hall = this.#ctx.hall;
    // What any process committed reaches this process's subscribers: through the hall dispatcher's
    // feed, or (a service made alone) a listen of its own.
    const feed: QueueFeed =
      options.feed ??
      ((onEvents) =>
        storage.listen(QUEUE_CHANNEL, (payload) => {
          const note = JSON.parse(payload) as { hall: string; events: QueueEvent[] };
          if (note.hall === hall) onEvents(note.events);
        }));
    this.#listening = feed((events) => this.#hub.emit(events));
    this.#listening.catch(report);
  }

  /** Resolves once this service hears the queue's notifications (PostgreSQL: its LISTEN is in place). */
  async ready(): Promise<void> {
    await this.#listening;
  }

  /** Stops listening (the storage stays open: its owner closes it). */
  async close(): Promise<void> {
    await (await this.#listening)();
  }

  /** Listens to every change; returns the unsubscribe function. */
  subscribe(listener: QueueListener): () => void {
    return this.#hub.subscribe(listener);
  }

  /** The hall this service keeps the queue of. */
  get hall(): string {
    return this.#ctx.hall;
  }

  /** The business date now, yyyy-MM-dd in the hall's zone. */
  businessDate(): string {
    return this.#ctx.today();
  }

  // --- configuration ---------------------------------------------------------------------------

  /** Checks and stores categories, windows and staff, replacing what was there. */
  async configure(input: unknown, q?: Transaction): Promise<Result<QueueConfiguration>> {
    const parsed = parseConfiguration(input);
    if (!parsed.ok) return parsed;
    const { categories, windows, staff } = parsed.value;
    const config: QueueConfiguration = { categories: [...categories], windows: [...windows], staff: [...staff] };
    return this.#ctx.write(q, async (tx, emit) => {
      await this.#ctx.lock(tx, 'configuration');
      await this.#ctx.replaceConfig(tx, config);
      emit({ type: 'configurationChanged', at: new Date(this.#ctx.now()).toISOString() });
      return ok(config);
    });
  }

  async configuration(q?: Transaction): Promise<QueueConfiguration> {
    const { categories, windows, staff } = await this.#ctx.read(q, (tx) => this.#ctx.setup(tx));
    return { categories: [...categories], windows: [...windows], staff: [...staff] };
  }

  setWindowStaff(input: WindowDutyInput, q?: Transaction): Promise<Result<Window>> {
    return counter.setWindowStaff(this.#ctx, input, q);
  }

  // --- tickets ---------------------------------------------------------------------------------

  async issueTicket(input: IssueTicketInput, q?: Transaction): Promise<Result<Ticket>> {
    const ctx = this.#ctx;
    const who = identify(ctx, input.idNumber);
    if (!who.ok) return who;
    return ctx.write(q, async (tx, emit) => {
      const issued = await issueInTransaction(ctx, tx, {
        categoryId: input.categoryId,
        identity: who.value,
        priority: input.priority ?? null,
        priorityRule: input.priorityRule ?? null,
        channel: input.channel,
        terminalId: input.terminalId,
        appointmentCode: null,
      });
      if (!issued.ok) return issued;
      const ticket = await toTicket(ctx, tx, issued.value);
      const at = ticket.issuedAt;
      emit({ type: 'ticketIssued', at, ticket: publicTicket(ticket) });
      emit({ type: 'countsChanged', at, counts: await countsOf(ctx, tx, ticket.businessDate, [ticket.categoryId]) });
      return ok(ticket);
    });
  }

  /** A ticket a terminal numbered from its reserved range while the platform was away. */
  importOfflineTicket(input: OfflineTicketInput, q?: Transaction): Promise<Result<Ticket>> {
    return importOfflineTicket(this.#ctx, input, q);
  }

  getTicket(ticketId: string, q?: Transaction): Promise<Result<Ticket>> {
    const ctx = this.#ctx;
    return ctx.read(q, async (tx): Promise<Result<Ticket>> => {
      const row = await ctx.tickets.get(tx, ticketId);
      return row ? ok(await toTicket(ctx, tx, row)) : err(kioskError('queue.notFound', `no ticket ${ticketId}`));
    });
  }

  /** Every ticket of a business date (default today), in queue order: for audits and reports. */
  listTickets(businessDate?: string, q?: Transaction): Promise<Ticket[]> {
    const ctx = this.#ctx;
    return ctx.read(q, async (tx) => {
      const out: Ticket[] = [];
      for (const r of await ctx.tickets.ofDate(tx, businessDate ?? ctx.today())) out.push(await toTicket(ctx, tx, r));
      return out;
    });
  }

  /** How long (minutes, call to finish) the latest `limit` services of a category took on a business date, latest first: the phone page's wait estimate. */
  recentServiceMinutes(businessDate: string, categoryId: string, limit: number, q?: Transaction): Promise<number[]> {
    const ctx = this.#ctx;
    return ctx.read(q, (tx) => ctx.tickets.recentServiceMinutes(tx, businessDate, categoryId, limit));
  }

  /** Waiting, being served, held and the last number called, per category, today. */
  counts(categoryIds?: readonly string[], q?: Transaction): Promise<CategoryCounts[]> {
    const ctx = this.#ctx;
    return ctx.read(q, async (tx) => countsOf(ctx, tx, ctx.today(), categoryIds ?? (await ctx.setup(tx)).categories.map((c) => c.id)));
  }

  /**
   * The hall's call board (queue.board): today's latest calls (one per ticket, at its latest call,
   * newest first, at most `limit`), the counts of every category, the categories' names, the windows
   * open or closed (no staff on duty). A call whose window left the set-up is left out.
   */
  board(limit: number, q?: Transaction): Promise<QueueBoard> {
    const ctx = this.#ctx;
    return ctx.read(q, async (tx) => {
      const setup = await ctx.setup(tx);
      const today = ctx.today();
      const calls: BoardCall[] = [];
      for (const row of await ctx.tickets.latestCalls(tx, today, limit)) {
        const window = row.window_id === null ? undefined : setup.window.get(row.window_id);
        if (!window || row.called_at === null) continue;
        calls.push({
          ...callAt(row, window),
          at: new Date(row.called_at).toISOString(),
          recall: row.call_count > 1,
          callCount: Math.max(1, row.call_count),
        });
      }
      return {
        businessDate: today,
        at: new Date(ctx.now()).toISOString(),
        calls,
        counts: await countsOf(ctx, tx, today, setup.categories.map((c) => c.id)),
        categories: setup.categories.map((c) => ({ id: c.id, name: c.name, prefix: c.prefix })),
        windows: setup.windows.map((w) => ({ id: w.id, number: w.number, name: w.name, area: w.area, categoryIds: [...w.categoryIds], state: w.staffId === null ? 'closed' : 'open' })),
      };
    });
  }

  // --- appointments ----------------------------------------------------------------------------

  createAppointment(input: CreateAppointmentInput, q?: Transaction): Promise<Result<Appointment>> {
    return createAppointment(this.#ctx, input, q);
  }

  listAppointments(input?: ListAppointmentsInput, q?: Transaction): Promise<Appointment[]> {
    return listAppointments(this.#ctx, input, q);
  }

  checkIn(input: CheckInInput, q?: Transaction): Promise<Result<CheckInResult>> {
    return checkIn(this.#ctx, input, q);
  }

  /** 办事预约: the places per half-day of a business for its next open working days. */
  appointmentSlots(input: { readonly categoryId: string; readonly days?: number | undefined }, q?: Transaction): Promise<Result<{ categoryId: string; days: BookableDay[] }>> {
    return appointmentSlots(this.#ctx, input, q);
  }

  /** 办事预约: book a half-day for an ID number (one place, taken atomically). */
  book(input: BookInput, q?: Transaction): Promise<Result<Booking>> {
    return book(this.#ctx, input, q);
  }

  // --- counter actions -------------------------------------------------------------------------

  callNext(windowId: string, q?: Transaction): Promise<Result<Ticket>> {
    return counter.callNext(this.#ctx, windowId, q);
  }

  recall(input: CounterInput, q?: Transaction): Promise<Result<Ticket>> {
    return counter.recall(this.#ctx, input, q);
  }

  startServing(input: CounterInput, q?: Transaction): Promise<Result<Ticket>> {
    return counter.startServing(this.#ctx, input, q);
  }

  skip(input: CounterInput, q?: Transaction): Promise<Result<Ticket>> {
    return counter.skip(this.#ctx, input, q);
  }

  hold(input: CounterInput, q?: Transaction): Promise<Result<Ticket>> {
    return counter.hold(this.#ctx, input, q);
  }

  callBack(input: CallBackInput, q?: Transaction): Promise<Result<Ticket>> {
    return counter.callBack(this.#ctx, input, q);
  }

  transfer(input: TransferInput, q?: Transaction): Promise<Result<Ticket>> {
    return counter.transfer(this.#ctx, input, q);
  }

  finish(input: CounterInput, q?: Transaction): Promise<Result<Ticket>> {
    return counter.finish(this.#ctx, input, q);
  }

  windowStatus(windowId: string, q?: Transaction): Promise<Result<WindowStatus>> {
    return counter.windowStatus(this.#ctx, windowId, q);
  }
}
