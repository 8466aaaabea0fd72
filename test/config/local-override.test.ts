// The local override the admin panel writes to switch the role: checked by the config schema before
// it is written and again when it is read at start; a bad one is refused naming what was wrong, and
// the config file's role stays.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/load.ts';
import { applyLocalOverride, localOverridePath, readLocalOverride, withOverride, writeLocalOverride } from '../../config/local-override.ts';
import type { Config, ConfigInput } from '../../config/schema/index.ts';

let dir: string;
/** The profiles folder (empty here: the profile switch has its own tests, profile-switch.test.ts). */
let profiles: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'override-'));
  profiles = join(dir, 'profiles');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function config(extra: Partial<ConfigInput> = {}): Config {
  const r = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: 'h' }, store: { path: join(dir, 'hall.db') }, ...extra });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config;
}

describe('local override', () => {
  it('lives beside the store; none for an in-memory store', () => {
    expect(localOverridePath(config())).toBe(join(dir, 'local-override.json'));
    expect(localOverridePath(config({ store: { path: ':memory:' } }))).toBeNull();
    expect(writeLocalOverride(config({ store: { path: ':memory:' } }), { terminal: { role: 'display' } }, profiles)).toEqual({ ok: false, problems: [expect.stringContaining('in memory')] });
  });

  it('without a file, the config is as it is', () => {
    const c = config();
    expect(readLocalOverride(c, profiles)).toEqual({ ok: true, config: c, override: null });
  });

  it('applies a valid role over the config', () => {
    const c = config({ counter: { windowId: 'w03' } });
    expect(writeLocalOverride(c, { terminal: { role: 'counter' } }, profiles)).toMatchObject({ ok: true, config: { terminal: { role: 'counter' } } });
    const r = readLocalOverride(c, profiles);
    expect(r.ok && r.config.terminal.role).toBe('counter');
    expect(r.ok && r.config.counter.windowId).toBe('w03');
  });

  it('refuses what the schema refuses, naming it, and writes nothing', () => {
    const c = config();
    expect(withOverride(c, { terminal: { role: 'tablet' } }, profiles)).toEqual({ ok: false, problems: [expect.stringMatching(/^local-override\.json terminal\.role: /)] });
    expect(withOverride(c, { terminal: { role: 'display' }, profil: 'x' }, profiles)).toEqual({ ok: false, problems: [expect.stringMatching(/^local-override\.json \(top level\): Unrecognized key: "profil"/)] });
    // A counter without its window: the whole config's rule.
    expect(writeLocalOverride(c, { terminal: { role: 'counter' } }, profiles)).toEqual({ ok: false, problems: [expect.stringContaining('counter.windowId')] });
    expect(() => readFileSync(join(dir, 'local-override.json'))).toThrow();
  });

  it('at start, a bad file is not applied: the config file\'s role stays and a line says why', () => {
    const c = config();
    const lines: string[] = [];
    writeFileSync(join(dir, 'local-override.json'), '{ "terminal": ');
    expect(applyLocalOverride(c, (l) => lines.push(l), profiles).terminal.role).toBe('kiosk');
    expect(lines).toEqual([expect.stringMatching(/^The local override beside the store is not applied .*local-override\.json is not valid JSON/)]);
    writeFileSync(join(dir, 'local-override.json'), JSON.stringify({ terminal: { role: 'counter' } }));
    lines.length = 0;
    expect(applyLocalOverride(c, (l) => lines.push(l), profiles).terminal.role).toBe('kiosk');
    expect(lines[0]).toContain('counter.windowId');
    writeFileSync(join(dir, 'local-override.json'), JSON.stringify({ terminal: { role: 'display' } }));
    expect(applyLocalOverride(c, () => expect.unreachable(), profiles).terminal.role).toBe('display');
  });
});
