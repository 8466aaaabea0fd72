// 电子监察 on the reference platform: the follow-up of bad ratings (核实整改, 回访) and the day's figures
// per window and per staff member. A bad rating is due for follow-up from the moment it arrives
// (records-store.ts, evaluations.follow_up = 'due'); its record here says who handles it, what was
// done, when the citizen was called back, and the outcome that closes it ('done').
//
// The day's figures are computed from the queue's tickets of that business date and the ratings
// given that day (by their ratedAt, hall time: a rating delivered late still counts on its day):
//   calls       tickets called at the window (a recall or call back is counted in `recalls`)
//   wait        called_at - issued_at; for a transferred ticket's successor, from the transfer
//   service     finished_at - called_at, over finished tickets (called_at is the last call)
//   finished / skipped / transferred   tickets in that end state at the window
//   ratings     by level; ratingRate = ratings / finished
// Over the platform's Storage: each method works in the caller's transaction when given one (a route's
// `ctx.tx`), else in its own. The day's figures are a hall's (issue 17): its tickets, and the ratings
// given at its terminals (a rating from no enrolled terminal, the phone page's, counts in `default`).
import type { SealedBox } from '../../lib/sealed-box.ts';
import { DEFAULT_HALL } from './halls.ts';
import { openJson, openValue } from '../store/sealed-fields.ts';
import { sealedFields } from './records-store.ts';
import type { Evaluation } from '../../domain/evaluation.ts';
import { ratingLevels, type RatingLevel } from '../../domain/rating.ts';
import type { DailyFigures, DailySupervision, FollowUpRecord, FollowUpUpdate } from '../../domain/supervision.ts';
import { PlatformError } from '../http/platform-error.ts';
import { jsonText, writtenOrder } from '../store/dialect-sql.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';

interface FollowUpRow {
  id: string;
  target: string;
  stage: FollowUpRecord['stage'];
  level: RatingLevel;
  body: string;
  window_id: string | null;
  staff_id: string | null;
  follow_up_phone: string | null;
  follow_up: 'due' | 'done';
  follow_up_by: string;
  handler: string | null;
  action_taken: string | null;
  called_back_at: string | null;
  outcome: FollowUpRecord['outcome'];
  closed_at: number | null;
  updated_at: number | null;
}

interface TicketFigureRow {
  window_id: string;
  staff_id: string | null;
  state: string;
  issued_at: number;
  called_at: number | null;
  call_count: number;
  finished_at: number | null;
  transferred_at: number | null;
}

export interface FollowUpQuery {
  readonly state: 'open' | 'closed' | 'all';
  /** yyyy-MM-dd, inclusive, by the day the rating was given. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

const SELECT_FOLLOW_UP = `
  SELECT e.id, e.target, e.stage, e.level, e.body, e.window_id, e.staff_id, e.follow_up_phone, e.follow_up, e.follow_up_by,
         f.handler, f.action_taken, f.called_back_at, f.outcome, f.closed_at, f.updated_at
  FROM evaluations AS e LEFT JOIN evaluation_follow_ups AS f ON f.evaluation_id = e.id`;

export class Supervision {
  readonly #storage: Storage;
  readonly #now: () => number;
  /** Opens the follow-up phone and the comment (sealed at rest by RecordsStore, with the same box). */
  readonly #box: SealedBox;

  constructor(storage: Storage, now: () => number, box: SealedBox) {
    this.#storage = storage;
    this.#now = now;
    this.#box = box;
  }

