// The terminal's local override: a small JSON file beside the store (`local-override.json`) that the
// admin panel writes to switch this terminal's profile (one installed with it: config/profile-switch.ts)
// and/or its role (kiosk, counter, display), applied at the next start over the config file: the
// profile first, then the role. Checked twice by the same schema as the file: the merged config must
// pass configSchema before the file is written (a counter needs counter.windowId), and again at start
// (a config or profile changed since may no longer take it: the start then goes on without it, saying why).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { roleSchema } from '../domain/terminal.ts';
import { parseConfig } from './load.ts';
import { loadProfile, profileNameSchema, profilesFolder } from './profile-switch.ts';
import type { Config } from './schema/index.ts';

export const LOCAL_OVERRIDE_FILE = 'local-override.json';

export const localOverrideSchema = z.strictObject({
  /** A profile of the profiles folder (its file name without .json), laid over the installed config. */
  profile: profileNameSchema.optional(),
  /** The role, over the profile's (or the file's). */
  terminal: z.strictObject({ role: roleSchema }).optional(),
  /** When and by what it was written (ISO 8601, "admin panel"): for the staff who find the file. */
  writtenAt: z.string().datetime({ offset: true }).optional(),
  writtenBy: z.string().max(60).optional(),
});
export type LocalOverride = z.infer<typeof localOverrideSchema>;

export type OverrideResult = { ok: true; config: Config; override: LocalOverride | null } | { ok: false; problems: string[] };

/** Where the override lives: beside the store; null for a throw-away (`:memory:`) store. */
export function localOverridePath(config: Config): string | null {
  return config.store.path === ':memory:' ? null : join(dirname(config.store.path), LOCAL_OVERRIDE_FILE);
}

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`);

/** The config with an override laid over it (the profile from `profiles`, then the role), checked by the config schema as a whole. */
export function withOverride(config: Config, raw: unknown, profiles: string): OverrideResult {
  const parsed = localOverrideSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: issues(parsed.error).map((p) => `${LOCAL_OVERRIDE_FILE} ${p}`) };
  let base = config;
  if (parsed.data.profile !== undefined) {
    const profiled = loadProfile(config, profiles, parsed.data.profile);
    if (!profiled.ok) return { ok: false, problems: profiled.problems };
    base = profiled.config;
  }
  const role = parsed.data.terminal?.role;
  if (role === undefined) return { ok: true, config: base, override: parsed.data };
  const merged = parseConfig({ ...base, terminal: { ...base.terminal, role } }, LOCAL_OVERRIDE_FILE);
  if (!merged.ok) return { ok: false, problems: merged.problems };
  return { ok: true, config: merged.config, override: parsed.data };
}

/** The override file as written (null: none); a file that cannot be read or parsed is a problem. */
function readOverrideFile(path: string): { ok: true; raw: unknown } | { ok: false; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { ok: true, raw: null } : { ok: false, problems: [`cannot read ${path} (${code})`] };
  }
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (e) {
    return { ok: false, problems: [`${path} is not valid JSON: ${(e as Error).message}`] };
  }
}

/** The override file read and applied (none: the config as it is). */
export function readLocalOverride(config: Config, profiles: string): OverrideResult {
  const path = localOverridePath(config);
  if (path === null) return { ok: true, config, override: null };
  const file = readOverrideFile(path);
  if (!file.ok) return file;
  if (file.raw === null) return { ok: true, config, override: null };
  return withOverride(config, file.raw, profiles);
}

/** Checks the override against the config and writes it (whole, then renamed into place); nothing is written when it is refused. */
export function writeLocalOverride(config: Config, override: LocalOverride, profiles: string): OverrideResult {
  const path = localOverridePath(config);
  if (path === null) return { ok: false, problems: ['the store is in memory (store.path ":memory:"): there is nowhere to keep an override'] };
  const checked = withOverride(config, override, profiles);
  if (!checked.ok) return checked;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(override, null, 2)}\n`);
  renameSync(tmp, path);
  return checked;
}

/** A switch from the admin panel: a role keeps the profile already chosen; a profile brings its own role (a role chosen before is dropped). */
export type OverrideChange = { readonly role: Config['terminal']['role'] } | { readonly profile: string };

/** The override file changed by one switch, checked against the installed config, then written. */
export function changeLocalOverride(installed: Config, change: OverrideChange, profiles: string, stamp: { writtenAt: string; writtenBy: string }): OverrideResult {
  const path = localOverridePath(installed);
  const before = path === null ? null : readOverrideFile(path);
  const kept = before?.ok ? localOverrideSchema.safeParse(before.raw) : null;
  const profile = 'profile' in change ? change.profile : kept?.success ? kept.data.profile : undefined;
  const override: LocalOverride = {
    ...(profile === undefined ? {} : { profile }),
    ...('role' in change ? { terminal: { role: change.role } } : {}),
    ...stamp,
  };
  return writeLocalOverride(installed, override, profiles);
}

/** For a host at start: the config with the override applied, or without it and a line saying why. `shippedProfiles`: the profiles installed with the terminal (used when config admin.profilesDir is absent). */
export function applyLocalOverride(config: Config, warn: (line: string) => void, shippedProfiles: string): Config {
  const r = readLocalOverride(config, profilesFolder(config, shippedProfiles));
  if (r.ok) return r.config;
  warn(`The local override beside the store is not applied (the terminal starts with its config file's profile and role): ${r.problems.join('; ')}`);
  return config;
}
