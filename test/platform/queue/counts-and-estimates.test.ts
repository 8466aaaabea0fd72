// People ahead, estimated waits from avgServiceMinutes and the windows on duty, and the per-category
// counts (waiting, being served, held, last called).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, hallConfig, idNumber, issue, openQueue, shanghai, value } from './support.ts';

afterEach(cleanUp);

describe('wait estimates', () => {
  it('counts the people ahead and shares their service time among the windows on duty', () => {
    const h = openQueue();
    // general: 8 minutes each, served by w01 and w02, both on duty.
    const general = Array.from({ length: 5 }, () => issue(h, 'general'));
    expect(general.map((t) => [t.waitingAhead, t.estimatedWaitMinutes])).toEqual([
      [0, 0],
      [1, 4],
      [2, 8],
      [3, 12],
      [4, 16],
    ]);
    // social: 10 minutes each, w02 on duty, w03 closed.
    issue(h, 'social');
    expect(issue(h, 'social')).toMatchObject({ waitingAhead: 1, estimatedWaitMinutes: 10 });
    value(h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    expect(issue(h, 'social')).toMatchObject({ waitingAhead: 2, estimatedWaitMinutes: 10 });
  });

  it('counts priority tickets ahead of a normal one, not normal ones ahead of a priority one', () => {
    const h = openQueue();
    issue(h, 'general');
    issue(h, 'general');
    const booked = issue(h, 'general', { priority: 'appointment' });
    expect(booked.waitingAhead).toBe(0);
    const online = issue(h, 'general', { priority: 'onlineApplication' });
    expect(online.waitingAhead).toBe(1);
    expect(issue(h, 'general').waitingAhead).toBe(4);
    // The first normal ticket now has the two priority tickets ahead of it.
    expect(value(h.queue.getTicket(h.queue.listTickets()[0]!.id)).waitingAhead).toBe(2);
  });

  it('rounds up, assumes one window when none is on duty, and updates as the queue moves', () => {
    const h = openQueue({ config: hallConfig({ social: { avgServiceMinutes: 2.5 } }) });
    value(h.queue.setWindowStaff({ windowId: 'w02', staffId: null }));
    const social = [issue(h, 'social'), issue(h, 'social'), issue(h, 'social')];
    expect(social.map((t) => t.estimatedWaitMinutes)).toEqual([0, 3, 5]);
    value(h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    value(h.queue.callNext('w03'));
    expect(value(h.queue.getTicket(social[2]!.id))).toMatchObject({ waitingAhead: 1, estimatedWaitMinutes: 3 });
    expect(value(h.queue.getTicket(social[0]!.id))).toMatchObject({ waitingAhead: null, estimatedWaitMinutes: null });
  });
});

describe('counts', () => {
  it('gives waiting, being served, held and the last number called per category, for today', () => {
    const h = openQueue();
    for (let i = 0; i < 4; i++) issue(h, 'general');
    issue(h, 'social');
    issue(h, 'green', { idNumber: idNumber('19500101', 1) });
    expect(h.queue.counts()).toEqual([
      { categoryId: 'general', businessDate: '2026-11-24', waiting: 4, serving: 0, held: 0, lastCalled: null },
      { categoryId: 'social', businessDate: '2026-11-24', waiting: 1, serving: 0, held: 0, lastCalled: null },
      { categoryId: 'green', businessDate: '2026-11-24', waiting: 1, serving: 0, held: 0, lastCalled: null },
    ]);
    value(h.queue.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
    expect(value(h.queue.callNext('w01')).number).toBe('V001'); // a green ticket (70+) goes first
    value(h.queue.finish({ windowId: 'w01' }));
    value(h.queue.callNext('w01')); // A001
    h.clock.advance(1000);
    value(h.queue.callNext('w02')); // B001
    h.clock.advance(1000);
    value(h.queue.hold({ windowId: 'w01' }));
    value(h.queue.callNext('w01'));
    expect(h.queue.counts(['general'])).toEqual([
      { categoryId: 'general', businessDate: '2026-11-24', waiting: 2, serving: 1, held: 1, lastCalled: 'A002' },
    ]);
    h.clock.set(shanghai('2026-11-25 09:00'));
    expect(h.queue.counts(['general'])[0]).toMatchObject({ businessDate: '2026-11-25', waiting: 0, serving: 0, lastCalled: null });
  });
});
