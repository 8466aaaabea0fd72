// Starts the real browser host (`node main/hosts/browser/cli.ts`) as a child process on a config
// written for the test, and waits for its ready line. Used by the e2e tests and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfigInput } from '../../config/schema/index.ts';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface TerminalProcess {
  readonly url: string;
  readonly devUrl: string | null;
  readonly origin: string;
  readonly token: string;
  readonly platformUrl: string;
  readonly child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export function testConfig(overrides: Partial<ConfigInput> = {}): ConfigInput {
  return {
    profile: 'e2e',
    environment: 'development',
    terminal: { id: 'e2e-kiosk', role: 'kiosk', hallName: '明湖区政务服务中心', hallArea: '一楼 综合服务区' },
    ui: { idleTimeoutSeconds: 60 },
    platform: { healthIntervalSeconds: 0.3, requestTimeoutMs: 1000 },
    // A Tuesday morning: the seed hall is open, whatever the hour the tests run at.
    dev: { page: true, clockStart: '2026-11-24T10:00:00+08:00' },
    ...overrides,
  };
}

export interface StartOptions {
  /** The folder for the config and the store, to start a terminal again on the same database; the
   *  caller removes it. Default: a new temporary folder, removed on stop. */
  readonly dir?: string;
  /** Environment variables for the terminal process over this one's (a fake CUPS first on PATH). */
  readonly env?: Readonly<Record<string, string>>;
  /** Let the host open its browser (CHROMIUM_PATH and DISPLAY in `env`); default: --no-open. */
  readonly openBrowser?: boolean;
}

export async function startTerminal(config: ConfigInput, extraArgs: string[] = [], options: StartOptions = {}): Promise<TerminalProcess> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'hall-e2e-'));
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ ...config, store: { path: join(dir, 'hall.db') } }));
  const child = spawn(process.execPath, [join(repoRoot, 'main/hosts/browser/cli.ts'), '--config', file, ...(options.openBrowser ? [] : ['--no-open']), '--port=0', ...extraArgs], {
    cwd: repoRoot,
    env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = new Promise<{ url: string; devUrl: string | null; platform: string }>((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /^HALL_TERMINAL_READY (.*)$/m.exec(out);
      if (m?.[1]) resolve(JSON.parse(m[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the terminal exited (${code}) before it was ready:\n${out}`)));
  });
  const info = await ready;
  const u = new URL(info.url);
  return {
    url: info.url,
    devUrl: info.devUrl,
    origin: u.origin,
    token: u.hash.replace('#token=', ''),
    platformUrl: info.platform,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
