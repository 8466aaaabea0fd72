// The hall's remote settings through the terminal: fetched from the reference platform, validated by
// the config file's own schema, applied when valid, refused with the reason logged (and the last good
// ones kept) when not, and the last good ones kept across a restart (SQLite).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { RemoteConfig } from '../../../../main/core/system/remote-config.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { keyFile, MetaRepo, openDatabase, sealedBox, type Db } from '../../../../main/store/index.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

let dir: string;
let clock: ManualClock;
let platform: RunningPlatform;
let db: Db;
let log: EventLog;

const hours = [{ weekdays: [1, 2, 3, 4, 5], periods: [{ from: '09:00', to: '12:00' }, { from: '13:30', to: '17:00' }] }];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'remote-config-'));
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port: 0 });
  db = openDatabase(join(dir, 'terminal.db'));
  log = new EventLog(clock);
});
afterEach(async () => {
  db.close();
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
});

async function remote(file = {}) {
  const meta = new MetaRepo(db);
  const session = new PlatformSession({ baseUrl: platform.url, terminalId: 'k1', role: 'kiosk', version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta, box: sealedBox(keyFile(join(dir, 'key'))), log: log.for('p') });
  if (session.credentials() === null) expect((await session.enrol(await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk'))).ok).toBe(true);
  return new RemoteConfig({ client: session.client, meta, clock, log: log.for('config'), file });
}

describe('RemoteConfig', () => {
  it('applies valid settings from the platform over the file\'s, field by field, and tells its listeners', async () => {
    const r = await remote({ idleTimeoutSeconds: 90, notices: true });
    const told: unknown[] = [];
    r.onChange((s) => told.push(s));
    await platform.platform.hallSettings.set({ idleTimeoutSeconds: 45, playlist: [{ file: 'guide.mp4' }], openingHours: hours });
    expect(await r.refresh()).toEqual({ ok: true, value: 'applied' });
    expect(r.current()).toEqual({ idleTimeoutSeconds: 45, notices: true, playlist: [{ file: 'guide.mp4' }], openingHours: hours });
    expect(told).toEqual([r.current()]);
    expect(r.status()).toEqual({ appliedAt: new Date(clock.now()).toISOString(), lastRefused: null });
    // The same again changes nothing.
    expect(await r.refresh()).toEqual({ ok: true, value: 'unchanged' });
    expect(told).toHaveLength(1);
  });

  it('refuses invalid settings with what was wrong, keeping the last good ones', async () => {
    const r = await remote();
    await platform.platform.hallSettings.set({ idleTimeoutSeconds: 45 });
    await r.refresh();
    clock.advance(60_000);
    await platform.platform.hallSettings.set({ idleTimeoutSeconds: 3, playlist: [{ file: '../etc/passwd' }], volume: 1 });
    expect(await r.refresh()).toEqual({ ok: true, value: 'refused' });
    expect(r.current()).toEqual({ idleTimeoutSeconds: 45 });
    const refused = r.status().lastRefused!;
    expect(refused.at).toBe(new Date(clock.now()).toISOString());
    expect(refused.reason).toContain('idleTimeoutSeconds');
    expect(refused.reason).toContain('playlist.0.file');
    expect(refused.reason).toContain('volume');
    const line = log.recent(10).find((e) => e.level === 'error')!;
    expect(line).toMatchObject({ source: 'config', data: { code: 'config.remoteRefused', reason: refused.reason } });
  });

  it('starts again with the last good settings after a restart, without asking the platform', async () => {
    const first = await remote({ idleTimeoutSeconds: 90 });
    await platform.platform.hallSettings.set({ idleTimeoutSeconds: 30, notices: false });
    await first.refresh();
    await platform.platform.hallSettings.set({ idleTimeoutSeconds: 'soon' });
    await first.refresh();
    const restarted = await remote({ idleTimeoutSeconds: 90 });
    expect(restarted.current()).toEqual({ idleTimeoutSeconds: 30, notices: false });
    expect(restarted.status().appliedAt).toBe(first.status().appliedAt);
  });

  it('validates with the config file\'s own schema: the file takes the same section', () => {
    const base = { terminal: { id: 'k1', role: 'kiosk', hallName: '大厅' } };
    expect(parseConfig({ ...base, hallSettings: { idleTimeoutSeconds: 45, openingHours: hours } }).ok).toBe(true);
    const bad = parseConfig({ ...base, hallSettings: { idleTimeoutSeconds: 3 } });
    expect(bad.ok).toBe(false);
  });
});
