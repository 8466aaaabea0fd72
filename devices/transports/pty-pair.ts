// Two linked pseudo-terminals made by socat: simulated devices on real tty devices (the development
// profile and the tests), so the real serial driver code runs end to end:
// what is written to one path is read from the other. `unplug()` kills socat, so both paths vanish
// and ports open on them see a hangup (as a pulled USB-serial adapter does); `replug()` starts a new
// socat on the same link names, so the driver's configured path comes back.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access, lstat, mkdtemp, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface PtyPair {
  /** The end a driver opens (a symlink to /dev/pts/N). */
  readonly hostPath: string;
  /** The end a simulated device opens. */
  readonly devicePath: string;
  /** True while socat runs. */
  readonly plugged: boolean;
  /** Kills socat: both links vanish and open ports on them see a hangup. */
  unplug(): Promise<void>;
  /** Starts a new socat on the same link names (after unplug). */
  replug(): Promise<void>;
  /** Kills socat and removes the temporary directory. */
  close(): Promise<void>;
}

export interface PtyPairOptions {
  /** How long to wait for socat to report both ptys; default 5000 ms. */
  readonly readyTimeoutMs?: number;
  /** Where to look for socat; default process.env.PATH. */
  readonly searchPath?: string;
}

export async function createPtyPair(options: PtyPairOptions = {}): Promise<PtyPair> {
  const socat = await findExecutable('socat', options.searchPath ?? process.env['PATH'] ?? '');
  if (!socat) {
    throw new Error('socat is not on PATH: simulated devices on ptys need it (apt-get install socat)');
  }
  const readyTimeoutMs = options.readyTimeoutMs ?? 5000;
  const dir = await mkdtemp(join(tmpdir(), 'pty-pair-'));
  const hostPath = join(dir, 'host');
  const devicePath = join(dir, 'device');
  let child: ChildProcess | undefined;
  const killOnExit = (): void => {
    child?.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const start = async (): Promise<void> => {
    // A socat killed hard leaves its links behind; a new one would then refuse to make them.
    await rm(hostPath, { force: true });
    await rm(devicePath, { force: true });
    child = await startSocat(socat, hostPath, devicePath, readyTimeoutMs);
  };
  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (running) await stopProcess(running);
    await rm(hostPath, { force: true });
    await rm(devicePath, { force: true });
  };

  try {
    await start();
  } catch (error) {
    await stop();
    await rm(dir, { recursive: true, force: true });
    process.removeListener('exit', killOnExit);
    throw error;
  }

  return {
    hostPath,
    devicePath,
    get plugged() {
      return child !== undefined;
    },
    unplug: stop,
    async replug() {
      if (child) throw new Error('pty pair: replug() while still plugged in');
      await start();
    },
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
      process.removeListener('exit', killOnExit);
    },
  };
}

async function findExecutable(name: string, searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Spawns socat and resolves once it reports both ptys and its data loop, and both links exist. */
async function startSocat(socat: string, hostPath: string, devicePath: string, timeoutMs: number): Promise<ChildProcess> {
  const args = ['-d', '-d', `pty,raw,echo=0,link=${hostPath}`, `pty,raw,echo=0,link=${devicePath}`];
  const child = spawn(socat, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(`socat did not report two ptys within ${timeoutMs} ms`), timeoutMs);
      const onExit = (code: number | null, signal: string | null): void =>
        fail(`socat exited early (code ${code}, signal ${signal})`);
      function fail(reason: string): void {
        cleanup();
        reject(new Error(`${reason}\n${log}`));
      }
      function cleanup(): void {
        clearTimeout(timer);
        child.removeListener('exit', onExit);
        child.stderr?.removeListener('data', onData);
      }
      function onData(chunk: Buffer): void {
        log += chunk.toString('utf8');
        const ptys = [...log.matchAll(/PTY is (\/dev\/pts\/\d+)/g)].length;
        if (ptys >= 2 && log.includes('starting data transfer loop')) {
          cleanup();
          resolve();
        }
      }
      child.once('exit', onExit);
      child.on('error', (error) => fail(`socat could not start: ${error.message}`));
      child.stderr?.on('data', onData);
    });
    // socat makes its links before entering the data loop; check rather than trust.
    for (const link of [hostPath, devicePath]) {
      if (!(await lstat(link)).isSymbolicLink()) throw new Error(`${link} is not a symlink`);
      const target = await readlink(link);
      if (!target.startsWith('/dev/pts/')) throw new Error(`${link} points to ${target}`);
    }
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  // Keep draining stderr so socat never blocks on a full pipe.
  child.stderr?.resume();
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // SIGTERM lets socat remove its links, as udev removes /dev/ttyUSB0 on unplug.
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
}
