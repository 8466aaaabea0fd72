import { describe, expect, it } from 'vitest';
import { caseProgressSheet } from '../../../devices/document-printer/case-progress-sheet.ts';
import { layoutDocument } from '../../../devices/document-printer/layout.ts';
import { a4Portrait } from '../../../devices/document-printer/page-style.ts';
import type { Block, DrawOp, LaidOutPage, PrintDocument } from '../../../devices/document-printer/types.ts';
import { fixedMeasure, frame, longCase, sampleCase, sampleSignature, validIdNumber } from './fixtures.ts';

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

  it('puts a document’s reference beside its kind on every page', () => {
    const pages = layout({ ...caseProgressSheet(longCase(40)), reference: 'FHALL01-20261207-0042' });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(textsOf(page).filter(isFrame).map((t) => t.text)).toContain('办件进度  FHALL01-20261207-0042');
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

  it('prints ID numbers as written when the document says so (an applicant’s own form)', () => {
    const doc: PrintDocument = { kind: '申请表', title: '申请表', idNumbers: 'full', blocks: [{ kind: 'paragraph', text: `身份证号 ${validIdNumber}` }] };
    const texts = layout(doc).flatMap((p) => textsOf(p).map((t) => t.text));
    expect(texts).toContain(`身份证号 ${validIdNumber}`);
  });
});

