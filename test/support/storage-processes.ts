// Starts storage-child.ts processes (Node 24, this process's node) and talks to them by JSON lines:
// wait until every one is ready, release them together with "go", collect their results.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import type { ChildJob } from './storage-child.ts';

const script = fileURLToPath(new URL('./storage-child.ts', import.meta.url));

export interface StorageProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves when the process has its storage open (and, listening, its LISTEN in place). */
  readonly ready: Promise<void>;
  /** The next JSON line after ready, in order. */
  next<T = Record<string, unknown>>(): Promise<T>;
  go(): void;
  /** Closes stdin (a listener ends) and waits for the exit. */
  end(): Promise<number | null>;
}

export function startStorageProcess(job: ChildJob): StorageProcess {
  const child = spawn(process.execPath, [script, JSON.stringify(job)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (errors += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const queue: unknown[] = [];
  const waiting: ((v: unknown) => void)[] = [];
  let readyResolve!: () => void;
  let failed: ((e: Error) => void)[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    readyResolve = resolve;
    failed.push(reject);
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const value = JSON.parse(line) as { ready?: boolean };
    if (value.ready) return readyResolve();
    const w = waiting.shift();
    if (w) w(value);
    else queue.push(value);
  });
  void exited.then((code) => {
    if (code !== 0) {
      const e = new Error(`storage child (${job.kind}) exited with ${code}: ${errors.trim()}`);
      for (const f of failed) f(e);
      failed = [];
    }
  });
  return {
    child,
    ready,
    next<T>() {
      if (queue.length > 0) return Promise.resolve(queue.shift() as T);
      return new Promise<T>((resolve, reject) => {
        waiting.push(resolve as (v: unknown) => void);
        failed.push(reject);
      });
    },
    go() {
      child.stdin.write('go\n');
    },
    async end() {
      child.stdin.end();
      return exited;
    },
  };
}
