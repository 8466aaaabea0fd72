// Installs the project's npm dependencies when they are missing or out of date.
// Runs before `npm start`, `npm test` and `npm run bench`. Plain JavaScript on purpose: on a fresh
// machine it runs on the system Node (possibly an old one) before Node 24 from the `node`
// devDependency exists. Everything after it runs on Node 24 from node_modules/.bin.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'node_modules', '.hall-deps-stamp');
const bin = join(root, 'node_modules', '.bin');
const projectNode = join(bin, process.platform === 'win32' ? 'node.cmd' : 'node');

function digest() {
  const h = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) {
    const p = join(root, f);
    h.update(f).update(existsSync(p) ? readFileSync(p) : '');
  }
  return h.digest('hex');
}

function npmInstall(withProjectNode) {
  const env = {
    ...process.env,
    // The Electron binary is fetched by `npm start` (scripts/start.ts) where it can be; the npm
    // package itself (electron.d.ts for the type check) installs everywhere.
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    PATH: withProjectNode ? bin + delimiter + process.env.PATH : process.env.PATH,
  };
  const lock = existsSync(join(root, 'package-lock.json'));
  const args = [lock && process.env.CI ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error'];
  console.log(`[deps] npm ${args.join(' ')}${withProjectNode ? ' (on the project Node)' : ''}`);
  const r = spawnSync('npm', args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`[deps] npm install failed (exit ${r.status}). Is the npm registry reachable?`);
    process.exit(r.status ?? 1);
  }
}

const want = digest();
const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (want !== have || !existsSync(projectNode)) {
  // Packages that need Node >= 22.12 (electron among the optional ones) are skipped by an npm
  // running on an older Node, so the first install brings Node 24 and the second runs on it.
  if (!existsSync(projectNode)) npmInstall(false);
  npmInstall(true);
  writeFileSync(stampFile, digest());
}
