// Reconciling a ticket a terminal numbered by itself while the platform was away (离线取号): the
// number comes from the terminal's reserved range, so it never collides with the platform's own
// counter when the hall is configured right. The ticket joins the waiting list where its issue time
// puts it, not behind everyone who came later; a ticket from an earlier business date is void.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { QueueContext } from './queue-context.ts';
import type { Transaction } from '../store/storage.ts';
import { lockCounter } from './numbering.ts';
import { identify } from './ticket-issuer.ts';
import type { TicketRow } from './ticket-repo.ts';
import { countsOf, publicTicket, toTicket } from './ticket-view.ts';
import type { Ticket } from './types.ts';

export interface OfflineTicketInput {
  readonly categoryId: string;
  readonly number: string;
  /** When the terminal issued it (ms). */
  readonly issuedAt: number;
  readonly terminalId: string;
  readonly channel: string;
  readonly idNumber?: string;
}

export async function importOfflineTicket(ctx: QueueContext, input: OfflineTicketInput, q?: Transaction): Promise<Result<Ticket>> {
  const who = identify(ctx, input.idNumber);
  if (!who.ok) return who;
  return ctx.write(q, async (tx, emit) => {
    const category = (await ctx.setup(tx)).category.get(input.categoryId);
    if (!category) return err(kioskError('queue.unknownCategory', `no business category "${input.categoryId}"`));
    if (!new RegExp(`^${category.prefix}\\d{3}$`).test(input.number)) {
      return err(kioskError('queue.offlineRefused', `${input.number} is not a ${category.name} number (${category.prefix} + 3 digits)`));
    }
    const date = ctx.local(input.issuedAt).date;
    if (date !== ctx.today()) {
      return err(kioskError('queue.offlineStale', `the ticket was issued on ${date}; today is ${ctx.today()}: it is void (过号无效)`));
    }
    if (input.issuedAt > ctx.now() + 5 * 60_000) {
      return err(kioskError('queue.offlineRefused', 'the ticket claims to be issued in the future (terminal clock wrong?)'));
    }
    // The category's counter row as the lock: an import and an issue (or two imports of one number,
    // two processes) of the category check the live numbers one after the other.
    await lockCounter(tx, { hall: ctx.hall, categoryId: category.id, date, start: category.start });
    if (await ctx.tickets.isNumberLive(tx, date, input.number)) {
      return err(kioskError('queue.offlineNumberTaken', `${input.number} is already in use today: the reserved range overlaps the platform's`));
    }
    const now = ctx.now();
    const row: TicketRow = {
      id: ctx.newId(),
      business_date: date,
      category_id: category.id,
      number: input.number,
      queue_seq: await ctx.tickets.seqAt(tx, date, input.issuedAt),
      state: 'waiting',
      origin: 'offline',
      priority_rank: null,
      priority_code: null,
      priority_label: null,
      priority_mark: null,
      priority_basis: null,
      id_hash: who.value?.idHash ?? null,
      id_tail6: who.value?.idTail6 ?? null,
      channel: input.channel,
      terminal_id: input.terminalId,
      slot_from: null,
      issued_at: input.issuedAt,
      window_id: null,
      staff_id: null,
      called_at: null,
      call_count: 0,
      finished_at: null,
      transferred_from: null,
      transferred_to: null,
      appointment_code: null,
      reserved_for: null,
      updated_at: now,
    };
    await ctx.tickets.insert(tx, row);
    const ticket = await toTicket(ctx, tx, row);
    const at = new Date(now).toISOString();
    emit({ type: 'ticketIssued', at, ticket: publicTicket(ticket) });
    emit({ type: 'countsChanged', at, counts: await countsOf(ctx, tx, date, [category.id]) });
    return ok(ticket);
  });
}
