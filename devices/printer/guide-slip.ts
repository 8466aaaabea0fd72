// The service guide's materials as a short checklist slip for the ticket printer, where the hall has
// no A4 printer: what to bring (originals, copies, required or not), what need not be brought (the
// window gets it by data sharing), how many visits, where and when, and a QR of the whole guide.
// Pure: the same item, options and profile give the same bytes; layout counts display width.
import { codeLabel, nationalCodeLists, type CodeLists, type Material, type ServiceItem } from '../../domain/catalogue.ts';
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { ok, type Result } from '../../domain/result.ts';
import { EscPosEncoder } from './escpos.codec.ts';
import { appendQr, type QrBlockOptions } from './qr-block.ts';
import { displayWidth, twoColumns, wrapText } from './text-layout.ts';
import type { PrinterProfile } from './types.ts';

export const guideSlipTitle = '办事材料清单';
export const guideSlipQrCaption = '扫码查看完整办事指南';
export const guideSlipNotice = '以办理时有效的办事指南为准';
export const sharedExemptHeading = '以下材料无需携带（窗口通过数据共享获取）：';
/** Box of a material to bring: tick it off while packing. */
export const checkBox = '□';

export interface GuideSlipOptions extends QrBlockOptions {
  readonly hallName: string;
  /** The guide's link for the QR; null: no QR. */
  readonly guideUrl: string | null;
  readonly printedAt: number;
  /** The hall's time zone (IANA); default Asia/Shanghai. */
  readonly timeZone?: string;
  readonly lists?: CodeLists;
}

export interface GuideSlipBytes {
  readonly bytes: Uint8Array;
  readonly warnings: readonly string[];
}

/** "原件1份 复印件2份 · 必要": how many of each and whether it is needed. */
export function materialCounts(m: Material, lists: CodeLists = nationalCodeLists): string {
  const counts = [m.originals > 0 ? `原件${m.originals}份` : null, m.copies > 0 ? `复印件${m.copies}份` : null].filter((x) => x !== null);
  const form = m.format === '2' ? '电子材料' : counts.join(' ');
  return `${form} · ${codeLabel(lists.materialNeed, m.need) ?? m.need}`;
}

/** A first line after a prefix, continuation lines indented under the text. */
function hanging(prefix: string, text: string, cols: number): string[] {
  const indent = ' '.repeat(displayWidth(prefix));
  return wrapText(text, cols - indent.length).map((l, i) => (i === 0 ? prefix : indent) + l);
}

export function encodeGuideSlip(item: ServiceItem, profile: PrinterProfile, options: GuideSlipOptions): Result<GuideSlipBytes> {
  const cols = profile.columns;
  const lists = options.lists ?? nationalCodeLists;
  const warnings: string[] = [];
  const e = new EscPosEncoder({ codePage: profile.codePage, dotsPerLine: profile.dotsPerLine });
  e.init().defaultLineSpacing().chinese(true).align('center');
  e.bold(true).size(2, 2);
  for (const line of wrapText(guideSlipTitle, Math.floor(cols / 2))) e.line(line);
  e.size(1, 1).bold(false);
  for (const line of wrapText(options.hallName, cols)) e.line(line);
  e.line('-'.repeat(cols)).align('left');

  e.bold(true).size(1, 2);
  for (const line of wrapText(item.name, cols)) e.line(line);
  e.size(1, 1).bold(false);
  for (const line of hanging('实施主体：', item.deptName, cols)) e.line(line);
  for (const line of hanging('到现场次数：', `${item.visitsRequired}次`, cols)) e.line(line);
  e.line('-'.repeat(cols));

  const bring = item.materials.filter((m) => !m.sharedExempt);
  const exempt = item.materials.filter((m) => m.sharedExempt);
  if (item.materials.length === 0) e.line('无需提交申请材料。');
  bring.forEach((m, i) => {
    for (const line of hanging(`${checkBox} ${i + 1}. `, m.name, cols)) e.line(line);
    for (const line of hanging('     ', materialCounts(m, lists), cols)) e.line(line);
  });
  if (exempt.length > 0) {
    e.newline();
    for (const line of wrapText(sharedExemptHeading, cols)) e.line(line);
    for (const m of exempt) for (const line of hanging('  - ', m.name, cols)) e.line(line);
  }
  e.line('-'.repeat(cols));
  for (const line of hanging('办理地点：', item.address, cols)) e.line(line);
  for (const line of hanging('办理时间：', item.hours, cols)) e.line(line);
  for (const line of hanging('咨询电话：', item.consultPhone, cols)) e.line(line);

  if (options.guideUrl !== null && options.guideUrl !== '') {
    e.align('center');
    appendQr(e, options.guideUrl, guideSlipQrCaption, profile, options, warnings);
    e.align('left');
  }
  e.newline();
  for (const line of twoColumns('打印时间', formatHallTime(options.printedAt, options.timeZone ?? DEFAULT_TIME_ZONE, { seconds: false }), cols)) e.line(line);
  e.align('center');
  for (const line of wrapText(guideSlipNotice, cols)) e.line(line);
  e.cut(profile.cut, profile.feedBeforeCut);

  const built = e.build();
  if (!built.ok) return built;
  return ok({ bytes: built.value, warnings });
}
