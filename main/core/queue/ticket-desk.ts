// The kiosk's ticket desk: a ticket taken or an appointment checked in is numbered (ticketing.ts:
// by the platform, or offline from the reserved range) and then put on paper, the slip as DOMAIN.md §3
// lays it out (hall, area, department, business, the number large, people ahead, the wait, time of
// issue, the tracking QR, 过号无效). When there is no printer or it cannot print, the ticket still
// stands: the screen shows the number and the tracking QR instead.
import type { Config } from '../../../config/schema.ts';
import { ok, type Result } from '../../../domain/result.ts';
import { ticketTrackingLink } from '../../../domain/tracking-link.ts';
import type { IssuedTicket } from '../../contract/queue.ts';
import type { PrinterDevice } from '../devices/printer-device.ts';
import type { Logger } from '../system/event-log.ts';
import type { NumberedTicket, Ticketing } from './ticketing.ts';

/** Printed on an offline ticket's slip, in the priority band. */
export const OFFLINE_SLIP_MARK = '离线票 请留意叫号';

export interface TicketDeskOptions {
  readonly ticketing: Ticketing;
  /** The ticket printer now, or null when the terminal has none. */
  readonly printer: () => PrinterDevice | null;
  readonly config: Config;
  readonly log: Logger;
}

export class TicketDesk {
  readonly #o: TicketDeskOptions;

  constructor(options: TicketDeskOptions) {
    this.#o = options;
  }

  async issue(input: Parameters<Ticketing['issue']>[0]): Promise<Result<IssuedTicket>> {
    return this.#printed(await this.#o.ticketing.issue(input));
  }

  async checkIn(code: string): Promise<Result<IssuedTicket>> {
    return this.#printed(await this.#o.ticketing.checkIn(code));
  }

  async #printed(numbered: Result<NumberedTicket>): Promise<Result<IssuedTicket>> {
    return numbered.ok ? ok(await this.#print(numbered.value)) : numbered;
  }

  async #print(t: NumberedTicket): Promise<IssuedTicket> {
    const { config, log } = this.#o;
    const trackingUrl = ticketTrackingLink(config.queue.slipQrUrl, t);
    const printer = this.#o.printer();
    if (!printer) return { ...t, trackingUrl, print: 'noPrinter', printError: null };
    const r = await printer.printTicket(
      {
        hallName: config.terminal.hallName,
        hallArea: t.area || config.terminal.hallArea,
        department: t.deptName,
        business: t.categoryName,
        number: t.number,
        waitingAhead: t.waitingAhead,
        estimatedWaitMinutes: t.estimatedWaitMinutes,
        issuedAt: Date.parse(t.issuedAt),
        qrPayload: trackingUrl ?? '',
        priorityLabel: t.offline ? OFFLINE_SLIP_MARK : t.priorityMark,
        reprint: null,
      },
      { timeZone: config.queue.timeZone },
    );
    if (r.ok) return { ...t, trackingUrl, print: 'printed', printError: null };
    log.warn('ticket slip not printed; the number is shown on screen', { number: t.number, code: r.error.code });
    return { ...t, trackingUrl, print: 'failed', printError: r.error.code };
  }
}
