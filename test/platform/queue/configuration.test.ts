// The queue configuration: checked with the catalogue schemas and against itself, stored, and seen by
// a second service over its own storage of the same database.
import { afterEach, describe, expect, it } from 'vitest';
import { QueueService } from '../../../platform/queue/index.ts';
import { openPlatformStorage } from '../../support/platform-storage.ts';
import { category, cleanUp, code, hallConfig, issue, openQueue, SECRET, value } from './support.ts';

afterEach(cleanUp);

function issuesOf(r: Awaited<ReturnType<QueueService['configure']>>): { path: string; message: string }[] {
  return r.ok ? [] : ((r.error.details as { issues: { path: string; message: string }[] }).issues ?? []);
}

describe('configuration', () => {
  it('stores the checked configuration, defaults applied, and survives a restart', async () => {
    const h = await openQueue();
    const config = await h.queue.configuration();
    expect(config.categories.map((c) => c.id)).toEqual(['general', 'social', 'green']);
    expect(config.categories[0]?.exhaustedNotice).toBe('排队号已取完，若窗口空闲可直接到窗口办理');
    await h.restart();
    expect(await h.queue.configuration()).toEqual(config);
  });

  it('rejects a schema violation with its path', async () => {
    const h = await openQueue();
    const bad = hallConfig({ general: { prefix: 'a1' } });
    const r = await h.queue.configure(bad);
    expect(code(r)).toBe('queue.invalidConfig');
    expect(issuesOf(r)[0]?.path).toBe('categories.0.prefix');
    // Nothing stored was lost.
    expect((await h.queue.configuration()).categories[0]?.prefix).toBe('A');
  });

  it('rejects cross-reference mistakes, each named', async () => {
    const h = await openQueue();
    const config = hallConfig();
    config.categories.push(category({ id: 'dup', prefix: 'A', windowIds: ['w09'] }));
    config.windows[0] = { ...config.windows[0]!, categoryIds: ['general', 'green', 'nope'] };
    config.windows[2] = { ...config.windows[2]!, staffId: 'ST0002' };
    const r = await h.queue.configure(config);
    expect(issuesOf(r).map((i) => i.message)).toEqual([
      'prefix "A" is used by two categories: numbers would collide',
      'staff "ST0002" is on duty at two windows',
      'unknown window "w09"',
      'unknown category "nope"',
    ]);
  });

  it('requires windows and categories to list each other', async () => {
    const h = await openQueue();
    const config = hallConfig({ social: { windowIds: ['w02'] } });
    expect(issuesOf(await h.queue.configure(config))).toEqual([{ path: 'windows.2.categoryIds', message: 'category "social" does not list window "w03"' }]);
  });

  it('is seen by another service over the same database when it changes', async () => {
    const h = await openQueue();
    const second = await openPlatformStorage(h.database);
    const other = new QueueService(second, h.clock, { idSecret: SECRET });
    try {
      expect((await other.configuration()).categories).toHaveLength(3);
      value(await h.queue.configure(hallConfig({ general: { prefix: 'G' } })));
      expect(value(await other.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k' })).number).toBe('G001');
      value(await other.setWindowStaff({ windowId: 'w03', staffId: 'ST0003' }));
      expect((await h.queue.configuration()).windows[2]?.staffId).toBe('ST0003');
    } finally {
      await other.close();
      await second.close();
    }
    expect((await issue(h, 'general')).number).toBe('G002');
  });

  it('refuses a missing secret and an unknown time zone at construction (set-up bugs)', async () => {
    const h = await openQueue();
    expect(() => new QueueService(h.storage, h.clock, { idSecret: '' })).toThrow(/idSecret/);
    expect(() => new QueueService(h.storage, h.clock, { idSecret: SECRET, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
