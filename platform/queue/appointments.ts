// Appointments (网上预约): created with the person's ID number (stored as keyed hash and last 6 only),
// listed by date and category, and checked in on their date by code or by ID number. The first
// check-in issues a ticket with the category's appointment priority (normal when it has none),
// outside the quotas; every later check-in answers with that same ticket (or, after a transfer, the
// ticket that continues it). A check-in is taken only within the category's window around the slot
// (appointmentCheckIn: by default from 30 minutes before it to 15 minutes after its end); too early
// or too late is refused with the time that matters (come back at / closed at).
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { clockMinutes, type LocalTime } from '../../domain/hall-time.ts';
import { DEFAULT_APPOINTMENT_CHECK_IN } from '../../domain/queue-setup.ts';
import type { AppointmentRow } from './appointment-repo.ts';
import type { QueueContext } from './queue-context.ts';
import type { Queryable, Transaction } from '../store/storage.ts';
import type { QueueSetup } from './configuration.ts';
import type { CheckInInput, CreateAppointmentInput, ListAppointmentsInput } from './schemas.ts';
import { identify, issueInTransaction } from './ticket-issuer.ts';
import type { TicketRow } from './ticket-repo.ts';
import { countsOf, publicTicket, toTicket } from './ticket-view.ts';
import type { Appointment, CheckInResult, QueueEvent } from './types.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export function toAppointment(setup: QueueSetup, row: AppointmentRow): Appointment {
  const window = checkInWindow(setup, row);
  return {
    code: row.code,
    categoryId: row.category_id,
    date: row.date,
    slot: { from: row.slot_from, to: row.slot_to },
    checkIn: { from: hhmm(window.from), until: hhmm(window.until) },
    idTail6: row.id_tail6,
    createdAt: iso(row.created_at),
    ticketId: row.ticket_id,
    checkedInAt: row.checked_in_at === null ? null : iso(row.checked_in_at),
  };
}

export function createAppointment(ctx: QueueContext, input: CreateAppointmentInput, q?: Transaction): Promise<Result<Appointment>> {
  return ctx.write(q, async (tx) => {
    const setup = await ctx.setup(tx);
    if (!setup.category.has(input.categoryId)) {
      return err(kioskError('queue.unknownCategory', `no business category "${input.categoryId}"`));
    }
    const who = identify(ctx, input.idNumber);
    if (!who.ok) return who;
    if (who.value === null) return err(kioskError('idcard.invalidIdNumber', 'an appointment needs an ID number'));
    const code = input.code ?? ctx.newAppointmentCode();
    await ctx.lock(tx, `appointment:${code}`);
    if (await ctx.appointments.get(tx, code)) return err(kioskError('queue.duplicate', `appointment code ${code} exists`));
    const row = newAppointmentRow(ctx, { code, categoryId: input.categoryId, who: who.value, date: input.date, slot: input.slot });
    await ctx.appointments.insert(tx, row);
    return ok(toAppointment(setup, row));
  });
}

/** A new appointment's row, not yet checked in: the holder as its keyed hash and last 6 only. */
export function newAppointmentRow(
  ctx: QueueContext,
  a: { readonly code: string; readonly categoryId: string; readonly who: { readonly idHash: string; readonly idTail6: string }; readonly date: string; readonly slot: { readonly from: string; readonly to: string } },
): AppointmentRow {
  return {
    code: a.code,
    category_id: a.categoryId,
    id_hash: a.who.idHash,
    id_tail6: a.who.idTail6,
    date: a.date,
    slot_from: a.slot.from,
    slot_to: a.slot.to,
    created_at: ctx.now(),
    ticket_id: null,
    checked_in_at: null,
  };
}

export function listAppointments(ctx: QueueContext, input: ListAppointmentsInput = {}, q?: Transaction): Promise<Appointment[]> {
  return ctx.read(q, async (tx) => {
    const setup = await ctx.setup(tx);
    return (await ctx.appointments.list(tx, input.date ?? null, input.categoryId ?? null)).map((row) => toAppointment(setup, row));
  });
}

/** When an appointment may be checked in, in minutes of its day: its category's window around the slot. */
export function checkInWindow(setup: QueueSetup, row: Pick<AppointmentRow, 'category_id' | 'slot_from' | 'slot_to'>): { readonly from: number; readonly until: number } {
  const rule = setup.category.get(row.category_id)?.appointmentCheckIn ?? DEFAULT_APPOINTMENT_CHECK_IN;
  return { from: clockMinutes(row.slot_from) - rule.earlyMinutes, until: clockMinutes(row.slot_to) + rule.lateMinutes };
}

/** Where a time of day falls against an appointment's check-in window. */
function timing(setup: QueueSetup, row: AppointmentRow, minutes: number): 'early' | 'inTime' | 'late' {
  const w = checkInWindow(setup, row);
  return minutes < w.from ? 'early' : minutes > w.until ? 'late' : 'inTime';
}

