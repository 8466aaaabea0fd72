// The worker thread behind WorkerApplier (catalogue-applier.ts): its own connection to the terminal's
// database, one apply at a time, each in one transaction. It never throws at its parent: whatever
// goes wrong comes back as a failure, and the parent keeps the catalogue it has.
import { parentPort, workerData } from 'node:worker_threads';
import { err } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { CatalogueRepo, openDatabase } from '../../store/index.ts';
import { applyAnswer, type ApplyReply, type ApplyRequest } from './catalogue-applier.ts';

const port = parentPort;
if (!port) throw new Error('catalogue-apply-worker.ts runs as a worker thread (see WorkerApplier)');
const { dbPath } = workerData as { dbPath: string };

const db = openDatabase(dbPath);
let now = 0;
// The time of the sync comes from the parent's clock with each request.
const repo = new CatalogueRepo(db, { clock: { now: () => now } });

port.on('message', (m: ApplyRequest) => {
  now = m.now;
  let reply: ApplyReply;
  try {
    reply = { id: m.id, result: applyAnswer(repo, m.text, m.since) };
  } catch (e) {
    reply = { id: m.id, result: err({ kind: 'worker', error: kioskError('internal', `the catalogue worker failed: ${(e as Error).message}`) }) };
  }
  port.postMessage(reply);
});
