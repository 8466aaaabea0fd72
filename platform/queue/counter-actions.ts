// What a window does (窗口操作): call next, recall, start serving, skip (过号), hold (挂起), call back
// (回呼), transfer (转移) and finish (办结). Each action names the states it may start from
// (ticket-states.ts); any other state is `queue.badState`. A window acts only when staff is on duty,
// on its own tickets (a skipped ticket may be called back by any window serving its category), and
// holds at most one called or serving ticket at a time.
//
// callNext order: tickets reserved for the window (transferred to it) first; then priority tickets of every category the window serves first, then normal ones;
// within a tier the window's categories in its order of preference, then the priority rules' order,
// then issue order. Only today's tickets are called.
//
// Transfer: the ticket becomes `transferred` and a successor with the same number waits in the new
// category. position "keep" (default) queues it by its original issue order, so the citizen does not
// lose the time already waited; "end" puts it behind everyone waiting. Its priority carries over:
// the target's rule with the same code, else the same basis, else ranked after the target's rules.
//
// Transfer to a window (转移到指定窗口, toWindowId, with or without toCategoryId): the successor waits
// in the new category (or the same one) reserved for that window (reserved_for). The window must
// exist (queue.unknownWindow), have staff on duty (queue.targetWindowClosed), serve the category
// (queue.windowNotServing) and not be the window transferring (queue.badState). Only that window's
// callNext takes it, and before anything else: its reserved tickets first (among them priority
// first, then its categories' order, rule rank, queue order: the order below), then every other
// ticket as above; other windows' callNext never take it. A reserved ticket skipped at its window
// may be called back there only. When that window closes (staff sign out), its reservations go:
// its waiting and skipped tickets are the category's again, for any window serving it.
import type { Window } from '../../domain/catalogue.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { Queryable, Transaction } from '../store/storage.ts';
import type { Emit, QueueContext } from './queue-context.ts';
import type { CallBackInput, CounterInput, TransferInput, WindowDutyInput } from './schemas.ts';
import type { StateChange, TicketRow } from './ticket-repo.ts';
import { allowedFrom, transitions, type CounterAction } from './ticket-states.ts';
import { callAt, countsOf, publicTicket, toTicket } from './ticket-view.ts';
import type { QueueEvent, Ticket, WindowStatus } from './types.ts';

/**
 * The window, with staff on duty. Its actions are serialised (PostgreSQL: an advisory lock per
 * window), so two presses at one window in two processes act one after the other.
 */
async function windowOnDuty(ctx: QueueContext, tx: Transaction, windowId: string): Promise<Result<Window>> {
  await ctx.lock(tx, `window:${windowId}`);
  const window = (await ctx.setup(tx)).window.get(windowId);
  if (!window) return err(kioskError('queue.unknownWindow', `no window "${windowId}"`));
  if (window.staffId === null) return err(kioskError('queue.windowClosed', `window ${window.number} has no staff on duty`));
  return ok(window);
}

async function freeWindow(ctx: QueueContext, q: Queryable, window: Window): Promise<Result<Window>> {
  const busy = await ctx.tickets.atWindow(q, window.id);
  if (busy) {
    return err(
      kioskError('queue.windowBusy', `window ${window.number} still has ${busy.number} (${busy.state}): finish, skip, hold or transfer it first`, {
        ticketId: busy.id,
        number: busy.number,
      }),
    );
  }
  return ok(window);
}

function checkState(row: TicketRow, action: CounterAction): Result<TicketRow> {
  if (allowedFrom(action, row.state)) return ok(row);
  return err(
    kioskError('queue.badState', `cannot ${action} ticket ${row.number}: it is ${row.state}`, {
      ticketId: row.id,
      state: row.state,
      action,
      allowedFrom: transitions[action].from,
    }),
  );
}

