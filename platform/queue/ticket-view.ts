// Tickets as the engine answers them: a row, plus for a waiting ticket the people ahead and the
// estimated wait. Ahead = waiting tickets of the same category and business date that callNext
// would take first (priority tier, rule rank, queue order). The estimate divides their service time
// (avgServiceMinutes each) among the category's windows with staff on duty (at least one), rounded up.
// A ticket reserved for a window (transferred to it) counts only the category's tickets reserved for
// the same window ahead of it, served by that one window.
import type { Window } from '../../domain/catalogue.ts';
import type { QueueSetup } from './configuration.ts';
import type { QueueContext } from './queue-context.ts';
import type { TicketRow } from './ticket-repo.ts';
import type { Queryable } from '../store/storage.ts';
import type { CategoryCounts, PublicTicket, Ticket, TicketOrigin } from './types.ts';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

type OrderKey = Pick<TicketRow, 'priority_rank' | 'queue_seq'>;

/** Whether `a` is called before `b` within one category. */
function before(a: OrderKey, b: OrderKey): boolean {
  const ta = a.priority_rank === null ? 1 : 0;
  const tb = b.priority_rank === null ? 1 : 0;
  if (ta !== tb) return ta < tb;
  const ra = a.priority_rank ?? 0;
  const rb = b.priority_rank ?? 0;
  return ra !== rb ? ra < rb : a.queue_seq < b.queue_seq;
}

export function windowsOnDuty(setup: QueueSetup, categoryId: string): number {
  return setup.windows.filter((w) => w.staffId !== null && w.categoryIds.includes(categoryId)).length;
}

export function estimateMinutes(setup: QueueSetup, categoryId: string, ahead: number): number {
  const avg = setup.category.get(categoryId)?.avgServiceMinutes ?? 0;
  return Math.ceil((ahead * avg) / Math.max(1, windowsOnDuty(setup, categoryId)));
}

export async function toTicket(ctx: QueueContext, q: Queryable, row: TicketRow): Promise<Ticket> {
  let waitingAhead: number | null = null;
  let estimatedWaitMinutes: number | null = null;
  if (row.state === 'waiting') {
    const waiting = await ctx.tickets.waitingIn(q, row.business_date, row.category_id);
    const setup = await ctx.setup(q);
    if (row.reserved_for === null) {
      waitingAhead = waiting.filter((other) => other.id !== row.id && before(other, row)).length;
      estimatedWaitMinutes = estimateMinutes(setup, row.category_id, waitingAhead);
    } else {
      waitingAhead = waiting.filter((other) => other.id !== row.id && other.reserved_for === row.reserved_for && before(other, row)).length;
      estimatedWaitMinutes = waitingAhead * (setup.category.get(row.category_id)?.avgServiceMinutes ?? 0);
    }
  }
  const priority =
    row.priority_code === null
      ? null
      : {
          code: row.priority_code,
          label: row.priority_label ?? '',
          mark: row.priority_mark ?? '',
          basis: (row.priority_basis ?? 'certificate') as NonNullable<Ticket['priority']>['basis'],
        };
  return {
    id: row.id,
    number: row.number,
    categoryId: row.category_id,
    businessDate: row.business_date,
    issuedAt: new Date(row.issued_at).toISOString(),
    state: row.state,
    priority,
    origin: row.origin as TicketOrigin,
    channel: row.channel,
    terminalId: row.terminal_id,
    waitingAhead,
    estimatedWaitMinutes,
    idTail6: row.id_tail6,
    windowId: row.window_id,
    staffId: row.staff_id,
    calledAt: iso(row.called_at),
    callCount: row.call_count,
    finishedAt: iso(row.finished_at),
    transferredFrom: row.transferred_from,
    transferredTo: row.transferred_to,
    appointmentCode: row.appointment_code,
    reservedFor: row.reserved_for,
  };
}

/** Without the ID tail: what events and hall screens get. */
export function publicTicket(ticket: Ticket): PublicTicket {
  const { idTail6: _omitted, ...rest } = ticket;
  return rest;
}

/** The counts of these categories (each once, in the order given), read in one statement. */
export async function countsOf(ctx: QueueContext, q: Queryable, businessDate: string, categoryIds: readonly string[]): Promise<CategoryCounts[]> {
  const ids = [...new Set(categoryIds)];
  const counts = await ctx.tickets.counts(q, businessDate, ids);
  return ids.map((categoryId) => ({ categoryId, businessDate, ...counts.get(categoryId)! }));
}

/** A ticket's call at a window as the call's event and the call board both name it: no personal data. */
export function callAt(row: Pick<TicketRow, 'id' | 'number' | 'category_id'>, window: Pick<Window, 'id' | 'number' | 'name' | 'area'>) {
  return { ticketId: row.id, number: row.number, categoryId: row.category_id, windowId: window.id, windowNumber: window.number, windowName: window.name, area: window.area };
}
