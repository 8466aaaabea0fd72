// The offline install bundle for an air-gapped hall: ONE archive the hall's IT staff carry in, with
// the terminal, its config profile, the install text (Chinese and English), the service files and
// SHA256SUMS. Two variants:
//   npm run bundle -- --variant browser [--profile NAME | --config FILE]
//       the browser host, built and tested here: the source the host runs (Node 24 runs the
//       TypeScript as it is), the built renderer, the production node_modules, the Node 24 runtime
//       (node_modules/node), a start script and the systemd unit. For this machine's OS and arch
//       (the runtime and the native modules are this machine's): Linux x64 or arm64.
//   npm run bundle -- --variant electron --os linux|win --arch x64|arm64 [--profile NAME | --config FILE]
//       the installers electron-builder made elsewhere, copied into release/ (electron-builder.yml's
//       artifactName: hall-terminal-<version>-<os>-<arch>.<ext>), with the update files beside them.
// Writes release/hall-terminal-<version>-<os>-<arch>[-browser]-offline.tar.gz for Linux, and .zip for
// Windows (Explorer's "Extract All" and PowerShell's Expand-Archive open it; a .tar.gz needs the command
// line there), each with one top folder hall-terminal/ and a .sha256 beside it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, createWriteStream, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { formatConfigProblems, loadConfigFile, profilesDir, resolveConfigSource } from '../config/load.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** The folders of source the browser host runs (what `main/hosts/browser/cli.ts` imports, transitively). */
export const APP_FOLDERS = ['main', 'domain', 'config', 'devices', 'platform', 'lib'] as const;
/** Production packages the browser host never loads: Electron and its updater are the other host's. */
const NOT_FOR_BROWSER = new Set(['electron', 'electron-updater']);

export interface BundleOptions {
  readonly variant: 'browser' | 'electron';
  /** The config file put in the bundle as terminal.json (checked first). */
  readonly configFile: string;
  readonly os: 'linux' | 'win';
  readonly arch: 'x64' | 'arm64';
  /** Where the archive goes (default release/). */
  readonly outDir: string;
  /** Where electron-builder's installers are (default release/). */
  readonly releaseDir: string;
  /** gzip (or zip deflate) level: 9 for the real thing, 1 for tests. */
  readonly level: number;
}

export interface Bundle {
  readonly archive: string;
  readonly sha256: string;
  readonly files: number;
}

/**
 * The production packages installed under node_modules, from package-lock.json: every package the
 * lock does not mark dev-only, present on disk, minus those the browser host never loads (and what
 * only they need). Nested copies (a/node_modules/b) are inside their parent's folder already.
 */
