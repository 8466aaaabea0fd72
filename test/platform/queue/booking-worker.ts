// A worker thread that books places through its own connection to a shared platform database, all
// workers released at once, so the bookings really race. Run by booking.test.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { QueueService } from '../../../platform/queue/index.ts';
import { openPlatformDatabase } from '../../../platform/store/database.ts';

interface Job {
  readonly path: string;
  readonly secret: string;
  readonly now: number;
  /** One booking per ID number, all for the same half-day. */
  readonly idNumbers: readonly string[];
  readonly date: string;
  readonly worker: number;
  readonly gate: SharedArrayBuffer;
}

const job = workerData as Job;
const db = openPlatformDatabase(job.path);
const clock = { now: () => job.now, setTimeout: () => 0, clearTimeout: () => undefined };
let n = 0;
const queue = new QueueService(db, clock, { idSecret: job.secret, newAppointmentCode: () => `W${job.worker}X${++n}` });
const gate = new Int32Array(job.gate);
Atomics.wait(gate, 0, 0);
const codes: string[] = [];
const failures: string[] = [];
for (const idNumber of job.idNumbers) {
  const r = queue.book({ categoryId: 'general', date: job.date, half: 'am', idNumber, phone: '13800138000', channel: 'kiosk' });
  if (r.ok) codes.push(r.value.code);
  else failures.push(r.error.code);
}
db.close();
parentPort?.postMessage({ codes, failures });
