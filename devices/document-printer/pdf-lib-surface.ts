// PdfSurface over pdf-lib, with CJK fonts embedded as subsets through fontkit 2 (fontkit-adapter.ts).
// pdf-lib and fontkit are passed in (pdf-engine.ts imports them when the first document is printed,
// not when the terminal starts); only pdf-lib's types are imported here.
import type * as PdfLib from 'pdf-lib';
import { fontkitForPdfLib, type FontkitModule } from './fontkit-adapter.ts';
import type { PdfInfo, PdfSurface } from './pdf-surface.ts';
import type { FontWeight } from './types.ts';

/** The members of pdf-lib this surface uses. */
export type PdfLibModule = Pick<
  typeof PdfLib,
  'PDFDocument' | 'grayscale' | 'pushGraphicsState' | 'popGraphicsState' | 'setTextRenderingMode' | 'setLineWidth' | 'setStrokingGrayscaleColor'
>;

/**
 * How bold text is set. embedded: the bold face is a second font subset (with Noto Sans CJK about
 * 65 KB more per PDF: its subsets keep an empty entry for every one of the font's subroutines);
 * synthetic: the regular face drawn filled and outlined (text render mode 2), as word processors do
 * for a face without bold.
 */
export type BoldMode = 'embedded' | 'synthetic';

/** Outline width of synthetic bold, as a share of the type size. */
const SYNTHETIC_BOLD_STROKE = 0.03;
/** PDF text render modes (pdf-lib's TextRenderingMode enum lives in the module imported at the first print). */
const FILL = 0 as PdfLib.TextRenderingMode;
const FILL_AND_OUTLINE = 2 as PdfLib.TextRenderingMode;

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

/** pdf-lib's LineCapStyle.Round (an enum of the module, which is imported only at the first print). */
const ROUND_CAP = 1 as PdfLib.LineCapStyle;

/** Coordinates to 0.01 pt: a signature's hundreds of points stay short in the content stream. */
const round = (v: number): string => String(Math.round(v * 100) / 100);

class PdfLibSurface implements PdfSurface {
  private page: PdfLib.PDFPage | null = null;
  private pageHeight = 0;

  private readonly engine: PdfEngine;
  private readonly doc: PdfLib.PDFDocument;
  private readonly fonts: Readonly<Record<FontWeight, PdfLib.PDFFont>>;
  private readonly syntheticBold: boolean;
  /** Advance widths at 1000 units per em, per character, of the face each weight is set in. */
  private readonly advances: Readonly<Record<FontWeight, Map<string, number>>>;

  constructor(
    engine: PdfEngine,
    doc: PdfLib.PDFDocument,
    fonts: Readonly<Record<FontWeight, PdfLib.PDFFont>>,
    syntheticBold: boolean,
    advances: Readonly<Record<FontWeight, Map<string, number>>>,
  ) {
    this.engine = engine;
    this.doc = doc;
    this.fonts = fonts;
    this.syntheticBold = syntheticBold;
    this.advances = advances;
  }


