// The offline install bundle (scripts/bundle.ts). The browser-host variant is built for real into a
// temp folder, unpacked elsewhere, checked with sha256sum, and started from the unpacked copy (its own
// Node runtime, its own node_modules) on a throw-away store: it must answer on its port. The Electron
// variant is made from stand-in installer files (electron-builder cannot run here); for Windows it is a
// zip, unpacked with Python's zipfile (no unzip needed) and its sums checked. Slow (a renderer build
// when it is not up to date, the production node_modules and the Node runtime staged by hard links,
// hashed twice, packed and unpacked): 60-135 s on the shared 2-core build machine under load
// (2026-12-07), mostly the unpacking's disk writes (bench/bundle-stage.ts measures the staging).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installersFor, keepForThisMachine, makeBundle, optionsFromArgs, productionPackages, root, sha256Sums, type BundleOptions } from '../../scripts/bundle.ts';

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-bundle-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

/** Every file under dir, as paths with "/" relative to it. */
const filesUnder = (d: string, base = ''): string[] =>
  readdirSync(join(d, base)).flatMap((name) => {
    const rel = base ? `${base}/${name}` : name;
    return statSync(join(d, rel)).isDirectory() ? filesUnder(d, rel) : [rel];
  });
const listing = (archive: string) => execFileSync('tar', ['-tzf', archive], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n').filter(Boolean);

function options(over: Partial<BundleOptions>): BundleOptions {
  return { ...optionsFromArgs([]), outDir: join(dir, 'out'), level: 1, ...over };
}

describe('what goes in', () => {
  it('the production packages: the app dependencies and theirs, no dev tools, no Electron', () => {
    const pkgs = productionPackages(root);
    for (const p of ['node_modules/better-sqlite3', 'node_modules/fastify', 'node_modules/ws', 'node_modules/pino', 'node_modules/node-addon-api']) expect(pkgs).toContain(p);
    for (const p of ['node_modules/vitest', 'node_modules/typescript', 'node_modules/node', 'node_modules/electron', 'node_modules/electron-updater', 'node_modules/electron-builder']) {
      expect(pkgs).not.toContain(p);
    }
  });

  it("native modules' prebuilds only for Linux on this arch, no SQLite sources", () => {
    const keep = keepForThisMachine('x64');
    for (const p of ['node_modules/better-sqlite3/prebuilds/linux-x64.node', 'node_modules/node-hid/prebuilds/HID-linux-x64', 'node_modules/node-hid/prebuilds/HID_hidraw-linux-x64/node-napi-v4.node', 'node_modules/@serialport/bindings-cpp/prebuilds/linux-x64/x.glibc.node', 'node_modules/better-sqlite3/lib/index.js']) {
      expect(keep(p), p).toBe(true);
    }
    for (const p of ['node_modules/better-sqlite3/prebuilds/linuxmusl-x64.node', 'node_modules/better-sqlite3/prebuilds/linux-arm64.node', 'node_modules/better-sqlite3/prebuilds/win32-x64.node', 'node_modules/node-hid/prebuilds/HID-darwin-x64', 'node_modules/@serialport/bindings-cpp/prebuilds/darwin-x64+arm64', 'node_modules/@serialport/bindings-cpp/prebuilds/linux-arm', 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c']) {
      expect(keep(p), p).toBe(false);
    }
    expect(keepForThisMachine('arm64')('node_modules/better-sqlite3/prebuilds/linux-arm64.node')).toBe(true);
  });

  it('SHA256SUMS lines are what sha256sum -c reads', () => {
    const d = join(dir, 'sums');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'a.txt'), 'abc');
    writeFileSync(join(d, 'sub', 'b.txt'), '');
    const sums = sha256Sums(d);
    expect(sums).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.txt\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  sub/b.txt\n',
    );
    writeFileSync(join(d, 'SHA256SUMS'), sums);
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: d });
  });
});

