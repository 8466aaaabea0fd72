// A booking slip (办事预约凭条) as ESC/POS bytes for one printer profile: the hall, the business and
// where it is served, the day, half-day and its hours, the booking code large, the holder masked, when
// to come (the check-in window) and what to bring, and a QR of the booking code (the kiosk's scanner
// checks it in on the day). Pure, like ticket.ts: the same slip and profile give the same bytes.
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { ok, type Result } from '../../domain/result.ts';
import { appendQr, type QrBlockOptions } from './qr-block.ts';
import { startSlip } from './slip-parts.ts';
import { displayWidth, wrapText } from './text-layout.ts';
import type { PrinterProfile } from './types.ts';

export const bookingSlipTitle = '办事预约凭条';
export const bookingQrCaption = '到厅后在自助终端扫码签到';
export const bookingSlipNotice = '请携带本人有效身份证件及办事材料，在签到时间内到自助终端签到取号；逾期预约作废。';

export interface BookingSlip {
  readonly hallName: string;
  readonly business: string;
  /** Floor and area where it is served. */
  readonly area: string;
  /** 2026-11-25 */
  readonly date: string;
  /** 星期三 */
  readonly weekdayName: string;
  /** 上午 / 下午 */
  readonly halfName: string;
  readonly slot: { readonly from: string; readonly to: string };
  readonly checkIn: { readonly from: string; readonly until: string };
  readonly code: string;
  /** ************123456 */
  readonly holderMasked: string;
  /** 139****5678 */
  readonly phoneMasked: string;
  /** Epoch ms. */
  readonly bookedAt: number;
}

export interface BookingSlipOptions extends QrBlockOptions {
  readonly timeZone?: string;
}

export interface BookingSlipBytes {
  readonly bytes: Uint8Array;
  readonly warnings: readonly string[];
}

export function encodeBookingSlip(slip: BookingSlip, profile: PrinterProfile, options: BookingSlipOptions = {}): Result<BookingSlipBytes> {
  const warnings: string[] = [];
  const { e, cols, row } = startSlip(profile, slip.hallName, bookingSlipTitle);

  e.bold(true).size(1, 2);
  for (const line of wrapText(slip.business, cols)) e.line(line);
  e.size(1, 1).bold(false);
  row('办理地点', slip.area);
  row('预约日期', `${slip.date} ${slip.weekdayName}`);
  row('预约时段', `${slip.halfName} ${slip.slot.from}-${slip.slot.to}`);
  row('签到时间', `${slip.checkIn.from}-${slip.checkIn.until}`);
  row('预约人', slip.holderMasked);
  row('手机号', slip.phoneMasked);

  // The code: large, so it is read first (and typed on the check-in screen if the QR cannot be scanned).
  e.line('-'.repeat(cols)).align('center').line('预约码');
  const big = displayWidth(slip.code) * 2 <= cols;
  e.bold(true).size(big ? 2 : 1, 2).line(slip.code).size(1, 1).bold(false);
  appendQr(e, slip.code, bookingQrCaption, profile, options, warnings);
  e.align('left').line('-'.repeat(cols));
  for (const line of wrapText(bookingSlipNotice, cols)) e.line(line);
  row('预约时间', formatHallTime(slip.bookedAt, options.timeZone ?? DEFAULT_TIME_ZONE, { seconds: false }));
  e.cut(profile.cut, profile.feedBeforeCut);
  const built = e.build();
  return built.ok ? ok({ bytes: built.value, warnings }) : built;
}
