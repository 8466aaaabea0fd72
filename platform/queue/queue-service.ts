// The queue engine of the reference platform: one object over the platform's SQLite database. Every
// write is one IMMEDIATE transaction (numbers are never given twice, even by two connections);
// every change is announced to subscribers after it committed. Expected failures are Result values.
import type { Window } from '../../domain/catalogue.ts';
import type { BoardCall, QueueBoard } from '../../domain/queue.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import type { Db } from '../../lib/sqlite.ts';
import { checkIn, createAppointment, listAppointments } from './appointments.ts';
import { appointmentSlots, book, type BookableDay, type BookInput, type Booking } from './booking.ts';
import { parseConfiguration } from './configuration.ts';
import * as counter from './counter-actions.ts';
import { EventHub } from './event-hub.ts';
import { QueueContext, type QueueOptions } from './queue-context.ts';
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
import type { Appointment, CategoryCounts, CheckInResult, QueueListener, Ticket, WindowStatus } from './types.ts';

export class QueueService {
  readonly #ctx: QueueContext;
  readonly #hub: EventHub;

  /** Throws only on a set-up bug: an unknown time zone, a missing idSecret. */
  constructor(db: Db, clock: Clock, options: QueueOptions) {
    this.#hub = new EventHub(options.reportError ?? ((e) => console.error('queue event listener failed', e)));
    this.#ctx = new QueueContext(db, clock, options, this.#hub);
  }

  /** Listens to every change; returns the unsubscribe function. */
  subscribe(listener: QueueListener): () => void {
    return this.#hub.subscribe(listener);
  }

  /** The business date now, yyyy-MM-dd in the hall's zone. */
  businessDate(): string {
    return this.#ctx.today();
  }

  // --- configuration ---------------------------------------------------------------------------

  /** Checks and stores categories, windows and staff, replacing what was there. */
  configure(input: unknown): Result<QueueConfiguration> {
    const parsed = parseConfiguration(input);
    if (!parsed.ok) return parsed;
    const { categories, windows, staff } = parsed.value;
    const config: QueueConfiguration = { categories: [...categories], windows: [...windows], staff: [...staff] };
    return this.#ctx.write((emit) => {
      this.#ctx.config.replace(config);
      emit({ type: 'configurationChanged', at: new Date(this.#ctx.now()).toISOString() });
      return ok(config);
    });
  }

  configuration(): QueueConfiguration {
    const { categories, windows, staff } = this.#ctx.setup();
    return { categories: [...categories], windows: [...windows], staff: [...staff] };
  }

  setWindowStaff(input: WindowDutyInput): Result<Window> {
    return counter.setWindowStaff(this.#ctx, input);
  }

  // --- tickets ---------------------------------------------------------------------------------

  issueTicket(input: IssueTicketInput): Result<Ticket> {
    const ctx = this.#ctx;
    const who = identify(ctx, input.idNumber);
    if (!who.ok) return who;
    return ctx.write((emit) => {
      const issued = issueInTransaction(ctx, {
        categoryId: input.categoryId,
        identity: who.value,
        priority: input.priority ?? null,
        priorityRule: input.priorityRule ?? null,
        channel: input.channel,
        terminalId: input.terminalId,
        appointmentCode: null,
      });
      if (!issued.ok) return issued;
      const ticket = toTicket(ctx, issued.value);
      const at = ticket.issuedAt;
      emit({ type: 'ticketIssued', at, ticket: publicTicket(ticket) });
      emit({ type: 'countsChanged', at, counts: countsOf(ctx, ticket.businessDate, [ticket.categoryId]) });
      return ok(ticket);
    });
  }

  /** A ticket a terminal numbered from its reserved range while the platform was away. */
  importOfflineTicket(input: OfflineTicketInput): Result<Ticket> {
    return importOfflineTicket(this.#ctx, input);
  }

  getTicket(ticketId: string): Result<Ticket> {
    const ctx = this.#ctx;
    return ctx.read(() => {
      const row = ctx.tickets.get(ticketId);
      return row ? ok(toTicket(ctx, row)) : err(kioskError('queue.notFound', `no ticket ${ticketId}`));
    });
  }

  /** Every ticket of a business date (default today), in queue order: for audits and reports. */
  listTickets(businessDate?: string): Ticket[] {
    const ctx = this.#ctx;
    return ctx.read(() => ctx.tickets.ofDate(businessDate ?? ctx.today()).map((r) => toTicket(ctx, r)));
  }

  /** Waiting, being served, held and the last number called, per category, today. */
  counts(categoryIds?: readonly string[]): CategoryCounts[] {
    const ctx = this.#ctx;
    return ctx.read(() => countsOf(ctx, ctx.today(), categoryIds ?? ctx.setup().categories.map((c) => c.id)));
  }

  /**
   * The hall's call board (queue.board): today's latest calls (one per ticket, at its latest call,
   * newest first, at most `limit`), the counts of every category, the categories' names, the windows
   * open or closed (no staff on duty). A call whose window left the set-up is left out.
   */
  board(limit: number): QueueBoard {
    const ctx = this.#ctx;
    return ctx.read(() => {
      const setup = ctx.setup();
      const today = ctx.today();
      const calls: BoardCall[] = [];
      for (const row of ctx.tickets.latestCalls(today, limit)) {
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
        counts: countsOf(ctx, today, setup.categories.map((c) => c.id)),
        categories: setup.categories.map((c) => ({ id: c.id, name: c.name, prefix: c.prefix })),
        windows: setup.windows.map((w) => ({ id: w.id, number: w.number, name: w.name, area: w.area, categoryIds: [...w.categoryIds], state: w.staffId === null ? 'closed' : 'open' })),
      };
    });
  }

  // --- appointments ----------------------------------------------------------------------------

  createAppointment(input: CreateAppointmentInput): Result<Appointment> {
    return createAppointment(this.#ctx, input);
  }

  listAppointments(input?: ListAppointmentsInput): Appointment[] {
    return listAppointments(this.#ctx, input);
  }

  checkIn(input: CheckInInput): Result<CheckInResult> {
    return checkIn(this.#ctx, input);
  }

  /** 办事预约: the places per half-day of a business for its next open working days. */
  appointmentSlots(input: { readonly categoryId: string; readonly days?: number | undefined }): Result<{ categoryId: string; days: BookableDay[] }> {
    return appointmentSlots(this.#ctx, input);
  }

  /** 办事预约: book a half-day for an ID number (one place, taken atomically). */
  book(input: BookInput): Result<Booking> {
    return book(this.#ctx, input);
  }

  // --- counter actions -------------------------------------------------------------------------

  callNext(windowId: string): Result<Ticket> {
    return counter.callNext(this.#ctx, windowId);
  }

  recall(input: CounterInput): Result<Ticket> {
    return counter.recall(this.#ctx, input);
  }

  startServing(input: CounterInput): Result<Ticket> {
    return counter.startServing(this.#ctx, input);
  }

  skip(input: CounterInput): Result<Ticket> {
    return counter.skip(this.#ctx, input);
  }

  hold(input: CounterInput): Result<Ticket> {
    return counter.hold(this.#ctx, input);
  }

  callBack(input: CallBackInput): Result<Ticket> {
    return counter.callBack(this.#ctx, input);
  }

  transfer(input: TransferInput): Result<Ticket> {
    return counter.transfer(this.#ctx, input);
  }

  finish(input: CounterInput): Result<Ticket> {
    return counter.finish(this.#ctx, input);
  }

  windowStatus(windowId: string): Result<WindowStatus> {
    return counter.windowStatus(this.#ctx, windowId);
  }
}
