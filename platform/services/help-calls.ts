// Help calls (帮办代办) as the platform keeps them: a kiosk calls (one open call per kiosk: calling
// again answers the open one), staff acknowledge (the first acknowledgement stands) and resolve, the
// kiosk cancels its own. Over the platform's Storage: each method works in the caller's transaction
// when given one (a route's `ctx.tx`), else in its own. Every change is announced with `tx.notify` on
// HELP_CHANNEL, which the storage delivers only once that transaction committed (never for one rolled
// back), to every platform process listening (PostgreSQL LISTEN/NOTIFY); the payload is the event
// itself, the call as that change left it (a few hundred bytes: the kiosk, its place, the reason, staff
// and times, nothing about the citizen) with the hall it happened in beside it (`hall`), so the event
// stream sends it only to that hall's listeners. `listen` is each process's one subscription, which
// feeds its event stream. A call is its kiosk's hall's (help_calls.hall_id, migration 0017): staff
// acknowledge, resolve and list only their own hall's; the hall is the last parameter, default `default`.
import { randomUUID } from 'node:crypto';
import { helpCallSchema, helpEventSchemas, helpEventTypeOf, helpEventTypes, isOpenHelpCall, type HelpCall, type HelpEvent, type HelpReason } from '../../domain/help.ts';
import { PlatformError } from '../http/platform-error.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import { DEFAULT_HALL } from './halls.ts';

/** The notification channel of help-call changes. */
export const HELP_CHANNEL = 'help_calls';

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

/** A notification's payload as the event it carries; throws on anything else. */
export function helpEventOf(payload: string): HelpEvent {
  return helpNotificationOf(payload).event;
}

/** A notification's payload as the event and the hall it happened in (`default` for a payload without one). */
export function helpNotificationOf(payload: string): { event: HelpEvent; hall: string } {
  const raw = JSON.parse(payload) as { type?: unknown; hall?: unknown };
  const type = helpEventTypes.find((t) => t === raw.type);
  if (!type) throw new Error(`a ${HELP_CHANNEL} notification of unknown type ${JSON.stringify(raw.type)}`);
  // The event's schema leaves the hall out: it travels beside the event, not in it.
  return { event: helpEventSchemas[type].parse(raw), hall: typeof raw.hall === 'string' ? raw.hall : DEFAULT_HALL };
}

export interface HelpCallsOptions {
  readonly storage: Storage;
  readonly now: () => number;
  readonly newId?: () => string;
}

export class HelpCalls {
  readonly #o: HelpCallsOptions;

  constructor(options: HelpCallsOptions) {
    this.#o = options;
  }

  /**
   * This process's subscription: `onEvent` is told each change any process committed. Returns the
   * unsubscribe. A payload that is not a help event throws in the storage's delivery, which reports
   * it (its `reportError`) and goes on.
   */
  listen(onEvent: (event: HelpEvent, hall: string) => void): Promise<() => Promise<void>> {
    return this.#o.storage.listen(HELP_CHANNEL, (payload) => {
      const { event, hall } = helpNotificationOf(payload);
      onEvent(event, hall);
    });
  }

  async call(terminalId: string, reason: HelpReason, place: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<HelpCall> {
    return within(this.#o.storage, q, async (tx) => {
      const open = await tx.one<Row>('SELECT * FROM help_calls WHERE terminal_id = ? AND state IN (?, ?) ORDER BY created_at LIMIT 1', [terminalId, 'waiting', 'acknowledged']);
      if (open) return toCall(open);
      const id = (this.#o.newId ?? randomUUID)();
      const now = this.#o.now();
      await tx.run("INSERT INTO help_calls (id, terminal_id, place, reason, state, created_at, hall_id) VALUES (?, ?, ?, ?, 'waiting', ?, ?)", [
        id,
        terminalId,
        place,
        reason,
        now,
        hall,
      ]);
      return this.#announce(tx, id, now);
    });
  }

  /** One call; `terminalId` given: only that kiosk's (another's answers help.notFound). */
  async get(id: string, terminalId?: string, q?: Transaction): Promise<HelpCall> {
    return within(this.#o.storage, q, async (tx) => {
      const call = await this.#get(tx, id);
      if (terminalId !== undefined && call.terminalId !== terminalId) throw notFound(id);
      return call;
    });
  }

  async cancel(id: string, terminalId: string, q?: Transaction): Promise<HelpCall> {
    return within(this.#o.storage, q, async (tx) => {
      const call = await this.get(id, terminalId, tx);
      if (call.state === 'cancelled') return call;
      if (call.state === 'resolved') throw new PlatformError('help.closed', `help call ${id} was already resolved`);
      const now = this.#o.now();
      await tx.run("UPDATE help_calls SET state = 'cancelled', cancelled_at = ? WHERE id = ?", [now, id]);
      return this.#announce(tx, id, now);
    });
  }

  async acknowledge(id: string, staff: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<HelpCall> {
    return within(this.#o.storage, q, async (tx) => {
      const call = await this.#get(tx, id, hall);
      if (call.state === 'acknowledged') return call;
      if (!isOpenHelpCall(call.state)) throw new PlatformError('help.closed', `help call ${id} was already ${call.state}`);
      const now = this.#o.now();
      await tx.run("UPDATE help_calls SET state = 'acknowledged', acknowledged_at = ?, acknowledged_by = ? WHERE id = ?", [now, staff, id]);
      return this.#announce(tx, id, now);
    });
  }

  async resolve(id: string, q?: Transaction, hall: string = DEFAULT_HALL): Promise<HelpCall> {
    return within(this.#o.storage, q, async (tx) => {
      const call = await this.#get(tx, id, hall);
      if (call.state === 'resolved') return call;
      if (call.state === 'cancelled') throw new PlatformError('help.closed', `help call ${id} was cancelled`);
      const now = this.#o.now();
      await tx.run("UPDATE help_calls SET state = 'resolved', resolved_at = ? WHERE id = ?", [now, id]);
      return this.#announce(tx, id, now);
    });
  }

  /** The hall's waiting and acknowledged calls, oldest first. */
  async open(q?: Transaction, hall: string = DEFAULT_HALL): Promise<HelpCall[]> {
    return within(this.#o.storage, q, async (tx) =>
      (await tx.query<Row>("SELECT * FROM help_calls WHERE hall_id = ? AND state IN ('waiting', 'acknowledged') ORDER BY created_at, id", [hall])).map(toCall),
    );
  }

  /** A call by id; `hall` given: only that hall's (another's answers help.notFound). */
  async #get(tx: Transaction, id: string, hall?: string): Promise<HelpCall> {
    const r = await tx.one<Row & { hall_id: string }>('SELECT * FROM help_calls WHERE id = ?', [id]);
    if (!r || (hall !== undefined && r.hall_id !== hall)) throw notFound(id);
    return toCall(r);
  }

  /** The call as this change left it (read inside the writing transaction), notified: delivered once committed. */
  async #announce(tx: Transaction, id: string, at: number): Promise<HelpCall> {
    const r = await tx.one<{ hall_id: string }>('SELECT hall_id FROM help_calls WHERE id = ?', [id]);
    const call = await this.#get(tx, id);
    const event: HelpEvent = { type: helpEventTypeOf(call.state), at: new Date(at).toISOString(), call };
    await tx.notify(HELP_CHANNEL, JSON.stringify({ ...event, hall: r!.hall_id }));
    return call;
  }
}

function notFound(id: string): PlatformError {
  return new PlatformError('help.notFound', `no help call ${id} for this terminal`);
}
