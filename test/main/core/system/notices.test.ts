// The hall's notices through the terminal: synced from the reference platform into SQLite, shown
// while valid (most urgent first), kept while the platform is away, fetched again only when changed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { HallNotices } from '../../../../main/core/system/notices.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { keyFile, MetaRepo, NoticesRepo, openDatabase, sealedBox, type Db } from '../../../../main/store/index.ts';
import { sampleNotices } from '../../../../platform/seed/notices.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

let dir: string;
let clock: ManualClock;
let platform: RunningPlatform | null;
let db: Db;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-notices-'));
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port: 0 });
  await platform.platform.notices.publish(sampleNotices('2026-11-24'));
  db = openDatabase(join(dir, 'terminal.db'));
});
afterEach(async () => {
  db.close();
  await platform?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function notices() {
  const log = new EventLog(clock);
  const meta = new MetaRepo(db);
  const session = new PlatformSession({ baseUrl: platform!.url, terminalId: 'k1', role: 'kiosk', version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta, box: sealedBox(keyFile(join(dir, 'key'))), log: log.for('p') });
  expect((await session.enrol(await platform!.platform.auth.issueEnrolmentCode('k1', 'kiosk'))).ok).toBe(true);
  return new HallNotices({ client: session.client, repo: new NoticesRepo(db), meta, clock, log: log.for('n') });
}

describe('hall notices', () => {
  it('shows the ones valid now, most urgent first; a later one from its start', async () => {
    const n = await notices();
    expect(n.current()).toEqual([]);
    expect(await n.refresh()).toEqual({ ok: true, value: 'replaced' });
    expect(n.current().map((x) => x.id)).toEqual(['n-system-upgrade', 'n-elderly']);
    clock.set(Date.parse('2026-12-02T10:00:00+08:00')); // five working days on: the holiday notice starts
    expect(n.current().map((x) => x.id)).toEqual(['n-system-upgrade', 'n-holiday-hours', 'n-elderly']);
  });

  it('fetches nothing when unchanged, a withdrawal when changed, and keeps its copy while the platform is away', async () => {
    const n = await notices();
    await n.refresh();
    expect(await n.refresh()).toEqual({ ok: true, value: 'unchanged' });
    await platform!.platform.notices.withdraw('n-elderly');
    expect(await n.refresh()).toEqual({ ok: true, value: 'replaced' });
    expect(n.current().map((x) => x.id)).toEqual(['n-system-upgrade']);
    await platform!.close();
    platform = null;
    expect((await n.refresh()).ok).toBe(false);
    expect(n.current().map((x) => x.id)).toEqual(['n-system-upgrade']);
  });

  it('refuses a notice that does not fit the schema on the platform side', async () => {
    await expect(platform!.platform.notices.publish([{ id: 'x', title: '', body: 'b', validFrom: '2026-11-24T00:00:00+08:00', validTo: null, priority: 1 }])).rejects.toThrow(/title/i);
  });
});
