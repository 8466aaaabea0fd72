import { describe, expect, it } from 'vitest';
import { spawnRunner } from '../../../devices/document-printer/command-runner.ts';
import { ManualClock } from '../../support/manual-clock.ts';

// Real processes: this Node binary runs small scripts.
const node = process.execPath;

describe('spawnRunner', () => {
  it('writes the input to stdin and collects stdout, stderr and the exit code', async () => {
    const input = new Uint8Array(300_000).map((_, i) => i % 251);
    const script = `let n = 0, sum = 0; process.stdin.on('data', (c) => { n += c.length; for (const b of c) sum = (sum + b) % 65521; });
      process.stdin.on('end', () => { console.log(n, sum, process.env.LC_ALL); console.error('done'); process.exit(3); });`;
    const expectedSum = input.reduce((s, b) => (s + b) % 65521, 0);
    const outcome = await spawnRunner()({ command: node, args: ['-e', script], input, env: { LC_ALL: 'C' } });
    expect(outcome).toEqual({ kind: 'exited', code: 3, signal: null, stdout: `300000 ${expectedSum} C\n`, stderr: 'done\n' });
  });

  it('passes arguments as they are, with no shell in between', async () => {
    const args = ['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', '办件 进度', '$HOME', '; rm -rf /', '-'];
    const outcome = await spawnRunner()({ command: node, args });
    expect(outcome.kind === 'exited' ? JSON.parse(outcome.stdout) : outcome).toEqual(['办件 进度', '$HOME', '; rm -rf /', '-']);
  });

  it('reports a program that is not installed', async () => {
    expect(await spawnRunner()({ command: 'hall-terminal-no-such-program', args: [] })).toEqual({ kind: 'notFound' });
  });

  it('does not fail when the program exits without reading its input', async () => {
    const outcome = await spawnRunner()({ command: node, args: ['-e', 'process.exit(0)'], input: new Uint8Array(4_000_000) });
    expect(outcome).toMatchObject({ kind: 'exited', code: 0 });
  });

  it('kills a program that runs past its time limit', async () => {
    const clock = new ManualClock();
    const running = spawnRunner(clock)({ command: node, args: ['-e', 'console.log("started"); setInterval(() => {}, 1000)'], timeoutMs: 5000 });
    expect(clock.pending).toBe(1);
    clock.advance(4999);
    expect(clock.pending).toBe(1);
    clock.advance(1);
    expect(await running).toMatchObject({ kind: 'timedOut' });
    expect(clock.pending).toBe(0);
  });
});
