// A Node child process whose output (stdout and stderr together) a test waits on, for the tests that
// run the platform's processes for real (test/platform/cluster.test.ts, cli.test.ts). `killWatched` in
// afterEach ends whatever is still running (kill -9); `freePort` a loopback port free just now.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const running: ChildProcess[] = [];

export function killWatched(): void {
  for (const p of running.splice(0)) if (p.exitCode === null) p.kill('SIGKILL');
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export interface Watched {
  readonly p: ChildProcess;
  readonly exited: Promise<number | null>;
  /** Resolves with the output once `pattern` appeared `count` times; throws with the output after `ms`. */
  waitFor(pattern: RegExp, count?: number, ms?: number): Promise<string>;
  output(): string;
}

export function startWatched(script: string, args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): Watched {
  const p = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...options.env }, ...(options.cwd ? { cwd: options.cwd } : {}), stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(p);
  let out = '';
  p.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => p.once('exit', (code) => r(code)));
  const waitFor = async (pattern: RegExp, count = 1, ms = 20_000) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if ((out.match(new RegExp(pattern.source, 'g')) ?? []).length >= count) return out;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`waited for ${count} x ${pattern}; output:\n${out}`);
  };
  return { p, exited, waitFor, output: () => out };
}
