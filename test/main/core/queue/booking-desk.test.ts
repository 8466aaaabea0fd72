// 办事预约 through the terminal core against the real reference platform: the free places, a booking by
// the card on the reader (slip printed with the code, the holder masked) that check-in then finds, a
// typed number with a wrong check digit refused before anything is sent, no card, a second booking the
// same day refused, offline said plainly, a timed-out booking retried with the same key (one booking),
// no paper (the booking stands, the code is for the screen), and the visit forgetting what it booked.
import { afterEach, describe, expect, it } from 'vitest';
import { zhangWei } from '../../../../devices/idcard/test-identities.ts';
import { encodeBookingSlip, printerProfiles, type BookingSlip } from '../../../../devices/printer/index.ts';
import { err, ok, type Result } from '../../../../domain/result.ts';
import { kioskError } from '../../../../domain/errors.ts';
import { BookingDesk } from '../../../../main/core/queue/booking-desk.ts';
import type { PrinterDevice } from '../../../../main/core/devices/printer-device.ts';
import type { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { BUSINESS_DATE, openDesks, type CoreDesks } from '../cases/support.ts';

const WEDNESDAY = '2026-11-25';
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? null : r.error!.code);

let d: CoreDesks | null = null;
afterEach(async () => {
  await d?.close();
  d = null;
});

function bookingDesk(desks: CoreDesks, over: { session?: PlatformSession; paper?: boolean; keys?: string[]; card?: () => Result<string | null> } = {}) {
  const slips: BookingSlip[] = [];
  const printer = {
    printBookingSlip: async (slip: BookingSlip) => {
      if (over.paper === false) return err(kioskError('printer.paperOut', 'out of paper'));
      // The real encoder runs, so a slip that cannot be laid out fails here as on the printer.
      const bytes = encodeBookingSlip(slip, printerProfiles['generic-80']);
      if (!bytes.ok) return bytes;
      slips.push(slip);
      return ok({});
    },
  } as unknown as PrinterDevice;
  let n = 0;
  const desk = new BookingDesk({
    session: over.session ?? desks.session,
    idNumber: over.card ?? (() => ok(desks.card)),
    setup: desks.setup,
    printer: () => printer,
    config: desks.config,
    log: new EventLog(desks.clock).for('booking'),
    now: () => desks.clock.now(),
    newKey: () => {
      const key = `booking-key-${++n}`;
      over.keys?.push(key);
      return key;
    },
  });
  return { desk, slips };
}

