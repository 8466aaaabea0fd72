// The small interface between the layout and a PDF writer: measure text with the embedded font,
// add pages, draw text/lines/fills/outlines/polylines with coordinates from the top-left, save. pdf-lib-surface.ts
// implements it over pdf-lib + fontkit; tests may implement it over anything.
import type { DrawOp, FontWeight, LaidOutPage, TextMeasure } from './types.ts';

export interface PdfInfo {
  readonly title: string;
  readonly subject: string;
  readonly creator: string;
  readonly createdAt: Date;
}

export interface PdfSurface extends TextMeasure {
  /** Starts a page (sizes in points); what follows is drawn on it. */
  addPage(width: number, height: number): void;
  /** `y` is the baseline, measured from the top of the page. */
  drawText(text: string, x: number, y: number, size: number, weight: FontWeight): void;
  drawLine(x1: number, y1: number, x2: number, y2: number, thickness: number): void;
  /** `y` is the top edge. Grey 0 (black) .. 1 (white). */
  fillRect(x: number, y: number, width: number, height: number, gray: number): void;
  /** The outline of a rectangle in black; `y` is the top edge. */
  strokeRect(x: number, y: number, width: number, height: number, thickness: number): void;
  /** Connected segments in black, round joins and caps. */
  drawPolyline(points: readonly (readonly [number, number])[], thickness: number): void;
  save(info: PdfInfo): Promise<Uint8Array>;
}

function replay(surface: PdfSurface, op: DrawOp): void {
  switch (op.op) {
    case 'text':
      surface.drawText(op.text, op.x, op.y, op.size, op.weight);
      return;
    case 'line':
      surface.drawLine(op.x1, op.y1, op.x2, op.y2, op.thickness);
      return;
    case 'fill':
      surface.fillRect(op.x, op.y, op.width, op.height, op.gray);
      return;
    case 'rect':
      surface.strokeRect(op.x, op.y, op.width, op.height, op.thickness);
      return;
    case 'polyline':
      surface.drawPolyline(op.points, op.thickness);
      return;
  }
}

/** Draws laid-out pages on a surface and saves the PDF. */
export async function writePages(surface: PdfSurface, pages: readonly LaidOutPage[], info: PdfInfo): Promise<Uint8Array> {
  for (const page of pages) {
    surface.addPage(page.width, page.height);
    for (const op of page.ops) replay(surface, op);
  }
  return surface.save(info);
}
