// The kiosk's ticket desk: a ticket taken or an appointment checked in is numbered (ticketing.ts:
// by the platform, or offline from the reserved range) and then put on paper, the slip as DOMAIN.md §3
// lays it out (hall, area, department, business, the number large, people ahead, the wait, time of
// issue, the tracking QR, 过号无效). When there is no printer or it cannot print, the ticket still
// stands: the screen shows the number and the tracking QR instead. A ticket of the visit (taken here,
// or the one the platform names when it refuses a second: queue.duplicate) can be printed again, as a
// 补打 slip with only the last 6 ID characters; what the visit may reprint is forgotten when it ends.
import type { Config } from '../../../config/schema/index.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { ticketTrackingLink } from '../../../domain/tracking-link.ts';
import type { IssuedTicket } from '../../contract/queue.ts';
import type { PrinterDevice } from '../devices/printer-device.ts';
import type { Ticket } from '../../../devices/printer/index.ts';
import type { Logger } from '../system/event-log.ts';
import type { NumberedTicket, Ticketing } from './ticketing.ts';

/** Printed on an offline ticket's slip, in the priority band. */
export const OFFLINE_SLIP_MARK = '离线票 请留意叫号';

/** What the ticket printer is sent for a numbered ticket (the hall's area when the business names none). */
export function ticketSlip(
  t: NumberedTicket,
  hall: { readonly hallName: string; readonly hallArea: string },
  trackingUrl: string | null,
  reprint: { readonly idTail: string | null } | null,
): Ticket {
  return {
    hallName: hall.hallName,
    hallArea: t.area || hall.hallArea,
    department: t.deptName,
    business: t.categoryName,
    number: t.number,
    waitingAhead: t.waitingAhead,
    estimatedWaitMinutes: t.estimatedWaitMinutes,
    issuedAt: Date.parse(t.issuedAt),
    qrPayload: trackingUrl ?? '',
    priorityLabel: t.offline ? OFFLINE_SLIP_MARK : t.priorityMark,
    reprint,
  };
}

export interface TicketDeskOptions {
  readonly ticketing: Ticketing;
  /** The ticket printer now, or null when the terminal has none. */
  readonly printer: () => PrinterDevice | null;
  readonly config: Config;
  readonly log: Logger;
}

export class TicketDesk {
  readonly #o: TicketDeskOptions;
  /** The tickets this visit may reprint: what was numbered here (kept for an offline reprint), or null
   *  for one known only by its id (named in a duplicate refusal). */
  readonly #visit = new Map<string, NumberedTicket | null>();

  constructor(options: TicketDeskOptions) {
    this.#o = options;
  }

  async issue(input: Parameters<Ticketing['issue']>[0]): Promise<Result<IssuedTicket>> {
    return this.#printed(await this.#o.ticketing.issue(input));
  }

  async checkIn(code: string): Promise<Result<IssuedTicket>> {
    return this.#printed(await this.#o.ticketing.checkIn(code));
  }

  async checkInByCard(typed?: string): Promise<Result<IssuedTicket>> {
    return this.#printed(await this.#o.ticketing.checkInByCard(typed));
  }

  /** Prints a ticket of this visit again, marked 补打; the platform gives its place in the queue now. */
  async reprint(ticketId: string): Promise<Result<IssuedTicket>> {
    if (!this.#visit.has(ticketId)) return err(kioskError('queue.notFound', 'only a ticket of this visit can be printed again'));
    const known = this.#visit.get(ticketId) ?? null;
    const now = await this.#o.ticketing.ticket(ticketId);
    if (!now.ok && !known) return now;
    const t = now.ok ? now.value.ticket : known!;
    this.#o.log.info('ticket reprinted (补打)', { number: t.number });
    return ok(await this.#print(t, { idTail: now.ok ? now.value.idTail6 : null }));
  }

  /** The visit ended: nothing of it may be reprinted any more. */
  forgetVisit(): void {
    this.#visit.clear();
  }

  async #printed(numbered: Result<NumberedTicket>): Promise<Result<IssuedTicket>> {
    if (!numbered.ok) {
      const held = numbered.error.code === 'queue.duplicate' ? (numbered.error.details as { ticketId?: unknown } | undefined)?.ticketId : undefined;
      if (typeof held === 'string') this.#visit.set(held, this.#visit.get(held) ?? null);
      return numbered;
    }
    if (numbered.value.ticketId !== null) this.#visit.set(numbered.value.ticketId, numbered.value);
    return ok(await this.#print(numbered.value, null));
  }

  async #print(t: NumberedTicket, reprint: { readonly idTail: string | null } | null): Promise<IssuedTicket> {
    const { config, log } = this.#o;
    const trackingUrl = ticketTrackingLink(config.queue.slipQrUrl, t);
    const printer = this.#o.printer();
    if (!printer) return { ...t, trackingUrl, print: 'noPrinter', printError: null };
    const r = await printer.printTicket(ticketSlip(t, config.terminal, trackingUrl, reprint), { timeZone: config.queue.timeZone });
    if (r.ok) return { ...t, trackingUrl, print: 'printed', printError: null };
    log.warn('ticket slip not printed; the number is shown on screen', { number: t.number, code: r.error.code });
    return { ...t, trackingUrl, print: 'failed', printError: r.error.code };
  }
}
