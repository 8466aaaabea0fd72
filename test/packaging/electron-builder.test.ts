// electron-builder cannot build packages here (no Electron download), so electron-builder.yml is
// checked the way the builder itself would read it: against app-builder-lib's JSON schema (strict: a
// misspelt key is an error, proved below with a broken copy), plus the settings the terminal relies on.
// The deb's after-install script is an electron-builder template: it is expanded with the builder's
// macros and checked by bash, and must set CUPS to keep no copies of printed files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as Record<string, unknown>;
const ymlText = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const yml = parse(ymlText) as Record<string, unknown>;

// draft-07 as the schema says; its `$schema` key and a few non-standard keywords are tolerated.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const problems = (config: unknown) => (validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`));

type Target = { target: string; arch: string[] };
const targets = (platform: 'linux' | 'win') => ((yml[platform] as { target: Target[] }).target ?? []).map((t) => `${t.target}:${[...t.arch].sort().join('+')}`);

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    expect(problems(yml)).toEqual([]);
  });

  it('a misspelt key fails the same check (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hall-eb-'));
    try {
      // A broken copy on disk, read back as the builder would.
      writeFileSync(join(dir, 'electron-builder.yml'), ymlText.replace(/^asar: true$/m, 'asarr: true').replace('perMachine: false', 'perMachin: false'));
      const broken = parse(readFileSync(join(dir, 'electron-builder.yml'), 'utf8')) as unknown;
      const found = problems(broken).join('\n');
      expect(found).toContain('"additionalProperty":"asarr"');
      expect(found).toContain('"additionalProperty":"perMachin"');
      expect(problems({ ...yml, publish: { provider: 'generic', url: 'x', chanel: 'latest' } }).join('\n')).toContain('chanel');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('packs an asar and flips the fuses after packing', () => {
    expect(yml['asar']).toBe(true);
    expect(yml['afterPack']).toBe('scripts/electron-fuses.ts');
    expect((yml['extraMetadata'] as { main: string }).main).toBe('dist/electron/main.js');
  });

  it('builds NSIS x64 for Windows, deb and AppImage for x64 and arm64 for Kylin/UOS', () => {
    expect(targets('win')).toEqual(['nsis:x64']);
    expect(targets('linux').sort()).toEqual(['AppImage:arm64+x64', 'deb:arm64+x64']);
  });

  it('rebuilds no native module (N-API prebuilds for each target are in the packages) and unpacks them from the asar', () => {
    expect(yml['npmRebuild']).toBe(false);
    expect(yml['buildDependenciesFromSource']).toBe(false);
    const unpacked = (yml['asarUnpack'] as string[]).join(' ');
    for (const [pkg, folder] of [
      ['better-sqlite3', 'prebuilds'],
      ['node-hid', 'prebuilds'],
      ['@serialport/bindings-cpp', 'prebuilds'],
    ] as const) {
      expect(unpacked).toContain(pkg.startsWith('@serialport') ? '@serialport' : pkg);
      // What the comment in the yml claims: a prebuilt binary per target platform in the package.
      const listing = readdirSync(join(dirname(require.resolve(`${pkg}/package.json`)), folder)).join(' ');
      for (const platform of ['linux-x64', 'linux-arm64', 'win32-x64']) expect(listing, `${pkg} has a ${platform} prebuild`).toContain(platform);
    }
  });

  it("publishes to a generic server named at build time (the hall's own)", () => {
    expect(yml['publish']).toEqual({ provider: 'generic', url: '${env.HALL_UPDATE_URL}', channel: 'latest' });
  });

  it('associates no files or URL schemes, and installs per user without elevation (silent updates)', () => {
    expect(yml['fileAssociations']).toEqual([]);
    expect(yml['protocols']).toEqual([]);
    const nsis = yml['nsis'] as Record<string, unknown>;
    expect(nsis['perMachine']).toBe(false);
    expect(nsis['deleteAppDataOnUninstall']).toBe(false);
  });
});

describe('the deb after-install script', () => {
  const path = (yml['deb'] as { afterInstall: string }).afterInstall;
  const template = readFileSync(join(root, path), 'utf8');
  /** What electron-builder's FpmTarget does with it: ${name} macros replaced, an unknown one fails the build. */
  const expand = (t: string) =>
    t.replace(/\${([a-zA-Z]+)}/g, (_m, name: string) => {
      const known: Record<string, string> = { executable: 'hall-terminal', sanitizedProductName: 'hall-terminal' };
      if (!(name in known)) throw new Error(`Macro ${name} is not defined`);
      return known[name]!;
    });

  it('expands with the builder macros only and is valid bash', () => {
    const script = expand(template);
    expect(script).toContain("APP_DIR='/opt/hall-terminal'");
    const dir = mkdtempSync(join(tmpdir(), 'hall-deb-'));
    try {
      writeFileSync(join(dir, 'after-install.sh'), script);
      execFileSync('bash', ['-n', join(dir, 'after-install.sh')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => expand(template.replace('set -u', 'echo ${HOME}'))).toThrow('Macro HOME is not defined');
  });

  it('makes the config and data folders, never writing over the hall config', () => {
    expect(template).toContain('install -d -m 0755 /etc/hall-terminal');
    expect(template).toContain('install -d -m 0750 /var/lib/hall-terminal');
    expect(template).not.toMatch(/>\s*\/etc\/hall-terminal\/terminal\.json/);
    expect(template).not.toMatch(/cp[^\n]*\/etc\/hall-terminal\/terminal\.json/);
  });

  it('sets CUPS to keep no copy of printed files and a short job history, replacing earlier lines', () => {
    expect(template).toContain("'PreserveJobFiles No' 'PreserveJobHistory 300'");
    expect(template).toContain("/^[[:space:]]*PreserveJobFiles[[:space:]]/d");
    expect(template).toContain("/^[[:space:]]*PreserveJobHistory[[:space:]]/d");
  });

  it('rewrites a cupsd.conf as it says: old settings out, ours in, twice the same', () => {
    // The CUPS part run on a copy of a cupsd.conf (the script's path swapped for a temp file).
    const start = template.indexOf('CUPSD_CONF=');
    const end = template.indexOf('exit 0');
    const dir = mkdtempSync(join(tmpdir(), 'hall-cups-'));
    try {
      const conf = join(dir, 'cupsd.conf');
      writeFileSync(conf, 'LogLevel warn\nPreserveJobFiles 86400\nPreserveJobHistory Yes\nListen localhost:631\n');
      const part = template.slice(start, end).replace('CUPSD_CONF=/etc/cups/cupsd.conf', `CUPSD_CONF='${conf}'`).replace(/if command -v systemctl[^\n]*\n/, '');
      writeFileSync(join(dir, 'part.sh'), part);
      execFileSync('bash', [join(dir, 'part.sh')]);
      execFileSync('bash', [join(dir, 'part.sh')]);
      expect(readFileSync(conf, 'utf8')).toBe('LogLevel warn\nListen localhost:631\n# hall-terminal: no copies of printed files\nPreserveJobFiles No\nPreserveJobHistory 300\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
