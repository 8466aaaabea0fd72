// 办事指南 summary of a service item (main/contract/catalogue.ts ServiceItem), with code lists as
// data (a province passes its own lists; the national ones are the default).
import { codeLabel, nationalCodeLists, type CodeList, type CodeLists, type ServiceItem, type TimeLimit } from '../../domain/catalogue.ts';
import type { Block, FieldRow, PrintDocument } from './types.ts';

function label(list: CodeList, code: string): string {
  return codeLabel(list, code) ?? code;
}

export function formatTimeLimit(limit: TimeLimit): string {
  const note = limit.note === null ? '' : `（${limit.note}）`;
  if (limit.days === null) return limit.note ?? '无法定时限';
  if (limit.days === 0) return `即办（当场办结）${note}`;
  return `${limit.days}个${limit.unit}${note}`;
}

const yesNo = (b: boolean): string => (b ? '是' : '否');

function infoRows(item: ServiceItem, lists: CodeLists): FieldRow[] {
  const online = item.isOnline
    ? `支持。${label(lists.onlineDepth, item.onlineDepth)}${item.onlineUrl === null ? '' : `\n${item.onlineUrl}`}`
    : '不支持';
  return [
    { label: '事项类型', value: label(lists.taskType, item.taskType) },
    { label: '实施主体', value: item.deptName },
    { label: '行使层级', value: label(lists.useLevel, item.useLevel) },
    { label: '服务对象', value: item.serverType.map((c) => label(lists.serverType, c)).join('、') },
    { label: '办件类型', value: label(lists.projectType, item.projectType) },
    { label: '办理形式', value: item.handleForms.map((c) => label(lists.handleForm, c)).join('、') },
    { label: '法定办结时限', value: formatTimeLimit(item.legalLimit) },
    { label: '承诺办结时限', value: formatTimeLimit(item.promiseLimit) },
    { label: '到办事现场次数', value: `${item.visitsRequired}次` },
    { label: '是否收费', value: yesNo(item.isFee) },
    { label: '网上办理', value: online },
    { label: '预约办理', value: item.bookable ? '支持' : '不支持' },
    { label: '通办范围', value: item.handleArea === null ? '无' : label(lists.handleArea, item.handleArea) },
    { label: '办理结果', value: `${item.result.name}（${label(lists.resultType, item.result.type)}）` },
    { label: '办理地点', value: item.address },
    { label: '办理时间', value: item.hours },
    { label: '咨询电话', value: item.consultPhone },
    { label: '监督投诉电话', value: item.supervisePhone },
  ];
}

function materialBlocks(item: ServiceItem, lists: CodeLists): Block[] {
  if (item.materials.length === 0) return [{ kind: 'paragraph', text: '无需提交申请材料。' }];
  return [
    {
      kind: 'table',
      columns: [
        { title: '序号', weight: 0.8 },
        { title: '材料名称', weight: 4.6 },
        { title: '形式', weight: 1.4 },
        { title: '份数', weight: 1.9 },
        { title: '要求', weight: 1.4 },
        { title: '来源', weight: 2.2 },
      ],
      rows: item.materials.map((m, i) => [
        String(i + 1),
        m.sharedExempt ? `${m.name}（可通过数据共享获取，免提交）` : m.name,
        label(lists.materialFormat, m.format),
        `原件${m.originals}份\n复印件${m.copies}份`,
        label(lists.materialNeed, m.need),
        m.sourceDept === null ? label(lists.materialSource, m.source) : `${label(lists.materialSource, m.source)}（${m.sourceDept}）`,
      ]),
    },
  ];
}

export function serviceGuideSheet(item: ServiceItem, lists: CodeLists = nationalCodeLists): PrintDocument {
  const blocks: Block[] = [
    { kind: 'heading', text: '基本信息' },
    { kind: 'fields', rows: infoRows(item, lists) },
    { kind: 'heading', text: '受理条件' },
    { kind: 'paragraph', text: item.acceptCondition },
    { kind: 'heading', text: '申请材料' },
    ...materialBlocks(item, lists),
    { kind: 'heading', text: '办理流程' },
    {
      kind: 'table',
      columns: [
        { title: '环节', weight: 1.4 },
        { title: '办理内容', weight: 5 },
        { title: '办理人员', weight: 2 },
        { title: '时限', weight: 1.6 },
      ],
      rows: item.steps.map((s) => [s.name, s.description, s.role, s.limit]),
    },
  ];
  if (item.isFee) {
    blocks.push(
      { kind: 'heading', text: '收费标准' },
      {
        kind: 'table',
        columns: [
          { title: '收费项目', weight: 3 },
          { title: '标准', weight: 2 },
          { title: '收费依据', weight: 5 },
        ],
        rows: item.fees.map((f) => [f.note === null ? f.name : `${f.name}（${f.note}）`, `${f.amount}${f.unit}`, f.basis]),
      },
    );
  }
  blocks.push(
    { kind: 'heading', text: '设定依据' },
    {
      kind: 'paragraph',
      text: item.legalBasis
        .map((b) => `${b.name}${b.docNumber === null ? '' : `（${b.docNumber}）`}${b.articles === null ? '' : `${b.articles}`}`)
        .join('\n'),
    },
  );
  if (item.faq.length > 0) {
    blocks.push({ kind: 'heading', text: '常见问题' });
    for (const f of item.faq) blocks.push({ kind: 'paragraph', text: `问：${f.question}\n答：${f.answer}` });
  }
  blocks.push({ kind: 'paragraph', small: true, text: '本指南摘要由自助终端打印，以办理时有效的办事指南为准。' });
  return { kind: '办事指南', title: item.name, subtitle: `实施编码：${item.taskCode}`, blocks };
}
