// Ticket issue is one transaction (SQLite: IMMEDIATE; PostgreSQL: the counter row locked): worker
// threads with their own storages of one database, released together, never get the same number and
// never fail for a lock.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, openQueue, SECRET } from './support.ts';

afterEach(cleanUp);

function run(job: object): Promise<{ numbers: string[]; failures: string[] }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./issue-worker.ts', import.meta.url), { workerData: job });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with ${code}`));
    });
  });
}

describe('concurrent issue', () => {
  it('gives distinct, gapless numbers to racing writers', async () => {
    const h = await openQueue();
    await h.close();
    const gate = new SharedArrayBuffer(4);
    const workers = [1, 2, 3, 4].map((worker) => run({ database: h.database, secret: SECRET, now: h.clock.now(), count: 40, worker, gate }));
    const view = new Int32Array(gate);
    Atomics.store(view, 0, 1);
    Atomics.notify(view, 0);
    const results = await Promise.all(workers);
    expect(results.flatMap((r) => r.failures)).toEqual([]);
    const numbers = results.flatMap((r) => r.numbers);
    expect(numbers).toHaveLength(160);
    expect(new Set(numbers).size).toBe(160);
    const expected = [...Array.from({ length: 80 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`), ...Array.from({ length: 80 }, (_, i) => `B${String(i + 1).padStart(3, '0')}`)];
    expect([...numbers].sort()).toEqual(expected);
  });
});
