// A case progress slip (办件进度) as ESC/POS bytes for one printer profile: the hall, the case number,
// the item, the masked applicant, the state now with every step and its date, what to do next and
// where a result is collected. Pure, like ticket.ts: the same slip and profile give the same bytes.
// Layout counts display width (a CJK glyph is two columns), so nothing runs past the paper.
import { caseNextStepText, caseStatusLabels, caseStepStatusLabels, type CaseProgress } from '../../domain/cases.ts';
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import { ok, type Result } from '../../domain/result.ts';
import { startSlip } from './slip-parts.ts';
import { wrapText } from './text-layout.ts';
import type { PrinterProfile } from './types.ts';

export const caseSlipTitle = '办件进度查询';
export const caseSlipNotice = '本单仅供查询参考，办理结果以审批部门出具的正式文书为准';

export interface CaseProgressSlip {
  readonly hallName: string;
  /** As the platform gives it: the applicant already masked. */
  readonly progress: CaseProgress;
  /** Where a result handed out at a window is collected (综合出件窗口 一楼A区); null otherwise. */
  readonly collectAt: string | null;
  /** Epoch ms: when the slip was printed. */
  readonly printedAt: number;
}

export function encodeCaseProgressSlip(slip: CaseProgressSlip, profile: PrinterProfile, options: { readonly timeZone?: string } = {}): Result<Uint8Array> {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const c = slip.progress;
  const at = (iso: string) => formatHallTime(iso, zone);
  const { e, cols, wrapped, row } = startSlip(profile, slip.hallName, caseSlipTitle);

  e.line('办件编号');
  e.bold(true);
  wrapped(c.caseNumber);
  e.bold(false);
  e.line('事项名称');
  wrapped(c.itemName);
  e.line('实施部门');
  wrapped(c.deptName);
  row('申请人', c.applicantMasked);
  row('受理时间', at(c.acceptedAt));
  row('承诺办结', c.promisedBy);
  if (c.finishedAt !== null) row('办结时间', at(c.finishedAt));

  // The state now: large, so it is read first.
  e.line('-'.repeat(cols)).align('center').bold(true).size(1, 2);
  for (const line of wrapText(caseStatusLabels[c.status], cols)) e.line(line);
  e.size(1, 1).bold(false).align('left').line('-'.repeat(cols));

  e.bold(true).line('办理过程').bold(false);
  for (const s of c.steps) {
    row(`${s.name}  ${caseStepStatusLabels[s.status]}`, s.at === null ? '' : at(s.at));
    if (s.opinion !== null && s.status !== 'pending') wrapped(`  意见：${s.opinion}`);
  }
  e.line('-'.repeat(cols)).bold(true).line('下一步').bold(false);
  wrapped(caseNextStepText(c, slip.collectAt));

  e.line('-'.repeat(cols));
  row('打印时间', formatHallTime(slip.printedAt, zone));
  wrapped(caseSlipNotice);
  e.cut(profile.cut, profile.feedBeforeCut);
  const built = e.build();
  return built.ok ? ok(built.value) : built;
}
