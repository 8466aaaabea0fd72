// Lays a PrintDocument out on A4 pages: pure, given a TextMeasure (the real font's widths in
// production, a fixed-width stand-in in tests). The result is a list of positioned draw operations
// per page that any PDF writer can replay (pdf-surface.ts).
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { a4Portrait, baselineIn, MM, type PageStyle } from './page-style.ts';
import { maskIdNumbersIn } from '../../domain/id-number.ts';
import { wrapText } from './text-wrap.ts';
import { qrOps, strokesInBox, tickBox } from './marks.ts';
import type { Block, DrawOp, FontWeight, GridRow, LaidOutPage, PageFrame, PrintDocument, Signer, TextMeasure } from './types.ts';

interface RowSpec {
  /** Wrapped lines per cell. */
  readonly cells: readonly (readonly string[])[];
  readonly widths: readonly number[];
  readonly weight: FontWeight | ((column: number) => FontWeight);
  readonly shaded: (column: number) => boolean;
  readonly minLines: number;
  /** Cells whose text is centred vertically when the row is drawn whole (a form's labels). */
  readonly middle?: (column: number) => boolean;
}

/** Tick boxes: drawn, not set in the font (Noto Sans CJK has no ☐/☑); each takes one em. */
const BOX_EMPTY = '☐';
const BOX_TICKED = '☑';
const BOXES = /[☐☑]/;

class Composer {
  readonly pages: DrawOp[][] = [];
  private current: DrawOp[] = [];
  y = 0;
  /** Called after a page break inside a table (repeats its header row). */
  onPageBreak: (() => void) | null = null;

  readonly style: PageStyle;
  private readonly measure: TextMeasure;
  /** Mask ID numbers in every text run (all documents but an applicant's own form). */
  private readonly mask: boolean;

  constructor(style: PageStyle, measure: TextMeasure, mask = true) {
    this.style = style;
    this.measure = measure;
    this.mask = mask;
    this.newPage();
  }

  private masked(text: string): string {
    return this.mask ? maskIdNumbersIn(text) : text;
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
    if (!BOXES.test(text)) return this.measure.width(text, size, weight);
    const rest = text.replace(/[☐☑]/g, '');
    return (text.length - rest.length) * size + (rest === '' ? 0 : this.measure.width(rest, size, weight));
  }