/** The named ticket, or the window's current one (locked); in a state the action allows; at this window. */
async function target(ctx: QueueContext, tx: Transaction, input: CounterInput, action: CounterAction): Promise<Result<{ window: Window; row: TicketRow }>> {
  const window = await windowOnDuty(ctx, tx, input.windowId);
  if (!window.ok) return window;
  const row = input.ticketId === undefined ? await ctx.tickets.atWindow(tx, input.windowId) : await ctx.tickets.getForUpdate(tx, input.ticketId);
  if (!row) {
    const what = input.ticketId === undefined ? `window ${window.value.number} has no current ticket` : `no ticket ${input.ticketId}`;
    return err(kioskError('queue.notFound', what));
  }
  const state = checkState(row, action);
  if (!state.ok) return state;
  if (row.window_id !== input.windowId) {
    return err(kioskError('queue.wrongWindow', `ticket ${row.number} is at another window`, { ticketId: row.id, windowId: row.window_id }));
  }
  return ok({ window: window.value, row });
}

/** Applies a change and announces it: the state change, and the counts of the categories touched. */
async function apply(ctx: QueueContext, tx: Transaction, emit: Emit, row: TicketRow, change: StateChange, extra: readonly QueueEvent[] = []): Promise<Ticket> {
  const updated = (await ctx.tickets.change(tx, row.id, change)) ?? row;
  const at = new Date(change.at).toISOString();
  if (row.state !== change.state) {
    emit({
      type: 'ticketStateChanged',
      at,
      ticketId: row.id,
      number: row.number,
      categoryId: row.category_id,
      from: row.state,
      to: change.state,
      windowId: updated.window_id,
    });
  }
  for (const e of extra) emit(e);
  return toTicket(ctx, tx, updated);
}

function calledEvent(ctx: QueueContext, row: TicketRow, window: Window, recall: boolean): QueueEvent {
  return {
    type: 'ticketCalled',
    at: new Date(ctx.now()).toISOString(),
    ...callAt(row, window),
    recall,
    callCount: row.call_count + 1,
  };
}

async function countsEvent(ctx: QueueContext, q: Queryable, businessDate: string, categoryIds: readonly string[]): Promise<QueueEvent> {
  return { type: 'countsChanged', at: new Date(ctx.now()).toISOString(), counts: await countsOf(ctx, q, businessDate, categoryIds) };
}

async function callTo(ctx: QueueContext, tx: Transaction, emit: Emit, row: TicketRow, window: Window): Promise<Ticket> {
  const ticket = await apply(ctx, tx, emit, row, { state: 'called', at: ctx.now(), windowId: window.id, staffId: window.staffId, called: true }, [
    calledEvent(ctx, row, window, false),
  ]);
  emit(await countsEvent(ctx, tx, row.business_date, [row.category_id]));
  return ticket;
}

export function callNext(ctx: QueueContext, windowId: string, q?: Transaction): Promise<Result<Ticket>> {
  return ctx.write(q, async (tx, emit) => {
    const window = await windowOnDuty(ctx, tx, windowId);
    if (!window.ok) return window;
    // The next ticket only while the window is free (one statement); none: busy, or nobody waiting.
    const row = await ctx.tickets.nextWaiting(tx, ctx.today(), window.value.id, window.value.categoryIds, { unlessBusy: true });
    if (!row) {
      const free = await freeWindow(ctx, tx, window.value);
      if (!free.ok) return free;
      return err(kioskError('queue.noWaiting', `nobody is waiting for window ${window.value.number}`));
    }
    return ok(await callTo(ctx, tx, emit, row, window.value));
  });
}

export function recall(ctx: QueueContext, input: CounterInput, q?: Transaction): Promise<Result<Ticket>> {
  return ctx.write(q, async (tx, emit) => {
    const t = await target(ctx, tx, input, 'recall');
    if (!t.ok) return t;
    const { row, window } = t.value;
    return ok(await apply(ctx, tx, emit, row, { state: 'called', at: ctx.now(), called: true }, [calledEvent(ctx, row, window, true)]));
  });
}

/** A simple move from one state to another at the window (start, skip, hold, finish). */
function move(ctx: QueueContext, input: CounterInput, action: 'start' | 'skip' | 'hold' | 'finish', q?: Transaction): Promise<Result<Ticket>> {
  return ctx.write(q, async (tx, emit) => {
    const t = await target(ctx, tx, input, action);
    if (!t.ok) return t;
    const { row, window } = t.value;
    const now = ctx.now();
    const to = transitions[action].to;
    const extra: QueueEvent[] = [];
    if (action === 'finish') {
      extra.push({
        type: 'ticketFinished',
        at: new Date(now).toISOString(),
        ticketId: row.id,
        number: row.number,
        categoryId: row.category_id,
        windowId: window.id,
        staffId: row.staff_id,
      });
    }
    const ticket = await apply(ctx, tx, emit, row, { state: to, at: now, finished: action === 'finish' }, extra);
    emit(await countsEvent(ctx, tx, row.business_date, [row.category_id]));
    return ok(ticket);
  });
}

