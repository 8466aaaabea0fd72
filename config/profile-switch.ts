// A profile switched from the admin panel: one of the profiles installed with the terminal (a whole
// config file in the profiles folder: config `admin.profilesDir`, absent: the folder the terminal ships
// them in) laid over the installed config at the next start (config/local-override.ts writes the choice).
//
// A profile decides how the terminal works: its role, devices, screens, queue, counter, display, watchdog,
// host and hall settings. It never decides where the terminal's data is, under which key, for which
// identity or against which platform: those stay from the installed config (KEPT_FROM_INSTALLED), so a
// switch cannot move, lose or re-key the stored data, nor orphan the terminal's credential.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ProfileProblem } from '../domain/config-problem.ts';
import { configFailure, loadConfigFile, parseConfig, type ConfigResult } from './load.ts';
import type { Config } from './schema/index.ts';

/** What a profile cannot change, and why (config/README.md repeats this list). */
export const KEPT_FROM_INSTALLED: readonly { readonly key: string; readonly why: string }[] = [
  { key: 'environment', why: 'a production terminal stays production (no developer page, real time)' },
  { key: 'terminal.id', why: 'the identity the platform enrolled; its credential is sealed in the store' },
  { key: 'terminal.hallName', why: 'the hall the terminal stands in' },
  { key: 'terminal.hallArea', why: 'the hall the terminal stands in' },
  { key: 'store', why: 'the database and its sealing key: never moved or re-keyed' },
  { key: 'log.dir', why: 'the log files stay where the hall collects them' },
  { key: 'platform', why: 'the credential and the outbox belong to that platform (its address, TLS, enrolment)' },
  { key: 'queue.timeZone', why: 'the business dates of what is stored' },
  { key: 'admin', why: 'the PIN, its lockout and the profiles folder: a switch never locks staff out' },
  { key: 'update', why: 'the hall\'s update server' },
];

/** A profile's name: its file name without `.json` (no path: only files in the profiles folder). */
export const profileNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'a profile file name without ".json": letters, digits, "-" or "_"');

/** The profile's parts over the installed config's kept parts, checked as a whole by the config schema. */
export function profileOver(installed: Config, profile: Config, source: string): ConfigResult {
  return parseConfig(
    {
      ...profile,
      environment: installed.environment,
      terminal: { ...profile.terminal, id: installed.terminal.id, hallName: installed.terminal.hallName, hallArea: installed.terminal.hallArea },
      store: installed.store,
      log: { ...profile.log, dir: installed.log.dir },
      platform: installed.platform,
      queue: { ...profile.queue, timeZone: installed.queue.timeZone },
      admin: installed.admin,
      update: installed.update,
    },
    source,
  );
}

/** The profiles folder of this terminal: config admin.profilesDir, else the host's installed folder. */
export function profilesFolder(installed: Config, shipped: string): string {
  return installed.admin.profilesDir ?? shipped;
}

/** A profile that cannot be taken: its problems as lines (`profile "NAME": ...`, as the log says them) and as data, with where each arose. */
export type ProfileResult = { ok: true; config: Config; source: string } | { ok: false; source: string; problems: string[]; found: ProfileProblem[] };

/** The profile `name` in `folder`, read and checked alone, then over the installed config. */
export function loadProfile(installed: Config, folder: string, name: string): ProfileResult {
  const file = join(folder, `${name}.json`);
  const refused = (stage: ProfileProblem['stage'], r: Extract<ConfigResult, { ok: false }>): ProfileResult => {
    const found = r.found.map((problem, i) => ({ stage, problem, line: `profile "${name}"${stage === 'terminal' ? ' on this terminal' : ''}: ${r.problems[i]!}` }));
    return { ok: false, source: file, problems: found.map((f) => f.line), found };
  };
  const checkedName = profileNameSchema.safeParse(name);
  if (!checkedName.success) return refused('name', configFailure(file, [{ kind: 'other', text: checkedName.error.issues[0]!.message }]));
  const own = loadConfigFile(file);
  if (!own.ok) return refused('file', own);
  const merged = profileOver(installed, own.config, file);
  return merged.ok ? merged : refused('terminal', merged);
}

export interface ProfileEntry {
  /** The file name without `.json`: what the switch names. */
  readonly name: string;
  /** As the terminal would run it (null when it is refused). */
  readonly role: Config['terminal']['role'] | null;
  readonly devices: readonly { readonly kind: Config['devices'][number]['kind']; readonly label: string }[];
  /** Why it cannot be taken (empty: it can). */
  readonly problems: readonly ProfileProblem[];
}

/** Every `*.json` in the folder, each checked as a switch would check it; a folder that cannot be read is one problem. */
export function listProfiles(installed: Config, folder: string): { ok: true; entries: ProfileEntry[] } | { ok: false; problem: string; code: string } {
  let names: string[];
  try {
    names = readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { ok: false, problem: `the profiles folder ${folder} cannot be read (${code})`, code };
  }
  return {
    ok: true,
    entries: names.map((name) => {
      const r = loadProfile(installed, folder, name);
      return r.ok
        ? { name, role: r.config.terminal.role, devices: r.config.devices.map((d) => ({ kind: d.kind, label: d.label })), problems: [] }
        : { name, role: null, devices: [], problems: r.found };
    }),
  };
}