describe('the Electron variant', () => {
  const release = () => join(dir, 'release');
  beforeAll(() => {
    mkdirSync(release(), { recursive: true });
    for (const f of [
      `hall-terminal-${version}-linux-x64.deb`,
      `hall-terminal-${version}-linux-x64.AppImage`,
      `hall-terminal-${version}-linux-arm64.deb`,
      `hall-terminal-${version}-win-x64.exe`,
      `hall-terminal-${version}-win-x64.exe.blockmap`,
      'latest.yml',
      'latest-linux.yml',
      'latest-linux-arm64.yml',
      'hall-terminal-0.0.9-linux-x64.deb',
    ]) {
      writeFileSync(join(release(), f), `stand-in for ${f}`);
    }
  });

  it('picks the installers of one os and arch, and their update files', () => {
    expect(installersFor(release(), version, 'linux', 'x64')).toEqual([`hall-terminal-${version}-linux-x64.AppImage`, `hall-terminal-${version}-linux-x64.deb`, 'latest-linux.yml']);
    expect(installersFor(release(), version, 'win', 'x64')).toEqual([`hall-terminal-${version}-win-x64.exe`, `hall-terminal-${version}-win-x64.exe.blockmap`, 'latest.yml']);
    expect(installersFor(release(), version, 'win', 'arm64')).toEqual([]);
  });

  it('for Windows, a zip with one top folder: the installers, the config, the install text, the service files and the sums', async () => {
    const made = await makeBundle(options({ variant: 'electron', os: 'win', arch: 'x64', releaseDir: release() }));
    expect(made.archive).toBe(join(dir, 'out', `hall-terminal-${version}-win-x64-offline.zip`));
    // Unpacked as Windows would (Python's zipfile here: no unzip needed), one folder, every sum holds.
    const out = join(dir, 'win-electron');
    execFileSync('python3', ['-m', 'zipfile', '-e', made.archive, out]);
    expect(readdirSync(out)).toEqual(['hall-terminal']);
    expect(filesUnder(out).sort()).toEqual(
      [
        'INSTALL.txt',
        'README-packaging.md',
        'SHA256SUMS',
        `installers/hall-terminal-${version}-win-x64.exe`,
        `installers/hall-terminal-${version}-win-x64.exe.blockmap`,
        'installers/latest.yml',
        'service/hall-terminal-task.xml',
        'service/run-terminal.ps1',
        'terminal.json',
      ].map((f) => `hall-terminal/${f}`),
    );
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: join(out, 'hall-terminal') });
    expect(readFileSync(join(out, 'hall-terminal', `installers/hall-terminal-${version}-win-x64.exe`), 'utf8')).toBe(`stand-in for hall-terminal-${version}-win-x64.exe`);
    expect(readFileSync(join(out, 'hall-terminal', 'INSTALL.txt'), 'utf8')).toContain('Expand-Archive hall-terminal-*-win-x64-offline.zip -DestinationPath C:\\');
    expect(readFileSync(`${made.archive}.sha256`, 'utf8')).toBe(`${made.sha256}  hall-terminal-${version}-win-x64-offline.zip\n`);
    execFileSync('sha256sum', ['-c', '--quiet', `${made.archive}.sha256`], { cwd: join(dir, 'out') });
  });

  it('a Linux one is a .tar.gz and carries the Electron unit (not the browser host one) as hall-terminal.service', async () => {
    const made = await makeBundle(options({ variant: 'electron', os: 'linux', arch: 'x64', releaseDir: release() }));
    const out = join(dir, 'linux-electron');
    mkdirSync(out);
    execFileSync('tar', ['-xzf', made.archive, '-C', out]);
    expect(readFileSync(join(out, 'hall-terminal', 'service', 'hall-terminal.service'), 'utf8')).toContain('ExecStart=/opt/hall-terminal/hall-terminal\n');
    expect(made.archive).toBe(join(dir, 'out', `hall-terminal-${version}-linux-x64-offline.tar.gz`));
    expect(listing(made.archive)).toContain(`hall-terminal/installers/hall-terminal-${version}-linux-x64.deb`);
  });

  it('says what is missing: no installer for that arch, an invalid config', async () => {
    await expect(makeBundle(options({ variant: 'electron', os: 'win', arch: 'arm64', releaseDir: release() }))).rejects.toThrow(
      `no installer for win-arm64 in ${release()} (expected hall-terminal-${version}-win-arm64.exe)`,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ terminal: { id: 'k1', role: 'kiosk' } }));
    await expect(makeBundle(options({ variant: 'electron', os: 'linux', arch: 'x64', releaseDir: release(), configFile: bad }))).rejects.toThrow('terminal.hallName');
    expect(() => optionsFromArgs(['--arch', 'ia32'])).toThrow('--arch is "x64" or "arm64", not "ia32"');
  });
});