const hhmm = (minutes: number) => {
  const m = Math.min(24 * 60 - 1, Math.max(0, minutes));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/**
 * The appointment a check-in means: by code, or among the person's today: one that may be checked in
 * now, else one already checked in (the same ticket again), else the next one not yet open, else the
 * last one missed.
 */
async function findAppointment(ctx: QueueContext, q: Queryable, setup: QueueSetup, input: CheckInInput, now: LocalTime): Promise<Result<AppointmentRow>> {
  const today = now.date;
  const notFound = () => err(kioskError('queue.appointmentNotFound', 'no such appointment'));
  const notToday = (dates: readonly string[]) =>
    err(kioskError('queue.appointmentNotToday', `the appointment is not for today (${today})`, { dates }));
  if (input.code !== undefined) {
    const row = await ctx.appointments.get(q, input.code.trim().toUpperCase());
    if (!row) return notFound();
    return row.date === today ? ok(row) : notToday([row.date]);
  }
  const who = identify(ctx, input.idNumber);
  if (!who.ok) return who;
  if (who.value === null) return notFound();
  const mine = (await ctx.appointments.ofPerson(q, who.value.idHash)).filter((a) => input.categoryId === undefined || a.category_id === input.categoryId);
  const todays = mine.filter((a) => a.date === today);
  const open = todays.filter((a) => a.ticket_id === null);
  const chosen =
    open.find((a) => timing(setup, a, now.minutes) === 'inTime') ??
    todays.find((a) => a.ticket_id !== null) ??
    open.find((a) => timing(setup, a, now.minutes) === 'early') ??
    open.at(-1);
  if (chosen) return ok(chosen);
  return mine.length > 0 ? notToday([...new Set(mine.map((a) => a.date))]) : notFound();
}

/** Follows transfers to the ticket that stands for this one now. */
export async function latest(ctx: QueueContext, q: Queryable, row: TicketRow): Promise<TicketRow> {
  let current = row;
  for (let hops = 0; current.transferred_to !== null && hops < 100; hops++) {
    const next = await ctx.tickets.get(q, current.transferred_to);
    if (!next) break;
    current = next;
  }
  return current;
}

export function checkIn(ctx: QueueContext, input: CheckInInput, q?: Transaction): Promise<Result<CheckInResult>> {
  return ctx.write<CheckInResult>(q, async (tx, emit) => {
    const now = ctx.now();
    const local = ctx.local(now);
    const setup = await ctx.setup(tx);
    const look = await findAppointment(ctx, tx, setup, input, local);
    if (!look.ok) return look;
    // Two check-ins of one appointment at once (two processes): the second waits and then finds it checked in.
    await ctx.lock(tx, `appointment:${look.value.code}`);
    const appt = (await ctx.appointments.get(tx, look.value.code)) ?? look.value;
    if (appt.ticket_id !== null) {
      const first = await ctx.tickets.get(tx, appt.ticket_id);
      if (!first) return err(kioskError('queue.notFound', `the ticket of appointment ${appt.code} is gone`));
      return ok({ ticket: await toTicket(ctx, tx, await latest(ctx, tx, first)), repeated: true });
    }
    const slot = { from: appt.slot_from, to: appt.slot_to };
    const window = checkInWindow(setup, appt);
    switch (timing(setup, appt, local.minutes)) {
      case 'early':
        return err(kioskError('queue.appointmentTooEarly', `check-in opens at ${hhmm(window.from)}`, { from: hhmm(window.from), slot }));
      case 'late':
        return err(kioskError('queue.appointmentLate', `check-in closed at ${hhmm(window.until)}`, { until: hhmm(window.until), slot }));
      case 'inTime':
        break;
    }
    const issued = await issueInTransaction(ctx, tx, {
      categoryId: appt.category_id,
      identity: { idHash: appt.id_hash, idTail6: appt.id_tail6, idNumber: null },
      priority: 'appointment',
      priorityRule: null,
      channel: input.channel,
      terminalId: input.terminalId,
      appointmentCode: appt.code,
    });
    if (!issued.ok) return issued;
    await ctx.appointments.markCheckedIn(tx, appt.code, issued.value.id, now);
    const ticket = await toTicket(ctx, tx, issued.value);
    const at = iso(now);
    const events: QueueEvent[] = [
      { type: 'ticketIssued', at, ticket: publicTicket(ticket) },
      { type: 'appointmentCheckedIn', at, code: appt.code, ticketId: ticket.id, categoryId: ticket.categoryId },
      { type: 'countsChanged', at, counts: await countsOf(ctx, tx, ticket.businessDate, [ticket.categoryId]) },
    ];
    events.forEach(emit);
    return ok({ ticket, repeated: false });
  });
}
