// PdfSurface over pdf-lib, with CJK fonts embedded as subsets through fontkit 2 (fontkit-adapter.ts).
// pdf-lib and fontkit are passed in (pdf-engine.ts imports them when the first document is printed,
// not when the terminal starts); only pdf-lib's types are imported here.
import type * as PdfLib from 'pdf-lib';
import { fontkitForPdfLib, type FontkitModule } from './fontkit-adapter.ts';
import type { PdfInfo, PdfSurface } from './pdf-surface.ts';
import type { FontWeight } from './types.ts';

/** The members of pdf-lib this surface uses. */
export type PdfLibModule = Pick<typeof PdfLib, 'PDFDocument' | 'grayscale'>;

export interface PdfEngine {
  readonly pdfLib: PdfLibModule;
  readonly fontkit: FontkitModule;
}

/** Font bytes and, for a collection, the face to use. */
export interface FontFace {
  /** For messages: a path or a package name. */
  readonly source: string;
  readonly bytes: Uint8Array;
  /** PostScript name of the face inside a .ttc; absent for a single font file. */
  readonly postscriptName?: string;
}

export interface DocumentFonts {
  readonly regular: FontFace;
  /** Absent: bold text is set in the regular face. */
  readonly bold?: FontFace;
}

class PdfLibSurface implements PdfSurface {
  private page: PdfLib.PDFPage | null = null;
  private pageHeight = 0;

  private readonly engine: PdfEngine;
  private readonly doc: PdfLib.PDFDocument;
  private readonly fonts: Readonly<Record<FontWeight, PdfLib.PDFFont>>;

  constructor(engine: PdfEngine, doc: PdfLib.PDFDocument, fonts: Readonly<Record<FontWeight, PdfLib.PDFFont>>) {
    this.engine = engine;
    this.doc = doc;
    this.fonts = fonts;
  }

  width(text: string, size: number, weight: FontWeight): number {
    return text === '' ? 0 : this.fonts[weight].widthOfTextAtSize(text, size);
  }

  addPage(width: number, height: number): void {
    this.page = this.doc.addPage([width, height]);
    this.pageHeight = height;
  }

  private current(): PdfLib.PDFPage {
    if (this.page === null) throw new Error('draw before addPage');
    return this.page;
  }

  drawText(text: string, x: number, y: number, size: number, weight: FontWeight): void {
    const color = this.engine.pdfLib.grayscale(0);
    this.current().drawText(text, { x, y: this.pageHeight - y, size, font: this.fonts[weight], color });
  }

  drawLine(x1: number, y1: number, x2: number, y2: number, thickness: number): void {
    const color = this.engine.pdfLib.grayscale(0);
    this.current().drawLine({ start: { x: x1, y: this.pageHeight - y1 }, end: { x: x2, y: this.pageHeight - y2 }, thickness, color });
  }

  fillRect(x: number, y: number, width: number, height: number, gray: number): void {
    const color = this.engine.pdfLib.grayscale(gray);
    this.current().drawRectangle({ x, y: this.pageHeight - y - height, width, height, color, borderWidth: 0 });
  }

  async save(info: PdfInfo): Promise<Uint8Array> {
    this.doc.setTitle(info.title, { showInWindowTitleBar: true });
    this.doc.setSubject(info.subject);
    this.doc.setCreator(info.creator);
    this.doc.setProducer(info.creator);
    this.doc.setLanguage('zh-CN');
    this.doc.setCreationDate(info.createdAt);
    this.doc.setModificationDate(info.createdAt);
    // Plain cross-reference tables: what older print filters (and pdftotext) read most reliably.
    return this.doc.save({ useObjectStreams: false });
  }
}

/** A new PDF document with the fonts embedded (as subsets: only the glyphs drawn are stored). */
export async function createPdfLibSurface(engine: PdfEngine, fonts: DocumentFonts): Promise<PdfSurface> {
  const doc = await engine.pdfLib.PDFDocument.create();
  // embedFont reads the registered fontkit when it is called: one adapter per face, so each picks
  // its own face out of its collection.
  const embed = (face: FontFace) => {
    doc.registerFontkit(fontkitForPdfLib(engine.fontkit, face.postscriptName === undefined ? [] : [face.postscriptName]));
    return doc.embedFont(face.bytes, { subset: true });
  };
  const regular = await embed(fonts.regular);
  const bold = fonts.bold === undefined ? regular : await embed(fonts.bold);
  return new PdfLibSurface(engine, doc, { regular, bold });
}
