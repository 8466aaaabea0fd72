// Taking a ticket at the kiosk: the platform numbers it when it can be reached; while it cannot,
// the profile decides: refuse, or number it from the range the hall reserved for this terminal, mark
// the slip as offline, and hand it to the outbox so the platform puts it in its queue (at its issue
// time) when it returns. The queue set-up comes from the terminal's cache (queue-setup-cache.ts) when
// the platform cannot give it, so the categories show and offline numbering works from a cold start;
// its opening hours and real-name rule hold offline too.
import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError, type KioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import type { CategoryTile, IssuedTicket, QueueCategories } from '../../contract/queue.ts';
import type { Ticket } from '../../../domain/queue.ts';

/** A ticket as numbered, before it is printed. */
export type NumberedTicket = Omit<IssuedTicket, 'print' | 'printError' | 'trackingUrl'>;
import type { Config } from '../../../config/schema/index.ts';
import { isTransient, platformCodeOf } from '../../platform-client/client.ts';
import type { OfflineCounterRepo } from '../../store/index.ts';
import { hoursOn, isOpen, nextOpening, opensLaterToday } from '../../../domain/opening-hours.ts';
import { ageOn } from '../../../domain/id-number.ts';
import { greenChannelOf } from '../../../domain/queue-setup.ts';
import { localTimeAt } from '../../../domain/hall-time.ts';
import type { Logger } from '../system/event-log.ts';
import type { Outbox } from '../link/outbox.ts';
import type { PlatformSession } from '../link/platform-session.ts';
import type { QueueSetupCache } from './queue-setup-cache.ts';

export interface TicketingOptions {
  readonly session: PlatformSession;
  readonly outbox: Outbox;
  readonly counters: OfflineCounterRepo;
  readonly setup: QueueSetupCache;
  readonly clock: Clock;
  readonly config: Config;
  readonly log: Logger;
  /** The ID number of the card in the reader now, if any (never logged); refused when the card expired. */
  readonly idNumber: () => Result<string | null>;
  readonly newKey?: () => string;
}

export class Ticketing {
  readonly #o: TicketingOptions;
  readonly #newKey: () => string;

  constructor(options: TicketingOptions) {
    this.#o = options;
    this.#newKey = options.newKey ?? (() => randomUUID());
  }

  async categories(): Promise<Result<QueueCategories>> {
    const { setup, session, clock, config } = this.#o;
    const [fetched, counts] = await Promise.all([setup.refresh(), session.client.call('queue.counts', {})]);
    // Away, or an answer refused (the platform still numbers tickets): the cached copy stands in.
    if (!fetched.ok && !isTransient(fetched.error) && fetched.error.code !== 'platform.badResponse') return fetched;
    const known = fetched.ok ? fetched.value : setup.cached();
    const online = fetched.ok || !isTransient(fetched.error);
    if (!known) return err(kioskError('platform.offline', 'the platform cannot be reached and no queue set-up is known yet'));
    const waiting = new Map(counts.ok && !counts.value.notModified ? counts.value.value.counts.map((c) => [c.categoryId, c.waiting]) : []);
    const local = localTimeAt(clock.now(), config.queue.timeZone);
    const tiles = [...known.categories]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((c): CategoryTile => {
        const w = waiting.get(c.id) ?? null;
        return {
          id: c.id,
          name: c.name,
          description: c.description,
          prefix: c.prefix,
          area: c.area,
          deptNames: [...c.deptNames],
          realNameRequired: c.realName.required,
          waiting: online ? w : null,
          estimatedWaitMinutes: online && w !== null ? Math.ceil((w * c.avgServiceMinutes) / Math.max(1, c.windowIds.length)) : null,
          offlineAvailable: this.#range(c.id) !== null,
          openNow: isOpen(c.hours, local),
          opensAt: isOpen(c.hours, local) ? null : nextOpening(c.hours, local),
          hoursText: hoursOn(c.hours, local.weekday),
          greenChannel: greenOf(c),
          bookable: c.appointments !== null,
        };
      });
    return ok({
      online,
      businessDate: fetched.ok ? known.businessDate : localTimeAt(clock.now(), config.queue.timeZone).date,
      fromCache: !fetched.ok,
      fetchedAt: known.fetchedAt === null ? null : new Date(known.fetchedAt).toISOString(),
      categories: tiles,
    });
  }

