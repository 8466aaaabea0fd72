// The receipt slip of a question, complaint, suggestion or praise (咨询投诉建议回执) as ESC/POS bytes for
// one printer profile: the hall, the kind, the reference number large (what the citizen quotes), when
// it was filed, the name and phone masked, the case it is about, and what happens next as the platform
// answered it (or that it is kept on this kiosk until the network is back). No QR: there is no page a
// phone could open for it. Pure, like ticket.ts: the same slip and profile give the same bytes.
import { complaintKindLabels, maskPhone, type ComplaintKind } from '../../domain/complaints.ts';
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { maskPersonName } from '../../domain/person-name.ts';
import { ok, type Result } from '../../domain/result.ts';
import { startSlip } from './slip-parts.ts';
import type { PrinterProfile } from './types.ts';

export const complaintSlipTitle = '咨询投诉建议回执';

export interface ComplaintSlip {
  readonly hallName: string;
  readonly kind: ComplaintKind;
  readonly reference: string;
  /** Epoch ms: when it was filed at the kiosk. */
  readonly filedAt: number;
  /** In clear here; printed masked. */
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
  readonly caseNumber?: string | undefined;
  /**
   * What happens next: the platform's answer (a reply within N working days, or none), or
   * `queued` while it waits on this kiosk for the network.
   */
  readonly next: { readonly state: 'delivered'; readonly replyWithinWorkingDays: number | null } | { readonly state: 'queued' };
}

/** The "what happens next" words, as printed (and as the Chinese screen says them). */
export function complaintNextText(slip: Pick<ComplaintSlip, 'kind' | 'phone' | 'next'>): string {
  if (slip.next.state === 'queued') return '网络暂时中断，本单已保存在本机，网络恢复后自动提交。请保留本回执，凭编号到咨询台查询。';
  const days = slip.next.replyWithinWorkingDays;
  if (days !== null) return `已提交。工作人员将在${days}个工作日内按您留的电话答复。`;
  if (slip.kind === 'praise') return '已提交。感谢您的表扬，我们会转告相关窗口。';
  return '已提交。您未留电话，不作回复；工作人员会认真阅读。';
}

export function encodeComplaintSlip(slip: ComplaintSlip, profile: PrinterProfile, options: { readonly timeZone?: string } = {}): Result<Uint8Array> {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const { e, cols, wrapped, row, large } = startSlip(profile, slip.hallName, complaintSlipTitle);

  // The reference: large, so it is read first and can be read out on the phone.
  e.align('center').line('编号');
  large(slip.reference);
  e.line('-'.repeat(cols)).align('left');

  row('类别', complaintKindLabels[slip.kind]);
  row('提交时间', formatHallTime(slip.filedAt, zone));
  if (slip.name) row('姓名', maskPersonName(slip.name));
  if (slip.phone) row('电话', maskPhone(slip.phone));
  if (slip.caseNumber) {
    e.line('办件编号');
    wrapped(slip.caseNumber);
  }
  e.line('-'.repeat(cols)).bold(true).line('下一步').bold(false);
  wrapped(complaintNextText(slip));
  e.cut(profile.cut, profile.feedBeforeCut);
  const built = e.build();
  return built.ok ? ok(built.value) : built;
}
