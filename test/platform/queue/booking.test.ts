// 办事预约: places per business and half-day on the open working days, one booking per holder,
// business and day, refusals for closed, past and full half-days, and the last place raced for by
// several connections (one IMMEDIATE transaction each: never more bookings than places).
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, code, hallConfig, idNumber, openQueue, SECRET, TUESDAY, value } from './support.ts';

afterEach(cleanUp);

const WEDNESDAY = '2026-11-25';
const PERSON = idNumber('19880808', 234);
const appointments = { morning: 2, afternoon: 1, days: 3 };
const config = hallConfig({ general: { appointments } });
const at = { channel: 'kiosk' };

async function bookOf(h: Awaited<ReturnType<typeof openQueue>>, over: Partial<Parameters<typeof h.queue.book>[0]> = {}) {
  return await h.queue.book({ categoryId: 'general', date: WEDNESDAY, half: 'am', idNumber: PERSON, phone: '13912345678', ...at, ...over });
}

describe('appointment slots', () => {
  it('lists the next open working days with their half-days, skipping the weekend and what has begun', async () => {
    // Friday 10:00: the morning has begun, the afternoon not; then Monday and Tuesday (no weekend).
    const h = await openQueue({ at: '2026-11-27 10:00', config });
    const slots = value(await h.queue.appointmentSlots({ categoryId: 'general' }));
    expect(slots.days.map((d) => [d.date, d.weekday, d.halves.map((x) => `${x.half} ${x.from}-${x.to} ${x.free}/${x.capacity}`)])).toEqual([
      ['2026-11-27', 5, ['pm 13:30-17:30 1/1']],
      ['2026-11-30', 1, ['am 08:30-12:00 2/2', 'pm 13:30-17:30 1/1']],
      ['2026-12-01', 2, ['am 08:30-12:00 2/2', 'pm 13:30-17:30 1/1']],
    ]);
    expect(value(await h.queue.appointmentSlots({ categoryId: 'general', days: 1 })).days).toHaveLength(1);
  });

  it('leaves out the days the hall calendar closes, and says which businesses take no appointments', async () => {
    const h = await openQueue({ config, queue: { isWorkingDay: (d) => d !== WEDNESDAY && !['2026-11-28', '2026-11-29'].includes(d) } });
    expect(value(await h.queue.appointmentSlots({ categoryId: 'general' })).days.map((d) => d.date)).toEqual([TUESDAY, '2026-11-26', '2026-11-27']);
    expect(code(await bookOf(h))).toBe('queue.slotClosed');
    expect(code(await h.queue.appointmentSlots({ categoryId: 'social' }))).toBe('queue.notBookable');
    expect(code(await h.queue.appointmentSlots({ categoryId: 'nope' }))).toBe('queue.unknownCategory');
  });

  it('counts a booking against its half-day, and a full half-day is listed with nothing free', async () => {
    const h = await openQueue({ config });
    value(await bookOf(h, { half: 'pm' }));
    const wed = value(await h.queue.appointmentSlots({ categoryId: 'general' })).days.find((d) => d.date === WEDNESDAY)!;
    expect(wed.halves.map((x) => [x.half, x.booked, x.free])).toEqual([
      ['am', 0, 2],
      ['pm', 1, 0],
    ]);
    expect(code(await bookOf(h, { half: 'pm', idNumber: idNumber('19770707', 345) }))).toBe('queue.slotFull');
  });
});

describe('booking', () => {
  it('answers a code and the appointment check-in finds; the ID number and phone are not kept in clear', async () => {
    const h = await openQueue({ config, queue: { newAppointmentCode: () => 'YY12345678' } });
    const b = value(await bookOf(h));
    expect(b).toEqual({
      code: 'YY12345678',
      categoryId: 'general',
      date: WEDNESDAY,
      half: 'am',
      slot: { from: '08:30', to: '12:00' },
      checkIn: { from: '08:00', until: '12:15' },
      idTail6: PERSON.slice(-6),
      phoneMasked: '139****5678',
      createdAt: new Date(h.clock.now()).toISOString(),
    });
    const stored = JSON.stringify(await h.storage.query('SELECT * FROM queue_appointments'));
    expect(stored).not.toContain(PERSON.slice(0, 12));
    expect(stored).not.toContain('13912345678');
    // The next morning, check-in by the code gives an appointment ticket.
    h.clock.set(Date.parse(`${WEDNESDAY}T09:00:00+08:00`));
    const t = value(await h.queue.checkIn({ code: b.code, channel: 'kiosk', terminalId: 'k1' }));
    expect(t.ticket.appointmentCode).toBe('YY12345678');
    expect(t.ticket.origin).toBe('appointment');
  });

  it('refuses a second booking of the same holder and business on one day, naming the one held', async () => {
    let n = 0;
    const h = await openQueue({ config, queue: { newAppointmentCode: () => `YY${String(++n).padStart(8, '0')}` } });
    const first = value(await bookOf(h));
    const again = await bookOf(h, { half: 'pm' });
    expect(code(again)).toBe('queue.alreadyBooked');
    expect(!again.ok && again.error.details).toMatchObject({ code: first.code });
    // Another day, or another holder the same day, is fine.
    value(await bookOf(h, { date: '2026-11-26' }));
    value(await bookOf(h, { idNumber: idNumber('19770707', 345) }));
  });

  it('refuses a past or begun half-day, a weekend, a bad ID number', async () => {
    const h = await openQueue({ at: `${TUESDAY} 10:00`, config });
    expect(code(await bookOf(h, { date: TUESDAY, half: 'am' }))).toBe('queue.slotPast');
    expect(code(await bookOf(h, { date: '2026-11-23' }))).toBe('queue.slotPast');
    value(await bookOf(h, { date: TUESDAY, half: 'pm' }));
    expect(code(await bookOf(h, { date: '2026-11-28' }))).toBe('queue.slotClosed');
    expect(code(await bookOf(h, { idNumber: `${PERSON.slice(0, 17)}${PERSON[17] === '0' ? '1' : '0'}` }))).toBe('idcard.invalidIdNumber');
  });

  it('gives the last places to exactly as many racing connections as there are places', async () => {
    const h = await openQueue({ config });
    await h.close();
    const gate = new SharedArrayBuffer(4);
    const people = (w: number) => [1, 2, 3].map((i) => idNumber('19900101', 100 + w * 10 + i));
    const workers = [1, 2, 3, 4].map(
      (worker) =>
        new Promise<{ codes: string[]; failures: string[] }>((resolve, reject) => {
          const w = new Worker(new URL('./issue-worker.ts', import.meta.url), {
            workerData: { database: h.database, secret: SECRET, now: h.clock.now(), count: 0, idNumbers: people(worker), date: WEDNESDAY, worker, gate },
          });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    );
    const view = new Int32Array(gate);
    Atomics.store(view, 0, 1);
    Atomics.notify(view, 0);
    const results = await Promise.all(workers);
    expect(results.flatMap((r) => r.codes)).toHaveLength(appointments.morning);
    expect(results.flatMap((r) => r.failures).sort()).toEqual(Array(12 - appointments.morning).fill('queue.slotFull'));
  });
});
