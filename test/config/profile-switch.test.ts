// The profile switch: a profile installed with the terminal laid over the installed config. It changes
// the role and devices; it never changes the store, its key, the terminal's id, the platform, the admin
// PIN or the environment. A profile that is broken alone, or on this terminal, is refused by name with
// what is wrong; a switch to another profile drops a role chosen before, a role switch keeps the profile.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, profilesDir as shippedProfiles } from '../../config/load.ts';
import { applyLocalOverride, changeLocalOverride } from '../../config/local-override.ts';
import { KEPT_FROM_INSTALLED, listProfiles, loadProfile, profileOver, profilesFolder } from '../../config/profile-switch.ts';
import type { Config, ConfigInput } from '../../config/schema/index.ts';

const PIN_HASH = 'scrypt$1024$8$1$kpxinlr0/+aZIxmVgUQCnA==$fPo8aKUmymAacHJJgvRJYivBubStZJad14cESsSjl7E=';
const stamp = { writtenAt: '2026-12-07T10:00:00.000Z', writtenBy: 'admin panel' };

let dir: string;
let profiles: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'profiles-'));
  profiles = join(dir, 'profiles');
  mkdirSync(profiles);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function installed(extra: Partial<ConfigInput> = {}): Config {
  const r = parseConfig({
    profile: 'hall-kiosk',
    environment: 'production',
    terminal: { id: 'kiosk-07', role: 'kiosk', hallName: '明湖区政务服务中心', hallArea: '一楼' },
    store: { path: join(dir, 'data', 'hall.db'), keyPath: join(dir, 'keys', 'terminal.key') },
    platform: { url: 'https://platform.hall.example/', enrolmentCode: 'ENROL-123456' },
    queue: { timeZone: 'Asia/Urumqi' },
    admin: { pinHash: PIN_HASH },
    update: { url: 'https://updates.hall.example/', installAt: '03:30' },
    devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'serial', path: '/dev/ttyS0' } }],
    ...extra,
  });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config;
}

const put = (name: string, body: unknown) => writeFileSync(join(profiles, `${name}.json`), typeof body === 'string' ? body : JSON.stringify(body));

/** A call display profile made for another terminal, another store, another platform, no PIN. */
const displayProfile = {
  profile: 'wall-display',
  environment: 'production',
  terminal: { id: 'display-hall-1', role: 'display', hallName: '别的大厅' },
  platform: { url: 'https://elsewhere.example/' },
  store: { path: '/elsewhere/hall.db', keyPath: '/elsewhere/key' },
  queue: { timeZone: 'Asia/Shanghai' },
  display: { languages: ['zh-CN', 'en'] },
  devices: [{ id: 'pad-1', kind: 'ratingPad', label: '评价器', connection: { type: 'simulated' } }],
};

