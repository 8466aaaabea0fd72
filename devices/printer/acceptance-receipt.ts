// An acceptance receipt (受理回执) as ESC/POS bytes for one printer profile: the hall, the item (name
// and 实施编码), the case number large, the query code (printed this once), the applicant masked, the
// materials received as the guide asks them, those accepted to follow later (容缺后补), the promised
// date, how and where the result is collected, the window and staff, and a QR of the case number (the
// hand-out window scans it; the kiosk's progress lookup takes it). Pure: same slip, same bytes.
import type { Acceptance, GuideMaterial } from '../../domain/intake.ts';
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { ok, type Result } from '../../domain/result.ts';
import { appendQr, type QrBlockOptions } from './qr-block.ts';
import { startSlip, type SlipWriter } from './slip-parts.ts';
import { displayWidth } from './text-layout.ts';
import type { PrinterProfile } from './types.ts';

export const acceptanceReceiptTitle = '受理回执';
export const acceptanceQrCaption = '扫码查询进度、领取结果';
export const acceptanceReceiptNotice = '请妥善保管本回执。查询密码仅打印一次，请勿告知他人；领取结果时请携带本人身份证和本回执。';

export interface AcceptanceReceiptSlip {
  readonly hallName: string;
  readonly acceptance: Acceptance;
  /** Where a result collected at a window is handed out (综合出件窗口（一楼A区）); null: not known here. */
  readonly collectAt: string | null;
  /** The window's name as people see it (5号窗口). */
  readonly windowName: string;
  /** Epoch ms. */
  readonly printedAt: number;
  /** A reprint (补打): marked, and the query code left off (it is printed once). */
  readonly reprint?: boolean;
}

export interface SlipBytes {
  readonly bytes: Uint8Array;
  readonly warnings: readonly string[];
}

/** "原件1份 复印件2份（纸质）": how the guide asks for a material. */
export function guideMaterialCounts(m: Pick<GuideMaterial, 'originals' | 'copies' | 'format'>): string {
  const counts = [m.originals > 0 ? `原件${m.originals}份` : null, m.copies > 0 ? `复印件${m.copies}份` : null].filter((x) => x !== null);
  return counts.length > 0 ? `${counts.join(' ')}（${m.format}）` : m.format;
}

/** "1. name" with a hanging indent, then indented detail lines. */
export function numberedMaterial(w: SlipWriter, n: number, name: string, details: readonly string[]): void {
  const prefix = `${n}. `;
  w.hanging(prefix, name);
  for (const d of details) w.hanging(' '.repeat(prefix.length + 1), d);
}

export function encodeAcceptanceReceipt(slip: AcceptanceReceiptSlip, profile: PrinterProfile, options: QrBlockOptions & { readonly timeZone?: string } = {}): Result<SlipBytes> {
  const a = slip.acceptance;
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const warnings: string[] = [];
  const w = startSlip(profile, slip.hallName, slip.reprint ? `${acceptanceReceiptTitle}（补打）` : acceptanceReceiptTitle);
  const { e, cols, row, wrapped } = w;

  e.bold(true).size(1, 2);
  wrapped(a.itemName);
  e.size(1, 1).bold(false);
  row('事项编码', a.taskCode);
  row('实施部门', a.deptName);
  e.line('-'.repeat(cols)).align('center').line('办件编号');
  e.bold(true).size(displayWidth(a.caseNumber) * 2 <= cols ? 2 : 1, 2);
  wrapped(a.caseNumber);
  e.size(1, 1).bold(false);
  if (a.queryCode !== null && !slip.reprint) {
    e.line('查询密码').bold(true).size(2, 2).line(a.queryCode).size(1, 1).bold(false);
  } else if (a.bound) {
    wrapped('查询密码：见网上申请时的回执');
  }
  e.align('left').line('-'.repeat(cols));
  row('申请人', a.applicantMasked);
  row('受理时间', formatHallTime(a.acceptedAt, zone, { seconds: false }));
  row('承诺办结', a.instant ? `${a.promisedBy}（即办件，当场办结）` : a.promisedBy);
  row('办理结果', a.resultName);
  e.line('-'.repeat(cols)).bold(true).line('已收材料').bold(false);
  a.received.forEach((m, i) => numberedMaterial(w, i + 1, m.name, [guideMaterialCounts(m)]));
  if (a.received.length === 0) wrapped('无需提交纸质材料。');
  if (a.deferred.length > 0) {
    e.bold(true).line('容缺后补（请于办结前补交）').bold(false);
    a.deferred.forEach((name, i) => numberedMaterial(w, i + 1, name, []));
  }
  e.line('-'.repeat(cols)).bold(true).line('领取方式').bold(false);
  wrapped(a.delivery === 'express' ? '邮寄送达：办结后快递寄出，请留意快递电话。' : `窗口领取：办结后请携带身份证和本回执到${slip.collectAt ?? '综合出件窗口'}领取。`);
  e.align('center');
  appendQr(e, a.caseNumber, acceptanceQrCaption, profile, options, warnings);
  e.align('left').line('-'.repeat(cols));
  row('受理窗口', slip.windowName);
  row('受理人员', a.staffId);
  row('打印时间', formatHallTime(slip.printedAt, zone, { seconds: false }));
  wrapped(acceptanceReceiptNotice);
  e.cut(profile.cut, profile.feedBeforeCut);
  const built = e.build();
  return built.ok ? ok({ bytes: built.value, warnings }) : built;
}
