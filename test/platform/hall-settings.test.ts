// Hall staff put the hall's settings for its terminals (terminals.updateSettings): checked with the
// terminals' own schema (a bad field refused by name, the stored settings kept), only by an enrolled
// terminal's credential, and each put a new version that terminals.settings serves with its ETag.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { enrolledClient } from '../support/enrolled-client.ts';
import { platformDatabase } from '../support/platform-database.ts';

let clock: ManualClock;
let platform: RunningPlatform;

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ ...(await platformDatabase()), clock, version: 't' });
});
afterEach(() => platform.close());

const client = (id: string) => enrolledClient(platform, clock, id, 'counter');

const settings = {
  idleTimeoutSeconds: 45,
  notices: true,
  playlist: [{ file: 'welcome.png', seconds: 8 }],
  openingHours: [
    { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '12:00' }, { from: '13:30', to: '17:00' }] },
    { weekdays: [6], periods: [{ from: '09:00', to: '12:00' }] },
  ],
};

describe('terminals.updateSettings', () => {
  it('stores valid settings as a new version; terminals.settings serves them, 304 while the version holds', async () => {
    const staff = await client('c1');
    const before = await staff.call('terminals.settings');
    expect(before.ok && !before.value.notModified && before.value.value).toEqual({ settings: {}, updatedAt: null, version: 0 });
    const put = await staff.call('terminals.updateSettings', { body: settings });
    expect(put.ok && !put.value.notModified && put.value.value).toEqual({ settings, updatedAt: new Date(clock.now()).toISOString(), version: 1 });
    const got = await staff.call('terminals.settings');
    expect(got.ok && !got.value.notModified && got.value.value.settings).toEqual(settings);
    const etag = got.ok && !got.value.notModified ? got.value.etag : null;
    expect(etag).toBe('"terminals.settings-v1"');
    expect(await staff.call('terminals.settings', { etag })).toEqual({ ok: true, value: { notModified: true } });
    // The next put: the next version, which the old ETag no longer matches.
    clock.advance(60_000);
    const again = await staff.call('terminals.updateSettings', { body: { idleTimeoutSeconds: 60 } });
    expect(again.ok && !again.value.notModified && again.value.value.version).toBe(2);
    const fresh = await staff.call('terminals.settings', { etag });
    expect(fresh.ok && !fresh.value.notModified && fresh.value.value).toEqual({ settings: { idleTimeoutSeconds: 60 }, updatedAt: new Date(clock.now()).toISOString(), version: 2 });
  });

  it('refuses settings off the schema naming the field, and keeps the stored ones', async () => {
    const staff = await client('c1');
    expect((await staff.call('terminals.updateSettings', { body: settings })).ok).toBe(true);
    const cases: [unknown, string][] = [
      [{ idleTimeoutSeconds: 5 }, 'idleTimeoutSeconds'],
      [{ openingHours: [{ weekdays: [1], periods: [{ from: '8:30', to: '17:00' }] }] }, 'openingHours.0.periods.0.from'],
      [{ playlist: [{ file: '../etc/passwd' }] }, 'playlist.0.file'],
      [{ idleTimeout: 60 }, 'idleTimeout'],
    ];
    for (const [body, field] of cases) {
      const r = await staff.call('terminals.updateSettings', { body: body as never });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.details).toMatchObject({ status: 400, platformCode: 'invalidRequest' });
      expect(!r.ok && JSON.stringify(r.error.details)).toContain(field);
    }
    expect(await platform.platform.hallSettings.get()).toMatchObject({ settings, version: 1 });
  });

  it('refuses a caller without an enrolled terminal\'s credential', async () => {
    const put = (headers: Record<string, string>) =>
      fetch(new URL('/api/v1/terminals/settings', platform.url), { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ idleTimeoutSeconds: 30 }) });
    const none = await put({});
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    await client('c1');
    const wrong = await put({ 'x-terminal-id': 'c1', authorization: `Bearer ${'x'.repeat(40)}` });
    expect(wrong.status).toBe(401);
    expect((await platform.platform.hallSettings.get()).version).toBe(0);
  });
});