  /** Follow-ups of bad ratings, the soonest due first; by state and by the day the rating was given. */
  async followUps(fq: FollowUpQuery, q?: Transaction): Promise<FollowUpRecord[]> {
    if (fq.from !== undefined && fq.to !== undefined && fq.from > fq.to) throw new PlatformError('invalidRequest', `from ${fq.from} is after to ${fq.to}`);
    const states = fq.state === 'open' ? ['due'] : fq.state === 'closed' ? ['done'] : ['due', 'done'];
    const compact = (d: string | undefined, fallback: string) => (d === undefined ? fallback : d.replaceAll('-', ''));
    const rows = await within(this.#storage, q, (tx) =>
      tx.query<FollowUpRow>(
        `${SELECT_FOLLOW_UP}
         WHERE e.follow_up IN (${states.map(() => '?').join(', ')})
           AND substr(${jsonText(tx, 'e.body', 'ratedAt')}, 1, 8) BETWEEN ? AND ?
         ORDER BY e.follow_up_by, e.received_at, ${writtenOrder(tx, 'e.id')}`,
        [...states, compact(fq.from, '00000000'), compact(fq.to, '99999999')],
      ),
    );
    return rows.map((r) => recordOf(r, this.#box));
  }

  async followUp(id: string, q?: Transaction): Promise<FollowUpRecord> {
    const row = await within(this.#storage, q, (tx) => tx.one<FollowUpRow>(`${SELECT_FOLLOW_UP} WHERE e.id = ? AND e.follow_up <> 'none'`, [id]));
    if (!row) throw new PlatformError('followUp.notFound', `no follow-up of a bad rating with id ${id}`);
    return recordOf(row, this.#box);
  }

  /**
   * Records who handles a follow-up, what was done, when the citizen was called back; an outcome
   * closes it. A closed one is not changed again (followUp.closed); a close needs what was done, and
   * a call back unless the citizen could not be reached (followUp.incomplete). Nothing is written
   * when the update is refused.
   */
  async updateFollowUp(id: string, u: FollowUpUpdate, q?: Transaction): Promise<FollowUpRecord> {
    const now = this.#now();
    return within(this.#storage, q, async (tx) => {
      const current = await this.followUp(id, tx);
      if (current.state === 'closed') throw new PlatformError('followUp.closed', `the follow-up ${id} was closed (${current.outcome}) on ${current.closedAt}`, { outcome: current.outcome });
      if (u.calledBackAt !== undefined && Date.parse(u.calledBackAt) > now) throw new PlatformError('invalidRequest', `calledBackAt ${u.calledBackAt} is in the future`);
      const next = {
        handler: u.handler ?? current.handler,
        actionTaken: u.actionTaken ?? current.actionTaken,
        calledBackAt: u.calledBackAt === undefined ? current.calledBackAt : new Date(Date.parse(u.calledBackAt)).toISOString(),
        outcome: u.outcome ?? null,
      };
      if (next.outcome !== null) {
        const missing = [
          ...(next.actionTaken === null ? ['actionTaken (what was verified and done)'] : []),
          ...(next.calledBackAt === null && next.outcome !== 'unreachable' ? ['calledBackAt (when the citizen was called back)'] : []),
          ...(next.handler === null ? ['handler (who handled it)'] : []),
        ];
        if (missing.length) throw new PlatformError('followUp.incomplete', `cannot close the follow-up without ${missing.join(' and ')}`, { missing });
      }
      await tx.run(
        `INSERT INTO evaluation_follow_ups (evaluation_id, handler, action_taken, called_back_at, outcome, closed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (evaluation_id) DO UPDATE SET handler = excluded.handler, action_taken = excluded.action_taken,
           called_back_at = excluded.called_back_at, outcome = excluded.outcome, closed_at = excluded.closed_at, updated_at = excluded.updated_at`,
        [id, next.handler, next.actionTaken, next.calledBackAt, next.outcome, next.outcome === null ? null : now, now],
      );
      if (next.outcome !== null) await tx.run("UPDATE evaluations SET follow_up = 'done' WHERE id = ?", [id]);
      return this.followUp(id, tx);
    });
  }

  /** The figures of a business date per window, per staff member and for the hall. */
  async daily(date: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<DailySupervision> {
    const [tickets, ratings] = await within(this.#storage, q, async (tx) => [
      await tx.query<TicketFigureRow>(
        `SELECT t.window_id, t.staff_id, t.state, t.issued_at, t.called_at, t.call_count, t.finished_at, p.updated_at AS transferred_at
         FROM queue_tickets AS t LEFT JOIN queue_tickets AS p ON p.id = t.transferred_from
         WHERE t.hall_id = ? AND t.business_date = ? AND t.window_id IS NOT NULL`,
        [hall, date],
      ),
      await tx.query<{ window_id: string | null; staff_id: string | null; level: RatingLevel }>(
        `SELECT window_id, staff_id, level FROM evaluations AS e
         WHERE substr(${jsonText(tx, 'e.body', 'ratedAt')}, 1, 8) = ?
           AND COALESCE((SELECT hall_id FROM terminals WHERE id = e.terminal_id), ?) = ?`,
        [date.replaceAll('-', ''), DEFAULT_HALL, hall],
      ),
    ] as const);
    const by = (key: 'window_id' | 'staff_id') => {
      const keys = [...new Set([...tickets.map((t) => t[key]), ...ratings.map((r) => r[key])].filter((k): k is string => k !== null))].sort();
      return keys.map((k) => ({ key: k, figures: figuresOf(tickets.filter((t) => t[key] === k), ratings.filter((r) => r[key] === k)) }));
    };
    return {
      date,
      windows: by('window_id').map((w) => ({ windowId: w.key, figures: w.figures })),
      staff: by('staff_id').map((s) => ({ staffId: s.key, figures: s.figures })),
      hall: figuresOf(tickets, ratings),
    };
  }
}

function figuresOf(tickets: readonly TicketFigureRow[], ratings: readonly { level: RatingLevel }[]): DailyFigures {
  const called = tickets.filter((t) => t.called_at !== null);
  const finished = tickets.filter((t) => t.state === 'finished' && t.finished_at !== null && t.called_at !== null);
  const counts = Object.fromEntries(ratingLevels.map((l) => [l, ratings.filter((r) => r.level === l).length])) as DailyFigures['ratings'];
  return {
    calls: called.length,
    recalls: called.reduce((n, t) => n + Math.max(0, t.call_count - 1), 0),
    averageWaitSeconds: averageSeconds(called.map((t) => t.called_at! - (t.transferred_at ?? t.issued_at))),
    averageServiceSeconds: averageSeconds(finished.map((t) => t.finished_at! - t.called_at!)),
    finished: finished.length,
    skipped: tickets.filter((t) => t.state === 'skipped').length,
    transferred: tickets.filter((t) => t.state === 'transferred').length,
    ratings: counts,
    ratingRate: finished.length === 0 ? null : Math.round((ratings.length / finished.length) * 1000) / 1000,
  };
}

function averageSeconds(ms: readonly number[]): number | null {
  if (ms.length === 0) return null;
  return Math.round(ms.reduce((a, b) => a + b, 0) / ms.length / 1000);
}

function recordOf(r: FollowUpRow, box: SealedBox): FollowUpRecord {
  const e = openJson<Evaluation>(box, r.body, sealedFields.evaluation);
  return {
    id: r.id,
    target: r.target,
    stage: r.stage,
    level: r.level,
    reasons: e.reasons,
    comment: e.comment ?? null,
    windowId: r.window_id,
    staffId: r.staff_id,
    phone: r.follow_up_phone === null ? null : (openValue(box, r.follow_up_phone) as string),
    ratedAt: e.ratedAt,
    dueBy: r.follow_up_by,
    state: r.follow_up === 'done' ? 'closed' : 'open',
    handler: r.handler,
    actionTaken: r.action_taken,
    calledBackAt: r.called_back_at,
    outcome: r.outcome,
    closedAt: r.closed_at === null ? null : new Date(r.closed_at).toISOString(),
    updatedAt: r.updated_at === null ? null : new Date(r.updated_at).toISOString(),
  };
}