export const startServing = (ctx: QueueContext, input: CounterInput, q?: Transaction) => move(ctx, input, 'start', q);
export const skip = (ctx: QueueContext, input: CounterInput, q?: Transaction) => move(ctx, input, 'skip', q);
export const hold = (ctx: QueueContext, input: CounterInput, q?: Transaction) => move(ctx, input, 'hold', q);
export const finish = (ctx: QueueContext, input: CounterInput, q?: Transaction) => move(ctx, input, 'finish', q);

export function callBack(ctx: QueueContext, input: CallBackInput, q?: Transaction): Promise<Result<Ticket>> {
  return ctx.write(q, async (tx, emit) => {
    const window = await windowOnDuty(ctx, tx, input.windowId);
    if (!window.ok) return window;
    const row = await ctx.tickets.getForUpdate(tx, input.ticketId);
    if (!row) return err(kioskError('queue.notFound', `no ticket ${input.ticketId}`));
    const state = checkState(row, 'callBack');
    if (!state.ok) return state;
    const mine =
      row.state === 'held' ? row.window_id === window.value.id : window.value.categoryIds.includes(row.category_id) && (row.reserved_for === null || row.reserved_for === window.value.id);
    if (!mine) {
      const why = row.state === 'held' ? 'was held by another window' : row.reserved_for !== null && row.reserved_for !== window.value.id ? 'was transferred to another window' : 'is in a category this window does not serve';
      return err(kioskError('queue.wrongWindow', `ticket ${row.number} ${why}`, { ticketId: row.id, windowId: row.window_id }));
    }
    const free = await freeWindow(ctx, tx, window.value);
    if (!free.ok) return free;
    return ok(await callTo(ctx, tx, emit, row, window.value));
  });
}

export function transfer(ctx: QueueContext, input: TransferInput, q?: Transaction): Promise<Result<Ticket>> {
  return ctx.write(q, async (tx, emit) => {
    const t = await target(ctx, tx, input, 'transfer');
    if (!t.ok) return t;
    const { row, window: from } = t.value;
    const toCategoryId = input.toCategoryId ?? row.category_id;
    const setup = await ctx.setup(tx);
    const to = setup.category.get(toCategoryId);
    if (!to) return err(kioskError('queue.unknownCategory', `no business category "${toCategoryId}"`));
    let reservedFor: string | null = null;
    if (input.toWindowId !== undefined) {
      const target = targetWindow(setup, row, from, to.id, input.toWindowId);
      if (!target.ok) return target;
      reservedFor = target.value.id;
    } else if (to.id === row.category_id) {
      return err(kioskError('queue.badState', `ticket ${row.number} is already in ${to.id}: choose another business or a window`));
    }
    const now = ctx.now();
    const position = input.position ?? 'keep';
    const successorId = ctx.newId();
    const byCode = to.priorityRules.findIndex((r) => r.code === row.priority_code);
    const byBasis = to.priorityRules.findIndex((r) => r.basis === row.priority_basis);
    const rank = row.priority_code === null ? null : byCode >= 0 ? byCode : byBasis >= 0 ? byBasis : to.priorityRules.length;
    await apply(ctx, tx, emit, row, { state: 'transferred', at: now, transferredTo: successorId });
    const successor: Omit<TicketRow, 'queue_seq'> = {
      ...row,
      id: successorId,
      category_id: to.id,
      state: 'waiting',
      origin: 'transfer',
      priority_rank: rank,
      slot_from: null,
      window_id: null,
      staff_id: null,
      called_at: null,
      call_count: 0,
      finished_at: null,
      transferred_from: row.id,
      transferred_to: null,
      reserved_for: reservedFor,
      updated_at: now,
    };
    let stored: TicketRow;
    if (position === 'keep') {
      stored = { ...successor, queue_seq: row.queue_seq };
      await ctx.tickets.insert(tx, stored);
    } else {
      stored = await ctx.tickets.insertAtNextSeq(tx, successor);
    }
    const ticket = await toTicket(ctx, tx, stored);
    const at = new Date(now).toISOString();
    emit({ type: 'ticketTransferred', at, fromTicketId: row.id, fromCategoryId: row.category_id, position, ticket: publicTicket(ticket) });
    emit(await countsEvent(ctx, tx, row.business_date, [row.category_id, to.id]));
    return ok(ticket);
  });
}

