// The platform's services built directly over the storage interface (issue 17), the same suite on
// SQLite and PostgreSQL with the platform's schema (as test/platform/queue/numbering-storage.test.ts):
// each converted service's SQL is run on both dialects, in its own transaction and in the caller's
// (a route's ctx.tx: rolled back with it).
import { afterAll, describe, expect, it } from 'vitest';
import { HallSettingsStore } from '../../../platform/services/hall-settings-store.ts';
import { NoticeStore } from '../../../platform/services/notice-store.ts';
import type { Storage } from '../../../platform/store/storage.ts';
import { sampleNotices } from '../../../platform/seed/notices.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { closeStorageKinds, storageKinds } from '../../support/storage-kinds.ts';

afterAll(closeStorageKinds, 60_000);

/** A rollback on purpose, after the work inside it. */
class Undo extends Error {}
const rolledBack = async (s: Storage, fn: Parameters<Storage['transaction']>[0]) => {
  await expect(
    s.transaction(async (tx) => {
      await fn(tx);
      throw new Undo();
    }),
  ).rejects.toBeInstanceOf(Undo);
};

describe.each(storageKinds)('services over $name', ({ open, skip }) => {
  const fresh = open;
  const T = { timeout: 120_000 };

  it.skipIf(skip)('hall settings: a version per put, kept when the caller\'s transaction rolls back', T, async () => {
    const s = await fresh();
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    const store = new HallSettingsStore(s, () => clock.now());
    expect(await store.get()).toEqual({ settings: {}, updatedAt: null, version: 0 });
    expect(await store.etag()).toBe('"terminals.settings-v0"');
    expect(await store.set({ idleTimeoutSeconds: 45 })).toEqual({ settings: { idleTimeoutSeconds: 45 }, updatedAt: '2026-11-24T02:00:00.000Z', version: 1 });
    clock.advance(60_000);
    await rolledBack(s, async (tx) => {
      expect((await store.set({ idleTimeoutSeconds: 90 }, tx)).version).toBe(2);
    });
    expect(await store.get()).toMatchObject({ settings: { idleTimeoutSeconds: 45 }, version: 1 });
    expect(await s.transaction((tx) => store.set({ notices: false }, tx))).toEqual({ settings: { notices: false }, updatedAt: '2026-11-24T02:01:00.000Z', version: 2 });
    expect(await store.etag()).toBe('"terminals.settings-v2"');
  });

  it.skipIf(skip)('notices: published, replaced, withdrawn, expired; the ETag moves with each; a bad one writes nothing', T, async () => {
    const s = await fresh();
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    const store = new NoticeStore(s, () => clock.now());
    expect(await store.list()).toEqual([]);
    expect(await store.etag()).toBe('"notices-r0-n0"');
    const sample = sampleNotices('2026-11-24');
    await store.publish(sample);
    const ids = sample.map((n) => n.id).sort();
    expect((await store.list()).map((n) => n.id)).toEqual(ids);
    expect(await store.etag()).toBe(`"notices-r1-n${ids.length}"`);
    // Replaced in place (same id), one more revision.
    const first = sample[0]!;
    await store.publish([{ ...first, title: '新标题' }]);
    expect((await store.list()).find((n) => n.id === first.id)?.title).toBe('新标题');
    expect(await store.etag()).toBe(`"notices-r2-n${ids.length}"`);
    // A notice off the schema: refused by name, nothing of the batch written.
    await expect(store.publish([{ ...first, id: 'n-new' }, { ...first, id: 'n-bad', title: '' }])).rejects.toThrow(/title/i);
    expect((await store.list()).map((n) => n.id)).toEqual(ids);
    expect(await store.etag()).toBe(`"notices-r2-n${ids.length}"`);
    // Withdrawn in a transaction rolled back: still there.
    await rolledBack(s, async (tx) => {
      expect(await store.withdraw(first.id, tx)).toBe(true);
    });
    expect((await store.list()).length).toBe(ids.length);
    expect(await store.withdraw(first.id)).toBe(true);
    expect(await store.withdraw(first.id)).toBe(false);
    expect(await store.etag()).toBe(`"notices-r3-n${ids.length - 1}"`);
    // One that expires drops out of the list (and the ETag) on the clock.
    await store.publish([{ ...first, id: 'n-soon', validTo: '2026-11-24T11:00:00+08:00' }]);
    expect((await store.list()).some((n) => n.id === 'n-soon')).toBe(true);
    clock.advance(2 * 3_600_000);
    expect((await store.list()).some((n) => n.id === 'n-soon')).toBe(false);
    expect(await store.etag()).toBe(`"notices-r4-n${ids.length - 1}"`);
  });
});
