// Issuing a ticket (排队取号), inside the caller's transaction. Checks in this order: category, opening
// hours, real name (required, ID valid, one unserved ticket per ID per category, per-person daily
// limit), priority eligibility, daily and slot quotas (kiosk/counter tickets only: an appointment
// check-in was given its capacity when booked), then the number: the category's counter for the
// business date moves on by one, wraps from end to start, and skips numbers still live today.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { BusinessCategory } from '../../domain/catalogue.ts';
import { hashIdNumber } from './id-number.ts';
import { idTail6, isValidIdNumber, normaliseIdNumber } from '../../domain/id-number.ts';
import { isOpen, opensLaterToday, slotAt } from '../../domain/opening-hours.ts';
import { choosePriority, type PriorityChoice } from './priority.ts';
import type { QueueContext } from './queue-context.ts';
import type { PriorityKind } from './schemas.ts';
import type { TicketRow } from './ticket-repo.ts';
import type { Transaction } from '../store/storage.ts';
import { lockCounter, nextTicketNumber } from './numbering.ts';

export interface Identity {
  readonly idHash: string;
  readonly idTail6: string;
  /** Normalised; null when only the hash is known (an appointment). */
  readonly idNumber: string | null;
}

export interface IssueRequest {
  readonly categoryId: string;
  readonly identity: Identity | null;
  readonly priority: PriorityKind | null;
  readonly priorityRule: string | null;
  readonly channel: string;
  readonly terminalId: string;
  /** Set for an appointment check-in. */
  readonly appointmentCode: string | null;
}

/** Checks an ID number and reduces it to what may be stored. */
export function identify(ctx: QueueContext, idNumber: string | undefined): Result<Identity | null> {
  if (idNumber === undefined) return ok(null);
  const id = normaliseIdNumber(idNumber);
  if (!isValidIdNumber(id)) {
    return err(kioskError('idcard.invalidIdNumber', 'the ID number is not 17 digits and a valid check character'));
  }
  return ok({ idHash: hashIdNumber(ctx.idSecret, id), idTail6: idTail6(id), idNumber: id });
}

function exhausted(category: BusinessCategory, why: string, details: Record<string, unknown> = {}): Result<never> {
  return err(kioskError('queue.quotaExhausted', `${category.exhaustedNotice} (${why})`, { notice: category.exhaustedNotice, ...details }));
}

export async function issueInTransaction(ctx: QueueContext, tx: Transaction, req: IssueRequest): Promise<Result<TicketRow>> {
  const category = (await ctx.setup(tx)).category.get(req.categoryId);
  if (!category) return err(kioskError('queue.unknownCategory', `no business category "${req.categoryId}"`));
  const now = ctx.now();
  const local = ctx.local(now);
  const date = local.date;
  if (!isOpen(category.hours, local)) {
    return err(kioskError('queue.closed', `${category.name} is not open now`, { opensAt: opensLaterToday(category.hours, local) }));
  }

  // The category's counter first: concurrent issues of the category (other processes) check their
  // quotas and duplicates one after the other; a person's tickets across categories likewise. Locked
  // once: the number below is taken from what this read.
  const last = await lockCounter(tx, { hall: ctx.hall, categoryId: category.id, date, start: category.start });
  const who = req.identity;
  if (who !== null) await ctx.lock(tx, `person:${date}:${who.idHash}`);
  if (who === null && category.realName.required) {
    return err(kioskError('queue.realNameRequired', `${category.name} needs the ID card read (实名取号)`));
  }
  if (who !== null) {
    const held = category.realName.oneUnservedPerId ? await ctx.tickets.unservedTicketOfPerson(tx, category.id, date, who.idHash) : null;
    if (held) {
      // The number and id of the ticket held, so the terminal can say which and offer a reprint (补打).
      return err(kioskError('queue.duplicate', `this person already holds an unserved ${category.name} ticket`, { ticketId: held.id, number: held.number }));
    }
    const limit = category.realName.perPersonDailyLimit;
    if (limit !== null && (await ctx.tickets.takenByPerson(tx, date, who.idHash)) >= limit) {
      return err(kioskError('queue.personalLimit', `this person has taken ${limit} tickets today, the limit`, { limit }));
    }
  }

  let priority: PriorityChoice | null;
  if (req.appointmentCode !== null) {
    const rank = category.priorityRules.findIndex((r) => r.basis === 'appointment');
    const rule = category.priorityRules[rank];
    priority = rule ? { rank, rule } : null;
  } else {
    const chosen = choosePriority(category, {
      kind: req.priority,
      ruleCode: req.priorityRule,
      idNumber: who?.idNumber ?? null,
      businessDate: date,
      channel: req.channel,
    });
    if (!chosen.ok) return chosen;
    priority = chosen.value;
  }

  const slot = req.appointmentCode === null ? slotAt(category.slotQuotas, local) : null;
  if (req.appointmentCode === null) {
    if (category.dailyQuota !== null && (await ctx.tickets.issuedToday(tx, category.id, date)) >= category.dailyQuota) {
      return exhausted(category, `daily quota ${category.dailyQuota} used up`, { quota: category.dailyQuota });
    }
    if (slot !== null && (await ctx.tickets.issuedInSlot(tx, category.id, date, slot.from)) >= slot.quota) {
      return exhausted(category, `quota ${slot.quota} of ${slot.from}-${slot.to} used up`, { slot });
    }
  }

  const number = await nextTicketNumber(tx, { hall: ctx.hall, categoryId: category.id, prefix: category.prefix, date, start: category.start, end: category.end }, { last });
  if (number === null) return exhausted(category, 'every number from start to end is still in use today');
  // The queue position is taken by the insert itself (one statement).
  return ok(
    await ctx.tickets.insertAtNextSeq(tx, {
    id: ctx.newId(),
    business_date: date,
    category_id: category.id,
    number: number.text,
    state: 'waiting',
    origin: req.appointmentCode === null ? 'issue' : 'appointment',
    priority_rank: priority?.rank ?? null,
    priority_code: priority?.rule.code ?? null,
    priority_label: priority?.rule.label ?? null,
    priority_mark: priority?.rule.mark ?? null,
    priority_basis: priority?.rule.basis ?? null,
    id_hash: who?.idHash ?? null,
    id_tail6: who?.idTail6 ?? null,
    channel: req.channel,
    terminal_id: req.terminalId,
    slot_from: slot?.from ?? null,
    issued_at: now,
    window_id: null,
    staff_id: null,
    called_at: null,
    call_count: 0,
    finished_at: null,
    transferred_from: null,
    transferred_to: null,
    appointment_code: req.appointmentCode,
    reserved_for: null,
    updated_at: now,
    }),
  );
}