  async issue(input: { categoryId: string; priority: 'green' | 'appointment' | 'onlineApplication' | null; idNumber?: string | undefined }): Promise<Result<NumberedTicket>> {
    // The card on the reader, or the number typed on the screen when the card could not be read.
    const category = this.#o.setup.cached()?.categories.find((c) => c.id === input.categoryId);
    // An expired card is refused where the ticket is real-name (or the category is not known here);
    // an ordinary ticket is still given, without the card's number.
    const card = this.#o.idNumber();
    if (!card.ok && (category?.realName.required ?? true)) return card;
    const idNumber = (card.ok ? card.value : null) ?? input.idNumber ?? null;
    // A 绿色通道 desk is a green claim: the platform grants it by the age on the card (or refuses).
    const priority = input.priority ?? (category && greenChannelOf(category) ? 'green' : null);
    const body = {
      categoryId: input.categoryId,
      channel: 'kiosk',
      ...(priority ? { priority } : {}),
      ...(idNumber ? { idNumber } : {}),
    };
    const key = this.#newKey();
    let r = await this.#o.session.client.call('queue.issueTicket', { body, idempotencyKey: key });
    // A request that timed out may have reached the platform: ask once more with the same key, which
    // returns the ticket it made rather than a second one.
    if (!r.ok && r.error.code === 'platform.timeout') {
      r = await this.#o.session.client.call('queue.issueTicket', { body, idempotencyKey: key });
    }
    if (r.ok && !r.value.notModified) return ok(this.#view(r.value.value, false, false));
    if (r.ok) return err(kioskError('platform.badResponse', 'a ticket answered "not modified"'));
    if (!isTransient(r.error)) return err(mapRefusal(r.error));
    return this.#issueOffline(input.categoryId, idNumber);
  }

  async checkIn(code: string): Promise<Result<NumberedTicket>> {
    return this.#checkIn({ code });
  }

  /** The appointment today of the card on the reader, or of the number typed when it cannot be read. */
  async checkInByCard(typed: string | undefined): Promise<Result<NumberedTicket>> {
    const card = this.#o.idNumber();
    if (!card.ok) return card;
    const idNumber = card.value ?? typed ?? null;
    if (idNumber === null) return err(kioskError('idcard.noCard', 'put the ID card on the reader (or type its number) to find the appointment'));
    return this.#checkIn({ idNumber });
  }

  async #checkIn(by: { readonly code: string } | { readonly idNumber: string }): Promise<Result<NumberedTicket>> {
    const r = await this.#o.session.client.call('queue.checkIn', { body: { ...by, channel: 'kiosk' }, idempotencyKey: this.#newKey() });
    if (!r.ok) return err(isTransient(r.error) ? r.error : mapRefusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'a check-in answered "not modified"'));
    return ok(this.#view(r.value.value.ticket, false, r.value.value.repeated));
  }

