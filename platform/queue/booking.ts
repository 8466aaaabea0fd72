// 办事预约: booking a half-day (上午 / 下午) of a business at a terminal. A business takes appointments
// when its category has `appointments` (places per half-day, how many working days ahead). The days
// offered are the next open working days of the hall calendar (QueueContext.isWorkingDay) on which the
// category has hours; today only while one of its half-days is still to begin. A booking is made in
// one transaction holding the business-and-day lock (QueueContext.lock: PostgreSQL's advisory lock,
// SQLite's serial write transactions): the places are counted and the row written under it, so of two
// terminals (or processes) booking the last place one wins and the other is told it is full. One
// appointment per holder, business and day (a seeded online one counts too). The holder is kept as the
// queue keeps people (keyed hash + last 6), the mobile number masked; the slot is the half-day's hours,
// so check-in (appointments.ts) finds it and applies the category's window around it.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { clockMinutes } from '../../domain/hall-time.ts';
import { halfDayRange, halfDays, maskMobile, type HalfDay } from '../../domain/booking.ts';
import type { BusinessCategory } from '../../domain/queue-setup.ts';
import { addDays, isoWeekday } from '../seed/calendar.ts';
import type { AppointmentRow } from './appointment-repo.ts';
import { newAppointmentRow, toAppointment } from './appointments.ts';
import type { QueueContext } from './queue-context.ts';
import type { Queryable, Transaction } from '../store/storage.ts';
import type { QueueSetup } from './configuration.ts';
import { identify } from './ticket-issuer.ts';
import type { Appointment } from './types.ts';

export interface BookableHalfDay {
  readonly half: HalfDay;
  readonly from: string;
  readonly to: string;
  readonly capacity: number;
  readonly booked: number;
  readonly free: number;
}

export interface BookableDay {
  readonly date: string;
  readonly weekday: number;
  readonly halves: BookableHalfDay[];
}

export interface BookInput {
  readonly categoryId: string;
  readonly date: string;
  readonly half: HalfDay;
  readonly idNumber: string;
  readonly phone: string;
  readonly channel: string;
}

/** An appointment as check-in finds it (not yet checked in), with its half-day and the phone masked. */
export type Booking = Omit<Appointment, 'ticketId' | 'checkedInAt'> & { readonly half: HalfDay; readonly phoneMasked: string };

/** Calendar days looked at to find the open working days asked for (a long holiday fits). */
const SEARCH_DAYS = 60;

function bookable(setup: QueueSetup, categoryId: string): Result<BusinessCategory & { appointments: NonNullable<BusinessCategory['appointments']> }> {
  const category = setup.category.get(categoryId);
  if (!category) return err(kioskError('queue.unknownCategory', `no business category "${categoryId}"`));
  const rules = category.appointments;
  if (!rules) return err(kioskError('queue.notBookable', `${category.name} takes no appointments`));
  return ok({ ...category, appointments: rules });
}

/** A half-day of a date as offered, or why it is not. */
async function halfOf(ctx: QueueContext, q: Queryable, category: BusinessCategory & { appointments: NonNullable<BusinessCategory['appointments']> }, date: string, half: HalfDay): Promise<Result<BookableHalfDay>> {
  const range = ctx.isWorkingDay(date) ? halfDayRange(category.hours, isoWeekday(date), half) : null;
  if (!range) return err(kioskError('queue.slotClosed', `${category.name} takes no appointments on ${date} ${half === 'am' ? '上午' : '下午'}: the hall is not open then`));
  const now = ctx.local();
  if (date < now.date || (date === now.date && now.minutes >= clockMinutes(range.from))) {
    return err(kioskError('queue.slotPast', `${date} ${half === 'am' ? '上午' : '下午'} has begun or passed`));
  }
  const capacity = half === 'am' ? category.appointments.morning : category.appointments.afternoon;
  const booked = await ctx.appointments.countStarting(q, category.id, date, range.from, range.to);
  return ok({ half, from: range.from, to: range.to, capacity, booked, free: Math.max(0, capacity - booked) });
}

/** The next `days` open working days of a business (its own setting when not given), with their places. */
export function appointmentSlots(
  ctx: QueueContext,
  input: { readonly categoryId: string; readonly days?: number | undefined },
  q?: Transaction,
): Promise<Result<{ categoryId: string; days: BookableDay[] }>> {
  return ctx.read(q, async (tx): Promise<Result<{ categoryId: string; days: BookableDay[] }>> => {
    const category = bookable(await ctx.setup(tx), input.categoryId);
    if (!category.ok) return category;
    const wanted = input.days ?? category.value.appointments.days;
    const out: BookableDay[] = [];
    let date = ctx.today();
    for (let i = 0; i < SEARCH_DAYS && out.length < wanted; i++, date = addDays(date, 1)) {
      const halves: BookableHalfDay[] = [];
      for (const h of halfDays) {
        const r = await halfOf(ctx, tx, category.value, date, h);
        if (r.ok) halves.push(r.value);
      }
      if (halves.length > 0) out.push({ date, weekday: isoWeekday(date), halves });
    }
    return ok({ categoryId: input.categoryId, days: out });
  });
}

export function book(ctx: QueueContext, input: BookInput, q?: Transaction): Promise<Result<Booking>> {
  return ctx.write(q, async (tx) => {
    const setup = await ctx.setup(tx);
    const category = bookable(setup, input.categoryId);
    if (!category.ok) return category;
    const who = identify(ctx, input.idNumber);
    if (!who.ok) return who;
    if (who.value === null) return err(kioskError('idcard.invalidIdNumber', 'a booking needs an ID number'));
    // The places of a business and day are counted and taken one booking at a time (PostgreSQL: a lock
    // per business and day; SQLite's write transactions are serial), so the last place is taken once;
    // the same lock makes a holder's second booking of the day wait and then see the first.
    await ctx.lock(tx, `booking:${input.categoryId}:${input.date}`);
    const half = await halfOf(ctx, tx, category.value, input.date, input.half);
    if (!half.ok) return half;
    const held = await ctx.appointments.ofHolderOn(tx, who.value.idHash, input.categoryId, input.date);
    if (held) {
      return err(kioskError('queue.alreadyBooked', `this holder already has an appointment for ${category.value.name} on ${input.date}`, { code: held.code, slot: { from: held.slot_from, to: held.slot_to } }));
    }
    if (half.value.free <= 0) return err(kioskError('queue.slotFull', `${category.value.name} ${input.date} ${input.half === 'am' ? '上午' : '下午'} is fully booked`));
    let code = ctx.newAppointmentCode();
    for (let tries = 0; (await ctx.appointments.get(tx, code)) && tries < 5; tries++) code = ctx.newAppointmentCode();
    if (await ctx.appointments.get(tx, code)) return err(kioskError('queue.duplicate', 'no free appointment code; try again'));
    const row: AppointmentRow = {
      ...newAppointmentRow(ctx, { code, categoryId: input.categoryId, who: who.value, date: input.date, slot: { from: half.value.from, to: half.value.to } }),
      phone_masked: maskMobile(input.phone),
      channel: input.channel,
    };
    await ctx.appointments.insert(tx, row);
    const { ticketId: _, checkedInAt: __, ...appointment } = toAppointment(setup, row);
    return ok({ ...appointment, half: input.half, phoneMasked: maskMobile(input.phone) });
  });
}
