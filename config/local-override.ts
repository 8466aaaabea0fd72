// The terminal's local override: a small JSON file beside the store (`local-override.json`) that the
// admin panel writes to switch this terminal's role (kiosk, counter, display) on the spot, applied at
// the next start over the config file. Checked twice by the same schema as the file: the merged
// config must pass configSchema before the file is written (a counter needs counter.windowId), and
// again at start (a config changed since may no longer take it: the start then goes on without it,
// saying why).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { roleSchema } from '../domain/terminal.ts';
import { parseConfig } from './load.ts';
import type { Config } from './schema.ts';

export const LOCAL_OVERRIDE_FILE = 'local-override.json';

export const localOverrideSchema = z.strictObject({
  terminal: z.strictObject({ role: roleSchema }),
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

/** The config with an override laid over it, checked by the config schema as a whole. */
export function withOverride(config: Config, raw: unknown): OverrideResult {
  const parsed = localOverrideSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: issues(parsed.error).map((p) => `${LOCAL_OVERRIDE_FILE} ${p}`) };
  const merged = parseConfig({ ...config, terminal: { ...config.terminal, role: parsed.data.terminal.role } }, LOCAL_OVERRIDE_FILE);
  if (!merged.ok) return { ok: false, problems: merged.problems };
  return { ok: true, config: merged.config, override: parsed.data };
}

/** The override file read and applied (none: the config as it is). */
export function readLocalOverride(config: Config): OverrideResult {
  const path = localOverridePath(config);
  if (path === null) return { ok: true, config, override: null };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { ok: true, config, override: null } : { ok: false, problems: [`cannot read ${path} (${code})`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`${path} is not valid JSON: ${(e as Error).message}`] };
  }
  return withOverride(config, raw);
}

/** Checks the override against the config and writes it (whole, then renamed into place); nothing is written when it is refused. */
export function writeLocalOverride(config: Config, override: LocalOverride): OverrideResult {
  const path = localOverridePath(config);
  if (path === null) return { ok: false, problems: ['the store is in memory (store.path ":memory:"): there is nowhere to keep an override'] };
  const checked = withOverride(config, override);
  if (!checked.ok) return checked;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(override, null, 2)}\n`);
  renameSync(tmp, path);
  return checked;
}

/** For a host at start: the config with the override applied, or without it and a line saying why. */
export function applyLocalOverride(config: Config, warn: (line: string) => void): Config {
  const r = readLocalOverride(config);
  if (r.ok) return r.config;
  warn(`The local override beside the store is not applied (the terminal starts with its config file's role): ${r.problems.join('; ')}`);
  return config;
}
