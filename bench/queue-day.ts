// The queue's reads of every visit on a long business day (issue 16's soak found them growing with the
// day's tickets): a business's counts and last call (TicketRepo.counts, the kiosk's tiles), the call
// board (latestCalls) and the recent service times behind the wait estimate (recentServiceMinutes), on a
// SQLite platform database (the embedded default) holding BENCH_TICKETS (default 20,000) tickets of one
// day in one business plus 4 live ones, after `BENCH_WARM` calls, median of BENCH_REPS (default 200).
// Beside each: the statement as it was before migration 0019 (a scan of the business's tickets of every
// state, sorted), run on the same database without the new indexes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPlatformDatabase } from '../platform/store/database.ts';
import { SqliteStorage } from '../platform/store/sqlite-storage.ts';
import { TicketRepo } from '../platform/queue/ticket-repo.ts';
import { median, ms, printTable } from './table.ts';

const TICKETS = Number(process.env['BENCH_TICKETS'] ?? 20_000);
const REPS = Number(process.env['BENCH_REPS'] ?? 200);
const DATE = '2026-12-08';
const LATEST = 'called_at DESC, queue_seq DESC, CASE WHEN transferred_to IS NULL THEN 0 ELSE 1 END, issued_at DESC, updated_at DESC, number DESC, id DESC';
/** The statements before migration 0019, as they were in ticket-repo.ts. */
const BEFORE = {
  counts: `SELECT t.category_id,
              SUM(CASE WHEN t.state = 'waiting' THEN 1 ELSE 0 END) AS waiting,
              SUM(CASE WHEN t.state IN ('called', 'serving') THEN 1 ELSE 0 END) AS serving,
              SUM(CASE WHEN t.state = 'held' THEN 1 ELSE 0 END) AS held,
              (SELECT l.number FROM queue_tickets AS l WHERE l.hall_id = t.hall_id AND l.business_date = t.business_date AND l.category_id = t.category_id AND l.called_at IS NOT NULL
               ORDER BY ${LATEST} LIMIT 1) AS last_called
       FROM queue_tickets AS t WHERE t.hall_id = ? AND t.business_date = ? AND t.category_id IN (?)
       GROUP BY t.hall_id, t.business_date, t.category_id`,
  board: `SELECT id FROM queue_tickets WHERE hall_id = ? AND business_date = ? AND called_at IS NOT NULL AND window_id IS NOT NULL ORDER BY ${LATEST} LIMIT ?`,
  service: `SELECT (finished_at - called_at) / 60000.0 AS m FROM queue_tickets
       WHERE hall_id = ? AND business_date = ? AND category_id = ? AND state = 'finished' AND called_at IS NOT NULL AND finished_at IS NOT NULL
       ORDER BY finished_at DESC, id DESC LIMIT ?`,
};

const folder = mkdtempSync(join(tmpdir(), 'bench-queue-day-'));
try {
  const db = openPlatformDatabase(join(folder, 'platform.db'));
  const insert = db.prepare(
    `INSERT INTO queue_tickets (id, hall_id, business_date, category_id, number, state, origin, queue_seq, issued_at, updated_at, called_at, finished_at, window_id, channel, terminal_id)
     VALUES (?, 'default', ?, 'collection', ?, ?, 'issue', ?, ?, ?, ?, ?, ?, 'kiosk', 'k1')`,
  );
  db.transaction(() => {
    for (let i = 1; i <= TICKETS + 4; i++) {
      const at = Date.UTC(2026, 11, 8, 1) + i * 1000;
      const state = i > TICKETS ? (['waiting', 'called', 'held', 'waiting'] as const)[i - TICKETS - 1]! : 'finished';
      const called = state === 'waiting' ? null : at + 500;
      insert.run(`t${i}`, DATE, `Q${i}`, state, i, at, at, called, state === 'finished' ? at + 900 : null, called === null ? null : `w${i}`);
    }
  })();
  const storage = new SqliteStorage(db, { ownsHandle: false });
  const repo = new TicketRepo('default');
  const time = async (fn: () => Promise<unknown> | unknown) => {
    for (let i = 0; i < 10; i++) await fn();
    const xs: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const t0 = performance.now();
      await fn();
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  const after = {
    counts: await time(() => repo.counts(storage, DATE, ['collection'])),
    board: await time(() => repo.latestCalls(storage, DATE, 10)),
    service: await time(() => repo.recentServiceMinutes(storage, DATE, 'collection', 20)),
  };
  // Before: the old statements without the indexes of 0019 (the old queue_tickets_by_category back).
  db.exec(`DROP INDEX queue_tickets_by_call; DROP INDEX queue_tickets_latest_call; DROP INDEX queue_tickets_by_category;
           CREATE INDEX queue_tickets_by_category ON queue_tickets (hall_id, business_date, category_id, state);`);
  const before = {
    counts: await time(() => db.prepare(BEFORE.counts).all('default', DATE, 'collection')),
    board: await time(() => db.prepare(BEFORE.board).all('default', DATE, 10)),
    service: await time(() => db.prepare(BEFORE.service).all('default', DATE, 'collection', 20)),
  };
  await storage.close();
  db.close();
  const row = (name: string, k: keyof typeof after): [string, string] => [name, `${ms(after[k])}   before: ${ms(before[k])}   (${(after[k] / before[k]).toFixed(3)}x)`];
  printTable(`The queue's reads of every visit with ${TICKETS.toLocaleString('en')} tickets of the day in one business (SQLite file, median of ${REPS})`, [
    row('counts and last call of the business (tiles)', 'counts'),
    row('the call board, 10 latest calls', 'board'),
    row('the 20 latest service times (wait estimate)', 'service'),
  ]);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