export function productionPackages(rootDir: string, exclude: ReadonlySet<string> = NOT_FOR_BROWSER): string[] {
  const lock = JSON.parse(readFileSync(join(rootDir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }>;
  };
  const entries = lock.packages;
  // What the excluded packages pull in only for themselves: walk the tree from the app's own production dependencies.
  const top = entries[''] ?? {};
  const wanted = new Set<string>();
  const visit = (name: string, from: string) => {
    // Node's resolution: the nearest node_modules up from the requiring package.
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (entries[candidate]) {
        if (wanted.has(candidate)) return;
        const e = entries[candidate];
        if (e.dev || e.devOptional) return;
        wanted.add(candidate);
        for (const dep of Object.keys({ ...e.dependencies, ...e.optionalDependencies })) visit(dep, candidate);
        return;
      }
      if (!base) return;
      const up = base.lastIndexOf('/node_modules/');
      base = up < 0 ? '' : base.slice(0, up);
    }
  };
  for (const dep of Object.keys({ ...top.dependencies, ...top.optionalDependencies })) if (!exclude.has(dep)) visit(dep, '');
  return [...wanted].filter((p) => existsSync(join(rootDir, p)) && !/\/node_modules\/.+\/node_modules\//.test(`/${p}`)).sort();
}

/**
 * What of a package the browser bundle copies: the native modules' prebuilt binaries only for Linux
 * on this arch (better-sqlite3, node-hid and serialport carry every platform's: `linux-x64.node`,
 * `HID-linux-x64/`, `linux-x64/`), and not better-sqlite3's SQLite sources (`deps/`, for compiling).
 */
export function keepForThisMachine(arch: string): (path: string) => boolean {
  const ours = new RegExp(`(^|[-_])linux-${arch}(\\.node)?$`);
  return (path) => {
    const p = path.split(sep).join('/');
    const prebuild = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+\/prebuilds\/([^/]+)/.exec(p);
    if (prebuild?.[1] !== undefined && !ours.test(prebuild[1])) return false;
    return !/(?:^|\/)node_modules\/better-sqlite3\/deps(\/|$)/.test(p);
  };
}

/** `sha256sum -c` lines for every file under dir (sorted, paths with "/"). */
export function sha256Sums(dir: string): string {
  const lines: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else if (s.isFile()) lines.push(`${createHash('sha256').update(readFileSync(full)).digest('hex')}  ${relative(dir, full).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return lines.join('\n') + '\n';
}

function fail(message: string): never {
  throw new BundleError(message);
}
export class BundleError extends Error {}

/** The common part of both variants: config, install text, service files. */
function addHallFiles(stage: string, o: BundleOptions): void {
  const loaded = loadConfigFile(o.configFile);
  if (!loaded.ok) fail(formatConfigProblems(loaded));
  copyFileSync(o.configFile, join(stage, 'terminal.json'));
  copyFileSync(join(root, 'packaging', 'INSTALL.txt'), join(stage, 'INSTALL.txt'));
  copyFileSync(join(root, 'packaging', 'README.md'), join(stage, 'README-packaging.md'));
  mkdirSync(join(stage, 'service'), { recursive: true });
  if (o.os === 'linux') {
    // The unit of the variant in the archive, under one name: systemctl enable hall-terminal either way.
    const unit = o.variant === 'browser' ? 'hall-terminal.service' : 'hall-terminal-electron.service';
    copyFileSync(join(root, 'packaging', 'linux', unit), join(stage, 'service', 'hall-terminal.service'));
  } else {
    copyFileSync(join(root, 'packaging', 'windows', 'hall-terminal-task.xml'), join(stage, 'service', 'hall-terminal-task.xml'));
    copyFileSync(join(root, 'packaging', 'windows', 'run-terminal.ps1'), join(stage, 'service', 'run-terminal.ps1'));
  }
}

/**
 * Puts a file in the stage as a hard link to the original (nothing is written but the directory entry:
 * the stage only feeds the archive and is removed after), or a copy where a link cannot be made (another
 * file system). Staged files are never written to, so the originals are safe.
 */
export function stageFile(src: string, dest: string): void {
  try {
    linkSync(src, dest);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw e;
    copyFileSync(src, dest);
  }
}

/** A folder into the stage, as stageFile does it, keeping what `keep` (given the source path) keeps; symlinks as they are. */
export function stageTree(src: string, dest: string, keep: (path: string) => boolean = () => true): void {
  const s = lstatSync(src);
  if (!keep(src)) return;
  if (s.isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
  else if (s.isDirectory()) {
    mkdirSync(dest, { recursive: true });
    for (const name of readdirSync(src)) stageTree(join(src, name), join(dest, name), keep);
  } else if (s.isFile()) stageFile(src, dest);
}

function addBrowserHost(stage: string): void {
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) fail('the renderer is not built: run `node scripts/build.ts renderer` (npm run bundle does it)');
  const runtime = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(runtime)) fail('no Node 24 runtime in node_modules/node (npm install brings it)');
  for (const folder of APP_FOLDERS) stageTree(join(root, folder), join(stage, folder), (src) => !src.endsWith('.md') || basename(src) === 'README.md');
  stageTree(join(root, 'dist', 'renderer'), join(stage, 'dist', 'renderer'), (src) => !src.endsWith('.build-stamp'));
  copyFileSync(join(root, 'package.json'), join(stage, 'package.json'));
  const keep = keepForThisMachine(process.arch);
  for (const p of productionPackages(root)) stageTree(join(root, p), join(stage, p), (src) => keep(relative(root, src)));
  mkdirSync(join(stage, 'runtime'));
  // Linked like the rest (121 MiB): it is executable already; a copy is made executable.
  stageFile(runtime, join(stage, 'runtime', 'node'));
  if ((statSync(join(stage, 'runtime', 'node')).mode & 0o111) !== 0o111) chmodSync(join(stage, 'runtime', 'node'), 0o755);
  copyFileSync(join(root, 'packaging', 'linux', 'hall-terminal.sh'), join(stage, 'hall-terminal.sh'));
  chmodSync(join(stage, 'hall-terminal.sh'), 0o755);
}

/** electron-builder's installers for os/arch in release/, and the update files an update server needs. */
export function installersFor(releaseDir: string, version: string, os: 'linux' | 'win', arch: 'x64' | 'arm64'): string[] {
  if (!existsSync(releaseDir)) return [];
  const prefix = `hall-terminal-${version}-${os}-${arch}.`;
  const ext = os === 'linux' ? ['deb', 'AppImage'] : ['exe'];
  const updateFiles = os === 'linux' ? [arch === 'x64' ? 'latest-linux.yml' : 'latest-linux-arm64.yml'] : ['latest.yml'];
  const found = readdirSync(releaseDir).filter((f) => f.startsWith(prefix) && (ext.some((e) => f === prefix + e) || f.endsWith('.blockmap')));
  // The update file names no arch on Windows: only with an installer of this arch beside it.
  return found.length === 0 ? [] : [...found, ...readdirSync(releaseDir).filter((f) => updateFiles.includes(f))].sort();
}

/** The archive's format: a zip for Windows, a gzipped tar elsewhere. */
export function archiveFormat(os: BundleOptions['os']): 'zip' | 'tar.gz' {
  return os === 'win' ? 'zip' : 'tar.gz';
}

/** `work/hall-terminal` as a zip with that one top folder (forward slashes, as every unzip expects). */
async function writeZip(work: string, archive: string, level: number): Promise<void> {
  const zip = new ZipArchive({ zlib: { level } });
  zip.directory(join(work, 'hall-terminal'), 'hall-terminal');
  const written = pipeline(zip, createWriteStream(archive));
  await zip.finalize();
  await written;
}

export async function makeBundle(o: BundleOptions): Promise<Bundle> {
  const name = `hall-terminal-${pkg.version}-${o.os}-${o.arch}${o.variant === 'browser' ? '-browser' : ''}-offline`;
  const work = mkdtempSync(join(tmpdir(), 'hall-bundle-'));
  try {
    // One top folder, hall-terminal/: unpacked with `tar -xzf ... -C /opt` it is /opt/hall-terminal.
    const stage = join(work, 'hall-terminal');
    mkdirSync(stage);
    if (o.variant === 'browser') {
      const here = process.platform === 'linux' ? 'linux' : process.platform === 'win32' ? 'win' : process.platform;
      if (o.os !== 'linux' || here !== 'linux' || o.arch !== process.arch) {
        fail(`the browser-host bundle is made for this machine (linux-${process.arch}), whose Node runtime and native modules it carries; asked for ${o.os}-${o.arch}`);
      }
      addBrowserHost(stage);
    } else {
      const found = installersFor(o.releaseDir, pkg.version, o.os, o.arch);
      if (!found.some((f) => !f.endsWith('.yml') && !f.endsWith('.blockmap'))) {
        fail(`no installer for ${o.os}-${o.arch} in ${o.releaseDir} (expected hall-terminal-${pkg.version}-${o.os}-${o.arch}.${o.os === 'linux' ? 'deb or .AppImage' : 'exe'}): build it with electron-builder (packaging/README.md) and copy it there`);
      }
      mkdirSync(join(stage, 'installers'));
      for (const f of found) stageFile(join(o.releaseDir, f), join(stage, 'installers', f));
    }
    addHallFiles(stage, o);
    const sums = sha256Sums(stage);
    writeFileSync(join(stage, 'SHA256SUMS'), sums);
    const files = sums.split('\n').length;
    mkdirSync(o.outDir, { recursive: true });
    const archive = join(o.outDir, `${name}.${archiveFormat(o.os)}`);
    if (archiveFormat(o.os) === 'zip') await writeZip(work, archive, o.level);
    else execFileSync('tar', ['-C', work, '--owner=0', '--group=0', '-cf', archive, '-I', `gzip -${o.level}`, 'hall-terminal']);
    const sha256 = createHash('sha256').update(readFileSync(archive)).digest('hex');
    writeFileSync(`${archive}.sha256`, `${sha256}  ${basename(archive)}\n`);
    return { archive, sha256, files };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** The options from the command line; the profile defaults to kiosk-production. */
export function optionsFromArgs(argv: readonly string[]): BundleOptions {
  const variant = flag(argv, '--variant') ?? 'browser';
  if (variant !== 'browser' && variant !== 'electron') fail(`--variant is "browser" or "electron", not "${variant}"`);
  const os = flag(argv, '--os') ?? (process.platform === 'win32' ? 'win' : 'linux');
  if (os !== 'linux' && os !== 'win') fail(`--os is "linux" or "win", not "${os}"`);
  const arch = flag(argv, '--arch') ?? process.arch;
  if (arch !== 'x64' && arch !== 'arm64') fail(`--arch is "x64" or "arm64", not "${arch}"`);
  const named = flag(argv, '--config') !== undefined || flag(argv, '--profile') !== undefined;
  const configFile = named ? resolveConfigSource(argv, {}, profilesDir) : join(profilesDir, 'kiosk-production.json');
  const level = Number(flag(argv, '--level') ?? 9);
  if (!Number.isInteger(level) || level < 1 || level > 9) fail('--level is a gzip level, 1 to 9');
  return { variant, os, arch, configFile, outDir: flag(argv, '--out') ?? join(root, 'release'), releaseDir: join(root, 'release'), level };
}

if (import.meta.main) {
  try {
    const options = optionsFromArgs(process.argv.slice(2));
    if (options.variant === 'browser' && !process.argv.includes('--no-build')) {
      execFileSync(process.execPath, [join(root, 'scripts', 'build.ts'), 'renderer'], { cwd: root, stdio: 'inherit' });
    }
    const made = await makeBundle(options);
    const mb = (statSync(made.archive).size / 1024 / 1024).toFixed(1);
    console.log(`[bundle] ${relative(process.cwd(), made.archive)}: ${made.files} files, ${mb} MB, sha256 ${made.sha256}`);
  } catch (e) {
    if (!(e instanceof BundleError)) throw e;
    console.error(`[bundle] ${e.message}`);
    process.exit(1);
  }
}
