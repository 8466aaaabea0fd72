// Ticket numbers: prefix + 3 digits, per-category counter, wrap, daily reset on the hall's business
// date, restart-safety, and no number given twice by concurrent writers.
import { afterEach, describe, expect, it } from 'vitest';
import { QueueService } from '../../../platform/queue/index.ts';
import { openPlatformStorage } from '../../support/platform-storage.ts';
import { category, cleanUp, code, hallConfig, issue, openQueue, SECRET, shanghai, TUESDAY, value } from './support.ts';

afterEach(cleanUp);

describe('numbering', () => {
  it('applies the queue migration to the platform database', async () => {
    const h = await openQueue();
    const tables = await h.storage.query<{ name: string }>(
      h.storage.dialect === 'sqlite'
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'queue_%'"
        : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'queue_%'",
    );
    expect(tables.map((t) => t.name).sort()).toEqual(['queue_appointments', 'queue_config', 'queue_counters', 'queue_settings', 'queue_tickets']);
  });

  it('numbers each category from its start with its prefix and 3 digits', async () => {
    const h = await openQueue({ config: hallConfig({ social: { start: 7 } }) });
    expect([await issue(h, 'general'), await issue(h, 'general'), await issue(h, 'social'), await issue(h, 'general')].map((t) => t.number)).toEqual([
      'A001',
      'A002',
      'B007',
      'A003',
    ]);
  });

  it('pads to 3 digits and takes two-letter prefixes', async () => {
    const config = hallConfig();
    config.categories[0] = category({ id: 'general', prefix: 'AB', start: 0, end: 999, windowIds: ['w01', 'w02'] });
    const h = await openQueue({ config });
    expect((await issue(h, 'general')).number).toBe('AB000');
    expect((await issue(h, 'general')).number).toBe('AB001');
  });

  it('wraps from end back to start', async () => {
    const h = await openQueue({ config: hallConfig({ general: { start: 998, end: 999 } }) });
    const first = await issue(h, 'general');
    const second = await issue(h, 'general');
    // Both served, so their numbers are free again.
    for (let i = 0; i < 2; i++) {
      value(await h.queue.callNext('w01'));
      value(await h.queue.finish({ windowId: 'w01' }));
    }
    expect([first.number, second.number, (await issue(h, 'general')).number, (await issue(h, 'general')).number]).toEqual(['A998', 'A999', 'A998', 'A999']);
  });

  it('skips numbers still held by live tickets when it wraps, and is exhausted when all are', async () => {
    const h = await openQueue({ config: hallConfig({ general: { start: 1, end: 3 } }) });
    expect([await issue(h, 'general'), await issue(h, 'general'), await issue(h, 'general')].map((t) => t.number)).toEqual(['A001', 'A002', 'A003']);
    // A001 skipped (still holds its number: it may be called back), A002 served, A003 waiting.
    expect(value(await h.queue.callNext('w01')).number).toBe('A001');
    value(await h.queue.skip({ windowId: 'w01' }));
    expect(value(await h.queue.callNext('w01')).number).toBe('A002');
    value(await h.queue.finish({ windowId: 'w01' }));
    expect((await issue(h, 'general')).number).toBe('A002');
    const full = await h.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
    expect(code(full)).toBe('queue.quotaExhausted');
    expect(full.ok ? null : full.error.details).toMatchObject({ notice: '排队号已取完，若窗口空闲可直接到窗口办理' });
  });

  it('restarts numbering on the next business date in Asia/Shanghai: 23:59 -> 00:01 local (15:59 -> 16:01 UTC)', async () => {
    const allDay = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
    const h = await openQueue({ at: `${TUESDAY} 23:58`, config: hallConfig({ general: { hours: allDay } }) });
    expect(new Date(h.clock.now()).toISOString()).toBe('2026-11-24T15:58:00.000Z');
    const late = [await issue(h, 'general'), await issue(h, 'general')];
    expect(late.map((t) => [t.number, t.businessDate])).toEqual([
      ['A001', TUESDAY],
      ['A002', TUESDAY],
    ]);
    h.clock.set(shanghai('2026-11-25 00:01'));
    expect(new Date(h.clock.now()).toISOString()).toBe('2026-11-24T16:01:00.000Z');
    const early = await issue(h, 'general');
    expect([early.number, early.businessDate]).toEqual(['A001', '2026-11-25']);
  });

  it('keeps the UTC date out of it: 07:59 and 08:01 Shanghai are the same business day across UTC midnight', async () => {
    const allDay = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
    const h = await openQueue({ at: `${TUESDAY} 07:59`, config: hallConfig({ general: { hours: allDay } }) });
    expect((await issue(h, 'general')).number).toBe('A001');
    h.clock.set(shanghai(`${TUESDAY} 08:01`)); // 00:01 UTC: a new UTC date, the same business date
    expect(await issue(h, 'general')).toMatchObject({ number: 'A002', businessDate: TUESDAY });
  });

  it('continues the numbering after a restart in the middle of the day', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    await issue(h, 'general');
    await h.restart();
    h.clock.advance(60 * 60_000);
    expect((await issue(h, 'general')).number).toBe('A003');
  });

  it('restarts the numbering when it reopens on the next business day', async () => {
    const h = await openQueue();
    await issue(h, 'general');
    await issue(h, 'general');
    await h.restart();
    h.clock.set(shanghai('2026-11-25 09:00'));
    expect(await issue(h, 'general')).toMatchObject({ number: 'A001', businessDate: '2026-11-25' });
    // ... and yesterday's waiting tickets are not called today.
    expect(value(await h.queue.callNext('w01')).businessDate).toBe('2026-11-25');
    expect(code(await h.queue.callNext('w02'))).toBe('queue.noWaiting');
  });

  it('never gives the same number to two services over the same database', async () => {
    const h = await openQueue();
    const storage2 = await openPlatformStorage(h.database);
    const second = new QueueService(storage2, h.clock, { idSecret: SECRET });
    try {
      const got: string[] = [];
      for (let i = 0; i < 20; i++) {
        const q = i % 3 === 0 ? second : h.queue;
        got.push(value(await q.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: `k${i % 3}` })).number);
      }
      expect(new Set(got).size).toBe(20);
      expect(got.at(-1)).toBe('A020');
    } finally {
      await second.close();
      await storage2.close();
    }
  });
});