describe('layoutDocument: form blocks', () => {
  const contentWidth = s.width - s.marginLeft - s.marginRight;

  it('draws a grid: cells over spanned columns, labels shaded, every cell boxed', () => {
    const doc: PrintDocument = {
      kind: '测试',
      title: '标题',
      blocks: [
        {
          kind: 'grid',
          columns: [1, 3],
          rows: [
            { cells: [{ text: '第一节', span: 2, shaded: true, bold: true }], keepWithNext: true },
            { cells: [{ text: '姓名', shaded: true }, { text: '张明' }] },
            { cells: [{ text: '说明', shaded: true }, { text: '', minLines: 4 }] },
          ],
        },
      ],
    };
    const [page] = layout(doc);
    if (page === undefined) throw new Error('no page');
    const fills = page.ops.filter((o) => o.op === 'fill');
    // The section title spans the grid, the labels a quarter of it; values are not shaded.
    expect(fills.map((f) => (f.op === 'fill' ? Math.round(f.width) : 0))).toEqual([contentWidth, contentWidth / 4, contentWidth / 4].map(Math.round));
    const title = textsOf(page).find((t) => t.text === '第一节');
    expect(title?.weight).toBe('bold');
    const value = textsOf(page).find((t) => t.text === '张明');
    expect(value?.x).toBeCloseTo(s.marginLeft + contentWidth / 4 + s.cellPadX, 6);
    // The empty cell keeps four lines of room, and its label sits in the middle of that height.
    const label = textsOf(page).find((t) => t.text === '说明');
    const lastFill = fills.at(-1);
    if (label === undefined || lastFill?.op !== 'fill') throw new Error('missing');
    expect(lastFill.height).toBeCloseTo(4 * s.bodySize * s.leading + 2 * s.cellPadY, 6);
    expect(label.y - 0.38 * s.bodySize).toBeCloseTo(lastFill.y + lastFill.height / 2, 0);
    // Vertical rules at the grid's edges and between label and value.
    const verticals = new Set(page.ops.flatMap((o) => (o.op === 'line' && o.x1 === o.x2 ? [Math.round(o.x1)] : [])));
    expect([...verticals].sort((a, b) => a - b)).toEqual([s.marginLeft, s.marginLeft + contentWidth / 4, s.width - s.marginRight].map(Math.round));
  });

  it('never ends a page with a section’s title row', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      { cells: [{ text: `第${i + 1}节`, span: 2, shaded: true }], keepWithNext: true },
      { cells: [{ text: '内容', shaded: true }, { text: '值', minLines: 1 + (i % 4) }] },
    ]).flat();
    const pages = layout({ kind: '测试', title: '标题', blocks: [{ kind: 'grid', columns: [1, 3], rows }] });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(bodyTexts(page).at(-1)?.text).not.toMatch(/^第\d+节$/);
  });

  it('draws tick boxes as boxes (a tick in the ticked one), the words after them one em on', () => {
    const [page] = layout({ kind: '测试', title: '标题', blocks: [{ kind: 'paragraph', text: '☑是   ☐否' }] });
    if (page === undefined) throw new Error('no page');
    expect(textsOf(page).some((t) => /[☐☑]/.test(t.text))).toBe(false);
    const boxes = page.ops.filter((o) => o.op === 'rect');
    const ticks = page.ops.filter((o) => o.op === 'polyline');
    expect(boxes).toHaveLength(2);
    expect(ticks).toHaveLength(1);
    const yes = textsOf(page).find((t) => t.text === '是');
    expect(yes?.x).toBeCloseTo(s.marginLeft + s.bodySize, 6);
    const [first] = boxes;
    const [tick] = ticks;
    if (first?.op !== 'rect' || tick?.op !== 'polyline') throw new Error('missing');
    for (const [x, y] of tick.points) {
      expect(x).toBeGreaterThan(first.x);
      expect(x).toBeLessThan(first.x + first.width);
      expect(y).toBeGreaterThan(first.y);
      expect(y).toBeLessThan(first.y + first.height);
    }
  });

  it('keeps an option with its tick box when the options wrap', () => {
    const options = Array.from({ length: 12 }, (_, i) => `☐选项${'甲乙丙丁'.slice(0, 1 + (i % 4))}`).join('   ');
    const pages = layout({ kind: '测试', title: '标题', blocks: [{ kind: 'grid', columns: [1, 3], rows: [{ cells: [{ text: '原因', shaded: true }, { text: options }] }] }] });
    const [page] = pages;
    if (page === undefined) throw new Error('no page');
    const words = textsOf(page).filter((t) => t.text.startsWith('选项'));
    expect(words.map((t) => t.text)).toEqual(Array.from({ length: 12 }, (_, i) => `选项${'甲乙丙丁'.slice(0, 1 + (i % 4))}`));
    // Each option's words sit one em after a box on the same baseline.
    const boxes = page.ops.filter((o) => o.op === 'rect');
    for (const w of words) expect(boxes.some((b) => b.op === 'rect' && Math.abs(b.x + b.width / 2 + s.bodySize / 2 - w.x) < 1 && b.y < w.y && b.y + b.height > w.y - s.bodySize)).toBe(true);
  });

  it('scales signature strokes into the box beside the label, aspect kept; a line without them', () => {
    const sig = sampleSignature();
    const signer = (strokes: typeof sig | null) => ({ kind: 'signatures' as const, declaration: '本人承诺。', signers: [{ label: '申请人（签字）', strokes, date: { year: '2026', month: '12', day: '07' } }] });
    const [page] = layout({ kind: '测试', title: '标题', blocks: [signer(sig)] });
    if (page === undefined) throw new Error('no page');
    const lines = page.ops.filter((o) => o.op === 'polyline');
    expect(lines).toHaveLength(sig.strokes.length);
    const label = textsOf(page).find((t) => t.text === '申请人（签字）：');
    const date = textsOf(page).find((t) => t.text === '日期：2026 年 12 月 07 日');
    if (label === undefined || date === undefined) throw new Error('missing');
    const pts = lines.flatMap((o) => (o.op === 'polyline' ? o.points : []));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    expect(Math.min(...xs)).toBeGreaterThan(label.x + fixedMeasure.width(label.text, s.bodySize, 'regular'));
    expect(Math.max(...xs)).toBeLessThan(date.x);
    expect(Math.max(...ys)).toBeLessThanOrEqual(label.y + 1e-6);
    // The first stroke's shape: its width to height ratio as on the pad.
    const [first] = lines;
    if (first?.op !== 'polyline') throw new Error('missing');
    const span = (v: number[]) => Math.max(...v) - Math.min(...v);
    const padXs = sig.strokes[0]?.map((p) => p[0]) ?? [];
    const padYs = sig.strokes[0]?.map((p) => p[1]) ?? [];
    expect(span(first.points.map((p) => p[0])) / span(first.points.map((p) => p[1]))).toBeCloseTo(span(padXs) / span(padYs), 6);
    const [unsigned] = layout({ kind: '测试', title: '标题', blocks: [signer(null)] });
    expect(unsigned?.ops.filter((o) => o.op === 'polyline')).toEqual([]);
    expect(unsigned?.ops.some((o) => o.op === 'line' && o.y1 === o.y2 && o.x1 > label.x && o.y1 > label.y)).toBe(true);
  });

  it('puts the QR at the top right of the first page and the stamp at the top left', () => {
    const rows = Array.from({ length: 25 }, (_, r) => Array.from({ length: 25 }, (_, c) => (r + c) % 3 === 0));
    const doc: PrintDocument = { kind: '测试', title: '标题', stamp: '样表', qr: { rows, caption: '扫码' }, blocks: [{ kind: 'paragraph', text: '正文'.repeat(2000) }] };
    const pages = layout(doc);
    expect(pages.length).toBeGreaterThan(1);
    const [first, second] = pages;
    if (first === undefined || second === undefined) throw new Error('missing');
    const dark = (p: LaidOutPage) => p.ops.filter((o) => o.op === 'fill' && o.gray === 0);
    expect(dark(second)).toEqual([]);
    const modules = dark(first);
    const darkCount = rows.flat().filter(Boolean).length;
    const area = modules.reduce((a, o) => a + (o.op === 'fill' ? o.width * o.height : 0), 0);
    const side = Math.max(...modules.map((o) => (o.op === 'fill' ? o.x + o.width : 0))) - Math.min(...modules.map((o) => (o.op === 'fill' ? o.x : Infinity)));
    expect(area).toBeCloseTo((darkCount * side * side) / (25 * 25), 6);
    expect(Math.max(...modules.map((o) => (o.op === 'fill' ? o.x + o.width : 0)))).toBeCloseTo(s.width - s.marginRight, 6);
    expect(Math.min(...modules.map((o) => (o.op === 'fill' ? o.y : Infinity)))).toBeCloseTo(s.contentTop, 6);
    const stamp = textsOf(first).find((t) => t.text === '样表');
    expect(stamp?.x).toBeLessThan(s.marginLeft + 20);
    expect(first.ops.some((o) => o.op === 'rect' && o.x === s.marginLeft && o.y === s.contentTop)).toBe(true);
    // The body starts below the QR and its caption.
    const body = textsOf(first).find((t) => t.text.startsWith('正文'));
    expect((body?.y ?? 0) - s.bodySize).toBeGreaterThan(s.contentTop + side);
  });
});
