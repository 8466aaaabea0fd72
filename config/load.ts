// Finds, reads and checks the configuration. Every problem is one line naming the key path and what
// was expected; the caller stops the start with all of them.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configProblemLine, type ConfigProblem } from '../domain/config-problem.ts';
import { readPlatformTls } from './platform-tls.ts';
import { configSchema, type Config } from './schema/index.ts';

export const profilesDir = join(dirname(fileURLToPath(import.meta.url)), 'profiles');
export const defaultProfile = 'dev-simulated';

/** A failure has its problems as lines (`problems`, for the console and the log) and as data (`found`, for the admin panel's words). */
export type ConfigResult = { ok: true; config: Config; source: string } | { ok: false; source: string; problems: string[]; found: ConfigProblem[] };

/** A failure of `source` with these problems. */
export function configFailure(source: string, found: ConfigProblem[]): Extract<ConfigResult, { ok: false }> {
  return { ok: false, source, problems: found.map(configProblemLine), found };
}

/** Where the config comes from: `--config <path>` or `--profile <name>`, else HALL_CONFIG, else the default profile. */
export function resolveConfigSource(argv: readonly string[], env: NodeJS.ProcessEnv, profiles: string = profilesDir): string {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    return eq?.slice(name.length + 1);
  };
  const path = flag('--config');
  if (path) return resolve(path);
  const profile = flag('--profile');
  if (profile) return join(profiles, `${profile}.json`);
  if (env['HALL_CONFIG']) return resolve(env['HALL_CONFIG']);
  return join(profiles, `${defaultProfile}.json`);
}

/** Checks a parsed value against the schema (defaults filled in). */
export function parseConfig(raw: unknown, source = '(inline)'): ConfigResult {
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data, source };
  const found = parsed.error.issues.flatMap((issue): ConfigProblem[] => {
    const at = (extra: string[] = []) => [...issue.path.map(String), ...extra].join('.') || '(top level)';
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => ({ kind: 'unknownSetting', key: at([k]) }));
    const input = issue.input;
    const expected = issue.message.replace(/^Invalid input: /, '');
    if (input === undefined) return [{ kind: 'missing', key: at(), expected }];
    return [{ kind: 'invalid', key: at(), expected, got: typeof input === 'object' ? null : JSON.stringify(input) }];
  });
  return configFailure(source, found);
}

export function loadConfigFile(path: string): ConfigResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return configFailure(path, [code === 'ENOENT' ? { kind: 'noFile' } : { kind: 'unreadable', code: String(code) }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return configFailure(path, [{ kind: 'notJson', detail: (e as Error).message }]);
  }
  return withFilesChecked(withFoldersFrom(dirname(resolve(path)), parseConfig(raw, path)));
}

/** Files the config names that must be readable now: the platform's CA (a wrong one is named here, not found out as a TLS failure). */
function withFilesChecked(result: ConfigResult): ConfigResult {
  if (!result.ok) return result;
  const tls = readPlatformTls(result.config.platform.tls);
  return tls.ok ? result : configFailure(result.source, [{ kind: 'other', text: tls.problem }]);
}

/** Paths the file names relative to itself (`ui.attract.folder`, `platform.tls.caFile`, `admin.profilesDir`) become absolute, from the file's own folder. */
function withFoldersFrom(dir: string, result: ConfigResult): ConfigResult {
  if (!result.ok) return result;
  let config = result.config;
  const attract = config.ui.attract;
  if (attract && !isAbsolute(attract.folder)) config = { ...config, ui: { ...config.ui, attract: { ...attract, folder: resolve(dir, attract.folder) } } };
  const tls = config.platform.tls;
  if (tls?.caFile !== undefined && !isAbsolute(tls.caFile)) config = { ...config, platform: { ...config.platform, tls: { ...tls, caFile: resolve(dir, tls.caFile) } } };
  const profiles = config.admin.profilesDir;
  if (profiles !== undefined && !isAbsolute(profiles)) config = { ...config, admin: { ...config.admin, profilesDir: resolve(dir, profiles) } };
  return config === result.config ? result : { ...result, config };
}

export function formatConfigProblems(result: Extract<ConfigResult, { ok: false }>): string {
  return [`The configuration in ${result.source} is not valid:`, ...result.problems.map((p) => `  - ${p}`)].join('\n');
}