  /**
   * The sum of each character's advance: what the PDF draws (pdf-lib writes glyph ids, and the
   * reader advances by each glyph's width, no kerning). Cached per character: pdf-lib lays out the
   * whole string with fontkit on every call, and line breaking measures thousands of pieces (it
   * took 85 ms of a 2-page form; with the cache about 5).
   */
  width(text: string, size: number, weight: FontWeight): number {
    const cache = this.advances[weight];
    let em = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) {
        w = this.fonts[weight].widthOfTextAtSize(ch, 1000);
        cache.set(ch, w);
      }
      em += w;
    }
    return (em * size) / 1000;
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
    const lib = this.engine.pdfLib;
    const page = this.current();
    const color = lib.grayscale(0);
    if (weight !== 'bold' || !this.syntheticBold) {
      page.drawText(text, { x, y: this.pageHeight - y, size, font: this.fonts[weight], color });
      return;
    }
    // The render mode is part of the graphics state: Q puts it back for the text that follows.
    page.pushOperators(lib.pushGraphicsState(), lib.setTextRenderingMode(FILL_AND_OUTLINE), lib.setLineWidth(size * SYNTHETIC_BOLD_STROKE), lib.setStrokingGrayscaleColor(0));
    page.drawText(text, { x, y: this.pageHeight - y, size, font: this.fonts.regular, color });
    page.pushOperators(lib.setTextRenderingMode(FILL), lib.popGraphicsState());
  }

  drawLine(x1: number, y1: number, x2: number, y2: number, thickness: number): void {
    const color = this.engine.pdfLib.grayscale(0);
    this.current().drawLine({ start: { x: x1, y: this.pageHeight - y1 }, end: { x: x2, y: this.pageHeight - y2 }, thickness, color });
  }

  fillRect(x: number, y: number, width: number, height: number, gray: number): void {
    const color = this.engine.pdfLib.grayscale(gray);
    this.current().drawRectangle({ x, y: this.pageHeight - y - height, width, height, color, borderWidth: 0 });
  }

  strokeRect(x: number, y: number, width: number, height: number, thickness: number): void {
    const borderColor = this.engine.pdfLib.grayscale(0);
    this.current().drawRectangle({ x, y: this.pageHeight - y - height, width, height, borderColor, borderWidth: thickness });
  }

  drawPolyline(points: readonly (readonly [number, number])[], thickness: number): void {
    if (points.length === 0) return;
    // An SVG path in top-left coordinates: pdf-lib flips it about the origin given (the page's top).
    const path = points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${round(px)},${round(py)}`).join(' ');
    const borderColor = this.engine.pdfLib.grayscale(0);
    this.current().drawSvgPath(path, { x: 0, y: this.pageHeight, borderColor, borderWidth: thickness, borderLineCap: ROUND_CAP });
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

/**
 * PDF's subset tag (ISO 32000 9.6.4: six upper-case letters and "+" before the font name), which
 * tells a reader (and `pdffonts`) the font holds only some glyphs; pdf-lib appends a random suffix
 * instead. Unique within a document is all it must be.
 */
const SUBSET_TAGS = { regular: 'HALLRG', bold: 'HALLBD' } as const;

/**
 * OpenType features fontkit would apply when pdf-lib turns a string into glyphs: all off. Chinese
 * text maps character to glyph as it is, and the widths the layout measured are each character's
 * own advance; fontkit's contextual lookups (Noto's `calt`, `ccmp`) were the largest single cost of
 * drawing a form.
 */
const NO_SHAPING = Object.fromEntries(
  ['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'].map((f) => [f, false]),
);

/** A new PDF document with the fonts embedded (as subsets: only the glyphs drawn are stored). */
export async function createPdfLibSurface(engine: PdfEngine, fonts: DocumentFonts, bold: BoldMode = 'synthetic'): Promise<PdfSurface> {
  const doc = await engine.pdfLib.PDFDocument.create();
  // embedFont reads the registered fontkit when it is called: one adapter per face, so each picks
  // its own face out of its collection.
  const embed = (face: FontFace, weight: FontWeight) => {
    doc.registerFontkit(fontkitForPdfLib(engine.fontkit, face.postscriptName === undefined ? [] : [face.postscriptName]));
    const name = (face.postscriptName ?? 'CJKFont').replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '');
    return doc.embedFont(face.bytes, { subset: true, customName: `${SUBSET_TAGS[weight]}+${name}`, features: NO_SHAPING });
  };
  const regular = await embed(fonts.regular, 'regular');
  const embedBold = bold === 'embedded' && fonts.bold !== undefined;
  const boldFont = embedBold && fonts.bold !== undefined ? await embed(fonts.bold, 'bold') : regular;
  const advances = { regular: advancesOf(fonts.regular), bold: advancesOf(embedBold && fonts.bold !== undefined ? fonts.bold : fonts.regular) };
  return new PdfLibSurface(engine, doc, { regular, bold: boldFont }, !embedBold, advances);
}

/** Widths measured once per face for the life of the process (the renderer loads its fonts once). */
const advanceCache = new WeakMap<Uint8Array, Map<string, Map<string, number>>>();

function advancesOf(face: FontFace): Map<string, number> {
  let byFace = advanceCache.get(face.bytes);
  if (byFace === undefined) {
    byFace = new Map();
    advanceCache.set(face.bytes, byFace);
  }
  const key = face.postscriptName ?? '';
  let widths = byFace.get(key);
  if (widths === undefined) {
    widths = new Map();
    byFace.set(key, widths);
  }
  return widths;
}
