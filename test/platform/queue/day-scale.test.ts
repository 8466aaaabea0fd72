// The queue's reads that a terminal makes every visit (the businesses' counts and last call, the call
// board, the recent service times behind the wait estimate) must not grow with the day's tickets: at
// 13,500 tickets of one business day in the 20,000-cycle soak they took 8-20 ms each and the host's CPU
// per ticket cycle had doubled. Each statement TicketRepo sends is planned by SQLite on a database with
// a busy day in it: it reads through an index and never sorts the whole business's tickets (a "USE TEMP
// B-TREE FOR ORDER BY" over all of them, or a scan of the table). The answers are the ones of the
// plainer statements before (the counts-and-estimates and board suites; here on the same day too).
// On PostgreSQL the same indexes exist (pg migration 0007); its planner is not asserted here.
import { afterAll, describe, expect, it } from 'vitest';
import { openPlatformDatabase } from '../../../platform/store/database.ts';
import { SqliteStorage } from '../../../platform/store/sqlite-storage.ts';
import type { Queryable } from '../../../platform/store/storage.ts';
import { TicketRepo } from '../../../platform/queue/ticket-repo.ts';

const db = openPlatformDatabase(':memory:');
const storage = new SqliteStorage(db, { ownsHandle: false });
afterAll(async () => {
  await storage.close();
  db.close();
});

const DATE = '2026-12-08';
/** A busy day: 3,000 finished tickets in each of two businesses, a few live ones, and another day and hall. */
function busyDay(): void {
  const insert = db.prepare(
    `INSERT INTO queue_tickets (id, hall_id, business_date, category_id, number, state, origin, queue_seq, issued_at, updated_at, called_at, finished_at, window_id, channel, terminal_id)
     VALUES (?, ?, ?, ?, ?, ?, 'issue', ?, ?, ?, ?, ?, ?, 'kiosk', 'k1')`,
  );
  let seq = 0;
  db.transaction(() => {
    for (const [hall, date] of [['default', DATE], ['default', '2026-12-07'], ['east', DATE]] as const) {
      for (const cat of ['collection', 'green']) {
        for (let i = 1; i <= 3000; i++) {
          const at = Date.UTC(2026, 11, 8, 1) + i * 1000;
          const state = i > 2996 ? (['waiting', 'called', 'held', 'waiting'] as const)[i - 2997]! : 'finished';
          const called = state === 'waiting' ? null : at + 500;
          insert.run(`${hall}-${date}-${cat}-${i}`, hall, date, cat, `${cat === 'green' ? 'V' : 'Q'}${i}`, state, ++seq, at, at, called, state === 'finished' ? at + 900 : null, called === null ? null : `w-${date}-${cat}-${i}`);
        }
      }
    }
  })();
}

/** Runs each statement of `fn` for real and, beside it, asks SQLite how it plans it. */
async function plansOf(fn: (q: Queryable) => Promise<unknown>): Promise<string[]> {
  const plans: string[] = [];
  const q: Queryable = {
    query: async (sql, params = []) => {
      plans.push((db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as unknown[])) as { detail: string }[]).map((r) => r.detail).join(' | '));
      return storage.query(sql, params);
    },
    one: async (sql, params = []) => (await q.query(sql, params))[0] ?? null,
    run: (sql, params) => storage.run(sql, params),
    exec: (sql) => storage.exec(sql),
  } as Queryable;
  await fn(q);
  return plans;
}

/**
 * No step of the plan reads a business's tickets of every state or the whole table: a search through
 * queue_tickets_by_category names the state, nothing is scanned, and a sort ("USE TEMP B-TREE FOR ORDER
 * BY") only follows a search for one call time (the few tickets called at that moment).
 */
function expectNoDayRead(plan: string): void {
  const steps = plan.split(' | ');
  steps.forEach((step, i) => {
    if (step.includes('queue_tickets_by_category')) expect(step, plan).toMatch(/state=\?/);
    expect(step, plan).not.toMatch(/^SCAN (t|m|queue_tickets)\b/);
    if (step === 'USE TEMP B-TREE FOR ORDER BY') expect(steps[i - 1], plan).toMatch(/called_at=\?/);
  });
}

describe('the queue reads of every visit on a busy day (SQLite plans)', () => {
  busyDay();
  const repo = new TicketRepo('default');

  it('the counts read the live tickets and the latest call through indexes: no scan, no sort of the day', async () => {
    let counts: unknown;
    const plans = await plansOf(async (q) => (counts = await repo.counts(q, DATE, ['collection', 'green', 'nobody'])));
    expect(counts).toEqual(
      new Map([
        ['collection', { waiting: 2, serving: 1, held: 1, lastCalled: 'Q2999' }],
        ['green', { waiting: 2, serving: 1, held: 1, lastCalled: 'V2999' }],
        ['nobody', { waiting: 0, serving: 0, held: 0, lastCalled: null }],
      ]),
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatch(/queue_tickets_by_category \(hall_id=\? AND business_date=\? AND category_id=\? AND state=\?\)/);
    // The latest call: its time from the index's last entry, then only the tickets called at it sorted.
    expect(plans[0]).toMatch(/queue_tickets_by_call \(hall_id=\? AND business_date=\? AND category_id=\?\)/);
    expect(plans[0]).toMatch(/queue_tickets_by_call \(hall_id=\? AND business_date=\? AND category_id=\? AND called_at=\?\)/);
    expectNoDayRead(plans[0]!);
  });

  it('the call board and the recent service times come in index order', async () => {
    let board: { id: string }[] = [];
    let minutes: number[] = [];
    const plans = await plansOf(async (q) => {
      board = await repo.latestCalls(q, DATE, 3);
      minutes = await repo.recentServiceMinutes(q, DATE, 'collection', 5);
    });
    // Called at the same moment in both businesses: the later in the queue first (LATEST_CALL_FIRST).
    expect(board.map((t) => t.id)).toEqual(['default-2026-12-08-green-2999', 'default-2026-12-08-collection-2999', 'default-2026-12-08-green-2998']);
    expect(minutes).toEqual(Array.from({ length: 5 }, () => 400 / 60000));
    for (const plan of plans) expectNoDayRead(plan);
    expect(plans[0]).toMatch(/queue_tickets_latest_call/);
    expect(plans[1]).toMatch(/queue_tickets_by_category \(hall_id=\? AND business_date=\? AND category_id=\? AND state=\?/);
  });
});
