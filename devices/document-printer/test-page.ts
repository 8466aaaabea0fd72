// The self-test page an A4 printer prints when hall staff test it: who printed it, to which queue,
// and a table and Chinese text, so that fonts, rules and margins are seen on paper.
import type { PrintDocument } from './types.ts';

export interface TestPageSubject {
  readonly deviceId: string;
  readonly label: string;
  /** Where the page goes: "CUPS queue HallA4", "simulated". */
  readonly route: string;
}

export function testPageDocument(subject: TestPageSubject): PrintDocument {
  return {
    kind: '打印测试页',
    title: '打印机测试页',
    subtitle: `${subject.label}（${subject.deviceId}）`,
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: '设备', value: `${subject.label}（${subject.deviceId}）` },
          { label: '打印途径', value: subject.route },
        ],
      },
      { kind: 'heading', text: '检查项目' },
      {
        kind: 'table',
        columns: [
          { title: '项目', weight: 1 },
          { title: '应当看到', weight: 3 },
        ],
        rows: [
          ['中文字体', '政务服务中心 办事指南 申请表 一二三四五六七八九十'],
          ['西文与数字', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789'],
          ['表格线', '每一格四边都有线，线条完整无断'],
          ['页边距', '四周留白均匀，页眉页脚完整'],
        ],
      },
      { kind: 'paragraph', text: '本页由自助终端自检打印，不含任何个人信息。', small: true },
    ],
  };
}
