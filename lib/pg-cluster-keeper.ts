// The keeper of one throwaway PostgreSQL cluster (lib/pg-cluster.ts starts it as a child process):
// initdb into a temporary folder, the server on a free loopback port with its unix socket in that
// folder, fsync off. It prints one JSON line when the server accepts connections, then holds the
// cluster until its stdin closes (the parent stopped it, exited, or was killed -9: the pipe closes
// either way) or it gets SIGTERM/SIGINT/SIGHUP; then it stops the server (immediate shutdown, the data
// is thrown away) and removes the folder. As root (initdb refuses root) initdb and the server run as
// the `postgres` system user, the folder chowned to it.
//
// Usage: node lib/pg-cluster-keeper.ts <bin folder>     (one JSON line on stdout, logs on stderr)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const CLUSTER_DIR_PREFIX = 'hall-pg-';

/** Memory-backed /dev/shm when there is one (initdb's 40 MB and the server's writes never wait on the disk), else the temp folder. */
function baseDir(): string {
  const fromEnv = process.env['PG_CLUSTER_TMP'];
  if (fromEnv) return fromEnv;
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

function fail(message: string): never {
  process.stdout.write(JSON.stringify({ ok: false, error: message }) + '\n');
  process.exit(1);
}

/** Root cannot run initdb or the server: they run as the `postgres` system user (Debian's package makes it). */
function runAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const u = id('-u');
  const g = id('-g');
  if (u.status !== 0 || g.status !== 0) fail('running as root, and there is no "postgres" system user to run initdb and the server as (apt-get install postgresql makes it)');
  return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Clusters left by a keeper that was itself killed -9: their server stopped, their folder removed. */
function sweepStale(base: string): void {
  for (const name of readdirSync(base)) {
    // The template stays; a cluster or a template in the making whose keeper is gone goes.
    if (!name.startsWith(CLUSTER_DIR_PREFIX) || /^template-(?!work-)/.test(name.slice(CLUSTER_DIR_PREFIX.length))) continue;
    const dir = join(base, name);
    try {
      const keeper = Number(readFileSync(join(dir, 'keeper.pid'), 'utf8'));
      if (alive(keeper)) continue;
      const pidFile = join(dir, 'data', 'postmaster.pid');
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
        const cmd = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
        if (pid > 0 && cmd.includes('postgres') && cmd.includes(dir)) process.kill(pid, 'SIGQUIT');
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Not ours to judge (no keeper.pid yet: a keeper starting right now), or already gone.
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the server; resolves when it accepts connections, or with the reason it exited before. */
function startServer(
  bin: string,
  data: string,
  dir: string,
  port: number,
  as: RunAs | undefined,
  onSpawn: (server: ChildProcess) => void,
): Promise<{ server: ChildProcess } | { exited: string }> {
  const args = [
    '-D', data, '-p', String(port), '-k', dir,
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
    '-c', 'max_connections=100', '-c', 'shared_buffers=32MB',
  ];
  const server = spawn(join(bin, 'postgres'), args, { stdio: ['ignore', 'ignore', 'pipe'], ...as });
  onSpawn(server);
  return new Promise((resolve) => {
    let log = '';
    server.stderr?.setEncoding('utf8');
    const onData = (chunk: string) => {
      log += chunk;
      if (log.includes('ready to accept connections')) {
        // From here on the server's log is only drained: the parent may be gone (stderr a closed pipe).
        server.stderr?.off('data', onData);
        server.stderr?.resume();
        server.off('exit', onExit);
        resolve({ server });
      }
    };
    const onExit = () => resolve({ exited: log.trim().split('\n').slice(-3).join(' | ') });
    server.stderr?.on('data', onData);
    server.once('exit', onExit);
  });
}

/**
 * initdb once per machine and PostgreSQL version (4 s on a busy 2-core VM, most of a start): later
 * clusters copy the template folder (0.5 s). Made in a folder of its own and renamed into place, so
 * keepers starting together never see half a template.
 */
function templateCluster(bin: string, base: string, as: RunAs | undefined): string {
  const template = join(base, `${CLUSTER_DIR_PREFIX}template-${basename(dirname(bin))}-${as?.uid ?? process.getuid?.() ?? 0}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const work = mkdtempSync(join(base, `${CLUSTER_DIR_PREFIX}template-work-`));
  writeFileSync(join(work, 'keeper.pid'), String(process.pid));
  if (as) chownSync(work, as.uid, as.gid);
  const data = join(work, 'data');
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'],
    { encoding: 'utf8', ...as },
  );
  if (init.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    fail(`initdb failed: ${(init.stderr || init.stdout || String(init.error)).trim()}`);
  }
  try {
    renameSync(data, template);
  } catch {
    // Another keeper's template got there first: same initdb, use it.
  }
  rmSync(work, { recursive: true, force: true });
  return template;
}

async function main(): Promise<void> {
  const bin = process.argv[2];
  if (!bin || !existsSync(join(bin, 'initdb'))) fail(`no initdb in "${bin ?? ''}"`);
  // The parent may be gone (killed -9): writing to its closed pipes must not stop the clean-up.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  const as = runAs();
  const base = baseDir();
  sweepStale(base);
  const dir = mkdtempSync(join(base, CLUSTER_DIR_PREFIX));
  writeFileSync(join(dir, 'keeper.pid'), String(process.pid));
  let server: ChildProcess | null = null;
  let stopping = false;
  const cleanUp = (code: number) => {
    if (stopping) return;
    stopping = true;
    const done = () => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(code);
    };
    if (server && server.exitCode === null && server.signalCode === null) {
      server.once('exit', done);
      server.kill('SIGQUIT');
    } else {
      done();
    }
  };
  process.stdin.on('close', () => cleanUp(0));
  process.stdin.on('end', () => cleanUp(0));
  process.stdin.resume();
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => cleanUp(0));

  if (as) chownSync(dir, as.uid, as.gid);
  const data = join(dir, 'data');
  const template = templateCluster(bin, base, as);
  const copy = spawnSync('cp', ['-a', template, data], { encoding: 'utf8' });
  if (copy.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    fail(`copying the initdb template ${template} failed: ${copy.stderr.trim()}`);
  }
  // Another process may take the free port between the probe and the server's bind: try again.
  let reason = '';
  for (let attempt = 0; attempt < 3 && !stopping; attempt++) {
    const port = await freePort();
    // Known from the spawn on, so a clean-up while it is still starting stops it too.
    const started = await startServer(bin, data, dir, port, as, (spawned) => (server = spawned));
    if ('server' in started) {
      server = started.server;
      server.once('exit', (code, signal) => {
        if (stopping) return;
        process.stderr.write(`[pg-cluster] the server exited by itself (${signal ?? code})\n`);
        cleanUp(1);
      });
      process.stdout.write(JSON.stringify({ ok: true, dir, port, pid: server.pid }) + '\n');
      return;
    }
    reason = started.exited;
  }
  rmSync(dir, { recursive: true, force: true });
  fail(`the PostgreSQL server did not start: ${reason}`);
}

await main();
