// A profile switched from the admin panel, then the terminal started again as a host starts it (the
// installed config, the local override applied, bootTerminal): the new role and devices run, and the
// stored data is all there under the same key: the same database file, the same sealing key, the
// terminal's id and its sealed credential (no new enrolment), the synced catalogue. The switch is
// logged by name; no secret reaches the log.
import { readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { parseConfig } from '../../../config/load.ts';
import { applyLocalOverride } from '../../../config/local-override.ts';
import type { Config } from '../../../config/schema/index.ts';
import { bootTerminal, type BootedTerminal } from '../../../main/hosts/boot.ts';
import { openDatabase } from '../../../main/store/index.ts';
import { systemClock } from '../../../domain/clock.ts';
import { seedReferencePlatform } from '../../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../../platform/server.ts';
import { TEST_ADMIN_PIN, testPinHash } from '../../support/admin-pin.ts';

const PIN = TEST_ADMIN_PIN;
let pinHash: string;
beforeAll(async () => {
  pinHash = await testPinHash();
});

let dir: string;
let platform: RunningPlatform;
const booted: BootedTerminal[] = [];
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'profile-restart-'));
  platform = await startPlatform({ clock: systemClock, version: 't', seed: (p) => seedReferencePlatform(p, new Date().toISOString().slice(0, 10)) });
});
afterEach(async () => {
  for (const b of booted.splice(0)) await b.shutdown();
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
});

type Call = (method: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; details?: unknown } }>;
const caller = (t: BootedTerminal): Call => (method, input) =>
  (t.core.handlers as unknown as Record<string, (i: unknown, c: { connectionId: string }) => Promise<never>>)[method]!(input, { connectionId: 'screen-1' });

/** Every table's row count and the sealed credential, read from the file with the terminal stopped. */
function storedData(path: string): { counts: Record<string, number>; credential: string | undefined } {
  const db = openDatabase(path);
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
    const row = db.prepare("SELECT value FROM meta WHERE key = 'platform.credential'").get() as { value: string } | undefined;
    return { counts, credential: row?.value };
  } finally {
    db.close();
  }
}

it('switch the profile, restart: the profile runs, and the store, key, id and credential are those of before', async () => {
  const profiles = join(dir, 'profiles');
  mkdirSync(profiles);
  // A display profile written for another terminal: its own id, store, key, platform and no PIN, all ignored.
  writeFileSync(
    join(profiles, 'wall-display.json'),
    JSON.stringify({
      profile: 'wall-display',
      environment: 'production',
      terminal: { id: 'display-hall-1', role: 'display', hallName: '别的大厅' },
      platform: { url: 'https://elsewhere.example/' },
      store: { path: join(dir, 'elsewhere', 'hall.db'), keyPath: join(dir, 'elsewhere', 'key') },
      devices: [{ id: 'pad-1', kind: 'ratingPad', label: '评价器', connection: { type: 'simulated' } }],
    }),
  );
  writeFileSync(join(profiles, 'torn.json'), '{ "terminal": ');
  const parsed = parseConfig({
    profile: 'hall-kiosk',
    environment: 'production',
    terminal: { id: 'kiosk-07', role: 'kiosk', hallName: '测试大厅' },
    store: { path: join(dir, 'data', 'hall.db') },
    log: { dir: null },
    platform: { url: platform.url, enrolmentCode: await platform.platform.auth.issueEnrolmentCode('kiosk-07', 'kiosk') },
    admin: { pinHash, profilesDir: profiles },
    devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated' } }],
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const installed: Config = parsed.config;
  const start = async () => {
    const lines: string[] = [];
    const t = await bootTerminal(applyLocalOverride(installed, (l) => lines.push(l), '/nowhere'), { logStream: null, catalogueWorker: null });
    booted.push(t);
    expect(lines).toEqual([]);
    return t;
  };

  const first = await start();
  const call1 = caller(first);
  expect(await call1('admin.unlock', { pin: PIN })).toMatchObject({ ok: true, value: { outcome: 'unlocked' } });
  expect((await call1('admin.syncNow', {})).value).toMatchObject({ ok: true });
  expect(await call1('admin.profiles', {})).toEqual({
    ok: true,
    value: {
      folder: profiles,
      current: 'hall-kiosk',
      pending: null,
      problem: null,
      profiles: [
        { name: 'torn', role: null, devices: [], problems: [{ stage: 'file', problem: { kind: 'notJson', detail: expect.any(String) }, line: expect.stringMatching(/^profile "torn": not valid JSON/) }] },
        { name: 'wall-display', role: 'display', devices: [{ kind: 'ratingPad', label: '评价器' }], problems: [] },
      ],
    },
  });
  // Refused by name with what is wrong; nothing written.
  expect(await call1('admin.setProfile', { name: 'torn' })).toMatchObject({ ok: false, error: { code: 'admin.profileRefused', details: { problems: [expect.stringMatching(/^profile "torn": not valid JSON/)] } } });
  expect(await call1('admin.setProfile', { name: 'gone' })).toMatchObject({ ok: false, error: { code: 'admin.profileRefused', details: { problems: [`no profile "gone" in ${profiles}`] } } });
  expect(await call1('admin.setProfile', { name: 'wall-display' })).toEqual({ ok: true, value: { name: 'wall-display', role: 'display', appliesAtNextStart: true } });
  expect(await call1('admin.profiles', {})).toMatchObject({ ok: true, value: { current: 'hall-kiosk', pending: 'wall-display' } });
  const logged = first.log.recent(500).filter((e) => e.source === 'admin' && /profile switch/.test(e.message));
  expect(logged.map((e) => [e.message, e.data])).toEqual([
    ['profile switch refused', { profile: 'torn', problems: [expect.any(String)] }],
    ['profile switch refused', { profile: 'gone', problems: [expect.any(String)] }],
    ['profile switched from the admin panel: applied at the next start', { from: 'hall-kiosk', to: 'wall-display', role: 'display', folder: profiles }],
  ]);
  expect(JSON.stringify(first.log.recent(500))).not.toContain(pinHash.split('$')[5]!);
  const key = readFileSync(join(dir, 'data', 'keys', 'terminal.key'));
  await first.shutdown();
  booted.splice(0);
  const before = storedData(join(dir, 'data', 'hall.db'));
  expect(before.credential).toBeDefined();
  expect(before.counts['catalogue_items']).toBeGreaterThan(0);

  // The restart: the host reads the installed config and the override again.
  const second = await start();
  expect([second.config.profile, second.config.terminal.role, second.config.devices.map((d) => d.id)]).toEqual(['wall-display', 'display', ['pad-1']]);
  expect([second.config.terminal.id, second.config.store, second.config.platform.url]).toEqual(['kiosk-07', installed.store, platform.url]);
  const call2 = caller(second);
  expect(await call2('admin.unlock', { pin: PIN })).toMatchObject({ ok: true, value: { outcome: 'unlocked' } });
  // The credential is the old one (the enrolment code is spent): the platform still takes this terminal.
  expect((await call2('admin.syncNow', {})).value).toMatchObject({ ok: true, outcome: 'unchanged' });
  await second.shutdown();
  booted.splice(0);
  const after = storedData(join(dir, 'data', 'hall.db'));
  expect(after.credential).toBe(before.credential);
  expect(readFileSync(join(dir, 'data', 'keys', 'terminal.key'))).toEqual(key);
  for (const [table, n] of Object.entries(before.counts)) expect([table, after.counts[table]! >= n]).toEqual([table, true]);
  expect(after.counts['catalogue_items']).toBe(before.counts['catalogue_items']);
}, 60_000);
