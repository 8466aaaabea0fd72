// A worker thread that issues tickets through its own connection to a shared platform database, all
// workers released at once, so the engine's transactions really race. Run by concurrency.test.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { QueueService } from '../../../platform/queue/index.ts';
import { openPlatformDatabase } from '../../../platform/store/database.ts';

interface Job {
  readonly path: string;
  readonly secret: string;
  readonly now: number;
  readonly count: number;
  readonly worker: number;
  /** Int32Array over a SharedArrayBuffer: index 0 turns 1 when every worker may start. */
  readonly gate: SharedArrayBuffer;
}

const job = workerData as Job;
const db = openPlatformDatabase(job.path);
const clock = { now: () => job.now, setTimeout: () => 0, clearTimeout: () => undefined };
let n = 0;
const queue = new QueueService(db, clock, { idSecret: job.secret, newId: () => `w${job.worker}-${++n}` });
const gate = new Int32Array(job.gate);
Atomics.wait(gate, 0, 0);
const numbers: string[] = [];
const failures: string[] = [];
for (let i = 0; i < job.count; i++) {
  const r = queue.issueTicket({ categoryId: i % 2 === 0 ? 'general' : 'social', channel: 'kiosk', terminalId: `kiosk-${job.worker}` });
  if (r.ok) numbers.push(r.value.number);
  else failures.push(r.error.code);
}
db.close();
parentPort?.postMessage({ numbers, failures });
