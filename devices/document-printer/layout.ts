// Lays a PrintDocument out on A4 pages: pure, given a TextMeasure (the real font's widths in
// production, a fixed-width stand-in in tests). The result is a list of positioned draw operations
// per page that any PDF writer can replay (pdf-surface.ts).
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { a4Portrait, baselineIn, type PageStyle } from './page-style.ts';
import { maskIdNumbersIn } from '../../domain/id-number.ts';
import { wrapText } from './text-wrap.ts';
import type { Block, DrawOp, FontWeight, LaidOutPage, PageFrame, PrintDocument, TextMeasure } from './types.ts';

interface RowSpec {
  /** Wrapped lines per cell. */
  readonly cells: readonly (readonly string[])[];
  readonly widths: readonly number[];
  readonly weight: FontWeight;
  readonly shaded: (column: number) => boolean;
  readonly minLines: number;
}

class Composer {
  readonly pages: DrawOp[][] = [];
  private current: DrawOp[] = [];
  y = 0;
  /** Called after a page break inside a table (repeats its header row). */
  onPageBreak: (() => void) | null = null;

  readonly style: PageStyle;
  private readonly measure: TextMeasure;

  constructor(style: PageStyle, measure: TextMeasure) {
    this.style = style;
    this.measure = measure;
    this.newPage();
  }

  get left(): number {
    return this.style.marginLeft;
  }

  get contentWidth(): number {
    return this.style.width - this.style.marginLeft - this.style.marginRight;
  }

  get atTop(): boolean {
    return this.y <= this.style.contentTop;
  }

  room(): number {
    return this.style.contentBottom - this.y;
  }

  newPage(): void {
    this.current = [];
    this.pages.push(this.current);
    this.y = this.style.contentTop;
    this.onPageBreak?.();
  }

  /** Breaks the page unless `height` fits below the cursor (or the cursor is already at the top). */
  ensure(height: number): void {
    if (height > this.room() && !this.atTop) this.newPage();
  }

  lineHeight(size: number): number {
    return size * this.style.leading;
  }

  width(text: string, size: number, weight: FontWeight): number {
    return this.measure.width(text, size, weight);
  }

  wrap(text: string, width: number, size: number, weight: FontWeight): string[] {
    return wrapText(maskIdNumbersIn(text), Math.max(width, size), (s) => this.measure.width(s, size, weight));
  }

  text(page: DrawOp[], text: string, x: number, y: number, size: number, weight: FontWeight): void {
    if (text.trim() !== '') page.push({ op: 'text', text: maskIdNumbersIn(text), x, y, size, weight });
  }

  draw(op: DrawOp): void {
    if (op.op === 'text') this.text(this.current, op.text, op.x, op.y, op.size, op.weight);
    else this.current.push(op);
  }

  hline(x1: number, x2: number, y: number): void {
    this.draw({ op: 'line', x1, y1: y, x2, y2: y, thickness: this.style.ruleThickness });
  }

  vline(x: number, y1: number, y2: number): void {
    this.draw({ op: 'line', x1: x, y1, x2: x, y2, thickness: this.style.ruleThickness });
  }

  rowHeight(lines: number): number {
    return lines * this.lineHeight(this.style.bodySize) + 2 * this.style.cellPadY;
  }

  /** Draws lines [from, to) of a row at the cursor, with its borders and shading. */
  private rowSlice(row: RowSpec, from: number, to: number): void {
    const { bodySize, cellPadX, cellPadY, shade } = this.style;
    const lh = this.lineHeight(bodySize);
    const top = this.y;
    const height = (to - from) * lh + 2 * cellPadY;
    let x = this.left;
    row.widths.forEach((w, col) => {
      if (row.shaded(col)) this.draw({ op: 'fill', x, y: top, width: w, height, gray: shade });
      const lines = row.cells[col] ?? [];
      for (let i = from; i < to && i < lines.length; i++) {
        const baseline = baselineIn(top + cellPadY + (i - from) * lh, bodySize, lh);
        this.draw({ op: 'text', text: lines[i] ?? '', x: x + cellPadX, y: baseline, size: bodySize, weight: row.weight });
      }
      x += w;
    });
    const right = x;
    this.hline(this.left, right, top);
    this.hline(this.left, right, top + height);
    let edge = this.left;
    this.vline(edge, top, top + height);
    for (const w of row.widths) {
      edge += w;
      this.vline(edge, top, top + height);
    }
    this.y = top + height;
  }

