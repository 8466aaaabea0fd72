// Window staff duty (services/staff-duty.ts) built over the storage, on SQLite and PostgreSQL: sign-in
// by PIN and by card, a wrong PIN counted (also inside a route's transaction, which commits the
// refusal) and the lock after five, pause and resume, one window at a time, and windowDutyChanged
// heard by a service over another connection (another platform process on PostgreSQL).
import { afterAll, describe, expect, it } from 'vitest';
import type { WindowDutyChangedEvent } from '../../domain/staff.ts';
import { unwrap } from '../../platform/http/platform-error.ts';
import { PlatformError } from '../../platform/http/platform-error.ts';
import { QueueService } from '../../platform/queue/index.ts';
import { StaffDuty } from '../../platform/services/staff-duty.ts';
import type { Storage } from '../../platform/store/storage.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { closeStorageKinds, storageKinds } from '../support/storage-kinds.ts';
import { platformCodeRejected } from '../support/platform-code.ts';
import { hallConfig, idNumber, SECRET, shanghai, TUESDAY } from './queue/support.ts';

afterAll(closeStorageKinds, 60_000);

const CARD = idNumber('19800101', 111);

describe.each(storageKinds)('staff duty over $name', ({ open, another, skip }) => {
  const closing: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of closing.reverse()) await c();
  });

  async function setUp() {
    const clock = new ManualClock(shanghai(`${TUESDAY} 09:00`));
    const storage = await open();
    const services = (s: Storage, events: WindowDutyChangedEvent[]) => {
      const queue = new QueueService(s, clock, { idSecret: SECRET });
      const duty = new StaffDuty({
        storage: s,
        now: () => clock.now(),
        idSecret: SECRET,
        queueOf: () => queue,
        emit: (e) => events.push(e),
        unwrap,
      });
      closing.push(() => queue.close());
      return { queue, duty };
    };
    const heard: WindowDutyChangedEvent[] = [];
    const here = services(storage, []);
    const second = await another(storage);
    const there = services(second, heard);
    closing.push(async () => {
      if (second !== storage) await second.close();
      await storage.close();
    });
    await here.queue.configure(hallConfig());
    await here.duty.setCredentials('ST0003', '300388', CARD);
    await there.duty.ready();
    return { clock, storage, ...here, heard };
  }

  it.skipIf(skip)('signs in by PIN and card, pauses and resumes, one window at a time; every change heard elsewhere', { timeout: 120_000 }, async () => {
    const { queue, duty, heard } = await setUp();
    // w03 is closed in the hall's set-up; ST0003 signs in there.
    expect(await duty.signIn('w03', { staffId: 'ST0003', pin: '300388' })).toMatchObject({ staff: { id: 'ST0003' }, paused: false });
    expect((await queue.configuration()).windows.find((w) => w.id === 'w03')?.staffId).toBe('ST0003');
    expect(await platformCodeRejected(() => duty.signIn('w02', { idNumber: CARD }))).toBe('staff.onDutyElsewhere');
    expect((await duty.pause('w03')).paused).toBe(true);
    expect(await duty.isPaused('w03')).toBe(true);
    expect((await duty.resume('w03')).paused).toBe(false);
    expect(await duty.signOut('w03')).toMatchObject({ staff: null });
    expect(await duty.signIn('w03', { idNumber: CARD })).toMatchObject({ staff: { id: 'ST0003' } });
    for (let i = 0; i < 500 && heard.length < 5; i++) await new Promise((r) => setTimeout(r, 10));
    expect(heard.map((e) => [e.windowId, e.staffId, e.paused])).toEqual([
      ['w03', 'ST0003', false],
      ['w03', 'ST0003', true],
      ['w03', 'ST0003', false],
      ['w03', null, false],
      ['w03', 'ST0003', false],
    ]);
  });

  it.skipIf(skip)('counts wrong PINs, inside a route\'s transaction too, and locks the staff number on the fifth', { timeout: 120_000 }, async () => {
    const { storage, duty, clock } = await setUp();
    expect(await platformCodeRejected(() => duty.signIn('w03', { staffId: 'ST0003', pin: '000000' }))).toBe('staff.wrongPin');
    // As a route: the refusal is answered and the transaction commits, with the count.
    const refused = await storage.transaction(async (tx) => {
      try {
        await duty.signIn('w03', { staffId: 'ST0003', pin: '000000' }, tx);
        return null;
      } catch (e) {
        return e instanceof PlatformError ? e.details : e;
      }
    });
    expect(refused).toEqual({ attemptsLeft: 3 });
    for (const left of [2, 1]) {
      await expect(duty.signIn('w03', { staffId: 'ST0003', pin: '000000' })).rejects.toMatchObject({ details: { attemptsLeft: left } });
    }
    await expect(duty.signIn('w03', { staffId: 'ST0003', pin: '000000' })).rejects.toMatchObject({ code: 'staff.locked' });
    await expect(duty.signIn('w03', { staffId: 'ST0003', pin: '300388' })).rejects.toMatchObject({ code: 'staff.locked' });
    clock.advance(15 * 60_000 + 1);
    expect((await duty.signIn('w03', { staffId: 'ST0003', pin: '300388' })).staff?.id).toBe('ST0003');
  });
});