describe('the browser-host variant', () => {
  it('(slow) unpacked elsewhere, its checksums hold and the terminal starts from it on its own runtime', { timeout: 300_000 }, async () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.ts'), 'renderer'], { cwd: root, stdio: 'pipe' });
    const made = await makeBundle(options({ variant: 'browser', os: 'linux', arch: process.arch as 'x64' }));
    expect(made.archive).toBe(join(dir, 'out', `hall-terminal-${version}-linux-${process.arch}-browser-offline.tar.gz`));
    const opt = join(dir, 'opt');
    mkdirSync(opt);
    execFileSync('tar', ['-xzf', made.archive, '-C', opt]);
    const app = join(opt, 'hall-terminal');
    for (const f of ['runtime/node', 'hall-terminal.sh', 'service/hall-terminal.service', 'dist/renderer/index.html', 'main/hosts/browser/cli.ts', 'node_modules/better-sqlite3/package.json', 'terminal.json', 'INSTALL.txt']) {
      expect(existsSync(join(app, f)), f).toBe(true);
    }
    for (const f of ['node_modules/vitest', 'node_modules/electron', 'node_modules/node', 'test', 'bench']) expect(existsSync(join(app, f)), f).toBe(false);
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: app });
    // The native modules load from the unpacked copy on its own runtime (the pruned prebuilds kept the right one).
    const loaded = execFileSync(
      join(app, 'runtime', 'node'),
      ['-e', "const D = require('better-sqlite3'); new D(':memory:').close(); require('node-hid'); require('@serialport/bindings-cpp'); console.log('native ok')"],
      { cwd: app, encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } },
    );
    expect(loaded.trim()).toBe('native ok');

    const store = join(dir, 'store');
    const config = join(dir, 'terminal.json');
    writeFileSync(config, JSON.stringify({ terminal: { id: 'k-offline', role: 'kiosk', hallName: '某某政务服务中心' }, store: { path: join(store, 'hall.db') }, host: { browser: { port: 0, kiosk: false } } }));
    // Only the bundle's runtime: PATH without this repository's node_modules/.bin or any Node.
    const child = spawn(join(app, 'hall-terminal.sh'), ['--config', config, '--no-open'], {
      cwd: tmpdir(),
      env: { PATH: '/usr/bin:/bin', HOME: dir, DISPLAY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    try {
      const ready = await new Promise<{ url: string }>((resolve, reject) => {
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /^HALL_TERMINAL_READY (.*)$/m.exec(out);
          if (m?.[1]) resolve(JSON.parse(m[1]) as { url: string });
        });
        child.stderr.on('data', (b: Buffer) => (out += b.toString()));
        child.once('exit', (code) => reject(new Error(`the unpacked terminal exited with ${code}:\n${out}`)));
      });
      const page = await fetch(new URL('/index.html', ready.url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"');
      expect(existsSync(join(store, 'hall.db'))).toBe(true);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
