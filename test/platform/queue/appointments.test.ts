// Appointments: created with an ID number (kept as hash and last 6), listed, checked in once on their
// date by code or by ID number; a second check-in answers with the same ticket.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, code, hallConfig, idNumber, issue, openQueue, shanghai, TUESDAY, value, type Harness } from './support.ts';

afterEach(cleanUp);

const PERSON = idNumber('19880808', 234);
const STRANGER = idNumber('19770707', 345);

async function book(h: Harness, over: { code?: string; categoryId?: string; date?: string; idNumber?: string; slot?: { from: string; to: string } } = {}) {
  return value(
    await h.queue.createAppointment({
      code: over.code ?? 'YY26112401',
      categoryId: over.categoryId ?? 'general',
      idNumber: over.idNumber ?? PERSON,
      date: over.date ?? TUESDAY,
      slot: over.slot ?? { from: '09:00', to: '10:00' },
    }),
  );
}

const at = { channel: 'kiosk', terminalId: 'kiosk-01' };

describe('appointments', () => {
  it('creates and lists appointments without the ID number', async () => {
    const h = await openQueue();
    const a = await book(h);
    expect(a).toEqual({
      code: 'YY26112401',
      categoryId: 'general',
      date: TUESDAY,
      slot: { from: '09:00', to: '10:00' },
      checkIn: { from: '08:30', until: '10:15' },
      idTail6: PERSON.slice(-6),
      createdAt: new Date(h.clock.now()).toISOString(),
      ticketId: null,
      checkedInAt: null,
    });
    await book(h, { code: 'YY26112501', date: '2026-11-25', categoryId: 'social' });
    expect((await h.queue.listAppointments()).map((x) => x.code)).toEqual(['YY26112401', 'YY26112501']);
    expect((await h.queue.listAppointments({ date: TUESDAY })).map((x) => x.code)).toEqual(['YY26112401']);
    expect((await h.queue.listAppointments({ categoryId: 'social' })).map((x) => x.code)).toEqual(['YY26112501']);
    expect(JSON.stringify(await h.storage.query('SELECT * FROM queue_appointments'))).not.toContain(PERSON.slice(0, 12));
  });

  it('generates a code when none is given, and refuses a taken code, an unknown category, a bad ID', async () => {
    const h = await openQueue({ queue: { newAppointmentCode: () => 'YY00000001' } });
    const slot = { from: '09:00', to: '10:00' };
    expect(value(await h.queue.createAppointment({ categoryId: 'general', idNumber: PERSON, date: TUESDAY, slot })).code).toBe('YY00000001');
    expect(code(await h.queue.createAppointment({ categoryId: 'general', idNumber: PERSON, date: TUESDAY, slot }))).toBe('queue.duplicate');
    expect(code(await h.queue.createAppointment({ categoryId: 'nope', idNumber: PERSON, date: TUESDAY, slot }))).toBe('queue.unknownCategory');
    expect(code(await h.queue.createAppointment({ code: 'YY2', categoryId: 'general', idNumber: '123', date: TUESDAY, slot }))).toBe('idcard.invalidIdNumber');
  });

  it('checks in by code once: a priority ticket, then the same ticket again', async () => {
    const h = await openQueue();
    await book(h);
    const first = value(await h.queue.checkIn({ code: 'YY26112401', ...at }));
    expect(first.repeated).toBe(false);
    expect(first.ticket).toMatchObject({
      number: 'A001',
      origin: 'appointment',
      appointmentCode: 'YY26112401',
      idTail6: PERSON.slice(-6),
      priority: { code: 'appointment', mark: '预约' },
    });
    const again = value(await h.queue.checkIn({ code: 'yy26112401', ...at }));
    expect(again).toEqual({ ticket: first.ticket, repeated: true });
    expect(await h.queue.listTickets()).toHaveLength(1);
    expect((await h.queue.listAppointments())[0]).toMatchObject({ ticketId: first.ticket.id, checkedInAt: new Date(h.clock.now()).toISOString() });
  });

  it('checks in by ID number, choosing today’s appointment (and the category when asked)', async () => {
    const h = await openQueue();
    await book(h, { code: 'YY1', categoryId: 'general' });
    await book(h, { code: 'YY2', categoryId: 'social' });
    const social = value(await h.queue.checkIn({ idNumber: PERSON, categoryId: 'social', ...at }));
    expect(social.ticket).toMatchObject({ categoryId: 'social', number: 'B001', appointmentCode: 'YY2' });
    const next = value(await h.queue.checkIn({ idNumber: PERSON, ...at }));
    expect(next).toMatchObject({ repeated: false, ticket: { categoryId: 'general', appointmentCode: 'YY1' } });
    expect(value(await h.queue.checkIn({ idNumber: PERSON.toLowerCase(), ...at })).repeated).toBe(true);
  });

  it('refuses another day’s appointment and an unknown one', async () => {
    const h = await openQueue();
    await book(h, { code: 'YY3', date: '2026-11-25' });
    const early = await h.queue.checkIn({ code: 'YY3', ...at });
    expect(early.ok ? null : early.error).toMatchObject({ code: 'queue.appointmentNotToday', details: { dates: ['2026-11-25'] } });
    expect(code(await h.queue.checkIn({ idNumber: PERSON, ...at }))).toBe('queue.appointmentNotToday');
    expect(code(await h.queue.checkIn({ code: 'YY404', ...at }))).toBe('queue.appointmentNotFound');
    expect(code(await h.queue.checkIn({ idNumber: STRANGER, ...at }))).toBe('queue.appointmentNotFound');
    h.clock.set(shanghai('2026-11-25 09:30'));
    expect(value(await h.queue.checkIn({ code: 'YY3', ...at })).ticket.businessDate).toBe('2026-11-25');
  });

  it('is outside the quotas but inside opening hours and the real-name rules', async () => {
    const h = await openQueue({ config: hallConfig({ general: { dailyQuota: 1 } }) });
    await issue(h, 'general');
    expect(code(await h.queue.issueTicket({ categoryId: 'general', ...at }))).toBe('queue.quotaExhausted');
    await book(h, { code: 'YY4' });
    expect(value(await h.queue.checkIn({ code: 'YY4', ...at })).ticket.number).toBe('A002');
    await book(h, { code: 'YY5', categoryId: 'social' });
    await issue(h, 'social', { idNumber: PERSON });
    expect(code(await h.queue.checkIn({ code: 'YY5', ...at }))).toBe('queue.duplicate');
    h.clock.set(shanghai(`${TUESDAY} 12:30`));
    await book(h, { code: 'YY6', idNumber: STRANGER, slot: { from: '12:00', to: '13:00' } });
    expect(code(await h.queue.checkIn({ code: 'YY6', ...at }))).toBe('queue.closed');
    // A refused check-in leaves the appointment open.
    expect((await h.queue.listAppointments()).find((a) => a.code === 'YY6')?.ticketId).toBeNull();
  });

  it('calls appointment check-ins before normal tickets, per the rules’ order', async () => {
    const h = await openQueue();
    const a1 = await issue(h, 'general');
    const online = await issue(h, 'general', { priority: 'onlineApplication' });
    await book(h);
    const booked = value(await h.queue.checkIn({ code: 'YY26112401', ...at })).ticket;
    expect(booked.waitingAhead).toBe(0);
    const order = [];
    for (let i = 0; i < 3; i++) {
      order.push(value(await h.queue.callNext('w01')).number);
      value(await h.queue.finish({ windowId: 'w01' }));
    }
    expect(order).toEqual([booked.number, online.number, a1.number]);
  });

  it('answers a repeated check-in after a transfer with the ticket that continues it', async () => {
    const h = await openQueue();
    await book(h);
    const first = value(await h.queue.checkIn({ code: 'YY26112401', ...at })).ticket;
    value(await h.queue.callNext('w01'));
    const moved = value(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'social' }));
    expect(value(await h.queue.checkIn({ code: 'YY26112401', ...at })).ticket).toMatchObject({ id: moved.id, number: first.number, categoryId: 'social' });
  });

  it('checks in only from 30 minutes before the slot to 15 minutes after its end, saying when', async () => {
    const h = await openQueue({ at: `${TUESDAY} 08:29` });
    await book(h, { code: 'YY7', slot: { from: '09:00', to: '10:00' } });
    const early = await h.queue.checkIn({ code: 'YY7', ...at });
    expect(early.ok ? null : early.error).toMatchObject({ code: 'queue.appointmentTooEarly', details: { from: '08:30', slot: { from: '09:00', to: '10:00' } } });
    h.clock.set(shanghai(`${TUESDAY} 10:16`));
    const late = await h.queue.checkIn({ code: 'YY7', ...at });
    expect(late.ok ? null : late.error).toMatchObject({ code: 'queue.appointmentLate', details: { until: '10:15' } });
    // Refused either way: the appointment stays open, no ticket was made.
    expect(await h.queue.listTickets()).toHaveLength(0);
    h.clock.set(shanghai(`${TUESDAY} 10:15`));
    expect(value(await h.queue.checkIn({ code: 'YY7', ...at })).repeated).toBe(false);
    // Once checked in, the same ticket again at any time.
    h.clock.set(shanghai(`${TUESDAY} 16:00`));
    expect(value(await h.queue.checkIn({ code: 'YY7', ...at })).repeated).toBe(true);
    h.clock.set(shanghai(`${TUESDAY} 08:30`));
    await book(h, { code: 'YY8', idNumber: STRANGER, slot: { from: '09:00', to: '10:00' } });
    expect(value(await h.queue.checkIn({ code: 'YY8', ...at })).repeated).toBe(false);
  });

  it('takes the window from the category’s set-up', async () => {
    const h = await openQueue({ at: `${TUESDAY} 09:00`, config: hallConfig({ general: { appointmentCheckIn: { earlyMinutes: 60, lateMinutes: 0 } } }) });
    await book(h, { code: 'YY9', slot: { from: '10:00', to: '11:00' } });
    expect(value(await h.queue.checkIn({ code: 'YY9', ...at })).ticket.appointmentCode).toBe('YY9');
    await book(h, { code: 'YY10', idNumber: STRANGER, slot: { from: '10:00', to: '11:00' } });
    h.clock.set(shanghai(`${TUESDAY} 11:01`));
    expect(code(await h.queue.checkIn({ code: 'YY10', ...at }))).toBe('queue.appointmentLate');
  });

  it('by ID number picks the appointment open now, else the one checked in, else says when the next opens', async () => {
    const h = await openQueue({ at: `${TUESDAY} 09:10` });
    await book(h, { code: 'YY11', slot: { from: '09:00', to: '10:00' } });
    await book(h, { code: 'YY12', categoryId: 'social', slot: { from: '14:00', to: '15:00' } });
    expect(value(await h.queue.checkIn({ idNumber: PERSON, ...at })).ticket.appointmentCode).toBe('YY11');
    // The morning one is checked in: the card gives that ticket again rather than refuse the afternoon one.
    expect(value(await h.queue.checkIn({ idNumber: PERSON, ...at }))).toMatchObject({ repeated: true, ticket: { appointmentCode: 'YY11' } });
    const early = await h.queue.checkIn({ idNumber: PERSON, categoryId: 'social', ...at });
    expect(early.ok ? null : early.error).toMatchObject({ code: 'queue.appointmentTooEarly', details: { from: '13:30' } });
    h.clock.set(shanghai(`${TUESDAY} 13:40`));
    expect(value(await h.queue.checkIn({ idNumber: PERSON, categoryId: 'social', ...at })).ticket.appointmentCode).toBe('YY12');
    // Somebody whose only appointment today is over is told it is late.
    await book(h, { code: 'YY13', idNumber: STRANGER, slot: { from: '09:00', to: '10:00' } });
    expect(code(await h.queue.checkIn({ idNumber: STRANGER, ...at }))).toBe('queue.appointmentLate');
  });
});
