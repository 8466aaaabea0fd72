// People ahead, estimated waits from avgServiceMinutes and the windows on duty, and the per-category
// counts (waiting, being served, held, last called).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, hallConfig, idNumber, issue, openQueue, shanghai, value } from './support.ts';

afterEach(cleanUp);

describe('wait estimates', () => {
  it('counts the people ahead and shares their service time among the windows on duty', async () => {
    const h = await openQueue();
    // general: 8 minutes each, served by w01 and w02, both on duty.
    const general = [];
    for (let i = 0; i < 5; i++) general.push(await issue(h, 'general'));
    expect(general.map((t) => [t.waitingAhead, t.estimatedWaitMinutes])).toEqual([
      [0, 0],
      [1, 4],
      [2, 8],
      [3, 12],
      [4, 16],
    ]);
    // social: 10 minutes each, w02 on duty, w03 closed.
    await issue(h, 'social');
    expect(await issue(h, 'social')).toMatchObject({ waitingAhead: 1, estimatedWaitMinutes: 10 });
    value(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    expect(await issue(h, 'social')).toMatchObject({ waitingAhead: 2, estimatedWaitMinutes: 10 });
  });

  it('counts priority tickets ahead of a normal one, not normal ones ahead of a priority one', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    await issue(h, 'general');
    const booked = await issue(h, 'general', { priority: 'appointment' });
    expect(booked.waitingAhead).toBe(0);
    const online = await issue(h, 'general', { priority: 'onlineApplication' });
    expect(online.waitingAhead).toBe(1);
    expect((await issue(h, 'general')).waitingAhead).toBe(4);
    // The first normal ticket now has the two priority tickets ahead of it.
    expect(value(await h.queue.getTicket((await h.queue.listTickets())[0]!.id)).waitingAhead).toBe(2);
  });

  it('rounds up, assumes one window when none is on duty, and updates as the queue moves', async () => {
    const h = await openQueue({ config: hallConfig({ social: { avgServiceMinutes: 2.5 } }) });
    value(await h.queue.setWindowStaff({ windowId: 'w02', staffId: null }));
    const social = [await issue(h, 'social'), await issue(h, 'social'), await issue(h, 'social')];
    expect(social.map((t) => t.estimatedWaitMinutes)).toEqual([0, 3, 5]);
    value(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    value(await h.queue.callNext('w03'));
    expect(value(await h.queue.getTicket(social[2]!.id))).toMatchObject({ waitingAhead: 1, estimatedWaitMinutes: 3 });
    expect(value(await h.queue.getTicket(social[0]!.id))).toMatchObject({ waitingAhead: null, estimatedWaitMinutes: null });
  });
});

describe('counts', () => {
  it('gives waiting, being served, held and the last number called per category, for today', async () => {
    const h = await openQueue();
    for (let i = 0; i < 4; i++) await issue(h, 'general');
    await issue(h, 'social');
    await issue(h, 'green', { idNumber: idNumber('19500101', 1) });
    expect(await h.queue.counts()).toEqual([
      { categoryId: 'general', businessDate: '2026-11-24', waiting: 4, serving: 0, held: 0, lastCalled: null },
      { categoryId: 'social', businessDate: '2026-11-24', waiting: 1, serving: 0, held: 0, lastCalled: null },
      { categoryId: 'green', businessDate: '2026-11-24', waiting: 1, serving: 0, held: 0, lastCalled: null },
    ]);
    value(await h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    expect(value(await h.queue.callNext('w01')).number).toBe('V001'); // a green ticket (70+) goes first
    value(await h.queue.finish({ windowId: 'w01' }));
    value(await h.queue.callNext('w01')); // A001
    h.clock.advance(1000);
    value(await h.queue.callNext('w02')); // B001
    h.clock.advance(1000);
    value(await h.queue.hold({ windowId: 'w01' }));
    value(await h.queue.callNext('w01'));
    expect(await h.queue.counts(['general'])).toEqual([
      { categoryId: 'general', businessDate: '2026-11-24', waiting: 2, serving: 1, held: 1, lastCalled: 'A002' },
    ]);
    h.clock.set(shanghai('2026-11-25 09:00'));
    expect((await h.queue.counts(['general']))[0]).toMatchObject({ businessDate: '2026-11-25', waiting: 0, serving: 0, lastCalled: null });
  });
});
