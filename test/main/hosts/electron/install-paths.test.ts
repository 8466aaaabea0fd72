// Where a packaged terminal finds its config and keeps its data (outside the app folder an update
// replaces), decided without Electron.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import type { Config } from '../../../../config/schema/index.ts';
import { installPaths, packagedConfigSource, placeInstalledData } from '../../../../main/hosts/electron/install-paths.ts';

function config(over: Record<string, unknown> = {}): Config {
  const r = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: '某某政务服务中心' }, ...over });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config;
}

const linux = installPaths('linux', {});
const windows = installPaths('win32', { ProgramData: 'D:\\ProgramData' });

describe('install paths', () => {
  it('Linux: /etc for the config, /var/lib for the data; Windows: ProgramData for both', () => {
    expect(linux).toEqual({ configFile: '/etc/hall-terminal/terminal.json', dataDir: '/var/lib/hall-terminal' });
    expect(windows).toEqual({ configFile: 'D:\\ProgramData\\hall-terminal\\terminal.json', dataDir: 'D:\\ProgramData\\hall-terminal\\data' });
    expect(installPaths('win32', {}).configFile).toBe('C:\\ProgramData\\hall-terminal\\terminal.json');
  });

  it('the installed config unless one is named on the command line or by HALL_CONFIG', () => {
    expect(packagedConfigSource(['/opt/hall-terminal/hall-terminal'], {}, linux, '/app/profiles')).toBe('/etc/hall-terminal/terminal.json');
    expect(packagedConfigSource(['x', '--config', '/tmp/t.json'], {}, linux, '/app/profiles')).toBe('/tmp/t.json');
    expect(packagedConfigSource(['x', '--profile=display-production'], {}, linux, '/app/profiles')).toBe('/app/profiles/display-production.json');
    expect(packagedConfigSource(['x'], { HALL_CONFIG: '/srv/hall.json' }, linux, '/app/profiles')).toBe('/srv/hall.json');
  });

  it('relative data paths go under the data folder; absolute ones stay', () => {
    const placed = placeInstalledData(config({ store: { path: 'hall.db', keyPath: 'keys/t.key' }, log: { dir: 'logs' } }), linux, '/opt/hall-terminal/resources/app.asar', 'linux');
    expect(placed.ok && [placed.config.store.path, placed.config.store.keyPath, placed.config.log.dir]).toEqual([
      '/var/lib/hall-terminal/hall.db',
      '/var/lib/hall-terminal/keys/t.key',
      '/var/lib/hall-terminal/logs',
    ]);
    // The schema's default (var/hall.db) lands in the data folder too, not in the working directory.
    const byDefault = placeInstalledData(config(), windows, 'C:\\Users\\kiosk\\AppData\\Local\\Programs\\hall-terminal\\resources\\app.asar', 'win32');
    expect(byDefault.ok && byDefault.config.store.path).toBe('D:\\ProgramData\\hall-terminal\\data\\var\\hall.db');
    const absolute = placeInstalledData(config({ store: { path: '/srv/hall/hall.db' }, log: { dir: null } }), linux, '/opt/hall-terminal', 'linux');
    expect(absolute.ok && [absolute.config.store.path, absolute.config.log.dir]).toEqual(['/srv/hall/hall.db', null]);
  });

  it('refuses a database, key or log folder inside the app folder, which an update replaces', () => {
    expect(placeInstalledData(config({ store: { path: '/opt/hall-terminal/data/hall.db' } }), linux, '/opt/hall-terminal', 'linux')).toEqual({
      ok: false,
      problem: 'store.path: /opt/hall-terminal/data/hall.db is inside the app folder (/opt/hall-terminal), which an update replaces; put it under /var/lib/hall-terminal',
    });
    const win = placeInstalledData(config({ log: { dir: 'C:\\Users\\kiosk\\AppData\\Local\\Programs\\hall-terminal\\logs' } }), windows, 'C:\\Users\\kiosk\\AppData\\Local\\Programs\\hall-terminal', 'win32');
    expect(win.ok ? '' : win.problem).toMatch(/^log\.dir: .* is inside the app folder/);
    // A sibling folder whose name merely starts like the app's is not inside it.
    expect(placeInstalledData(config({ store: { path: '/opt/hall-terminal-data/hall.db' } }), linux, '/opt/hall-terminal', 'linux').ok).toBe(true);
  });
});