  /** A table row; moved whole to the next page when it fits there, else split between lines. */
  row(row: RowSpec): void {
    const lh = this.lineHeight(this.style.bodySize);
    const total = Math.max(row.minLines, ...row.cells.map((c) => c.length), 1);
    const pageRoom = () => this.style.contentBottom - this.style.contentTop - this.headerReserve();
    if (this.rowHeight(total) > this.room() && this.rowHeight(total) <= pageRoom()) this.newPage();
    let from = 0;
    while (from < total) {
      let fit = Math.floor((this.room() - 2 * this.style.cellPadY) / lh + 1e-9);
      if (fit < 1) {
        this.newPage();
        fit = Math.max(1, Math.floor((this.room() - 2 * this.style.cellPadY) / lh + 1e-9));
      }
      const to = Math.min(total, from + fit);
      this.rowSlice(row, from, to);
      from = to;
    }
  }

  /** Height a repeated table header takes at the top of a page (0 outside tables). */
  headerReserve(): number {
    return this.onPageBreak === null ? 0 : this.rowHeight(1);
  }
}

function columnWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + Math.max(w, 0), 0) || 1;
  return weights.map((w) => (total * Math.max(w, 0)) / sum);
}

/** Height the first piece of a block needs: a heading is kept with it. */
function leadHeight(c: Composer, block: Block | undefined): number {
  if (block === undefined) return 0;
  switch (block.kind) {
    case 'heading':
      return c.lineHeight(c.style.headingSize);
    case 'paragraph':
      return c.lineHeight(block.small ? c.style.smallSize : c.style.bodySize);
    case 'fields':
      return c.rowHeight(1);
    case 'table':
      return 2 * c.rowHeight(1);
    case 'signature':
      return c.lineHeight(c.style.bodySize) * 2;
  }
}

function layTitle(c: Composer, doc: PrintDocument): void {
  const { titleSize, smallSize, bodySize } = c.style;
  const lines = c.wrap(doc.title, c.contentWidth, titleSize, 'bold');
  const lh = titleSize * 1.35;
  for (const line of lines) {
    const x = c.left + (c.contentWidth - c.width(line, titleSize, 'bold')) / 2;
    c.draw({ op: 'text', text: line, x, y: baselineIn(c.y, titleSize, lh), size: titleSize, weight: 'bold' });
    c.y += lh;
  }
  if (doc.subtitle !== undefined && doc.subtitle !== '') {
    const slh = c.lineHeight(smallSize);
    for (const line of c.wrap(doc.subtitle, c.contentWidth, smallSize, 'regular')) {
      const x = c.left + (c.contentWidth - c.width(line, smallSize, 'regular')) / 2;
      c.draw({ op: 'text', text: line, x, y: baselineIn(c.y, smallSize, slh), size: smallSize, weight: 'regular' });
      c.y += slh;
    }
  }
  c.y += bodySize * 0.8;
}

