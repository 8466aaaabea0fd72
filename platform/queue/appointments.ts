// Appointments (网上预约): created with the person's ID number (stored as keyed hash and last 6 only),
// listed by date and category, and checked in on their date by code or by ID number. The first
// check-in issues a ticket with the category's appointment priority (normal when it has none),
// outside the quotas; every later check-in answers with that same ticket (or, after a transfer, the
// ticket that continues it).
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { AppointmentRow } from './appointment-repo.ts';
import type { QueueContext } from './queue-context.ts';
import type { CheckInInput, CreateAppointmentInput, ListAppointmentsInput } from './schemas.ts';
import { identify, issueInTransaction } from './ticket-issuer.ts';
import type { TicketRow } from './ticket-repo.ts';
import { countsOf, publicTicket, toTicket } from './ticket-view.ts';
import type { Appointment, CheckInResult, QueueEvent } from './types.ts';

const iso = (ms: number) => new Date(ms).toISOString();

function toAppointment(row: AppointmentRow): Appointment {
  return {
    code: row.code,
    categoryId: row.category_id,
    date: row.date,
    slot: { from: row.slot_from, to: row.slot_to },
    idTail6: row.id_tail6,
    createdAt: iso(row.created_at),
    ticketId: row.ticket_id,
    checkedInAt: row.checked_in_at === null ? null : iso(row.checked_in_at),
  };
}

export function createAppointment(ctx: QueueContext, input: CreateAppointmentInput): Result<Appointment> {
  return ctx.write(() => {
    if (!ctx.setup().category.has(input.categoryId)) {
      return err(kioskError('queue.unknownCategory', `no business category "${input.categoryId}"`));
    }
    const who = identify(ctx, input.idNumber);
    if (!who.ok) return who;
    if (who.value === null) return err(kioskError('idcard.invalidIdNumber', 'an appointment needs an ID number'));
    const code = input.code ?? ctx.newAppointmentCode();
    if (ctx.appointments.get(code)) return err(kioskError('queue.duplicate', `appointment code ${code} exists`));
    const row: AppointmentRow = {
      code,
      category_id: input.categoryId,
      id_hash: who.value.idHash,
      id_tail6: who.value.idTail6,
      date: input.date,
      slot_from: input.slot.from,
      slot_to: input.slot.to,
      created_at: ctx.now(),
      ticket_id: null,
      checked_in_at: null,
    };
    ctx.appointments.insert(row);
    return ok(toAppointment(row));
  });
}

export function listAppointments(ctx: QueueContext, input: ListAppointmentsInput = {}): Appointment[] {
  return ctx.appointments.list(input.date ?? null, input.categoryId ?? null).map(toAppointment);
}

/** The appointment a check-in means: by code, or the person's first one today (not yet checked in first). */
function findAppointment(ctx: QueueContext, input: CheckInInput, today: string): Result<AppointmentRow> {
  const notFound = () => err(kioskError('queue.appointmentNotFound', 'no such appointment'));
  const notToday = (dates: readonly string[]) =>
    err(kioskError('queue.appointmentNotToday', `the appointment is not for today (${today})`, { dates }));
  if (input.code !== undefined) {
    const row = ctx.appointments.get(input.code.trim().toUpperCase());
    if (!row) return notFound();
    return row.date === today ? ok(row) : notToday([row.date]);
  }
  const who = identify(ctx, input.idNumber);
  if (!who.ok) return who;
  if (who.value === null) return notFound();
  const mine = ctx.appointments.ofPerson(who.value.idHash).filter((a) => input.categoryId === undefined || a.category_id === input.categoryId);
  const todays = mine.filter((a) => a.date === today);
  const chosen = todays.find((a) => a.ticket_id === null) ?? todays[0];
  if (chosen) return ok(chosen);
  return mine.length > 0 ? notToday([...new Set(mine.map((a) => a.date))]) : notFound();
}

/** Follows transfers to the ticket that stands for this one now. */
export function latest(ctx: QueueContext, row: TicketRow): TicketRow {
  let current = row;
  for (let hops = 0; current.transferred_to !== null && hops < 100; hops++) {
    const next = ctx.tickets.get(current.transferred_to);
    if (!next) break;
    current = next;
  }
  return current;
}

export function checkIn(ctx: QueueContext, input: CheckInInput): Result<CheckInResult> {
  return ctx.write<CheckInResult>((emit) => {
    const now = ctx.now();
    const found = findAppointment(ctx, input, ctx.local(now).date);
    if (!found.ok) return found;
    const appt = found.value;
    if (appt.ticket_id !== null) {
      const first = ctx.tickets.get(appt.ticket_id);
      if (!first) return err(kioskError('queue.notFound', `the ticket of appointment ${appt.code} is gone`));
      return ok({ ticket: toTicket(ctx, latest(ctx, first)), repeated: true });
    }
    const issued = issueInTransaction(ctx, {
      categoryId: appt.category_id,
      identity: { idHash: appt.id_hash, idTail6: appt.id_tail6, idNumber: null },
      priority: 'appointment',
      priorityRule: null,
      channel: input.channel,
      terminalId: input.terminalId,
      appointmentCode: appt.code,
    });
    if (!issued.ok) return issued;
    ctx.appointments.markCheckedIn(appt.code, issued.value.id, now);
    const ticket = toTicket(ctx, issued.value);
    const at = iso(now);
    const events: QueueEvent[] = [
      { type: 'ticketIssued', at, ticket: publicTicket(ticket) },
      { type: 'appointmentCheckedIn', at, code: appt.code, ticketId: ticket.id, categoryId: ticket.categoryId },
      { type: 'countsChanged', at, counts: countsOf(ctx, ticket.businessDate, [ticket.categoryId]) },
    ];
    events.forEach(emit);
    return ok({ ticket, repeated: false });
  });
}
