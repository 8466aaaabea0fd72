// Every change is announced, after it committed, with no personal data; a refused action announces
// nothing; a throwing listener does not break the engine or the other listeners.
import { afterEach, describe, expect, it } from 'vitest';
import { queueEventSchemas, type QueueEventType } from '../../../domain/queue.ts';
import type { QueueEvent } from '../../../platform/queue/index.ts';
import { cleanUp, idNumber, issue, openQueue, value } from './support.ts';

afterEach(cleanUp);

const PERSON = idNumber('19900315', 123);
const types = (events: readonly QueueEvent[]) => events.map((e) => e.type);

describe('events', () => {
  it('announces an issued ticket and the new counts, without the ID tail', async () => {
    const h = await openQueue();
    const t = await issue(h, 'general', { idNumber: PERSON });
    expect(types(h.events)).toEqual(['ticketIssued', 'countsChanged']);
    const [issued, counts] = h.events;
    expect(issued).toMatchObject({ type: 'ticketIssued', at: t.issuedAt, ticket: { id: t.id, number: 'A001', waitingAhead: 0 } });
    expect(issued && 'ticket' in issued ? issued.ticket : {}).not.toHaveProperty('idTail6');
    expect(counts).toMatchObject({ type: 'countsChanged', counts: [{ categoryId: 'general', waiting: 1 }] });
    expect(JSON.stringify(h.events)).not.toContain(PERSON.slice(-6));
  });

  it('announces calls with the window, recalls as recalls, and every state change', async () => {
    const h = await openQueue();
    const t = await issue(h, 'general');
    h.events.length = 0;
    value(await h.queue.callNext('w02'));
    expect(h.events).toEqual([
      expect.objectContaining({ type: 'ticketStateChanged', ticketId: t.id, from: 'waiting', to: 'called', windowId: 'w02' }),
      expect.objectContaining({
        type: 'ticketCalled',
        number: 'A001',
        windowId: 'w02',
        windowNumber: '2',
        windowName: '2号窗口',
        recall: false,
        callCount: 1,
      }),
      expect.objectContaining({ type: 'countsChanged', counts: [expect.objectContaining({ waiting: 0, serving: 1, lastCalled: 'A001' })] }),
    ]);
    h.events.length = 0;
    value(await h.queue.recall({ windowId: 'w02' }));
    expect(h.events).toEqual([expect.objectContaining({ type: 'ticketCalled', recall: true, callCount: 2 })]);
    h.events.length = 0;
    value(await h.queue.startServing({ windowId: 'w02' }));
    value(await h.queue.hold({ windowId: 'w02' }));
    value(await h.queue.callBack({ windowId: 'w02', ticketId: t.id }));
    value(await h.queue.finish({ windowId: 'w02' }));
    const changes = h.events.flatMap((e) => (e.type === 'ticketStateChanged' ? [`${e.from}->${e.to}`] : []));
    expect(changes).toEqual(['called->serving', 'serving->held', 'held->called', 'called->finished']);
    expect(h.events.find((e) => e.type === 'ticketFinished')).toMatchObject({ ticketId: t.id, windowId: 'w02', staffId: 'ST0002' });
  });

  it('announces a skip and a transfer with the counts of both categories', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    h.events.length = 0;
    value(await h.queue.skip({ windowId: 'w01' }));
    expect(h.events.map((e) => (e.type === 'ticketStateChanged' ? e.to : e.type))).toEqual(['skipped', 'countsChanged']);
    value(await h.queue.callNext('w01'));
    h.events.length = 0;
    const moved = value(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'social' }));
    expect(types(h.events)).toEqual(['ticketStateChanged', 'ticketTransferred', 'countsChanged']);
    expect(h.events[1]).toMatchObject({ fromCategoryId: 'general', position: 'keep', ticket: { id: moved.id, categoryId: 'social' } });
    const counts = h.events[2]?.type === 'countsChanged' ? h.events[2].counts : [];
    expect(counts.map((c) => [c.categoryId, c.waiting, c.serving])).toEqual([
      ['general', 0, 0],
      ['social', 1, 0],
    ]);
  });

  it('announces a check-in and configuration changes', async () => {
    const h = await openQueue();
    value(await h.queue.createAppointment({ code: 'YY1', categoryId: 'social', idNumber: PERSON, date: '2026-11-24', slot: { from: '09:00', to: '10:00' } }));
    value(await h.queue.checkIn({ code: 'YY1', channel: 'kiosk', terminalId: 'k' }));
    expect(types(h.events)).toEqual(['ticketIssued', 'appointmentCheckedIn', 'countsChanged']);
    h.events.length = 0;
    value(await h.queue.checkIn({ code: 'YY1', channel: 'kiosk', terminalId: 'k' }));
    expect(h.events).toEqual([]);
    value(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    expect(types(h.events)).toEqual(['configurationChanged']);
  });

  it('announces nothing for a refused action', async () => {
    const h = await openQueue();
    expect((await h.queue.callNext('w01')).ok).toBe(false);
    expect((await h.queue.issueTicket({ categoryId: 'green', channel: 'kiosk', terminalId: 'k' })).ok).toBe(false);
    expect(h.events).toEqual([]);
  });

  it('keeps going when a listener throws, reports it, and stops after unsubscribe', async () => {
    const reported: unknown[] = [];
    const h = await openQueue({ queue: { reportError: (e) => reported.push(e) } });
    const boom = new Error('listener bug');
    const off = h.queue.subscribe(() => {
      throw boom;
    });
    const t = await issue(h, 'general');
    expect(t.number).toBe('A001');
    expect(types(h.events)).toEqual(['ticketIssued', 'countsChanged']);
    expect(reported).toEqual([boom, boom]);
    off();
    await issue(h, 'general');
    expect(reported).toHaveLength(2);
    expect(h.events).toHaveLength(4);
  });

  it("announces only what the terminals' schemas (domain/queue.ts) read, every type of it", async () => {
    const h = await openQueue();
    const a = await issue(h, 'general');
    await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    value(await h.queue.recall({ windowId: 'w01' }));
    value(await h.queue.transfer({ windowId: 'w01', toCategoryId: 'social' }));
    value(await h.queue.callNext('w01'));
    value(await h.queue.finish({ windowId: 'w01' }));
    const seen = new Set<string>();
    for (const e of h.events) {
      const schema = queueEventSchemas[e.type as QueueEventType];
      expect(schema, e.type).toBeDefined();
      const parsed = schema.safeParse(e);
      expect(parsed.success, `${e.type}: ${parsed.error?.message ?? ''}`).toBe(true);
      seen.add(e.type);
    }
    expect([...seen].sort()).toEqual(['countsChanged', 'ticketCalled', 'ticketFinished', 'ticketIssued', 'ticketStateChanged', 'ticketTransferred']);
    expect(a.number).toBe('A001');
  });
});
