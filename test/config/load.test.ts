import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatConfigProblems, loadConfigFile, parseConfig, profilesDir, resolveConfigSource } from '../../config/load.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const minimal = { terminal: { id: 'k1', role: 'kiosk', hallName: '某某政务服务中心' } };

describe('config', () => {
  it('every example profile is valid', () => {
    const files = readdirSync(profilesDir).filter((f) => f.endsWith('.json'));
    expect(files).toContain('dev-simulated.json');
    for (const f of files) {
      const r = loadConfigFile(join(profilesDir, f));
      expect(r.ok ? 'ok' : formatConfigProblems(r)).toBe('ok');
    }
  });

  it('fills defaults under a minimal file', () => {
    const r = parseConfig(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.environment).toBe('production');
    expect(r.config.ui.idleTimeoutSeconds).toBe(90);
    expect(r.config.terminal.locale).toBe('zh-CN');
    expect(r.config.platform.url).toBeUndefined();
    expect(r.config.dev.page).toBe(false);
  });

  it('reports one problem per mistake, each naming its key path', () => {
    const r = parseConfig({
      terminal: { id: 'k 1', role: 'kisok', hallName: '' },
      ui: { idleTimeoutSeconds: 5, idleTimout: 30 },
      platform: { url: 'ftp://x' },
      devices: [{ id: 'p1', kind: 'printer', label: 'P', connection: { type: 'serial' } }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = (p: string) => r.problems.filter((x) => x.startsWith(`${p}: `));
    expect(byPath('terminal.id')).toHaveLength(1);
    expect(byPath('terminal.role')[0]).toMatch(/kiosk.*counter.*display/);
    expect(byPath('terminal.hallName')).toHaveLength(1);
    expect(byPath('ui.idleTimeoutSeconds')[0]).toMatch(/10/);
    expect(byPath('ui.idleTimout')[0]).toContain('unknown setting');
    expect(byPath('terminal.role')[0]).toContain('(got "kisok")');
    expect(byPath('platform.url')).toHaveLength(1);
    expect(byPath('devices.0.connection.path')).toHaveLength(1);
    expect(r.problems.length).toBe(7);
  });

  it('log: defaults (info, 20 MB, 14 files, folder and console decided at boot), and each mistake named', () => {
    const d = parseConfig(minimal);
    expect(d.ok && d.config.log).toEqual({ level: 'info', maxSizeMb: 20, keepFiles: 14 });
    const r = parseConfig({ ...minimal, log: { level: 'verbose', maxSizeMb: 0, keepFiles: 2.5, dir: '', rotate: true } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.split(':')[0]).sort()).toEqual(['log.dir', 'log.keepFiles', 'log.level', 'log.maxSizeMb', 'log.rotate']);
    expect(r.problems.find((p) => p.startsWith('log.level'))).toContain('(got "verbose")');
  });

  it('refuses the developer page in a production profile', () => {
    const r = parseConfig({ ...minimal, environment: 'production', dev: { page: true } });
    expect(r.ok ? [] : r.problems).toEqual(['dev.page: the developer page cannot be enabled in a production profile']);
  });

  it('refuses a device id used twice', () => {
    const dev = { kind: 'printer', label: 'P', connection: { type: 'simulated' } };
    const r = parseConfig({ ...minimal, devices: [{ id: 'p', ...dev }, { id: 'p', ...dev }] });
    expect(r.ok ? [] : r.problems).toEqual(['devices.1.id: device id "p" is used twice']);
  });

  it('says when the file is missing or is not JSON', () => {
    const missing = loadConfigFile(join(dir, 'nope.json'));
    expect(missing.ok ? '' : missing.problems[0]).toBe('the file does not exist');
    writeFileSync(join(dir, 'bad.json'), '{ "terminal": ');
    const bad = loadConfigFile(join(dir, 'bad.json'));
    expect(bad.ok ? '' : bad.problems[0]).toMatch(/^not valid JSON/);
    expect(bad.ok ? '' : formatConfigProblems(bad)).toContain(join(dir, 'bad.json'));
  });

  it('finds the file by flag, then environment, then the default profile', () => {
    expect(resolveConfigSource(['--config', 'x.json'], {})).toBe(join(process.cwd(), 'x.json'));
    expect(resolveConfigSource(['--config=y.json'], { HALL_CONFIG: 'z.json' })).toBe(join(process.cwd(), 'y.json'));
    expect(resolveConfigSource(['--profile', 'kiosk-production'], {})).toBe(join(profilesDir, 'kiosk-production.json'));
    expect(resolveConfigSource([], { HALL_CONFIG: '/etc/hall.json' })).toBe('/etc/hall.json');
    expect(resolveConfigSource([], {})).toBe(join(profilesDir, 'dev-simulated.json'));
  });
});

describe('config: the attract loop (ui.attract)', () => {
  const withAttract = (attract: unknown) => parseConfig({ ...minimal, ui: { attract } });

  it('is absent unless configured, and fills its defaults', () => {
    const none = parseConfig(minimal);
    expect(none.ok && none.config.ui.attract).toBeUndefined();
    const r = withAttract({ folder: '/srv/hall-media' });
    expect(r.ok && r.config.ui.attract).toEqual({ afterSeconds: 60, folder: '/srv/hall-media', items: [] });
  });

  it('names each mistake: too short a rest, a path for a file, a misspelt key, no folder', () => {
    const r = withAttract({ afterSeconds: 5, items: [{ file: '../secret.png' }, { file: 'a/b.png' }, { file: '.hidden.png' }, { file: 'ok.png', secs: 3 }, { file: 'c\\d.png' }, { file: 'x.png', seconds: 0 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ui\.attract\.afterSeconds: .*10/),
        expect.stringMatching(/^ui\.attract\.folder: .*\(missing\)$/),
        expect.stringMatching(/^ui\.attract\.items\.0\.file: a file name inside the folder .*\(got "\.\.\/secret\.png"\)$/),
        expect.stringMatching(/^ui\.attract\.items\.1\.file: a file name inside the folder/),
        expect.stringMatching(/^ui\.attract\.items\.2\.file: a file name inside the folder/),
        'ui.attract.items.3.secs: unknown setting (misspelt, or not valid here)',
        expect.stringMatching(/^ui\.attract\.items\.4\.file: a file name inside the folder/),
        expect.stringMatching(/^ui\.attract\.items\.5\.seconds: /),
      ]),
    );
    expect(r.problems).toHaveLength(8);
  });

  it('takes a folder relative to the config file, and keeps an absolute one', () => {
    mkdirSync(join(dir, 'profiles'));
    const file = join(dir, 'profiles', 'hall.json');
    writeFileSync(file, JSON.stringify({ ...minimal, ui: { attract: { folder: 'media', items: [{ file: 'a.png' }] } } }));
    const r = loadConfigFile(file);
    expect(r.ok && r.config.ui.attract?.folder).toBe(join(dir, 'profiles', 'media'));
    writeFileSync(file, JSON.stringify({ ...minimal, ui: { attract: { folder: '/srv/hall-media' } } }));
    const abs = loadConfigFile(file);
    expect(abs.ok && abs.config.ui.attract?.folder).toBe('/srv/hall-media');
  });

  it('the development profile shows its welcome card', () => {
    const r = loadConfigFile(join(profilesDir, 'dev-simulated.json'));
    expect(r.ok && r.config.ui.attract?.folder).toBe(join(profilesDir, 'media'));
    expect(r.ok && r.config.ui.attract?.items.map((i) => i.file)).toEqual(['hall-welcome.svg']);
    expect(existsSync(join(profilesDir, 'media', 'hall-welcome.svg'))).toBe(true);
  });
});
