// platform/cluster.ts: N workers behind one port, a dead worker replaced while the others serve, a
// clean stop on SIGTERM, and giving up (exit 1) when workers keep dying at start. Run on real OS
// processes (test/support/cluster-child.ts: tiny HTTP servers answering their pid).
import { get } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProcesses } from '../../platform/cluster.ts';
import { freePort, killWatched, startWatched } from '../support/watched-process.ts';

const child = new URL('../support/cluster-child.ts', import.meta.url).pathname;
afterEach(killWatched);

const start = (env: Record<string, string>) => startWatched(child, [], { env });

const servingPids = (out: string) => [...out.matchAll(/platform worker (\d+) serving/g)].map((m) => Number(m[1]));

/** One request on a connection of its own (the cluster hands out connections, not requests). */
function pidAt(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/', agent: false, timeout: 2000 }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve(Number(body)));
      res.on('error', () => resolve(null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

describe('the platform cluster', () => {
  it('spreads requests over its workers, replaces a worker killed outright, and stops cleanly', async () => {
    const port = await freePort();
    const c = start({ CLUSTER_PORT: String(port), CLUSTER_PROCESSES: '3' });
    await c.waitFor(/platform worker \d+ serving/, 3);
    expect(c.output()).toMatch(/prepared in \d+/);
    // Prepared once, in the primary, before any worker.
    expect(c.output().match(/prepared in/g)).toHaveLength(1);
    const first = servingPids(c.output());
    expect(new Set(first).size).toBe(3);

    const seen = new Set<number | null>();
    for (let i = 0; i < 12; i++) seen.add(await pidAt(port));
    expect([...seen].sort()).toEqual([...first].sort());

    // kill -9 one worker: the others answer meanwhile, and a fourth worker takes its place.
    const victim = first[0]!;
    process.kill(victim, 'SIGKILL');
    await c.waitFor(new RegExp(`platform worker ${victim} died \\(SIGKILL\\)`));
    for (let i = 0; i < 6; i++) {
      const pid = await pidAt(port);
      expect(pid).not.toBeNull();
      expect(pid).not.toBe(victim);
    }
    await c.waitFor(/platform worker \d+ serving/, 4);
    const now = servingPids(c.output());
    const replacement = now.find((pid) => !first.includes(pid))!;
    expect(replacement).toBeTruthy();
    const after = new Set<number | null>();
    for (let i = 0; i < 12; i++) after.add(await pidAt(port));
    expect(after.has(replacement)).toBe(true);
    expect(after.has(victim)).toBe(false);

    c.p.kill('SIGTERM');
    expect(await c.exited).toBe(0);
    // Every live worker closed its server (the killed one could not).
    for (const pid of now.filter((p) => p !== victim)) expect(c.output()).toContain(`worker ${pid} closed`);
    expect(await pidAt(port)).toBeNull();
  }, 60_000);

  it('gives up with exit 1 when workers keep failing at start, rather than restarting for ever', async () => {
    const port = await freePort();
    const c = start({ CLUSTER_PORT: String(port), CLUSTER_PROCESSES: '2', CLUSTER_FAIL: '1' });
    expect(await c.exited).toBe(1);
    expect(c.output()).toMatch(/failed to start: no database/);
    expect(c.output()).toMatch(/keep dying \(4 within a minute\): giving up/);
  }, 60_000);

  it('refuses a process count that is not 1 to 64', () => {
    expect(checkProcesses(3)).toBe(3);
    for (const bad of [0, 65, 1.5, Number.NaN]) expect(() => checkProcesses(bad)).toThrow(/from 1 to 64/);
  });
});
