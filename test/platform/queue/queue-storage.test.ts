// The queue engine over both storages (SQLite and PostgreSQL, the platform's schema): a hall's day
// through QueueService (issue, call, transfer, finish, check-in, booking, offline import), each event
// heard by a second service over its own connection (another platform process, on PostgreSQL), a
// refusal inside a caller's transaction leaving nothing of it; then what several processes doing the
// same at once must not break: two windows calling next get two tickets, one person issuing twice
// gets one ticket, the last place of a half-day goes to one booking, one appointment checked in
// twice gives one ticket.
import { afterAll, describe, expect, it } from 'vitest';
import { QueueService, type QueueEvent } from '../../../platform/queue/index.ts';
import type { Storage } from '../../../platform/store/storage.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { closeStorageKinds, storageKinds } from '../../support/storage-kinds.ts';
import { code, hallConfig, idNumber, SECRET, shanghai, TUESDAY, value } from './support.ts';

afterAll(closeStorageKinds, 60_000);

const PERSON = idNumber('19880808', 234);
const at = { channel: 'kiosk', terminalId: 'kiosk-01' };

/** Until `check` holds or 5 s passed (notifications arrive asynchronously, on PostgreSQL over the network). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe.each(storageKinds)('the queue over $name', ({ open, another, skip }) => {
  const opened: { storages: Storage[]; queues: QueueService[] }[] = [];
  afterAll(async () => {
    for (const o of opened) {
      for (const q of o.queues) await q.close();
      for (const s of new Set(o.storages)) await s.close();
    }
  });

  /** A configured hall: the service, and (PostgreSQL) a second one over its own storage, as another process would be. */
  async function hall(config: unknown = hallConfig()) {
    const clock = new ManualClock(shanghai(`${TUESDAY} 09:00`));
    const storage = await open();
    let n = 0;
    const queue = new QueueService(storage, clock, { idSecret: SECRET, newId: () => `t${String(++n).padStart(4, '0')}` });
    const entry = { storages: [storage], queues: [queue] };
    opened.push(entry);
    value(await queue.configure(config));
    return { clock, storage, queue, entry };
  }

  it.skipIf(skip)('runs a hall\'s day: numbers, calls, transfer, finish, check-in, offline import, in queue order', { timeout: 120_000 }, async () => {
    const { clock, queue } = await hall(hallConfig({ general: { appointments: { morning: 2, afternoon: 1, days: 3 } } }));
    const a1 = value(await queue.issueTicket({ categoryId: 'general', ...at }));
    const a2 = value(await queue.issueTicket({ categoryId: 'general', idNumber: PERSON, ...at }));
    const b1 = value(await queue.issueTicket({ categoryId: 'social', ...at }));
    expect([a1.number, a2.number, b1.number]).toEqual(['A001', 'A002', 'B001']);
    expect(code(await queue.issueTicket({ categoryId: 'general', idNumber: PERSON, ...at }))).toBe('queue.duplicate');
    expect(a2.waitingAhead).toBe(1);
    // w02 serves social first, then general.
    const call = async (windowId: string) => {
      clock.advance(60_000);
      return value(await queue.callNext(windowId));
    };
    expect((await call('w02')).number).toBe('B001');
    expect(value(await queue.transfer({ windowId: 'w02', toCategoryId: 'general' }))).toMatchObject({ number: 'B001', categoryId: 'general', state: 'waiting' });
    expect((await call('w01')).number).toBe('A001');
    expect(value(await queue.finish({ windowId: 'w01' }))).toMatchObject({ state: 'finished' });
    // The transferred ticket keeps its place in general's queue: issued after A002, so A002 comes first.
    expect((await call('w01')).number).toBe('A002');
    const counts = await queue.counts(['general', 'social']);
    expect(counts.map((c) => [c.categoryId, c.waiting, c.serving, c.lastCalled])).toEqual([
      ['general', 1, 1, 'A002'],
      ['social', 0, 0, 'B001'],
    ]);
    expect((await queue.board(10)).calls.map((c) => c.number)).toEqual(['A002', 'A001', 'B001']);
    // Booking and check-in.
    const booked = value(await queue.book({ categoryId: 'general', date: '2026-11-25', half: 'am', idNumber: PERSON, phone: '13912345678', channel: 'kiosk' }));
    expect(booked.phoneMasked).toBe('139****5678');
    value(await queue.createAppointment({ code: 'YY26112401', categoryId: 'general', idNumber: idNumber('19660606', 456), date: TUESDAY, slot: { from: '09:00', to: '10:00' } }));
    const checked = value(await queue.checkIn({ code: 'YY26112401', ...at }));
    expect(checked).toMatchObject({ repeated: false, ticket: { origin: 'appointment', priority: { code: 'appointment' } } });
    expect(value(await queue.checkIn({ code: 'YY26112401', ...at })).ticket.id).toBe(checked.ticket.id);
    // Offline: a ticket numbered by a terminal at 08:59 joins the queue where its time puts it.
    const offline = value(await queue.importOfflineTicket({ categoryId: 'general', number: 'A900', issuedAt: shanghai(`${TUESDAY} 08:59`), terminalId: 'kiosk-02', channel: 'kiosk' }));
    expect(offline).toMatchObject({ origin: 'offline', state: 'waiting' });
    expect(code(await queue.importOfflineTicket({ categoryId: 'general', number: 'A900', issuedAt: shanghai(`${TUESDAY} 08:59`), terminalId: 'kiosk-02', channel: 'kiosk' }))).toBe('queue.offlineNumberTaken');
    const order = (await queue.listTickets()).map((t) => `${t.number}:${t.state}`);
    expect(order).toEqual(['A900:waiting', 'A001:finished', 'A002:called', 'B001:transferred', 'B001:waiting', 'A003:waiting']);
  });

  it.skipIf(skip)('tells every listening service of a committed change, and none of a refused or rolled-back one', { timeout: 120_000 }, async () => {
    const { clock, storage, queue, entry } = await hall();
    const second = await another(storage);
    const other = new QueueService(second, clock, { idSecret: SECRET });
    entry.storages.push(second);
    entry.queues.push(other);
    await other.ready();
    await queue.ready();
    const heard: QueueEvent[] = [];
    other.subscribe((e) => heard.push(e));
    const t = value(await queue.issueTicket({ categoryId: 'general', ...at }));
    await until(() => heard.length >= 2);
    expect(heard.map((e) => e.type)).toEqual(['ticketIssued', 'countsChanged']);
    // A refusal inside the route's transaction: the transaction commits (as register.ts does), nothing of it is kept or told.
    await storage.transaction(async (tx) => {
      expect(code(await queue.callNext('w03', tx))).toBe('queue.windowClosed');
      expect(code(await queue.issueTicket({ categoryId: 'green', ...at }, tx))).toBe('queue.realNameRequired');
    });
    // A change in a transaction that rolls back: neither kept nor told.
    await expect(
      storage.transaction(async (tx) => {
        value(await queue.callNext('w01', tx));
        throw new Error('the route failed after');
      }),
    ).rejects.toThrow('the route failed after');
    expect(value(await queue.getTicket(t.id)).state).toBe('waiting');
    value(await queue.callNext('w01'));
    await until(() => heard.some((e) => e.type === 'ticketCalled'));
    expect(heard.map((e) => e.type)).toEqual(['ticketIssued', 'countsChanged', 'ticketStateChanged', 'ticketCalled', 'countsChanged']);
  });

  it.skipIf(skip)('keeps concurrent requests apart: two windows, two tickets; one person, one ticket; the last place, one booking', { timeout: 120_000 }, async () => {
    const config = hallConfig({ general: { appointments: { morning: 1, afternoon: 1, days: 3 }, realName: { required: false, oneUnservedPerId: true, perPersonDailyLimit: null } } });
    const { clock, storage, queue, entry } = await hall(config);
    // A second service over its own storage on PostgreSQL (another process); on SQLite the same storage.
    const second = await another(storage);
    const other = new QueueService(second, clock, { idSecret: SECRET });
    entry.storages.push(second);
    entry.queues.push(other);
    for (let i = 0; i < 4; i++) value(await queue.issueTicket({ categoryId: 'general', ...at }));
    for (let round = 0; round < 2; round++) {
      const [x, y] = await Promise.all([queue.callNext('w01'), other.callNext('w02')]);
      expect(value(x).id).not.toBe(value(y).id);
      value(await queue.finish({ windowId: 'w01' }));
      value(await other.finish({ windowId: 'w02' }));
    }
    const someone = idNumber('19700101', 321);
    const issued = await Promise.all([queue, other, queue, other].map((q) => q.issueTicket({ categoryId: 'general', idNumber: someone, ...at })));
    expect(issued.filter((r) => r.ok)).toHaveLength(1);
    expect(issued.filter((r) => !r.ok).map(code)).toEqual(['queue.duplicate', 'queue.duplicate', 'queue.duplicate']);
    const people = [1, 2, 3, 4].map((i) => idNumber(`1980010${i}`, 100 + i));
    const booked = await Promise.all(people.map((p, i) => (i % 2 ? other : queue).book({ categoryId: 'general', date: '2026-11-25', half: 'am', idNumber: p, phone: '13912345678', channel: 'kiosk' })));
    expect(booked.filter((r) => r.ok)).toHaveLength(1);
    expect(booked.filter((r) => !r.ok).map(code)).toEqual(['queue.slotFull', 'queue.slotFull', 'queue.slotFull']);
    value(await queue.createAppointment({ code: 'YY26112409', categoryId: 'general', idNumber: people[0]!, date: TUESDAY, slot: { from: '09:00', to: '10:00' } }));
    const checkIns = await Promise.all([queue, other].map((q) => q.checkIn({ code: 'YY26112409', ...at })));
    const tickets = checkIns.map((r) => value(r));
    expect(tickets[0]!.ticket.id).toBe(tickets[1]!.ticket.id);
    expect(tickets.map((t) => t.repeated).sort()).toEqual([false, true]);
    const numbers = (await queue.listTickets()).filter((t) => t.state !== 'transferred').map((t) => t.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
