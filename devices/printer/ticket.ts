// A queue slip (DOMAIN.md section 3) as ESC/POS bytes for one printer profile. Pure: the same ticket
// and profile give the same bytes. Layout counts display width (a CJK glyph is two columns), so text
// wraps and the number is as large as the paper allows (up to 4 x 4).
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { idTail6 } from '../../domain/id-number.ts';
import { ok, type Result } from '../../domain/result.ts';
import { EscPosEncoder } from './escpos.codec.ts';
import { appendQr } from './qr-block.ts';
import { displayWidth, twoColumns, wrapText } from './text-layout.ts';
import type { PrinterProfile, QrErrorLevel, QrMatrixEncoder, Ticket } from './types.ts';

export const defaultNotice = '过号无效，请重新取号';
export const qrCaption = '扫码查看排队进度 · 评价服务';
export const reprintMark = '补打';

export interface TicketOptions {
  /** Needed only for profiles without native QR: builds the symbol that goes as a raster image. */
  readonly qrEncoder?: QrMatrixEncoder;
  readonly qrLevel?: QrErrorLevel;
  /** The hall's time zone (IANA, config `queue.timeZone`): the time of issue is its wall clock. Default Asia/Shanghai. */
  readonly timeZone?: string;
}

export interface TicketBytes {
  readonly bytes: Uint8Array;
  /** What was left off the slip and why (e.g. a raster QR with no QR encoder plugged in). */
  readonly warnings: readonly string[];
}

export function encodeTicket(ticket: Ticket, profile: PrinterProfile, options: TicketOptions = {}): Result<TicketBytes> {
  const cols = profile.columns;
  const warnings: string[] = [];
  const e = new EscPosEncoder({ codePage: profile.codePage, dotsPerLine: profile.dotsPerLine });
  e.init().defaultLineSpacing().chinese(true).align('center');

  if (ticket.reprint !== null) e.bold(true).line(`*** ${reprintMark} ***`).bold(false);

  // Hall name: double width and height when it fits on one line, else double height, wrapped.
  const hallWide = displayWidth(ticket.hallName) * 2 <= cols;
  e.bold(true).size(hallWide ? 2 : 1, 2);
  for (const line of wrapText(ticket.hallName, hallWide ? cols / 2 : cols)) e.line(line);
  e.size(1, 1).bold(false);
  if (ticket.hallArea.trim() !== '') for (const line of wrapText(ticket.hallArea, cols)) e.line(line);
  e.line('-'.repeat(cols));

  if (ticket.department.trim() !== '') for (const line of wrapText(ticket.department, cols)) e.line(line);
  e.bold(true).size(2, 2);
  for (const line of wrapText(ticket.business, Math.floor(cols / 2))) e.line(line);
  e.size(1, 1).bold(false);

  if (ticket.priorityLabel !== null && ticket.priorityLabel.trim() !== '') {
    e.newline().size(2, 2).invert(true);
    // A space each side inside the black band; the label wraps within what is left.
    for (const line of wrapText(ticket.priorityLabel.trim(), Math.floor(cols / 2) - 2)) e.line(` ${line} `);
    e.invert(false).size(1, 1);
  }

  // The number: as large as fits, 4 x 4 at most (96 dots, 12 mm high).
  const numberWidth = Math.max(1, displayWidth(ticket.number));
  const scale = Math.max(1, Math.min(4, Math.floor(cols / numberWidth)));
  e.newline().bold(true).size(scale, scale);
  for (const line of wrapText(ticket.number, Math.floor(cols / scale))) e.line(line);
  e.size(1, 1).bold(false).newline();

  if (ticket.waitingAhead !== null) {
    for (const line of wrapText(`您前面还有 ${count(ticket.waitingAhead)} 人在等待`, cols)) e.line(line);
  }
  if (ticket.estimatedWaitMinutes !== null) {
    for (const line of wrapText(`预计等待 ${formatWait(ticket.estimatedWaitMinutes)}`, cols)) e.line(line);
  }

  if (ticket.qrPayload !== '') appendQr(e, ticket.qrPayload, qrCaption, profile, options, warnings);

  e.newline().align('left');
  for (const line of twoColumns('取号时间', formatHallTime(ticket.issuedAt, options.timeZone ?? DEFAULT_TIME_ZONE, { seconds: true }), cols)) e.line(line);
  if (ticket.reprint !== null && ticket.reprint.idTail !== null) {
    for (const line of twoColumns(`${reprintMark} 证件尾号`, idTail(ticket.reprint.idTail), cols)) e.line(line);
  }
  e.line('-'.repeat(cols)).align('center').bold(true);
  for (const line of wrapText(ticket.notice ?? defaultNotice, cols)) e.line(line);
  e.bold(false).cut(profile.cut, profile.feedBeforeCut);

  const built = e.build();
  if (!built.ok) return built;
  return ok({ bytes: built.value, warnings });
}

/** Never more than the last 6 characters of an ID number, whatever the caller passed. */
export function idTail(value: string): string {
  return idTail6(value.replace(/[^0-9Xx]/g, ''));
}

function count(n: number): string {
  return String(Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
}

/** "约 12 分钟", "约 1 小时 5 分钟". */
export function formatWait(minutes: number): string {
  const m = Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0;
  if (m < 60) return `约 ${m} 分钟`;
  const rest = m % 60;
  return rest === 0 ? `约 ${Math.floor(m / 60)} 小时` : `约 ${Math.floor(m / 60)} 小时 ${rest} 分钟`;
}