  /** A ticket as the platform has it now (its place in the queue), with the ID tail a reprint shows. */
  async ticket(ticketId: string): Promise<Result<{ readonly ticket: NumberedTicket; readonly idTail6: string | null }>> {
    const r = await this.#o.session.client.call('queue.getTicket', { params: { ticketId } });
    if (!r.ok) return err(isTransient(r.error) ? r.error : mapRefusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'a ticket answered "not modified"'));
    return ok({ ticket: this.#view(r.value.value, false, false), idTail6: r.value.value.idTail6 });
  }

  #issueOffline(categoryId: string, idNumber: string | null): Result<NumberedTicket> {
    const { config, clock, counters, outbox, log } = this.#o;
    if (config.queue.offlinePolicy === 'refuse') {
      return err(kioskError('platform.offline', 'the queue platform cannot be reached; tickets cannot be issued now (请到窗口咨询)'));
    }
    const category = this.#o.setup.cached()?.categories.find((c) => c.id === categoryId);
    const range = this.#range(categoryId);
    if (!category || !range) return err(kioskError('queue.offlineRefused', `no reserved offline range for ${categoryId} on this terminal`));
    const now = clock.now();
    const local = localTimeAt(now, config.queue.timeZone);
    if (!isOpen(category.hours, local)) {
      return err(kioskError('queue.closed', `${category.name} is not open now`, { opensAt: opensLaterToday(category.hours, local) }));
    }
    if (category.realName.required && !idNumber) return err(kioskError('queue.realNameRequired', `${category.name} needs the ID card read (实名取号)`));
    const green = greenChannelOf(category);
    if (green) {
      const age = idNumber ? ageOn(idNumber, local.date) : null;
      if (green.minAge === null || age === null || age < green.minAge) {
        return err(kioskError('queue.notEligible', `${category.name}: by self-service only from ${green.minAge ?? '-'} years (ask staff otherwise)`, { minAge: green.minAge, staffGroups: green.staffGroups }));
      }
    }
    const n = counters.take(local.date, categoryId, range.start, range.end);
    if (n === null) return err(kioskError('queue.quotaExhausted', `${category.exhaustedNotice} (offline range ${range.start}-${range.end} used up)`, { notice: category.exhaustedNotice }));
    const number = `${category.prefix}${String(n).padStart(3, '0')}`;
    const issuedAt = new Date(now).toISOString();
    outbox.enqueue('offlineTicket', 'queue.offlineTicket', { categoryId, number, issuedAt, channel: 'kiosk', ...(idNumber ? { idNumber } : {}) });
    log.warn('ticket numbered offline from the reserved range', { number, category: categoryId });
    return ok({
      ticketId: null,
      number,
      categoryId,
      categoryName: category.name,
      area: category.area,
      deptName: category.deptNames[0] ?? '',
      issuedAt,
      waitingAhead: null,
      estimatedWaitMinutes: null,
      priorityMark: green ? (category.priorityRules.find((r) => r.basis === 'age')?.mark ?? null) : null,
      offline: true,
      repeated: false,
    });
  }

  #view(t: Ticket, offline: boolean, repeated: boolean): NumberedTicket {
    const category = this.#o.setup.cached()?.categories.find((c) => c.id === t.categoryId);
    return {
      ticketId: t.id,
      number: t.number,
      categoryId: t.categoryId,
      categoryName: category?.name ?? t.categoryId,
      area: category?.area ?? '',
      deptName: category?.deptNames[0] ?? '',
      issuedAt: t.issuedAt,
      waitingAhead: t.waitingAhead,
      estimatedWaitMinutes: t.estimatedWaitMinutes,
      priorityMark: t.priority?.mark ?? null,
      offline,
      repeated,
    };
  }

  #range(categoryId: string) {
    return this.#o.config.queue.offlinePolicy === 'reserved' ? (this.#o.config.queue.reservedRanges.find((r) => r.categoryId === categoryId) ?? null) : null;
  }
}

function greenOf(c: Parameters<typeof greenChannelOf>[0]): CategoryTile['greenChannel'] {
  const g = greenChannelOf(c);
  return g && { minAge: g.minAge, staffGroups: [...g.staffGroups] };
}

/** A platform refusal of a queue request, with the queue's own code when it gave one. */
function mapRefusal(e: KioskError) {
  const platformCode = platformCodeOf(e);
  const details = (e.details as { details?: unknown } | undefined)?.details;
  if (platformCode?.startsWith('queue.')) return kioskError(platformCode as 'queue.closed', e.message.replace(/^queue\.\w+: /, ''), details);
  if (platformCode === 'person.invalidIdNumber') return kioskError('idcard.invalidIdNumber', e.message, details);
  return kioskError(e.code as 'platform.rejected', e.message, e.details);
}
