// PrintDocument -> PDF bytes: loads the engine and the fonts once, then for each document embeds the
// fonts in a new PDF, lays the pages out with the embedded font's widths, and draws them.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { findDocumentFonts, type FoundFonts } from './fonts.ts';
import { layoutDocument } from './layout.ts';
import { a4Portrait, type PageStyle } from './page-style.ts';
import { loadPdfEngine } from './pdf-engine.ts';
import { createPdfLibSurface, type BoldMode, type PdfEngine } from './pdf-lib-surface.ts';
import { writePages, type PdfSurface } from './pdf-surface.ts';
import type { LaidOutPage, PageFrame, PrintDocument } from './types.ts';

export interface RenderedDocument {
  readonly pdf: Uint8Array;
  /** The laid-out pages (what was drawn, where): for previews and tests. */
  readonly pages: readonly LaidOutPage[];
  readonly fontFamily: string;
}

export interface DocumentRendererOptions {
  readonly engine?: () => Promise<Result<PdfEngine>>;
  readonly fonts?: () => Result<FoundFonts>;
  /** Builds the surface; defaults to pdf-lib with the found fonts. */
  readonly surface?: (engine: PdfEngine, fonts: FoundFonts) => Promise<PdfSurface>;
  readonly style?: PageStyle;
  /** Bold as a second embedded face, or synthesised from the regular one (default: smaller PDFs). */
  readonly bold?: BoldMode;
  /** PDF "Creator" and "Producer". */
  readonly creator?: string;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class DocumentRenderer {
  private fonts: FoundFonts | null = null;
  private readonly options: DocumentRendererOptions;

  constructor(options: DocumentRendererOptions = {}) {
    this.options = options;
  }

  private loadFonts(): Result<FoundFonts> {
    if (this.fonts !== null) return ok(this.fonts);
    const found = (this.options.fonts ?? (() => findDocumentFonts()))();
    if (found.ok) this.fonts = found.value;
    return found;
  }

  async render(doc: PrintDocument, frame: PageFrame, createdAt: Date): Promise<Result<RenderedDocument>> {
    const engine = await (this.options.engine ?? (() => loadPdfEngine()))();
    if (!engine.ok) return engine;
    const fonts = this.loadFonts();
    if (!fonts.ok) return fonts;
    let surface: PdfSurface;
    try {
      surface = await (this.options.surface ?? ((e, f) => createPdfLibSurface(e, f.fonts, this.options.bold ?? 'synthetic')))(engine.value, fonts.value);
    } catch (e) {
      return err(kioskError('document.fontMissing', `cannot embed ${fonts.value.family}: ${message(e)}`));
    }
    try {
      const pages = layoutDocument(doc, frame, surface, this.options.style ?? a4Portrait);
      if (!pages.ok) return pages;
      const info = { title: doc.title, subject: doc.kind, creator: this.options.creator ?? 'hall-terminal', createdAt };
      const pdf = await writePages(surface, pages.value, info);
      return ok({ pdf, pages: pages.value, fontFamily: fonts.value.family });
    } catch (e) {
      return err(kioskError('document.renderFailed', `cannot write the PDF of "${doc.kind}": ${message(e)}`));
    }
  }
}
