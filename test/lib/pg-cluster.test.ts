// The throwaway PostgreSQL cluster: it starts, takes connections by URL and by its socket folder,
// and leaves nothing behind (server stopped, folder removed) when stopped, and when the process that
// started it is killed -9.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPgCluster } from '../../lib/pg-cluster.ts';
import { pgInstalled } from '../support/pg-cluster.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls a condition (real processes ending) up to a bound; the bound is a failure, not a timing. */
async function until(what: string, done: () => boolean, boundMs = 60_000): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`still not ${what} after ${boundMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const postmasterPid = (dir: string) => Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);

describe.skipIf(!pgInstalled)('a throwaway PostgreSQL cluster', () => {
  it('takes connections by URL and socket, and stop() ends the server and removes its folder', { timeout: 120_000 }, async () => {
    const cluster = await startPgCluster({ database: 'cluster_test' });
    const pid = postmasterPid(cluster.dir);
    expect(cluster.url).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/cluster_test`);
    for (const config of [{ connectionString: cluster.url }, { host: cluster.dir, port: cluster.port, user: 'postgres', database: 'cluster_test' }]) {
      const client = new pg.Client(config);
      await client.connect();
      const row = (await client.query<{ db: string; fsync: string }>("SELECT current_database() AS db, current_setting('fsync') AS fsync")).rows[0];
      await client.end();
      expect(row).toEqual({ db: 'cluster_test', fsync: 'off' });
    }
    const other = await cluster.createDatabase('second_one');
    expect(other).toMatch(/\/second_one$/);
    const writer = new pg.Client({ connectionString: other });
    await writer.connect();
    await writer.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('from the template')");
    await writer.end();
    const copy = new pg.Client({ connectionString: await cluster.createDatabase('third_one', 'second_one') });
    await copy.connect();
    expect((await copy.query<{ v: string }>('SELECT v FROM kept')).rows).toEqual([{ v: 'from the template' }]);
    await copy.end();
    await expect(cluster.createDatabase('fourth_one', 'Bad Name')).rejects.toThrow(/lower-case letters, digits and _/);
    await expect(cluster.createDatabase('Bad Name')).rejects.toThrow(/lower-case letters, digits and _/);
    await cluster.stop();
    expect(existsSync(cluster.dir)).toBe(false);
    expect(alive(pid)).toBe(false);
  });

  it('is cleaned up when the process that started it is killed -9', { timeout: 120_000 }, async () => {
    const code = `import { startPgCluster } from ${JSON.stringify(new URL('../../lib/pg-cluster.ts', import.meta.url).pathname)};
      const c = await startPgCluster(); console.log(JSON.stringify({ dir: c.dir })); setInterval(() => {}, 1000);`;
    const owner = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve) => createInterface({ input: owner.stdout }).once('line', resolve));
    const { dir } = JSON.parse(line) as { dir: string };
    const pid = postmasterPid(dir);
    expect(alive(pid)).toBe(true);
    owner.kill('SIGKILL');
    await until('removed', () => !existsSync(dir));
    await until('stopped', () => !alive(pid));
  });
});
