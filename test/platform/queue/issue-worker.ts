// A worker thread that issues tickets (or, given ID numbers, books places: one booking each, all for the
// same half-day) through its own storage of a shared platform database (a SQLite file or a PostgreSQL
// database, by its URL), all workers released at once, so the engine's transactions really race. Run
// by concurrency.test.ts and booking.test.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { QueueService } from '../../../platform/queue/index.ts';
import { openPlatformStorage } from '../../support/platform-storage.ts';

interface Job {
  /** The database's URL (openPlatformStorage). */
  readonly database: string;
  readonly secret: string;
  readonly now: number;
  readonly count: number;
  readonly worker: number;
  /** Int32Array over a SharedArrayBuffer: index 0 turns 1 when every worker may start. */
  readonly gate: SharedArrayBuffer;
  /** Book general's morning of `date` for each of these instead of issuing tickets. */
  readonly idNumbers?: readonly string[];
  readonly date?: string;
}

const job = workerData as Job;
const clock = { now: () => job.now, setTimeout: () => 0, clearTimeout: () => undefined };
let n = 0;
const storage = await openPlatformStorage(job.database);
const queue = new QueueService(storage, clock, { idSecret: job.secret, newId: () => `w${job.worker}-${++n}`, newAppointmentCode: () => `W${job.worker}X${++n}` });
const gate = new Int32Array(job.gate);
Atomics.wait(gate, 0, 0);
const numbers: string[] = [];
const failures: string[] = [];
const codes: string[] = [];
for (const idNumber of job.idNumbers ?? []) {
  const r = await queue.book({ categoryId: 'general', date: job.date ?? '', half: 'am', idNumber, phone: '13800138000', channel: 'kiosk' });
  if (r.ok) codes.push(r.value.code);
  else failures.push(r.error.code);
}
for (let i = 0; i < job.count; i++) {
  const r = await queue.issueTicket({ categoryId: i % 2 === 0 ? 'general' : 'social', channel: 'kiosk', terminalId: `kiosk-${job.worker}` });
  if (r.ok) numbers.push(r.value.number);
  else failures.push(r.error.code);
}
await storage.close();
parentPort?.postMessage({ numbers, failures, codes });