  wrap(text: string, width: number, size: number, weight: FontWeight): string[] {
    const w = Math.max(width, size);
    const measure = (s: string) => this.width(s, size, weight);
    const masked = this.masked(text);
    if (!BOXES.test(masked)) return wrapText(masked, w, measure);
    // Options with tick boxes: an option (its box and its label) moves to the next line whole when
    // it fits there; one wider than the line is wrapped as text.
    return masked.split('\n').flatMap((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const option of paragraph.split(/(?=[☐☑])/)) {
        if (line !== '' && measure((line + option).trimEnd()) > w) {
          lines.push(line.trimEnd());
          line = '';
        }
        line += option;
      }
      lines.push(line.trimEnd());
      return lines.flatMap((l) => (measure(l) > w ? wrapText(l, w, measure) : [l]));
    });
  }

  /** A text run; tick boxes in it become drawn boxes (and a tick). */
  text(page: DrawOp[], text: string, x: number, y: number, size: number, weight: FontWeight): void {
    if (text.trim() === '') return;
    const run = this.masked(text);
    if (!BOXES.test(run)) {
      page.push({ op: 'text', text: run, x, y, size, weight });
      return;
    }
    let at = x;
    for (const piece of run.split(/([☐☑])/)) {
      if (piece === BOX_EMPTY || piece === BOX_TICKED) {
        tickBox(page, at, y, size, piece === BOX_TICKED, this.style.ruleThickness);
        at += size;
      } else if (piece !== '') {
        if (piece.trim() !== '') page.push({ op: 'text', text: piece.trimEnd(), x: at, y, size, weight });
        at += this.measure.width(piece, size, weight);
      }
    }
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
    const whole = from === 0 && to >= Math.max(...row.cells.map((c) => c.length));
    row.widths.forEach((w, col) => {
      if (row.shaded(col)) this.draw({ op: 'fill', x, y: top, width: w, height, gray: shade });
      const lines = row.cells[col] ?? [];
      const weight = typeof row.weight === 'function' ? row.weight(col) : row.weight;
      const drop = whole && row.middle?.(col) === true ? ((to - from - lines.length) * lh) / 2 : 0;
      for (let i = from; i < to && i < lines.length; i++) {
        const baseline = baselineIn(top + cellPadY + drop + (i - from) * lh, bodySize, lh);
        this.draw({ op: 'text', text: lines[i] ?? '', x: x + cellPadX, y: baseline, size: bodySize, weight });
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
    case 'grid':
      return c.rowHeight(Math.max(1, ...(block.rows[0]?.cells.map((x) => x.minLines ?? 1) ?? [1])));
    case 'checklist':
      return c.lineHeight(c.style.bodySize);
    case 'signatures':
      return signerHeight(c);
  }
}

/** Height of one signer's line: room for a signature. */
function signerHeight(c: Composer): number {
  return c.style.bodySize * 4.2;
}

/** Side of the QR symbol at the top right (22 mm: read by a phone or a window's scanner at arm's length). */
const QR_SIZE = 22 * MM;
const STAMP_SIZE = 14;

/**
 * The title block: the title centred, the subtitle under it; a QR at the top right and a stamp
 * (空白表, 样表) at the top left reserve the same width on both sides so the title stays centred.
 */
function layTitle(c: Composer, doc: PrintDocument): void {
  const { titleSize, smallSize, bodySize, ruleThickness } = c.style;
  const top = c.y;
  const stampWidth = doc.stamp ? c.width(doc.stamp, STAMP_SIZE, 'bold') + STAMP_SIZE : 0;
  const side = doc.qr || doc.stamp ? Math.max(doc.qr ? QR_SIZE : 0, stampWidth) + 8 : 0;
  const width = c.contentWidth - 2 * side;
  const lines = c.wrap(doc.title, width, titleSize, 'bold');
  const lh = titleSize * 1.35;
  for (const line of lines) {
    const x = c.left + (c.contentWidth - c.width(line, titleSize, 'bold')) / 2;
    c.draw({ op: 'text', text: line, x, y: baselineIn(c.y, titleSize, lh), size: titleSize, weight: 'bold' });
    c.y += lh;
  }
  if (doc.subtitle !== undefined && doc.subtitle !== '') {
    const slh = c.lineHeight(smallSize);
    for (const line of c.wrap(doc.subtitle, width, smallSize, 'regular')) {
      const x = c.left + (c.contentWidth - c.width(line, smallSize, 'regular')) / 2;
      c.draw({ op: 'text', text: line, x, y: baselineIn(c.y, smallSize, slh), size: smallSize, weight: 'regular' });
      c.y += slh;
    }
  }
  let bottom = c.y;
  if (doc.stamp) {
    const h = STAMP_SIZE * 1.6;
    c.draw({ op: 'rect', x: c.left, y: top, width: stampWidth, height: h, thickness: ruleThickness * 2.5 });
    c.draw({ op: 'text', text: doc.stamp, x: c.left + STAMP_SIZE / 2, y: baselineIn(top, STAMP_SIZE, h), size: STAMP_SIZE, weight: 'bold' });
    bottom = Math.max(bottom, top + h);
  }
  if (doc.qr) {
    const x = c.left + c.contentWidth - QR_SIZE;
    for (const op of qrOps(doc.qr, x, top, QR_SIZE)) c.draw(op);
    bottom = Math.max(bottom, top + QR_SIZE);
    if (doc.qr.caption) {
      const size = c.style.frameSize - 1;
      const slh = size * 1.3;
      let y = top + QR_SIZE + 2;
      for (const line of c.wrap(doc.qr.caption, QR_SIZE + 8, size, 'regular')) {
        c.draw({ op: 'text', text: line, x: x + (QR_SIZE - c.width(line, size, 'regular')) / 2, y: baselineIn(y, size, slh), size, weight: 'regular' });
        y += slh;
      }
      bottom = Math.max(bottom, y);
    }
  }
  c.y = bottom + bodySize * 0.8;
}

function layGrid(c: Composer, columns: readonly number[], rows: readonly GridRow[]): void {
  const { bodySize, cellPadX } = c.style;
  const unit = columnWidths(c.contentWidth, columns);
  const specs = rows.map((r): RowSpec => {
    let col = 0;
    const widths = r.cells.map((cell, k) => {
      const span = Math.max(1, Math.floor(cell.span ?? 1));
      // The last cell runs to the right edge, whatever its span says.
      const end = k === r.cells.length - 1 ? unit.length : Math.min(unit.length, col + span);
      const w = unit.slice(col, end).reduce((a, b) => a + b, 0);
      col = end;
      return w;
    });
    const weightOf = (k: number): FontWeight => (r.cells[k]?.bold ? 'bold' : 'regular');
    return {
      cells: r.cells.map((cell, k) => c.wrap(cell.text, (widths[k] ?? 0) - 2 * cellPadX, bodySize, weightOf(k))),
      widths,
      weight: weightOf,
      shaded: (k) => r.cells[k]?.shaded === true,
      middle: (k) => r.cells[k]?.shaded === true,
      minLines: Math.max(1, ...r.cells.map((cell) => cell.minLines ?? 1)),
    };
  });
  const height = (spec: RowSpec) => c.rowHeight(Math.max(spec.minLines, ...spec.cells.map((x) => x.length)));
  specs.forEach((spec, i) => {
    const next = specs[i + 1];
    if (rows[i]?.keepWithNext && next !== undefined) c.ensure(height(spec) + Math.min(height(next), c.rowHeight(2)));
    c.row(spec);
  });
  c.y += bodySize * 0.8;
}

function layChecklist(c: Composer, items: readonly { text: string; checked: boolean }[]): void {
  const { bodySize } = c.style;
  const lh = c.lineHeight(bodySize);
  const indent = bodySize * 1.6;
  for (const item of items) {
    c.wrap(item.text, c.contentWidth - indent, bodySize, 'regular').forEach((line, i) => {
      c.ensure(lh);
      const baseline = baselineIn(c.y, bodySize, lh);
      if (i === 0) c.draw({ op: 'text', text: item.checked ? BOX_TICKED : BOX_EMPTY, x: c.left, y: baseline, size: bodySize, weight: 'regular' });
      c.draw({ op: 'text', text: line, x: c.left + indent, y: baseline, size: bodySize, weight: 'regular' });
      c.y += lh;
    });
  }
  c.y += bodySize * 0.8;
}

/** Year, month and day with room to write them by hand when not given. */
function dateText(date: Signer['date']): string {
  return date === null ? '日期：　　　　年　　月　　日' : `日期：${date.year} 年 ${date.month} 月 ${date.day} 日`;
}

function laySignatures(c: Composer, declaration: string | undefined, signers: readonly Signer[]): void {
  const { bodySize } = c.style;
  const lh = c.lineHeight(bodySize);
  if (declaration !== undefined && declaration !== '') {
    const lines = c.wrap(declaration, c.contentWidth, bodySize, 'bold');
    c.ensure(lines.length * lh + signerHeight(c));
    for (const line of lines) {
      c.ensure(lh);
      c.draw({ op: 'text', text: line, x: c.left, y: baselineIn(c.y, bodySize, lh), size: bodySize, weight: 'bold' });
      c.y += lh;
    }
  }
  const boxWidth = 58 * MM;
  for (const signer of signers) {
    const height = signerHeight(c);
    c.ensure(height);
    const top = c.y;
    const baseline = top + height - bodySize * 0.6;
    const label = `${signer.label}：`;
    const labelWidth = c.width(label, bodySize, 'regular');
    c.draw({ op: 'text', text: label, x: c.left, y: baseline, size: bodySize, weight: 'regular' });
    const boxX = c.left + labelWidth + 4;
    const date = dateText(signer.date);
    const dateX = c.left + c.contentWidth - c.width(date, bodySize, 'regular');
    const w = Math.max(bodySize * 4, Math.min(boxWidth, dateX - boxX - bodySize));
    // The line to sign on, and the strokes drawn on the pad above it as if signed there.
    c.hline(boxX, boxX + w, baseline + 2);
    if (signer.strokes !== null) for (const op of strokesInBox(signer.strokes, boxX, top + bodySize * 0.6, w, baseline - top - bodySize * 0.6, 1.1)) c.draw(op);
    c.draw({ op: 'text', text: date, x: dateX, y: baseline, size: bodySize, weight: 'regular' });
    c.y = top + height;
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
    case 'grid':
      layGrid(c, block.columns, block.rows);
      return;
    case 'checklist':
      layChecklist(c, block.items);
      return;
    case 'signatures':
      laySignatures(c, block.declaration, block.signers);
      return;
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
  // The document's reference (an application's 申请编号) beside its kind on every page, so loose
  // pages can be put back together at the window.
  const kind = doc.reference ? `${doc.kind}  ${doc.reference}` : doc.kind;
  c.pages.forEach((page, i) => {
    const kindWidth = c.width(kind, s.frameSize, 'regular');
    const hallSize = fitSize(c, frame.hallName, c.contentWidth - kindWidth - 4 * s.frameSize, s.frameSize);
    c.text(page, frame.hallName, left, s.headerBaseline, hallSize, 'regular');
    c.text(page, kind, right - kindWidth, s.headerBaseline, s.frameSize, 'regular');
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
 * kind) and a footer (page N of M, print time). Every text run is masked for ID numbers unless
 * the document says `idNumbers: 'full'` (an applicant's own form).
 * Refused (`document.invalid`) past `style.maxPages` pages.
 */
export function layoutDocument(
  doc: PrintDocument,
  frame: PageFrame,
  measure: TextMeasure,
  style: PageStyle = a4Portrait,
): Result<LaidOutPage[]> {
  const c = new Composer(style, measure, doc.idNumbers !== 'full');
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
