// Where an installed (packaged) terminal keeps its config and its data: outside the app folder, which
// every update replaces (packaging/README.md says why these folders). Pure: the platform, the
// environment and the app folder are passed in, so tests check every case without Electron.
//   Linux (deb, AppImage):  /etc/hall-terminal/terminal.json, data in /var/lib/hall-terminal/
//   Windows (NSIS):         %ProgramData%\hall-terminal\terminal.json, data in %ProgramData%\hall-terminal\data\
import { posix, win32 } from 'node:path';
import type { Config } from '../../../config/schema/index.ts';
import { resolveConfigSource } from '../../../config/load.ts';

export interface InstallPaths {
  /** The config file used when none is named (--config, --profile, HALL_CONFIG). */
  readonly configFile: string;
  /** The folder a relative store.path, store.keyPath or log.dir is taken from. */
  readonly dataDir: string;
}

export function installPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): InstallPaths {
  if (platform === 'win32') {
    const base = win32.join(env['ProgramData'] ?? env['PROGRAMDATA'] ?? 'C:\\ProgramData', 'hall-terminal');
    return { configFile: win32.join(base, 'terminal.json'), dataDir: win32.join(base, 'data') };
  }
  return { configFile: '/etc/hall-terminal/terminal.json', dataDir: '/var/lib/hall-terminal' };
}

/** The config file of a packaged terminal: the one named on the command line or by HALL_CONFIG, else the installed one. */
export function packagedConfigSource(argv: readonly string[], env: NodeJS.ProcessEnv, paths: InstallPaths, profilesDir: string): string {
  const named = argv.some((a) => a === '--config' || a === '--profile' || a.startsWith('--config=') || a.startsWith('--profile=')) || Boolean(env['HALL_CONFIG']);
  return named ? resolveConfigSource(argv, env, profilesDir) : paths.configFile;
}

export type PlacedConfig = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly problem: string };

/**
 * A packaged terminal's config with its relative data paths (store.path, store.keyPath, log.dir)
 * taken from the data folder, not from wherever the process happened to start; and refused when the
 * database, its key or the logs would sit inside the app folder, which an update replaces.
 */
export function placeInstalledData(config: Config, paths: InstallPaths, appDir: string, platform: NodeJS.Platform): PlacedConfig {
  const p = platform === 'win32' ? win32 : posix;
  const place = (path: string) => (path === ':memory:' || p.isAbsolute(path) ? path : p.join(paths.dataDir, path));
  const store = { ...config.store, path: place(config.store.path), ...(config.store.keyPath === undefined ? {} : { keyPath: place(config.store.keyPath) }) };
  const log = { ...config.log, ...(typeof config.log.dir === 'string' ? { dir: place(config.log.dir) } : {}) };
  const app = p.resolve(appDir);
  const inside = (path: string) => {
    const rel = p.relative(app, p.resolve(path));
    return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
  };
  const checked: [string, string | null | undefined][] = [
    ['store.path', store.path === ':memory:' ? null : store.path],
    ['store.keyPath', store.keyPath],
    ['log.dir', log.dir],
  ];
  for (const [key, path] of checked) {
    if (typeof path === 'string' && inside(path)) {
      return { ok: false, problem: `${key}: ${path} is inside the app folder (${app}), which an update replaces; put it under ${paths.dataDir}` };
    }
  }
  return { ok: true, config: { ...config, store, log } };
}
