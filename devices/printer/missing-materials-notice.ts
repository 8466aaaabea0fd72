// The one-time notice of every missing material (一次性告知书) as ESC/POS bytes for one printer profile:
// the notice number, the item, the applicant masked, each missing material with what the guide says
// of it (how many originals and copies, where to get it, the acceptance standard), what was received
// already, "补齐后可到任一窗口办理", the consultation phone, window, staff and date, and the QR of the
// item's guide. Pure: the same notice gives the same bytes.
import type { MissingNotice } from '../../domain/intake.ts';
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { ok, type Result } from '../../domain/result.ts';
import { guideMaterialCounts, numberedMaterial, type SlipBytes } from './acceptance-receipt.ts';
import { appendQr, type QrBlockOptions } from './qr-block.ts';
import { startSlip } from './slip-parts.ts';
import type { PrinterProfile } from './types.ts';

export const missingNoticeTitle = '一次性告知书';
export const missingNoticeLead = '您申请办理的事项，经审查尚缺以下材料。本告知书已一次性列明全部所缺材料：';
export const missingNoticeAnyWindow = '补齐后可到任一窗口办理，已提交的材料无需重复提交。';
export const missingNoticeQrCaption = '扫码查看完整办事指南';

export interface MissingNoticeSlip {
  readonly hallName: string;
  readonly notice: MissingNotice;
  /** The item's guide link for the QR; null: no QR. */
  readonly guideUrl: string | null;
  readonly windowName: string;
  readonly printedAt: number;
  readonly reprint?: boolean;
}

const roleNote: Readonly<Record<MissingNotice['missing'][number]['role'], string | null>> = {
  required: null,
  conditional: '（本次办理适用）',
  deferrable: null,
  exempt: null,
};

export function encodeMissingNotice(slip: MissingNoticeSlip, profile: PrinterProfile, options: QrBlockOptions & { readonly timeZone?: string } = {}): Result<SlipBytes> {
  const n = slip.notice;
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const warnings: string[] = [];
  const w = startSlip(profile, slip.hallName, slip.reprint ? `${missingNoticeTitle}（补打）` : missingNoticeTitle);
  const { e, cols, row, wrapped } = w;

  row('告知书编号', n.number);
  e.bold(true).size(1, 2);
  wrapped(n.itemName);
  e.size(1, 1).bold(false);
  row('实施部门', n.deptName);
  row('申请人', n.applicantMasked);
  e.line('-'.repeat(cols));
  wrapped(missingNoticeLead);
  e.bold(true).line(`所缺材料（共${n.missing.length}项）`).bold(false);
  n.missing.forEach((m, i) => numberedMaterial(w, i + 1, `${m.name}${roleNote[m.role] ?? ''}`, [guideMaterialCounts(m), `来源：${m.source}`, `要求：${m.standard}`]));
  if (n.received.length > 0) {
    e.line('-'.repeat(cols)).bold(true).line('本次已提交').bold(false);
    n.received.forEach((name, i) => numberedMaterial(w, i + 1, name, []));
  }
  e.line('-'.repeat(cols)).bold(true);
  wrapped(missingNoticeAnyWindow);
  e.bold(false);
  row('咨询电话', n.consultPhone);
  if (slip.guideUrl !== null) {
    e.align('center');
    appendQr(e, slip.guideUrl, missingNoticeQrCaption, profile, options, warnings);
    e.align('left');
  }
  e.line('-'.repeat(cols));
  row('告知窗口', slip.windowName);
  row('告知人员', n.staffId);
  row('告知日期', formatHallTime(n.issuedAt, zone, { seconds: false }));
  e.cut(profile.cut, profile.feedBeforeCut);
  const built = e.build();
  return built.ok ? ok({ bytes: built.value, warnings }) : built;
}
