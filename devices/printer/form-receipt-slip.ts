// The receipt slip of an application form handed in at the kiosk (申请表提交回执) as ESC/POS bytes for
// one printer profile: the hall, the submission id large (what the citizen quotes at the window), the
// item and the form, when it was handed in, the applicant's name masked (nothing else personal: no ID
// number, no address), how the result reaches them, and what to do next: take the printed application
// and the materials to the window, or that it waits on this kiosk until the network is back.
// Pure, like ticket.ts: the same slip and profile give the same bytes.
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { maskPersonName } from '../../domain/person-name.ts';
import { ok, type Result } from '../../domain/result.ts';
import { startSlip } from './slip-parts.ts';
import type { PrinterProfile } from './types.ts';

export const formReceiptTitle = '申请表提交回执';

export interface FormReceiptSlip {
  readonly hallName: string;
  /** F<terminal>-<yyyymmdd>-<nnnn>. */
  readonly submissionId: string;
  readonly itemName: string;
  /** Without 《》. */
  readonly formTitle: string;
  /** Epoch ms: when it was handed in. */
  readonly submittedAt: number;
  /** The applicant's name in clear here, printed masked; absent when the form has none. */
  readonly applicantName?: string | undefined;
  readonly delivery: 'window' | 'express';
  /** delivered: the platform has it; queued: kept on this kiosk until the network is back. */
  readonly state: 'delivered' | 'queued';
  /** The kiosk printed the A4 application (or can): sign it and bring it; false: the phone download or the window prints it. */
  readonly printedHere: boolean;
}

/** What happens next, as printed. */
export function formReceiptNextText(slip: Pick<FormReceiptSlip, 'state' | 'printedHere'>): string {
  const bring = slip.printedHere
    ? '请在打印的申请表上签字，连同申请材料交窗口办理。'
    : '请扫描屏幕上的二维码下载申请表，或凭编号请窗口打印，签字后连同申请材料交窗口办理。';
  const sent = slip.state === 'queued' ? '网络暂时中断，申请表已保存在本机，网络恢复后自动提交。' : '申请表已提交。';
  return `${sent}${bring}`;
}

export function encodeFormReceiptSlip(slip: FormReceiptSlip, profile: PrinterProfile, options: { readonly timeZone?: string } = {}): Result<Uint8Array> {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const { e, cols, wrapped, row, large } = startSlip(profile, slip.hallName, formReceiptTitle);

  e.align('center').line('提交编号');
  large(slip.submissionId);
  e.line('-'.repeat(cols)).align('left');

  e.line('办理事项');
  wrapped(slip.itemName);
  e.line('申请表');
  wrapped(`《${slip.formTitle}》`);
  row('提交时间', formatHallTime(slip.submittedAt, zone));
  if (slip.applicantName) row('申请人', maskPersonName(slip.applicantName));
  row('结果送达', slip.delivery === 'express' ? '邮寄送达' : '窗口领取');
  e.line('-'.repeat(cols)).bold(true).line('下一步').bold(false);
  wrapped(formReceiptNextText(slip));
  e.cut(profile.cut, profile.feedBeforeCut);
  const built = e.build();
  return built.ok ? ok(built.value) : built;
}