function layBlock(c: Composer, block: Block, next: Block | undefined): void {
  const { bodySize, smallSize, headingSize, cellPadX } = c.style;
  switch (block.kind) {
    case 'heading': {
      const lh = c.lineHeight(headingSize);
      const gap = c.atTop ? 0 : headingSize * 0.6;
      const after = 2;
      c.ensure(gap + lh + after + leadHeight(c, next));
      if (!c.atTop) c.y += gap;
      for (const line of c.wrap(block.text, c.contentWidth, headingSize, 'bold')) {
        c.ensure(lh);
        c.draw({ op: 'text', text: line, x: c.left, y: baselineIn(c.y, headingSize, lh), size: headingSize, weight: 'bold' });
        c.y += lh;
      }
      c.y += after;
      return;
    }
    case 'paragraph': {
      const size = block.small ? smallSize : bodySize;
      const lh = c.lineHeight(size);
      for (const line of c.wrap(block.text, c.contentWidth, size, 'regular')) {
        c.ensure(lh);
        c.draw({ op: 'text', text: line, x: c.left, y: baselineIn(c.y, size, lh), size, weight: 'regular' });
        c.y += lh;
      }
      c.y += size * 0.4;
      return;
    }
    case 'fields': {
      const widest = Math.max(0, ...block.rows.map((r) => c.width(r.label, bodySize, 'regular')));
      const labelWidth = Math.min(Math.max(widest + 2 * cellPadX, c.contentWidth * 0.2), c.contentWidth * 0.4);
      const valueWidth = c.contentWidth - labelWidth;
      const widths = [labelWidth, valueWidth];
      for (const r of block.rows) {
        c.row({
          cells: [c.wrap(r.label, labelWidth - 2 * cellPadX, bodySize, 'regular'), c.wrap(r.value, valueWidth - 2 * cellPadX, bodySize, 'regular')],
          widths,
          weight: 'regular',
          shaded: (col) => col === 0,
          minLines: r.minLines ?? 1,
        });
      }
      c.y += bodySize * 0.8;
      return;
    }
    case 'table': {
      const widths = columnWidths(c.contentWidth, block.columns.map((col) => col.weight));
      const cells = (texts: readonly string[], weight: FontWeight) =>
        widths.map((w, i) => c.wrap(texts[i] ?? '', w - 2 * cellPadX, bodySize, weight));
      const header = cells(block.columns.map((col) => col.title), 'bold');
      const drawHeader = () => c.row({ cells: header, widths, weight: 'bold', shaded: () => true, minLines: 1 });
      c.ensure(c.rowHeight(Math.max(...header.map((h) => h.length))) + c.rowHeight(1));
      drawHeader();
      c.onPageBreak = drawHeader;
      for (const r of block.rows) c.row({ cells: cells(r, 'regular'), widths, weight: 'regular', shaded: () => false, minLines: 1 });
      c.onPageBreak = null;
      c.y += bodySize * 0.8;
      return;
    }
    case 'signature': {
      const lh = c.lineHeight(bodySize);
      for (const label of block.labels) {
        c.ensure(lh * 2);
        c.y += lh;
        c.draw({ op: 'text', text: label, x: c.left, y: baselineIn(c.y, bodySize, lh), size: bodySize, weight: 'regular' });
        c.y += lh;
      }
      return;
    }
  }
}

/** Largest size (down to 6 pt) at which a text fits a width. */
function fitSize(c: Composer, text: string, width: number, size: number): number {
  const w = c.width(text, size, 'regular');
  return w <= width ? size : Math.max(6, (size * width) / w);
}

function layFrame(c: Composer, doc: PrintDocument, frame: PageFrame): void {
  const s = c.style;
  const left = s.marginLeft;
  const right = s.width - s.marginRight;
  const total = c.pages.length;
  c.pages.forEach((page, i) => {
    const kindWidth = c.width(doc.kind, s.frameSize, 'regular');
    const hallSize = fitSize(c, frame.hallName, c.contentWidth - kindWidth - 4 * s.frameSize, s.frameSize);
    c.text(page, frame.hallName, left, s.headerBaseline, hallSize, 'regular');
    c.text(page, doc.kind, right - kindWidth, s.headerBaseline, s.frameSize, 'regular');
    page.push({ op: 'line', x1: left, y1: s.headerRule, x2: right, y2: s.headerRule, thickness: s.ruleThickness });
    page.push({ op: 'line', x1: left, y1: s.footerRule, x2: right, y2: s.footerRule, thickness: s.ruleThickness });
    const number = `第 ${i + 1} 页 / 共 ${total} 页`;
    c.text(page, number, left + (c.contentWidth - c.width(number, s.frameSize, 'regular')) / 2, s.footerBaseline, s.frameSize, 'regular');
    const printed = `打印时间：${frame.printedAt}`;
    c.text(page, printed, right - c.width(printed, s.frameSize, 'regular'), s.footerBaseline, s.frameSize, 'regular');
  });
}

/**
 * Lays a document out on pages: title, blocks, then on every page a header (hall name, document
 * kind) and a footer (page N of M, print time). Every text run is masked for ID numbers.
 * Refused (`document.invalid`) past `style.maxPages` pages.
 */
export function layoutDocument(
  doc: PrintDocument,
  frame: PageFrame,
  measure: TextMeasure,
  style: PageStyle = a4Portrait,
): Result<LaidOutPage[]> {
  const c = new Composer(style, measure);
  layTitle(c, doc);
  doc.blocks.forEach((block, i) => {
    if (c.pages.length <= style.maxPages) layBlock(c, block, doc.blocks[i + 1]);
  });
  if (c.pages.length > style.maxPages) {
    return err(kioskError('document.invalid', `document "${doc.kind}" runs over ${style.maxPages} pages`, { maxPages: style.maxPages }));
  }
  layFrame(c, doc, frame);
  return ok(c.pages.map((ops) => ({ width: style.width, height: style.height, ops })));
}