/** The window a ticket is transferred to: it exists, is open, serves the category, and is not the one transferring. */
function targetWindow(setup: Awaited<ReturnType<QueueContext['setup']>>, row: TicketRow, from: Window, categoryId: string, windowId: string): Result<Window> {
  const window = setup.window.get(windowId);
  if (!window) return err(kioskError('queue.unknownWindow', `no window "${windowId}" to transfer ${row.number} to`, { windowId }));
  const details = { windowId: window.id, windowNumber: window.number, categoryId };
  if (window.id === from.id) return err(kioskError('queue.badState', `ticket ${row.number} is at window ${window.number} already: choose another window`, details));
  if (!window.categoryIds.includes(categoryId)) {
    const name = setup.category.get(categoryId)?.name ?? categoryId;
    return err(kioskError('queue.windowNotServing', `window ${window.number} does not serve ${name} (${categoryId}): choose a window that does, or another business`, details));
  }
  if (window.staffId === null) return err(kioskError('queue.targetWindowClosed', `window ${window.number} has no staff on duty: choose an open window`, details));
  return ok(window);
}

export function windowStatus(ctx: QueueContext, windowId: string, q?: Transaction): Promise<Result<WindowStatus>> {
  return ctx.read(q, async (tx): Promise<Result<WindowStatus>> => {
    const window = (await ctx.setup(tx)).window.get(windowId);
    if (!window) return err(kioskError('queue.unknownWindow', `no window "${windowId}"`));
    const current = await ctx.tickets.get(tx, (await currentId(ctx, tx, windowId)) ?? '');
    const held: Ticket[] = [];
    for (const r of await ctx.tickets.heldAt(tx, windowId)) held.push(await toTicket(ctx, tx, r));
    return ok({
      windowId,
      staffId: window.staffId,
      current: current === null ? null : await toTicket(ctx, tx, current),
      held,
    });
  });
}

/** The window's called or serving ticket's id, read without locking it. */
async function currentId(ctx: QueueContext, q: Queryable, windowId: string): Promise<string | null> {
  const r = await q.one<{ id: string }>("SELECT id FROM queue_tickets WHERE hall_id = ? AND window_id = ? AND state IN ('called', 'serving')", [ctx.hall, windowId]);
  return r?.id ?? null;
}

/** Staff signs in at a window (staffId) or out (null: the window closes; refused while it has a ticket). */
export function setWindowStaff(ctx: QueueContext, input: WindowDutyInput, q?: Transaction): Promise<Result<Window>> {
  return ctx.write(q, async (tx, emit) => {
    await ctx.lock(tx, `window:${input.windowId}`);
    await ctx.lock(tx, 'configuration');
    // What this transaction read before it held the lock may be older than what it must check.
    ctx.forgetSetup(tx);
    const setup = await ctx.setup(tx);
    const window = setup.window.get(input.windowId);
    if (!window) return err(kioskError('queue.unknownWindow', `no window "${input.windowId}"`));
    if (input.staffId !== null) {
      if (!setup.staffById.has(input.staffId)) return err(kioskError('queue.invalidConfig', `unknown staff "${input.staffId}"`));
      const elsewhere = setup.windows.find((w) => w.staffId === input.staffId && w.id !== window.id);
      if (elsewhere) return err(kioskError('queue.invalidConfig', `staff ${input.staffId} is on duty at window ${elsewhere.number}`));
    } else {
      const free = await freeWindow(ctx, tx, window);
      if (!free.ok) return free;
      // Nobody would call the tickets transferred to a closed window: any window of their category may.
      await ctx.tickets.releaseReserved(tx, window.id, ctx.now());
    }
    const updated: Window = { ...window, staffId: input.staffId };
    await ctx.updateWindow(tx, updated);
    emit({ type: 'configurationChanged', at: new Date(ctx.now()).toISOString() });
    return ok(updated);
  });
}
