// Help calls (帮办代办) as the platform keeps them: a kiosk calls (one open call per kiosk: calling
// again answers the open one), staff acknowledge (the first acknowledgement stands) and resolve, the
// kiosk cancels its own. Every change is announced on the event stream only after it committed: the
// event is built from the row read back once the writing transaction is over (the route layer wraps a
// handler in its idempotency transaction, so "after the handler" is not yet "after commit").
import { randomUUID } from 'node:crypto';
import type { Db } from '../../lib/sqlite.ts';
import { helpCallSchema, helpEventTypeOf, isOpenHelpCall, type HelpCall, type HelpCallState, type HelpEvent, type HelpReason } from '../../domain/help.ts';
import { PlatformError } from '../http/platform-error.ts';

interface Row {
  id: string;
  terminal_id: string;
  place: string;
  reason: string;
  state: string;
  created_at: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  cancelled_at: number | null;
  resolved_at: number | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toCall(r: Row): HelpCall {
  return helpCallSchema.parse({
    id: r.id,
    terminalId: r.terminal_id,
    place: r.place,
    reason: r.reason,
    state: r.state,
    createdAt: iso(r.created_at),
    acknowledgedAt: iso(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
    cancelledAt: iso(r.cancelled_at),
    resolvedAt: iso(r.resolved_at),
  });
}

export interface HelpCallsOptions {
  readonly db: Db;
  readonly now: () => number;
  /** Told each change once it is committed. */
  readonly emit: (event: HelpEvent) => void;
  readonly newId?: () => string;
}

export class HelpCalls {
  readonly #o: HelpCallsOptions;
  /** Changes written but not yet announced: the call as that change left it. */
  #pending: { call: HelpCall; at: number }[] = [];
  #flushScheduled = false;

  constructor(options: HelpCallsOptions) {
    this.#o = options;
  }

  call(terminalId: string, reason: HelpReason, place: string): HelpCall {
    const open = this.#row('SELECT * FROM help_calls WHERE terminal_id = ? AND state IN (?, ?) ORDER BY created_at LIMIT 1', terminalId, 'waiting', 'acknowledged');
    if (open) return toCall(open);
    const id = (this.#o.newId ?? randomUUID)();
    const now = this.#o.now();
    this.#o.db
      .prepare("INSERT INTO help_calls (id, terminal_id, place, reason, state, created_at) VALUES (?, ?, ?, ?, 'waiting', ?)")
      .run(id, terminalId, place, reason, now);
    return this.#announce(id, now);
  }

  /** One call; `terminalId` given: only that kiosk's (another's answers help.notFound). */
  get(id: string, terminalId?: string): HelpCall {
    const call = this.#get(id);
    if (terminalId !== undefined && call.terminalId !== terminalId) throw notFound(id);
    return call;
  }

  cancel(id: string, terminalId: string): HelpCall {
    const call = this.get(id, terminalId);
    if (call.state === 'cancelled') return call;
    if (call.state === 'resolved') throw new PlatformError('help.closed', `help call ${id} was already resolved`);
    const now = this.#o.now();
    this.#o.db.prepare("UPDATE help_calls SET state = 'cancelled', cancelled_at = ? WHERE id = ?").run(now, id);
    return this.#announce(id, now);
  }

  acknowledge(id: string, staff: string): HelpCall {
    const call = this.#get(id);
    if (call.state === 'acknowledged') return call;
    if (!isOpenHelpCall(call.state)) throw new PlatformError('help.closed', `help call ${id} was already ${call.state}`);
    const now = this.#o.now();
    this.#o.db.prepare("UPDATE help_calls SET state = 'acknowledged', acknowledged_at = ?, acknowledged_by = ? WHERE id = ?").run(now, staff, id);
    return this.#announce(id, now);
  }

  resolve(id: string): HelpCall {
    const call = this.#get(id);
    if (call.state === 'resolved') return call;
    if (call.state === 'cancelled') throw new PlatformError('help.closed', `help call ${id} was cancelled`);
    const now = this.#o.now();
    this.#o.db.prepare("UPDATE help_calls SET state = 'resolved', resolved_at = ? WHERE id = ?").run(now, id);
    return this.#announce(id, now);
  }

  /** Waiting and acknowledged calls, oldest first. */
  open(): HelpCall[] {
    return this.#o.db
      .prepare<[], Row>("SELECT * FROM help_calls WHERE state IN ('waiting', 'acknowledged') ORDER BY created_at, id")
      .all()
      .map(toCall);
  }

  #row(sql: string, ...args: unknown[]): Row | undefined {
    return this.#o.db.prepare<unknown[], Row>(sql).get(...args);
  }

  #get(id: string): HelpCall {
    const r = this.#row('SELECT * FROM help_calls WHERE id = ?', id);
    if (!r) throw notFound(id);
    return toCall(r);
  }

  /** The call as this change left it (read inside the writing transaction), announced once committed. */
  #announce(id: string, at: number): HelpCall {
    const call = this.#get(id);
    this.#pending.push({ call, at });
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      // The writing transaction (better-sqlite3: synchronous) ends before any microtask runs.
      queueMicrotask(() => this.#flush());
    }
    return call;
  }

  #flush(): void {
    if (this.#o.db.inTransaction) {
      queueMicrotask(() => this.#flush());
      return;
    }
    this.#flushScheduled = false;
    const pending = this.#pending;
    this.#pending = [];
    for (const { call, at } of pending) {
      const r = this.#row('SELECT * FROM help_calls WHERE id = ?', call.id);
      // Rolled back after all (the row, or this change of it, never committed): nothing to announce.
      if (!r || !reached(r, call.state, at)) continue;
      this.#o.emit({ type: helpEventTypeOf(call.state), at: new Date(at).toISOString(), call });
    }
  }
}

/** Whether the committed row shows the change made at `at` to `state`. */
function reached(r: Row, state: HelpCallState, at: number): boolean {
  switch (state) {
    case 'waiting':
      return r.created_at === at;
    case 'acknowledged':
      return r.acknowledged_at === at;
    case 'cancelled':
      return r.cancelled_at === at;
    case 'resolved':
      return r.resolved_at === at;
    default:
      return state satisfies never;
  }
}

function notFound(id: string): PlatformError {
  return new PlatformError('help.notFound', `no help call ${id} for this terminal`);
}
