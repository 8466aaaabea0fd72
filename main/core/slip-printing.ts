// Puts a numbered ticket on paper: the slip as DOMAIN.md §3 lays it out (hall, area, department,
// business, the number large, people ahead, the wait, time of issue, a QR, 过号无效). When there is no
// printer or it cannot print, the ticket still stands: the screen shows the number instead.
import type { IssuedTicket } from '../contract/queue.ts';
import type { Config } from '../../config/schema.ts';
import { ticketTrackingLink } from '../../domain/tracking-link.ts';
import type { PrinterDevice } from './devices/printer-device.ts';
import type { Logger } from './event-log.ts';
import type { NumberedTicket } from './ticketing.ts';

export async function printSlip(printer: PrinterDevice | null, t: NumberedTicket, config: Config, log: Logger): Promise<IssuedTicket> {
  const trackingUrl = ticketTrackingLink(config.queue.slipQrUrl, t);
  if (!printer) return { ...t, trackingUrl, print: 'noPrinter', printError: null };
  const r = await printer.printTicket({
    hallName: config.terminal.hallName,
    hallArea: t.area || config.terminal.hallArea,
    department: t.deptName,
    business: t.categoryName,
    number: t.number,
    waitingAhead: t.waitingAhead,
    estimatedWaitMinutes: t.estimatedWaitMinutes,
    issuedAt: Date.parse(t.issuedAt),
    qrPayload: trackingUrl ?? '',
    priorityLabel: t.offline ? '离线票 请留意叫号' : t.priorityMark,
    reprint: null,
  }, { timeZone: config.queue.timeZone });
  if (r.ok) return { ...t, trackingUrl, print: 'printed', printError: null };
  log.warn('ticket slip not printed; the number is shown on screen', { number: t.number, code: r.error.code });
  return { ...t, trackingUrl, print: 'failed', printError: r.error.code };
}
