import { describe, expect, it } from 'vitest';
import { caseProgressSheet } from '../../../devices/document-printer/case-progress-sheet.ts';
import { layoutDocument } from '../../../devices/document-printer/layout.ts';
import { a4Portrait } from '../../../devices/document-printer/page-style.ts';
import type { Block, DrawOp, LaidOutPage, PrintDocument } from '../../../devices/document-printer/types.ts';
import { fixedMeasure, frame, longCase, sampleCase, validIdNumber } from './fixtures.ts';

type TextOp = Extract<DrawOp, { op: 'text' }>;
const s = a4Portrait;
const eps = 1e-6;

function layout(doc: PrintDocument): LaidOutPage[] {
  const r = layoutDocument(doc, frame, fixedMeasure);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const textsOf = (page: LaidOutPage): TextOp[] => page.ops.filter((o): o is TextOp => o.op === 'text');
const isFrame = (t: TextOp) => t.y === s.headerBaseline || t.y === s.footerBaseline;
const bodyTexts = (page: LaidOutPage) => textsOf(page).filter((t) => !isFrame(t));
const pageOf = (pages: LaidOutPage[], match: (t: string) => boolean) => pages.findIndex((p) => textsOf(p).some((t) => match(t.text)));

describe('layoutDocument', () => {
  it('frames every page with the hall, the document kind, page N of M and the print time', () => {
    const pages = layout(caseProgressSheet(longCase(40)));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      const texts = textsOf(page).filter(isFrame).map((t) => t.text);
      expect(texts).toEqual([frame.hallName, '办件进度', `第 ${i + 1} 页 / 共 ${pages.length} 页`, '打印时间：2025-03-14 09:30']);
    });
  });

  it('keeps the body between header and footer and everything inside the margins', () => {
    const pages = layout(caseProgressSheet(longCase(40)));
    for (const page of pages) {
      expect([page.width, page.height].map(Math.round)).toEqual([595, 842]);
      for (const t of textsOf(page)) {
        expect(t.x).toBeGreaterThanOrEqual(s.marginLeft - eps);
        expect(t.x + fixedMeasure.width(t.text, t.size, t.weight)).toBeLessThanOrEqual(s.width - s.marginRight + eps);
      }
      for (const t of bodyTexts(page)) {
        expect(t.y - 0.88 * t.size).toBeGreaterThanOrEqual(s.contentTop - eps);
        expect(t.y + 0.12 * t.size).toBeLessThanOrEqual(s.contentBottom + eps);
      }
      for (const op of page.ops) {
        if (op.op === 'line' && op.y1 !== s.headerRule && op.y1 !== s.footerRule) {
          expect(Math.min(op.y1, op.y2)).toBeGreaterThanOrEqual(s.contentTop - eps);
          expect(Math.max(op.y1, op.y2)).toBeLessThanOrEqual(s.contentBottom + eps);
        }
      }
    }
  });

  it('centres the title and draws it bold', () => {
    const [first] = layout(caseProgressSheet(sampleCase()));
    const title = first === undefined ? undefined : bodyTexts(first)[0];
    expect(title).toMatchObject({ text: '办件进度查询单', weight: 'bold', size: s.titleSize });
    const w = fixedMeasure.width('办件进度查询单', s.titleSize, 'bold');
    expect(title?.x).toBeCloseTo(s.marginLeft + (s.width - s.marginLeft - s.marginRight - w) / 2, 6);
  });

  it('repeats the table header on every page the table runs over, and breaks between rows', () => {
    const pages = layout(caseProgressSheet(longCase(40)));
    const start = pageOf(pages, (t) => t === '办理过程');
    for (let p = start; p < pages.length; p++) {
      const page = pages[p];
      if (page === undefined) continue;
      expect(bodyTexts(page).filter((t) => t.text === '环节' && t.weight === 'bold')).toHaveLength(1);
    }
    for (let k = 1; k <= 40; k++) {
      const name = pageOf(pages, (t) => t === `第${k}环节`);
      expect(name).toBeGreaterThanOrEqual(start);
      expect(pageOf(pages, (t) => t.startsWith(`经审查，申请材料第${k}项`))).toBe(name);
    }
  });

  it('keeps a heading on the same page as the first line after it', () => {
    const blocks: Block[] = [];
    for (let i = 0; i < 30; i++) {
      blocks.push({ kind: 'heading', text: `第${i + 1}节` }, { kind: 'paragraph', text: '正文内容'.repeat(10 + ((i * 37) % 60)) });
    }
    const pages = layout({ kind: '测试', title: '标题', blocks });
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const last = bodyTexts(page).at(-1);
      expect(last?.size).not.toBe(s.headingSize);
    }
  });

  it('splits a row taller than a page between its lines, in order', () => {
    const value = Array.from({ length: 120 }, (_, i) => `第${i + 1}行`).join('\n');
    const pages = layout({ kind: '测试', title: '标题', blocks: [{ kind: 'fields', rows: [{ label: '很长的值', value }] }] });
    expect(pages.length).toBe(3);
    const lines = pages.flatMap((p) => bodyTexts(p).map((t) => t.text)).filter((t) => /^第\d+行$/.test(t));
    expect(lines).toEqual(Array.from({ length: 120 }, (_, i) => `第${i + 1}行`));
    // The label sits in the first slice only; each slice is a closed box (top and bottom rules).
    expect(pages.map((p) => bodyTexts(p).filter((t) => t.text === '很长的值').length)).toEqual([1, 0, 0]);
    for (const page of pages) {
      const rules = page.ops.filter((o) => o.op === 'line' && o.y1 === o.y2 && o.y1 > s.headerRule && o.y1 < s.footerRule);
      expect(rules).toHaveLength(2);
    }
  });

  it('masks ID numbers in every text run, whichever block carries them', () => {
    const doc: PrintDocument = {
      kind: '测试',
      title: `关于${validIdNumber}的说明`,
      blocks: [
        { kind: 'paragraph', text: `身份证号 ${validIdNumber} 已核验` },
        { kind: 'fields', rows: [{ label: '证件号码', value: validIdNumber }] },
        { kind: 'table', columns: [{ title: '号码', weight: 1 }], rows: [[validIdNumber]] },
      ],
    };
    const texts = layout(doc).flatMap((p) => textsOf(p).map((t) => t.text));
    expect(texts.filter((t) => t.includes(validIdNumber))).toEqual([]);
    expect(texts.filter((t) => t.includes('110105********002X'))).toHaveLength(4);
  });

  it('refuses a document longer than the page limit', () => {
    const text = '很长的内容。'.repeat(20_000);
    const r = layoutDocument({ kind: '测试', title: '标题', blocks: [{ kind: 'paragraph', text }] }, frame, fixedMeasure);
    expect(r.ok ? 'laid out' : r.error.code).toBe('document.invalid');
  });
});
