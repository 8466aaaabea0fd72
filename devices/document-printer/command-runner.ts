// Runs an OS command (lp, lpstat, pdftoppm...) with bytes on stdin, collecting stdout and stderr.
// Injected wherever a command runs, so tests use a fake runner and check the exact argv. What can
// go wrong is a value: the program is missing, could not start, ran out of time, or exited.
import { spawn } from 'node:child_process';
import { systemClock, type Clock } from '../../domain/clock.ts';

export interface CommandRequest {
  readonly command: string;
  readonly args: readonly string[];
  /** Written to stdin, which is then closed (stdin is empty when absent). */
  readonly input?: Uint8Array;
  /** Added to the process environment. */
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

export type CommandOutcome =
  | { readonly kind: 'exited'; readonly code: number | null; readonly signal: string | null; readonly stdout: string; readonly stderr: string }
  /** The program is not installed (ENOENT). */
  | { readonly kind: 'notFound' }
  | { readonly kind: 'failed'; readonly message: string }
  /** Killed after `timeoutMs`. */
  | { readonly kind: 'timedOut'; readonly stdout: string; readonly stderr: string };

export type CommandRunner = (request: CommandRequest) => Promise<CommandOutcome>;

const defaultTimeoutMs = 30_000;

/** The real runner: child_process.spawn, no shell, stdout/stderr read as UTF-8. */
export function spawnRunner(clock: Clock = systemClock): CommandRunner {
  return (request) =>
    new Promise<CommandOutcome>((resolve) => {
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      let settled = false;
      let timer: unknown = null;
      const settle = (outcome: CommandOutcome) => {
        if (settled) return;
        settled = true;
        if (timer !== null) clock.clearTimeout(timer);
        resolve(outcome);
      };
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
      let child: ReturnType<typeof spawn>;
      try {
        child = spawn(request.command, [...request.args], {
          env: { ...process.env, ...request.env },
          stdio: ['pipe', 'pipe', 'pipe'],
          windowsHide: true,
        });
      } catch (e) {
        // Arguments spawn refuses outright (a NUL byte...).
        settle({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
        return;
      }
      timer = clock.setTimeout(() => {
        child.kill('SIGKILL');
        settle({ kind: 'timedOut', stdout: text(stdout), stderr: text(stderr) });
      }, request.timeoutMs ?? defaultTimeoutMs);
      child.stdout?.on('data', (c: Buffer) => stdout.push(c));
      child.stderr?.on('data', (c: Buffer) => stderr.push(c));
      child.on('error', (e: NodeJS.ErrnoException) => {
        settle(e.code === 'ENOENT' ? { kind: 'notFound' } : { kind: 'failed', message: e.message });
      });
      child.on('close', (code, signal) => settle({ kind: 'exited', code, signal, stdout: text(stdout), stderr: text(stderr) }));
      // A program that exits without reading all its input closes the pipe: that is its answer, not ours.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(request.input === undefined ? undefined : Buffer.from(request.input.buffer, request.input.byteOffset, request.input.byteLength));
    });
}
