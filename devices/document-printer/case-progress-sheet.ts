// 办件进度单: what a citizen prints after looking a case up (main/contract/cases.ts CaseProgress).
// The applicant is already masked by the platform; the handler is a post, never a person.
import { caseNextStepText, caseStatusLabels, caseStepStatusLabels as stepStatusLabels, type CaseProgress } from '../../domain/cases.ts';
import { DEFAULT_TIME_ZONE, formatHallTime } from '../../domain/hall-time.ts';
import type { PrintDocument } from './types.ts';

export { caseStatusLabels };

const channelLabels: Readonly<Record<CaseProgress['channel'], string>> = {
  window: '窗口申请',
  online: '网上申请',
  kiosk: '自助终端申请',
};

function delivery(c: CaseProgress): string {
  if (c.delivery.method === 'window') return '窗口领取';
  return c.delivery.trackingNumber === null ? '邮寄送达' : `邮寄送达（快递单号 ${c.delivery.trackingNumber}）`;
}

/** `collectAt`: where a result handed out at a window is collected (综合出件窗口 一楼A区), for the 下一步 row. */
export function caseProgressSheet(c: CaseProgress, timeZone: string = DEFAULT_TIME_ZONE, collectAt: string | null = null): PrintDocument {
  const at = (iso: string | null) => (iso === null ? '' : formatHallTime(iso, timeZone));
  return {
    kind: '办件进度',
    title: '办件进度查询单',
    subtitle: `办件编号：${c.caseNumber}`,
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: '事项名称', value: c.itemName },
          { label: '实施部门', value: c.deptName },
          { label: '申请人', value: c.applicantMasked },
          { label: '申请方式', value: channelLabels[c.channel] },
          { label: '受理时间', value: at(c.acceptedAt) },
          { label: '承诺办结日期', value: c.promisedBy },
          { label: '办结时间', value: c.finishedAt === null ? '尚未办结' : at(c.finishedAt) },
          { label: '当前状态', value: caseStatusLabels[c.status] },
          { label: '结果送达', value: delivery(c) },
          { label: '下一步', value: caseNextStepText(c, collectAt) },
        ],
      },
      { kind: 'heading', text: '办理过程' },
      {
        kind: 'table',
        columns: [
          { title: '环节', weight: 2 },
          { title: '状态', weight: 1.6 },
          { title: '时间', weight: 3 },
          { title: '办理岗位', weight: 3 },
          { title: '意见', weight: 4 },
        ],
        rows: c.steps.map((s) => [s.name, stepStatusLabels[s.status], at(s.at), s.handler ?? '', s.opinion ?? '']),
      },
      {
        kind: 'paragraph',
        small: true,
        text: '说明：本单由自助终端打印，仅供查询参考，办理结果以审批部门出具的正式文书为准。申请人信息已作隐去处理。',
      },
    ],
  };
}