describe('booking desk', () => {
  it('lists free places, books by the card, prints the slip, and check-in finds the same appointment', async () => {
    d = await openDesks(`${BUSINESS_DATE}T10:00:00+08:00`);
    const { desk, slips } = bookingDesk(d);
    const slots = await desk.slots('general');
    expect(slots.ok && slots.value.days[0]).toMatchObject({ date: BUSINESS_DATE, halves: [{ half: 'pm', from: '13:30' }] });
    d.card = zhangWei.idNumber;
    const r = await desk.book({ categoryId: 'general', date: WEDNESDAY, half: 'am', phone: '13912345678' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ categoryName: '综合受理', date: WEDNESDAY, weekday: 3, half: 'am', slot: { from: '08:30', to: '12:00' }, phoneMasked: '139****5678', print: 'printed' });
    expect(r.value.holderMasked).toBe(`${zhangWei.idNumber.slice(0, 6)}********${zhangWei.idNumber.slice(-4)}`);
    expect(slips).toHaveLength(1);
    expect(slips[0]).toMatchObject({ code: r.value.code, weekdayName: '星期三', halfName: '上午', holderMasked: r.value.holderMasked });
    const after = await desk.slots('general');
    const wed = after.ok ? after.value.days.find((x) => x.date === WEDNESDAY) : undefined;
    const before = slots.ok ? slots.value.days.find((x) => x.date === WEDNESDAY) : undefined;
    expect(wed?.halves[0]?.free).toBe((before?.halves[0]?.free ?? 0) - 1);
    // Wednesday 08:40: the code checks in this very appointment.
    d.clock.set(Date.parse(`${WEDNESDAY}T08:40:00+08:00`));
    const ticket = await d.ticketing.checkIn(r.value.code);
    expect(ticket.ok && ticket.value).toMatchObject({ categoryId: 'general', priorityMark: '预约' });
    // The same holder cannot book the business again that day; the refusal names the booking held.
    d.clock.set(Date.parse(`${BUSINESS_DATE}T10:00:00+08:00`));
    const again = await desk.book({ categoryId: 'general', date: WEDNESDAY, half: 'pm', phone: '13912345678' });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'queue.alreadyBooked', details: { code: r.value.code } });
  });

  it('refuses without a card or number, a wrong check digit (nothing sent), a business without appointments', async () => {
    d = await openDesks();
    const keys: string[] = [];
    const { desk } = bookingDesk(d, { keys });
    const input = { categoryId: 'general', date: WEDNESDAY, half: 'am' as const, phone: '13912345678' };
    expect(codeOf(await desk.book(input))).toBe('idcard.noCard');
    const wrong = `${zhangWei.idNumber.slice(0, 17)}${zhangWei.idNumber.endsWith('1') ? '2' : '1'}`;
    expect(codeOf(await desk.book({ ...input, idNumber: wrong }))).toBe('idcard.invalidIdNumber');
    expect(keys).toEqual([]);
    expect(codeOf(await desk.slots('green'))).toBe('queue.notBookable');
    expect(codeOf(await desk.book({ ...input, date: '2026-11-28', idNumber: zhangWei.idNumber }))).toBe('queue.slotClosed');
  });

  it('refuses an expired card with the identity’s words, and sends nothing, even with a number typed', async () => {
    d = await openDesks(`${BUSINESS_DATE}T10:00:00+08:00`);
    const expired = err(kioskError('idcard.expired', 'this ID card expired on 2024-05-01', { validTo: '2024-05-01' }));
    const keys: string[] = [];
    const { desk, slips } = bookingDesk(d, { card: () => expired, keys });
    const r = await desk.book({ categoryId: 'general', date: WEDNESDAY, half: 'am', phone: '13912345678', idNumber: zhangWei.idNumber });
    expect(r).toEqual(expired);
    expect(keys).toEqual([]);
    expect(slips).toEqual([]);
  });

  it('says offline plainly: no place can be promised without the platform', async () => {
    d = await openDesks();
    const { desk } = bookingDesk(d);
    await d.platformDown();
    expect(codeOf(await desk.slots('general'))).toBe('platform.offline');
    expect(codeOf(await desk.book({ categoryId: 'general', date: WEDNESDAY, half: 'am', phone: '13912345678', idNumber: zhangWei.idNumber }))).toBe('platform.offline');
  });

  it('asks again with the same key after a timeout: the booking the platform made, not a second one', async () => {
    d = await openDesks();
    const real = d.session;
    const sent: string[] = [];
    let lost = 1;
    // The first answer is lost on the way back (the platform did book): the desk sees a timeout.
    const session = {
      client: {
        call: async (name: string, input: { idempotencyKey?: string }) => {
          const r = await (real.client.call as (n: string, i: unknown) => Promise<unknown>)(name, input);
          if (name !== 'appointments.book') return r;
          sent.push(input.idempotencyKey ?? '');
          return lost-- > 0 ? err(kioskError('platform.timeout', 'no answer in time')) : r;
        },
      },
    } as unknown as PlatformSession;
    const { desk } = bookingDesk(d, { session });
    const r = await desk.book({ categoryId: 'general', date: WEDNESDAY, half: 'am', phone: '13912345678', idNumber: zhangWei.idNumber });
    expect(r.ok).toBe(true);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBe(sent[1]);
    const stored = (await d.platform.platform.queue.listAppointments({ date: WEDNESDAY, categoryId: 'general' })).filter((a) => a.idTail6 === zhangWei.idNumber.slice(-6));
    expect(stored.map((a) => a.code)).toEqual([r.ok ? r.value.code : '']);
  });

  it('without paper the booking stands and the code is for the screen; only this visit’s bookings print again', async () => {
    d = await openDesks();
    const { desk } = bookingDesk(d, { paper: false });
    const r = await desk.book({ categoryId: 'general', date: WEDNESDAY, half: 'pm', phone: '13912345678', idNumber: zhangWei.idNumber });
    expect(r.ok && r.value).toMatchObject({ print: 'failed', printError: 'printer.paperOut' });
    const code = r.ok ? r.value.code : '';
    expect((await desk.printSlip(code)).ok).toBe(true);
    desk.forgetVisit();
    expect(codeOf(await desk.printSlip(code))).toBe('queue.appointmentNotFound');
  });
});