describe('a profile over the installed config', () => {
  it('takes the role, devices and screens from the profile, and keeps identity, store, key, platform, PIN and updates', () => {
    put('wall-display', displayProfile);
    const base = installed();
    const r = loadProfile(base, profiles, 'wall-display');
    expect(r.ok).toBe(true);
    const c = r.ok ? r.config : base;
    expect(c.profile).toBe('wall-display');
    expect(c.terminal).toEqual({ ...base.terminal, role: 'display' });
    expect(c.devices.map((d) => d.id)).toEqual(['pad-1']);
    expect(c.display.languages).toEqual(['zh-CN', 'en']);
    expect(c.store).toEqual(base.store);
    expect(c.platform).toEqual(base.platform);
    expect(c.admin).toEqual(base.admin);
    expect(c.update).toEqual(base.update);
    expect(c.environment).toBe('production');
    expect(c.queue.timeZone).toBe('Asia/Urumqi');
    // The documented list is what the code keeps.
    expect(KEPT_FROM_INSTALLED.map((k) => k.key)).toEqual(['environment', 'terminal.id', 'terminal.hallName', 'terminal.hallArea', 'store', 'log.dir', 'platform', 'queue.timeZone', 'admin', 'update']);
  });

  it('refuses a broken profile by name with what is wrong: bad JSON, a schema problem, a rule of this terminal', () => {
    put('torn', '{ "terminal": ');
    put('misspelt', { ...displayProfile, devise: [] });
    put('no-window', { ...displayProfile, terminal: { ...displayProfile.terminal, role: 'counter' } });
    put('devpage', { ...displayProfile, environment: 'development', dev: { page: true } });
    const base = installed();
    const problems = (name: string) => {
      const r = loadProfile(base, profiles, name);
      return r.ok ? [] : r.problems;
    };
    expect(problems('torn')).toEqual([expect.stringMatching(/^profile "torn": not valid JSON: /)]);
    expect(problems('misspelt')).toEqual(['profile "misspelt": devise: unknown setting (misspelt, or not valid here)']);
    expect(problems('no-window')).toEqual([expect.stringMatching(/^profile "no-window": counter\.windowId: a counter terminal needs the window/)]);
    // Valid alone (development), not on this production terminal.
    expect(problems('devpage')).toEqual(['profile "devpage" on this terminal: dev.page: the developer page cannot be enabled in a production profile']);
    expect(problems('absent')).toEqual(['profile "absent": the file does not exist']);
    expect(problems('../etc/passwd')[0]).toMatch(/^profile "\.\.\/etc\/passwd": a profile file name without "\.json"/);
  });

  it('lists every profile of the folder with its role and devices, or its problems; an unreadable folder is one problem', () => {
    put('wall-display', displayProfile);
    put('torn', '{');
    writeFileSync(join(profiles, 'notes.txt'), 'not a profile');
    const r = listProfiles(installed(), profiles);
    expect(r).toEqual({
      ok: true,
      entries: [
        { name: 'torn', role: null, devices: [], problems: [{ stage: 'file', problem: { kind: 'notJson', detail: expect.any(String) }, line: expect.stringMatching(/^profile "torn": not valid JSON/) }] },
        { name: 'wall-display', role: 'display', devices: [{ kind: 'ratingPad', label: '评价器' }], problems: [] },
      ],
    });
    expect(listProfiles(installed(), join(dir, 'none'))).toEqual({ ok: false, problem: expect.stringMatching(/^the profiles folder .*none cannot be read \(ENOENT\)$/), code: 'ENOENT' });
  });

  it('the profiles shipped with the terminal: each is taken by a development terminal; a production one refuses dev-simulated naming why', () => {
    const dev = installed({ environment: 'development', platform: {}, update: {} });
    const listed = listProfiles(dev, shippedProfiles);
    expect(listed.ok && listed.entries.map((e) => [e.name, e.role, e.problems])).toEqual([
      ['counter-production', 'counter', []],
      ['dev-simulated', 'kiosk', []],
      ['display-production', 'display', []],
      ['kiosk-production', 'kiosk', []],
    ]);
    const prod = listProfiles(installed(), shippedProfiles);
    expect(prod.ok && prod.entries.find((e) => e.name === 'dev-simulated')?.problems).toEqual([
      {
        stage: 'terminal',
        problem: { kind: 'invalid', key: 'dev.page', expected: 'the developer page cannot be enabled in a production profile', got: null },
        line: 'profile "dev-simulated" on this terminal: dev.page: the developer page cannot be enabled in a production profile',
      },
    ]);
  });

  it('the folder is config admin.profilesDir when set (relative to the config file), else the shipped one', () => {
    expect(profilesFolder(installed(), '/opt/hall/config/profiles')).toBe('/opt/hall/config/profiles');
    expect(profilesFolder(installed({ admin: { pinHash: PIN_HASH, profilesDir: '/etc/hall-terminal/profiles' } }), '/opt/x')).toBe('/etc/hall-terminal/profiles');
    // profileOver alone: the same check as the switch's.
    const own = parseConfig(displayProfile);
    expect(own.ok && profileOver(installed(), own.config, 'x').ok).toBe(true);
  });
});

describe('the switch in local-override.json', () => {
  it('a profile switch is written and applied at the next start; a role switch after it keeps the profile; another profile drops that role', () => {
    put('wall-display', displayProfile);
    put('window', { ...displayProfile, terminal: { ...displayProfile.terminal, role: 'counter' }, counter: { windowId: 'w07' } });
    const base = installed();
    expect(changeLocalOverride(base, { profile: 'wall-display' }, profiles, stamp)).toMatchObject({ ok: true, config: { terminal: { role: 'display' } } });
    const file = join(dir, 'data', 'local-override.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ profile: 'wall-display', ...stamp });
    const started = applyLocalOverride(base, () => expect.unreachable(), profiles);
    expect([started.profile, started.terminal.role, started.devices.length, started.store]).toEqual(['wall-display', 'display', 1, base.store]);
    // The role over the profile, the profile kept.
    expect(changeLocalOverride(started, { role: 'kiosk' }, profiles, stamp).ok).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ profile: 'wall-display', terminal: { role: 'kiosk' }, ...stamp });
    const again = applyLocalOverride(base, () => expect.unreachable(), profiles);
    expect([again.profile, again.terminal.role, again.devices.map((d) => d.id)]).toEqual(['wall-display', 'kiosk', ['pad-1']]);
    // Another profile: its own role.
    expect(changeLocalOverride(again, { profile: 'window' }, profiles, stamp).ok).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ profile: 'window', ...stamp });
    expect(applyLocalOverride(base, () => expect.unreachable(), profiles).terminal.role).toBe('counter');
  });

  it('a refused switch writes nothing; a profile broken or gone since is not applied at start, with a line saying why', () => {
    put('wall-display', displayProfile);
    put('torn', '{');
    const base = installed();
    expect(changeLocalOverride(base, { profile: 'torn' }, profiles, stamp)).toEqual({ ok: false, problems: [expect.stringMatching(/^profile "torn": not valid JSON/)] });
    expect(() => readFileSync(join(dir, 'data', 'local-override.json'))).toThrow();
    expect(changeLocalOverride(base, { profile: 'wall-display' }, profiles, stamp).ok).toBe(true);
    unlinkSync(join(profiles, 'wall-display.json'));
    const lines: string[] = [];
    const c = applyLocalOverride(base, (l) => lines.push(l), profiles);
    expect([c.profile, c.terminal.role]).toEqual(['hall-kiosk', 'kiosk']);
    expect(lines).toEqual(['The local override beside the store is not applied (the terminal starts with its config file\'s profile and role): profile "wall-display": the file does not exist']);
  });
});
