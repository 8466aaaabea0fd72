import { describe, expect, it } from 'vitest';
import { nationalCodeLists } from '../../../domain/catalogue.ts';
import { caseProgressSheet } from '../../../devices/document-printer/case-progress-sheet.ts';
import { layoutDocument } from '../../../devices/document-printer/layout.ts';
import { formatTimeLimit, serviceGuideSheet } from '../../../devices/document-printer/service-guide-sheet.ts';
import type { Block, FieldRow, PrintDocument } from '../../../devices/document-printer/types.ts';
import { serviceItems } from '../../../platform/seed/data.ts';
import { fixedMeasure, frame, sampleCase, seedItem } from './fixtures.ts';

function fields(doc: PrintDocument): FieldRow[] {
  return doc.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : []));
}

function field(doc: PrintDocument, label: string): string | undefined {
  return fields(doc).find((r) => r.label === label)?.value;
}

function headings(doc: PrintDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
}

function table(doc: PrintDocument, index = 0): Extract<Block, { kind: 'table' }> | undefined {
  return doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')[index];
}

describe('caseProgressSheet', () => {
  it('shows the case in the hall time zone, with its steps as a table', () => {
    const doc = caseProgressSheet(sampleCase());
    expect(doc.subtitle).toBe(`办件编号：${sampleCase().caseNumber}`);
    expect(field(doc, '受理时间')).toBe('2025-03-03 09:15');
    expect(field(doc, '当前状态')).toBe('审查中');
    expect(field(doc, '办结时间')).toBe('尚未办结');
    expect(field(doc, '申请人')).toBe('张*明');
    expect(field(doc, '结果送达')).toBe('邮寄送达（快递单号 SF1234567890）');
    expect(table(doc)?.rows).toEqual([
      ['受理', '已完成', '2025-03-03 09:15', '综合受理窗口', '材料齐全，予以受理'],
      ['审查', '已完成', '2025-03-04 14:40', '户政科', '审查通过'],
      ['决定', '办理中', '', '户政科负责人', ''],
      ['制证', '待办理', '', '', ''],
    ]);
  });

  it('formats times in another time zone when the hall is elsewhere', () => {
    expect(field(caseProgressSheet(sampleCase(), 'Asia/Urumqi'), '受理时间')).toBe('2025-03-03 07:15');
  });

  it('says what to do next, and where a result ready at a window is collected', () => {
    expect(field(caseProgressSheet(sampleCase()), '下一步')).toBe('正在办理，承诺于 2025-03-18 前办结，请耐心等待。');
    const ready = { ...sampleCase(), status: 'ready' as const, delivery: { method: 'window' as const, trackingNumber: null } };
    expect(field(caseProgressSheet(ready, 'Asia/Shanghai', '综合出件窗口（一楼A区）'), '下一步')).toContain('到综合出件窗口（一楼A区）领取');
  });
});

describe('serviceGuideSheet', () => {
  it('summarises an item: labels from the code lists, limits, materials, steps, fees, basis', () => {
    // 换领 charges a fee (首次申领 has been free since 2018), so the guide has its 收费标准 section.
    const item = seedItem('idcard-renew');
    const doc = serviceGuideSheet(item);
    expect(doc.title).toBe('居民身份证换领');
    expect(field(doc, '事项类型')).toBe(nationalCodeLists.taskType[item.taskType]);
    expect(field(doc, '到办事现场次数')).toBe(`${item.visitsRequired}次`);
    expect(headings(doc)).toEqual(['基本信息', '受理条件', '申请材料', '办理流程', '收费标准', '设定依据', '常见问题']);
    expect(table(doc, 0)?.rows.map((r) => r[1])).toEqual(item.materials.map((m) => (m.sharedExempt ? `${m.name}（可通过数据共享获取，免提交）` : m.name)));
    expect(table(doc, 1)?.rows.map((r) => r[0])).toEqual(item.steps.map((s) => s.name));
  });

  it('takes a province’s code lists', () => {
    const item = seedItem('idcard-first');
    const lists = { ...nationalCodeLists, taskType: { ...nationalCodeLists.taskType, [item.taskType]: '本省自定类型' } };
    expect(field(serviceGuideSheet(item, lists), '事项类型')).toBe('本省自定类型');
  });

  it('prints time limits as a citizen reads them', () => {
    expect(formatTimeLimit({ days: 0, unit: '工作日', note: null })).toBe('即办（当场办结）');
    expect(formatTimeLimit({ days: 20, unit: '工作日', note: null })).toBe('20个工作日');
    expect(formatTimeLimit({ days: 60, unit: '自然日', note: '可延长30日' })).toBe('60个自然日（可延长30日）');
    expect(formatTimeLimit({ days: null, unit: '工作日', note: '依申请确定' })).toBe('依申请确定');
  });

  it('lays out the guide of every seed item', () => {
    expect(serviceItems.length).toBeGreaterThan(20);
    for (const item of serviceItems) {
      const r = layoutDocument(serviceGuideSheet(item), frame, fixedMeasure);
      expect(r.ok ? r.value.length : r.error.message).toBeGreaterThanOrEqual(1);
    }
  });
});
